"""After the first frame: what waits for it (voting's start), and a hidden switch for
smoke tests that quits once the audience window has painted.

With VOTEDECK_QUIT_AFTER_FIRST_FRAME=SECONDS in the environment, the app quits
with exit code 0 right after the audience window's first paint, and with exit
code 3 and a sentence on stderr when no paint came within SECONDS. Without it
nothing changes. packaging/smoke.py uses it to prove that the built app shows a
slide on a machine with no screen (QT_QPA_PLATFORM=offscreen).
"""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from presenter.render.cloud.apart import APART

ENV = "VOTEDECK_QUIT_AFTER_FIRST_FRAME"
NO_FRAME_EXIT_CODE = 3
CLOUD_CHILD_WAIT_S = 30.0


class FirstPaint(QObject):
    """Calls `callback` once, right after `window`'s first paint has finished."""

    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self._callback = callback
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # After this paint has finished: the frame is out, then the callback.
            QTimer.singleShot(0, self._callback)
        return False


class FirstFrameQuit(QObject):
    """Quits the app after the window's first paint, or exits 3 when none comes in time."""

    def __init__(self, window: QWidget, app: QApplication, timeout_s: float):
        super().__init__(window)
        self._app = app
        self._paint = FirstPaint(window, self._first_frame)
        QTimer.singleShot(int(timeout_s * 1000), self._no_frame)

    def _first_frame(self) -> None:
        print("First frame shown; quitting as VOTEDECK_QUIT_AFTER_FIRST_FRAME asks.", flush=True)
        # A deck with a word cloud started the process that lays clouds out: say whether
        # it runs (the packaged app starts it by running itself; the smoke test reads this).
        ready = APART.ready(CLOUD_CHILD_WAIT_S)
        if ready is not None:
            # Its process number too: the smoke test checks it is another process.
            print(f"Word-cloud layout process: {'running' if ready else 'not running'}"
                  f"{f' (process {APART.child_pid})' if ready else ''}.", flush=True)
        self._app.quit()

    def _no_frame(self) -> None:
        if not self._paint.done:
            self._paint.done = True
            print("votedeck: no frame was painted in time; the window system may be missing "
                  "(try QT_QPA_PLATFORM=offscreen).", file=sys.stderr, flush=True)
            self._app.exit(NO_FRAME_EXIT_CODE)


def quit_after_first_frame(window: QWidget, app: QApplication) -> FirstFrameQuit | None:
    """Arm the switch when the environment asks for it; otherwise do nothing."""
    value = os.environ.get(ENV)
    if not value:
        return None
    try:
        timeout_s = float(value)
    except ValueError:
        timeout_s = 30.0
    return FirstFrameQuit(window, app, max(timeout_s, 1.0))
