"""The whole app as a user starts it: `python -m presenter` in a subprocess,
offscreen, with the real server on 127.0.0.1 port 0 and a tmp data folder.
It must stop cleanly on SIGTERM (server thread joined, exit 0, nothing on
stderr), and refuse a bad deck with one sentence."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.presenter.ui_support import write_deck

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
    return env


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "presenter", *args], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _join_url(process: subprocess.Popen) -> str:
    """The first stdout line says where phones join."""
    line = process.stdout.readline()
    match = re.search(r"(http://\S+)", line)
    assert match, f"no join URL in {line!r}; stderr: {process.stderr.read() if process.poll() is not None else ''}"
    return match.group(1)


def _healthy(url: str, deadline_s: float = 10) -> None:
    end = time.monotonic() + deadline_s
    while True:
        try:
            with urllib.request.urlopen(url.rstrip("/") + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > end:
                raise
        time.sleep(0.1)


@pytest.mark.slow
def test_app_starts_serves_and_quits_cleanly_on_sigterm(tmp_path):
    deck = write_deck(tmp_path)
    process = _start(str(deck), "--windowed", "--host", "127.0.0.1", "--port", "0",
                     "--data-dir", str(tmp_path / "data"))
    try:
        url = _join_url(process)
        _healthy(url)
        time.sleep(0.5)                    # the event loop is running and has painted
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert err == ""
    with pytest.raises(OSError):           # the server is gone with the app
        urllib.request.urlopen(url.rstrip("/") + "/healthz", timeout=2)


@pytest.mark.slow
def test_voting_down_still_presents_and_says_so(tmp_path):
    """A data folder that cannot be created: the slides run, stderr says voting is down."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    process = _start(str(write_deck(tmp_path)), "--windowed", "--host", "127.0.0.1",
                     "--port", "0", "--data-dir", str(blocker / "data"))
    try:
        deadline = time.monotonic() + 15
        line = ""
        while not line and time.monotonic() < deadline:
            line = process.stderr.readline()
        assert line.startswith("votedeck: ") and "\n" == line[-1] and "Traceback" not in line
        time.sleep(0.5)
        assert process.poll() is None      # still presenting
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Traceback" not in err


def test_bad_deck_is_one_sentence_and_exit_1(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\n\n# Hej\n", encoding="utf-8")
    process = subprocess.run([sys.executable, "-m", "presenter", str(bad), "--windowed",
                              "--no-voting"], cwd=ROOT, env=_env(), capture_output=True,
                             text=True, timeout=30)
    assert process.returncode == 1
    assert process.stderr.startswith(f"votedeck: {bad}:")
    assert process.stderr.count("\n") == 1 and "Traceback" not in process.stderr


def test_missing_deck_is_one_sentence_and_exit_1(tmp_path):
    process = subprocess.run([sys.executable, "-m", "presenter", str(tmp_path / "nope.md"),
                              "--no-voting"], cwd=ROOT, env=_env(), capture_output=True,
                             text=True, timeout=30)
    assert process.returncode == 1
    assert "nope.md" in process.stderr and "Traceback" not in process.stderr


def test_present_arguments():
    from presenter.cli import build_parser
    args = build_parser("present").parse_args(["present", "talk.md", "--screen", "2", "--windowed",
                                      "--no-console", "--port", "0"])
    assert (args.deck, args.screen, args.windowed, args.no_console) == ("talk.md", 2, True, True)
    assert args.port == 0


def test_audience_screen_choice(capsys):
    from presenter.ui.app import audience_screen
    screens = ["laptop", "projector", "third"]
    assert audience_screen(screens, None) == "projector"       # second screen by default
    assert audience_screen(screens[:1], None) == "laptop"
    assert audience_screen(screens, 1) == "laptop"
    assert audience_screen(screens, 3) == "third"
    assert audience_screen(screens, 7) == "projector"
    assert "no screen 7" in capsys.readouterr().err


PLACE_SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from presenter.ui.app import audience_screen, place_window
app = QApplication([])
choice = None if sys.argv[1] == "-" else int(sys.argv[1])
window = QWidget()
place_window(window, audience_screen(QGuiApplication.screens(), choice), windowed=False)
app.processEvents()
print(window.screen().name(), window.isFullScreen(), window.geometry().x())
"""


@pytest.mark.parametrize("choice,expected", [("-", "projector"), ("1", "laptop"),
                                             ("2", "projector")])
def test_audience_window_goes_full_screen_on_the_chosen_screen(tmp_path, choice, expected):
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(_env(), QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
    done = subprocess.run([sys.executable, "-c", PLACE_SCRIPT, choice], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    name, full, x = done.stdout.split()
    assert name == expected and full == "True"
    # (the offscreen platform adds a 2 px fake frame; the window is on that screen's span)
    assert (1366 <= int(x) < 1366 + 1920) if expected == "projector" else (0 <= int(x) < 1366)
