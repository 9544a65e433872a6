"""The tour beside the room during the talk: which sessions, whether it is shown, and
the frozen comparison values the renderer draws (presenter/tour_view.py).

`TourComparison.load(...)` reads and pools the other sessions on a plain thread of its
own, once when the talk starts and again when the speaker picks other sessions, never
per frame; the result comes back to the GUI thread through a queued signal as a
read-only mapping of frozen `ComparisonView`s. The deck's `polls: compare:` setting
decides what is compared and whether it is shown at first; C and the console toggle it.
GUI thread only, except the reading thread, which touches nothing but its own values.
"""
from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal, Slot

from presenter.render.view import ComparisonView
from presenter.tour_view import compare_target, load_comparison_views

_EMPTY: Mapping[str, ComparisonView] = MappingProxyType({})


class TourComparison(QObject):
    changed = Signal()              # shown, or the comparison values, changed
    failed = Signal(str)            # a sentence: the sessions could not be read
    _ready = Signal(object, object)     # (generation, mapping) from the reading thread

    def __init__(self, setting: str = "off", parent: QObject | None = None):
        super().__init__(parent)
        target = compare_target(setting)
        self.shown = target is not None
        self.target = target if target is not None else "all"
        self.views: Mapping[str, ComparisonView] = _EMPTY
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._source: tuple[Path, int, object] | None = None
        self._ready.connect(self._on_ready)

    def load(self, database: Path, session_id: int, deck_spec) -> None:
        """Start reading the comparison for this session (the result arrives as `changed`)."""
        self._source = (Path(database), int(session_id), deck_spec)
        self._generation += 1
        generation, target = self._generation, self.target
        self._thread = threading.Thread(target=self._read, name="votedeck-tour",
                                        args=(generation, target, *self._source), daemon=True)
        self._thread.start()

    def choose(self, target) -> None:
        """Compare with other sessions ("all" or ids) and show it."""
        self.target = target
        self.shown = True
        if self._source is not None:
            self.load(*self._source)
        self.changed.emit()

    def toggle(self) -> None:
        self.shown = not self.shown
        self.changed.emit()

    def view_for(self, poll_id: str) -> ComparisonView | None:
        return self.views.get(poll_id) if self.shown else None

    def wait(self, timeout: float = 5.0) -> None:
        """Join the reading thread (shutdown, tests): none may outlive Qt."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _read(self, generation: int, target, database: Path, session_id: int, spec) -> None:
        from server.store.reading import ResultsError
        try:
            views = load_comparison_views(database, session_id, target, spec)
        except ResultsError as error:
            views = str(error)
        self._ready.emit(generation, views)

    @Slot(object, object)
    def _on_ready(self, generation: int, views) -> None:
        if generation != self._generation:
            return                  # an older request, overtaken by the speaker's new pick
        if isinstance(views, str):
            self.failed.emit(views)
            return
        self.views = views
        self.changed.emit()
