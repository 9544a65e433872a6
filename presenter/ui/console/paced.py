"""A refresh that runs at most every `interval_ms`: the first poke at once (on the next
turn of the event loop), the pokes after it together at the end of the interval.

The console follows the room's every change (`ShowController.room_changed`: each
snapshot and each animation frame, ~30 a second while votes or answers arrive), but
the speaker glances at it; redrawing its previews, tallies and lists that often took
the GUI thread, which the room's window shares, ~2 s of every 10 at 50 answers a
second (bench/answer_to_wall.py --console). Keys the speaker presses (a slide
change) refresh at once, not through this.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from presenter.ui.turns import gui_turns


class Paced(QObject):
    def __init__(self, interval_ms: int, refresh: Callable[[], None], parent: QObject | None = None,
                 after_ms: int = 0):
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.after_ms = after_ms        # the soonest a poke runs (0: on the next turn)
        self._refresh = refresh
        self._last = -1e9                   # never refreshed: the first poke runs at once
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # The refresh takes a turn of the GUI loop of its own (presenter/ui/turns.py).
        self._timer.timeout.connect(lambda: gui_turns().run(self, "refresh", self._run))

    def poke(self) -> None:
        if not self._timer.isActive():
            waited_ms = (time.perf_counter() - self._last) * 1000
            self._timer.start(max(self.after_ms, round(self.interval_ms - waited_ms)))

    def _run(self) -> None:
        self._last = time.perf_counter()
        self._refresh()
