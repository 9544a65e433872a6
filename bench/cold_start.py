"""Cold start: from the command to the server answering, and to the first slide shown.

`serve_ready_s` times `python -m presenter serve` until /healthz answers.
`gui_first_slide_s` times `votedeck` (the bundled deck, the voting server and the
console included) from the process being started to the audience window's first
paint, on Qt's offscreen platform unless DISPLAY says there is a screen. The child
runs the real CLI; it only wraps AudienceWindow.paintEvent to say when the first
frame is out and then quits.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from bench.procs import Server

_FIRST_PAINT_CHILD = """
import sys
from PySide6.QtWidgets import QApplication
import presenter.ui.audience_window as window
paint = window.AudienceWindow.paintEvent
def first_paint(self, event):
    paint(self, event)
    window.AudienceWindow.paintEvent = paint
    print("FIRST-PAINT", flush=True)
    QApplication.instance().quit()
window.AudienceWindow.paintEvent = first_paint
from presenter.cli import main
sys.exit(main(sys.argv[1:]))
"""


def serve_ready_s() -> float:
    server = Server.votedeck()
    try:
        server.start()
        return server.ready_after_s
    finally:
        server.stop()


def gui_first_slide_s(timeout_s: float = 30.0) -> float | None:
    """Seconds from starting `votedeck` to its first slide painted; None if it never painted."""
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="votedeck-cold-") as data_dir:
        argv = [sys.executable, "-c", _FIRST_PAINT_CHILD, "--port", "0", "--data-dir", data_dir]
        started = time.perf_counter()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 text=True)
        try:
            deadline = started + timeout_s
            for line in child.stdout:
                if line.startswith("FIRST-PAINT"):
                    return time.perf_counter() - started
                if time.perf_counter() > deadline:
                    break
            return None
        finally:
            try:
                child.wait(timeout=10)     # it quits by itself after the first paint
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
