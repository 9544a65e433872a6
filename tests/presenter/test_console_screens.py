"""Where the windows go with one screen and with two.

Qt fixes its platform when the QApplication is created, so each case runs
`votedeck present` itself (run_presenter, --no-voting) in a subprocess on the offscreen
platform with a screens file (tests/presenter/screens/*.json). A probe inside
the subprocess reports the windows' screens and geometries as JSON, presses S or
Tab like the speaker would, reports again, and quits.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(__file__).resolve().parent / "screens"

PROBE = r'''
import json, sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

app = QApplication(["votedeck"])
keys = sys.argv[1].split(",") if sys.argv[1] else []
reports = []

def windows():
    found = {}
    for widget in QApplication.topLevelWidgets():
        name = type(widget).__name__
        if name in ("AudienceWindow", "ConsoleWindow"):
            found[name] = widget
    return found

def report():
    state = {}
    for name, w in windows().items():
        state[name] = {"visible": w.isVisible(), "screen": w.screen().name(),
                       "full_screen": w.isFullScreen(), "maximised": w.isMaximized(),
                       "geometry": list(w.geometry().getRect())}
    reports.append(state)

def step():
    report()
    if not keys:
        print(json.dumps(reports), flush=True)
        app.quit()
        return
    key = keys.pop(0)
    found = windows()
    console = found.get("ConsoleWindow")
    target = console if console and console.isVisible() else found["AudienceWindow"]
    if key == "Ctrl+Q":     # the app must quit by itself: no app.quit() from here
        print(json.dumps(reports), flush=True)
        QApplication.sendEvent(target, QKeyEvent(QEvent.KeyPress, Qt.Key_Q, Qt.ControlModifier))
        return
    code = {"S": Qt.Key_S, "Tab": Qt.Key_Tab}[key]
    QApplication.sendEvent(target, QKeyEvent(QEvent.KeyPress, code, Qt.NoModifier))
    QTimer.singleShot(150, step)

QTimer.singleShot(300, step)
import argparse
from presenter.commands import present
parser = argparse.ArgumentParser()
present.add_arguments(parser)
sys.exit(present.run(parser.parse_args(sys.argv[2:])))
'''


def run_votedeck(screens: str, keys: str, *args: str, profile: Path | None = None) -> list[dict]:
    """`profile`: the user's settings folder (XDG_CONFIG_HOME); a fresh one unless given,
    so no run finds the screen an earlier one remembered."""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS / screens}",
               XDG_CONFIG_HOME=str(profile or tempfile.mkdtemp(prefix="votedeck-profile-")))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, keys, "--no-voting", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_two_screens_audience_on_the_projector_console_on_the_laptop_and_s_swaps():
    before, after = run_votedeck("two.json", "S")
    audience, console = before["AudienceWindow"], before["ConsoleWindow"]
    assert audience["screen"] == "projector" and audience["full_screen"]
    assert console["screen"] == "laptop" and console["maximised"] and console["visible"]
    audience, console = after["AudienceWindow"], after["ConsoleWindow"]
    assert audience["screen"] == "laptop" and audience["full_screen"]
    assert audience["geometry"] == [0, 0, 1366, 768]
    assert console["screen"] == "projector" and console["maximised"]


@pytest.mark.slow
def test_screen_option_puts_the_audience_on_the_chosen_screen():
    (state,) = run_votedeck("two.json", "", "--screen", "1")
    assert state["AudienceWindow"]["screen"] == "laptop"
    assert state["AudienceWindow"]["full_screen"]
    assert state["ConsoleWindow"]["screen"] == "projector"


@pytest.mark.slow
def test_one_screen_tab_lays_the_console_over_the_audience_and_takes_it_away():
    start, shown, hidden = run_votedeck("one.json", "Tab,Tab")
    assert start["AudienceWindow"]["full_screen"] and not start["ConsoleWindow"]["visible"]
    assert shown["ConsoleWindow"]["visible"] and shown["ConsoleWindow"]["full_screen"]
    assert shown["ConsoleWindow"]["geometry"] == [0, 0, 1366, 768]
    assert shown["AudienceWindow"]["full_screen"]      # still there underneath
    assert not hidden["ConsoleWindow"]["visible"]


@pytest.mark.slow
def test_no_console_starts_the_audience_window_alone():
    (state,) = run_votedeck("two.json", "", "--no-console")
    assert "ConsoleWindow" not in state
    assert state["AudienceWindow"]["screen"] == "projector"


@pytest.mark.slow
def test_ctrl_q_in_the_console_quits_the_app():
    (state,) = run_votedeck("two.json", "Ctrl+Q")
    assert state["ConsoleWindow"]["visible"]


@pytest.mark.slow
def test_the_room_screen_is_remembered_by_name_and_the_option_still_wins(tmp_path):
    run_votedeck("two.json", "S", profile=tmp_path)         # the speaker swapped: laptop
    (again,) = run_votedeck("two.json", "", profile=tmp_path)
    assert again["AudienceWindow"]["screen"] == "laptop"
    assert again["ConsoleWindow"]["screen"] == "projector"
    (chosen,) = run_votedeck("two.json", "", "--screen", "2", profile=tmp_path)
    assert chosen["AudienceWindow"]["screen"] == "projector"
    (alone,) = run_votedeck("one.json", "", profile=tmp_path)     # one screen: nothing to pick
    assert alone["AudienceWindow"]["full_screen"]
    (back,) = run_votedeck("two.json", "", profile=tmp_path)      # --screen 2 was remembered
    assert back["AudienceWindow"]["screen"] == "projector"


def test_a_remembered_screen_that_is_gone_leaves_the_rule():
    from presenter.ui.remembered import screen_choice

    assert screen_choice(["laptop", "HDMI-1"], "HDMI-1", None) == 2
    assert screen_choice(["laptop", "DP-2"], "HDMI-1", None) is None     # not connected
    assert screen_choice(["laptop", "HDMI-1"], "HDMI-1", 1) == 1         # --screen wins
    assert screen_choice(["laptop"], None, None) is None


def test_screen_choice_rules():
    from presenter.ui.console.screens import audience_screen_index, console_screen_index

    assert audience_screen_index(1, None) == 0
    assert audience_screen_index(2, None) == 1
    assert audience_screen_index(2, 1) == 0
    assert audience_screen_index(2, 7) == 1          # no such screen: the default
    assert console_screen_index(1, 0) is None
    assert console_screen_index(3, 0) == 1
    assert console_screen_index(2, 1) == 0
