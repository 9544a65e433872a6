"""Test configuration shared by every test.

Qt runs offscreen here, set by the test config rather than by hand, so the suite
runs on a machine with no screen. A test that wants two screens sets its own
QT_QPA_PLATFORM in a subprocess.
"""
from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The presenter remembers the speaker's choices per user (QSettings, in
# $XDG_CONFIG_HOME/votedeck on Linux): no test, nor a votedeck it starts in a
# subprocess, may read or change the real user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="votedeck-test-config-")
# Qt logs font-database chatter on headless machines; it is noise, not a failure.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
# A deck that names no language is in the system's (common.language.system_language,
# read first from LANGUAGE): the tests' system speaks Danish, as the bundled talk does,
# so what a test expects does not hang on the machine's locale. Tests of the system's
# language set their own with monkeypatch.
os.environ["LANGUAGE"] = "da"


# Garbage is collected on the GUI thread, as the app does (presenter/ui/collector.py):
# the tests' phone threads, the server's and the render workers' would otherwise free
# Qt objects left in reference cycles by earlier tests, and Qt crashed later on the GUI
# thread (a segfault in test_live's 500 votes, after 500 other tests).
@pytest.fixture(scope="session", autouse=True)
def _gui_thread_collector(qapp):
    from presenter.ui.collector import GuiThreadCollector
    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _own_config_folder(tmp_path_factory, monkeypatch):
    """Each test its own $XDG_CONFIG_HOME: the data folder a test's `votedeck serve
    --data-dir` remembers (presenter/data_folder.py) is not the next test's default."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _collect_what_is_due(_gui_thread_collector):
    yield
    _gui_thread_collector.check()
