"""The hidden first-frame switch the bundle smoke test relies on, on the real app:
`python -m presenter` offscreen paints the first slide and quits by itself."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.presenter.ui_support import write_deck

ROOT = Path(__file__).resolve().parents[2]


def _present(deck: Path, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)     # no desktop here: the hold says why not
    return subprocess.run([sys.executable, "-m", "presenter", str(deck), "--windowed", "--no-voting"],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_the_app_quits_after_its_first_frame_when_asked(tmp_path):
    done = _present(write_deck(tmp_path), VOTEDECK_QUIT_AFTER_FIRST_FRAME="30")
    assert done.returncode == 0, done.stderr
    assert "First frame shown" in done.stdout
    # The keep-awake line is said even when it cannot hold, with the way out.
    assert "Sleep not blocked: there is no desktop session bus" in done.stdout
