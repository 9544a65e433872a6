"""The GUI thread's heavier jobs, one to a turn of the event loop.

While answers pour in, the room's window lays out, draws a new cloud's picture and
paints; the console repaints, warms its "now" preview, redraws thumbnails. Each takes
2-10 ms of the GUI thread. Qt runs every due timer and every posted event of a turn
before it looks at input again, so two or three of them landed in one turn and held the
thread 16-22 ms: a key press, or the next frame, waited that long (bench/answer_to_wall.py
--console, session 8). Each of them now asks `gui_turns().run(owner, name, job)`, and the
queue runs one job a turn, oldest first, with the loop served in between.

- A job already waiting under the same (owner, name) keeps its place and runs the newest
  callable once: a burst of changes is one job, as a restarted 0 ms timer was.
- An owner deleted meanwhile (its C++ side gone) has its jobs skipped; `drop(owner)`
  forgets them first (a window that stops rendering).
- The speaker's own keys are not queued: they are input, served between any two jobs.

Lives on the GUI thread; imports Qt only.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer


class GuiTurns(QObject):
    """A queue of the GUI thread's heavier jobs, run one to a turn of the event loop."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._waiting: dict[tuple[int, str], tuple[QObject, Callable[[], None]]] = {}
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        # A 0 ms timer started during a turn fires in the next one: Qt activates only the
        # timers that were due when the turn began.
        self._next.setInterval(0)
        self._next.timeout.connect(self._run_one)

    def run(self, owner: QObject, name: str, job: Callable[[], None]) -> None:
        """Run `job` on a turn of its own, after the jobs waiting before it."""
        # A key already waiting keeps its place in the dict: the newest callable runs there.
        self._waiting[(id(owner), name)] = (owner, job)
        if not self._next.isActive():
            self._next.start()

    def waiting(self, owner: QObject, name: str) -> bool:
        return (id(owner), name) in self._waiting

    def drop(self, owner: QObject) -> None:
        """Forget every job of `owner` that has not run yet."""
        for key in [k for k, (o, _job) in self._waiting.items() if o is owner]:
            del self._waiting[key]

    def _run_one(self) -> None:
        if not self._waiting:
            return                      # all dropped since the timer started
        owner, job = self._waiting.pop(next(iter(self._waiting)))
        try:
            if shiboken6.isValid(owner):
                job()
        finally:
            if self._waiting:
                self._next.start()


_turns: GuiTurns | None = None


def gui_turns() -> GuiTurns:
    """The application's one queue (made with the QApplication, gone with it)."""
    global _turns
    if _turns is None or not shiboken6.isValid(_turns):
        _turns = GuiTurns(QCoreApplication.instance())
    return _turns
