"""Python's garbage collector, run where and when the talk can afford it.

Two habits, both for the GUI thread:

- `freeze_startup_objects`: everything alive after start-up leaves the collector's
  sight, so a full collection during the talk does not walk the deck, the renderer
  and every module (the app and the vote-to-paint benchmark call it alike).
- `GuiThreadCollector`: automatic collection off, the same generational thresholds
  checked by a timer on the GUI thread instead. Python collects on whichever thread
  happens to allocate when a threshold is crossed: the voting server's, the store's
  writer, a render worker, a phone in the tests. A cycle holding a Qt object (an old
  deck's scenes, a replaced layout) was then destroyed on that thread, and Qt
  crashed later on the GUI thread. PyQt's documentation and calibre do the same.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from presenter.ui.turns import gui_turns

CHECK_EVERY_MS = 500


def freeze_startup_objects() -> None:
    """Move everything alive after start-up out of the garbage collector's sight.

    The deck, the renderer, Qt's wrappers and the imported modules live as long as
    the talk, yet every full collection walked them all: 15-25 ms on the UI thread
    of a 2-core machine, a dropped frame in the middle of a vote. Frozen, a full
    collection during the talk took about 5 ms (bench/vote_to_paint.py).
    """
    gc.collect()
    gc.freeze()


def due_generation(counts: tuple[int, int, int], threshold: tuple[int, int, int]) -> int | None:
    """The generation Python itself would collect now (None: nothing is due), from
    `gc.get_count()` and `gc.get_threshold()`."""
    if counts[0] <= threshold[0]:
        return None
    if counts[1] <= threshold[1]:
        return 0
    return 2 if counts[2] > threshold[2] else 1


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread only, while it lives; `stop()` gives the
    collection back to Python (when Python had it before)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        # A collection (3-5 ms) on a turn of the GUI loop of its own (presenter/ui/turns.py).
        self._timer.timeout.connect(lambda: gui_turns().run(self, "collect", self.check))
        self._timer.start(CHECK_EVERY_MS)

    def check(self) -> None:
        generation = due_generation(gc.get_count(), self.threshold)
        if generation is not None:
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
