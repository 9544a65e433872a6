"""The last cloud layout of each poll, shared by every renderer in the process.

    request = CloudRequest(poll_id, answers, language, family, width, height)
    layout = CLOUDS.ready(request)      # made for exactly these answers, or None
    layout = CLOUDS.make(request)       # count the words and lay them out (tens of ms)
    layout = CLOUDS.latest(poll_id, width, height)     # the newest there is, or None

A word keeps its place because each layout starts from the poll's last one
(`place_words(previous=...)`), and every renderer (the audience window's, the render
worker's, an export) draws from the same memory, so a word stands where it stood on
every screen. `make` is the slow part (500 answers: counting ~20 ms and laying out
~25 ms of CPU): the GUI thread's renderer never calls it (`Scene.defer_clouds`); it
draws `latest` and the render worker makes the new one (presenter/ui/audience_window.py),
counting the words itself and laying them out in a child process (`apart.py`).
Any thread may call any method: one lock guards the memory, never the work.
"""
from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from presenter.render.cloud.apart import APART
from presenter.render.cloud.ink import ink_size
from presenter.render.cloud.place import CloudLayout, place_words
from presenter.render.cloud.words import RunningCount

PAUSE_S = 0.002


@dataclass(frozen=True)
class CloudRequest:
    """One poll's cloud for one set of answers in a box of one size (canvas px)."""

    poll: str
    answers: tuple[str, ...]
    language: str
    family: str
    width: float
    height: float


def entries_of(words_with_counts: Iterable) -> tuple[tuple[str, int], ...]:
    """(word, count) pairs, biggest count first, from `WordCount`s or pairs in any order."""
    pairs = ((e.word, e.count) if hasattr(e, "word") else (e[0], e[1]) for e in words_with_counts)
    return tuple(sorted(((str(w), int(n)) for w, n in pairs if int(n) > 0), key=lambda e: (-e[1], e[0])))


def lay_out(family: str, width: float, height: float, words_with_counts: Iterable,
            previous: CloudLayout | None = None) -> CloudLayout:
    """The layout alone (no scene, no memory): what `make` and the benchmark call."""
    entries = entries_of(words_with_counts)
    if previous is not None and previous.entries == entries and (previous.width, previous.height) == (
            width, height):
        return previous
    ink = functools.partial(ink_size, family)
    if threading.current_thread() is not threading.main_thread():
        # A worker thread's layout runs in the child process (apart.py): the GIL stays free.
        layout = APART.place(entries, width, height, family, ink, previous)
        if layout is not None:
            return layout
    return place_words(entries, width, height, ink, previous, _pause())


def _pause():
    """Off the GUI thread: hand the GIL over every `PAUSE_S` of layout work. A layout is
    tens of ms of pure Python; without this a GUI thread wanting the GIL waits out the
    5 ms switch interval each time (the render worker does the same between the items it
    paints). Not after every word: on a busy machine each hand-over may wait for a CPU."""
    if threading.current_thread() is threading.main_thread():
        return lambda: None
    last = [time.perf_counter()]

    def pause() -> None:
        now = time.perf_counter()
        if now - last[0] >= PAUSE_S:
            time.sleep(0)
            last[0] = time.perf_counter()
    return pause


class CloudKeeper:
    """Each poll's last request and the layout made for it."""

    def __init__(self):
        self._lock = threading.Lock()
        self._last: dict[str, tuple[CloudRequest, CloudLayout]] = {}
        self._counts: dict[str, RunningCount] = {}      # poll -> its words counted so far
        self._counting = threading.Lock()               # one count at a time, any poll

    def _running(self, request: CloudRequest) -> RunningCount:
        with self._lock:
            running = self._counts.get(request.poll)
            if running is None or running.language != request.language:
                running = self._counts[request.poll] = RunningCount(request.language)
        return running

    def ready(self, request: CloudRequest) -> CloudLayout | None:
        with self._lock:
            last = self._last.get(request.poll)
        return last[1] if last is not None and last[0] == request else None

    def latest(self, poll: str, width: float, height: float) -> CloudLayout | None:
        """The poll's newest layout if it was made for a box of this size."""
        with self._lock:
            last = self._last.get(poll)
        if last is None or (last[1].width, last[1].height) != (width, height):
            return None
        return last[1]

    def make(self, request: CloudRequest) -> CloudLayout:
        """The layout for `request`, from the poll's last one (words keep their places)."""
        with self._lock:
            last = self._last.get(request.poll)
        if last is not None and last[0] == request:
            return last[1]
        with self._counting:        # the render worker and an export may both count a poll
            entries = self._running(request).count(request.answers)
        layout = lay_out(request.family, request.width, request.height, entries,
                         last[1] if last is not None else None)
        with self._lock:
            self._last[request.poll] = (request, layout)
        return layout


CLOUDS = CloudKeeper()

