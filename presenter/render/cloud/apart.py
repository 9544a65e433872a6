"""Word-cloud layouts in a process of their own, off the GIL, so a growing cloud never
slows the windows.

A layout is ~10 ms of pure Python a cloud (`place.place_words`), made up to ~20 times
a second while answers pour in. On the render worker thread it still shared the GIL
with the GUI thread, which then waited for it in the middle of its paints (stalls past
16 ms, bench/answer_to_wall.py). Here it runs in one child process, spawned (never
forked: forking a process that runs Qt threads is unsafe), started when a deck with a
cloud is shown and kept for the program's life.

    APART.start()                                   # early: the child takes ~0.3 s to start
    layout = APART.place(entries, width, height, family, ink, previous)
    # a CloudLayout, or None: lay it out here instead

The child imports this module and `place` only: no Qt. Each word's size comes measured
(`ink`, on the caller's thread, with Qt), and each once: the child keeps what it was
sent. When the child cannot start, fails or hangs, `place` returns None for the rest
of the run, after one line on stderr: the clouds are then laid out on the thread again,
slower but right.
"""
from __future__ import annotations

import atexit
import concurrent.futures
import multiprocessing
import sys
import threading
from collections.abc import Callable

from presenter.render.cloud.place import CloudLayout, place_words

ANSWER_S = 10.0         # a layout takes tens of ms: a child this late is stuck

_inks: dict[str, dict[str, tuple[float, float]]] = {}      # in the child: family -> word -> ink


def _place_in_child(entries: tuple, width: float, height: float, family: str,
                    new_inks: dict[str, tuple[float, float]],
                    previous: CloudLayout | None) -> CloudLayout:
    inks = _inks.setdefault(family, {})
    inks.update(new_inks)
    return place_words(entries, width, height, inks.__getitem__, previous)


def _ready() -> bool:
    return True


class LayoutsApart:
    """The child process and what it was told (any thread may call `place`)."""

    def __init__(self):
        self._lock = threading.RLock()      # re-entered: giving up happens under it too
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._failed = False
        self._first: concurrent.futures.Future | None = None
        self._sent: dict[str, set[str]] = {}       # family -> words whose ink the child has

    def start(self) -> None:
        """Start the child now (it imports for ~0.3 s), so the first cloud need not wait."""
        with self._lock:
            pool = self._started()
            if pool is not None and self._first is None:
                try:
                    self._first = pool.submit(_ready)
                except Exception as error:  # noqa: BLE001 - could not start: lay out on the thread
                    self._give_up(error)

    def ready(self, timeout_s: float) -> bool | None:
        """Whether the child started and answers (waiting up to `timeout_s`); None when it
        was never asked to start. For the packaged app's smoke test."""
        first = self._first
        if first is None:
            return None
        try:
            return bool(first.result(timeout_s))
        except Exception as error:  # noqa: BLE001 - not started, whatever the reason
            self._give_up(error)
            return False

    def place(self, entries: tuple, width: float, height: float, family: str,
              ink: Callable[[str], tuple[float, float]], previous: CloudLayout | None) -> CloudLayout | None:
        with self._lock:
            pool = self._started()
            if pool is None:
                return None
            sent = self._sent.setdefault(family, set())
            new_inks = {word: ink(word) for word, _ in entries if word not in sent}
            # Submitted under the lock: the child takes tasks in order, so it has every ink
            # this call counts on, whichever thread sent it first.
            try:
                future = pool.submit(_place_in_child, entries, width, height, family, new_inks, previous)
            except Exception as error:  # noqa: BLE001 - a pool that broke: lay out on the thread
                self._give_up(error)
                return None
            sent.update(new_inks)
        try:
            return future.result(ANSWER_S)
        except Exception as error:  # noqa: BLE001 - any failure: lay out on the thread
            self._give_up(error)
            return None

    def stop(self) -> None:
        """End the child (at exit: while the modules the pool's clean-up needs still exist)."""
        with self._lock:
            pool, self._pool, self._first = self._pool, None, None
            self._sent.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _started(self) -> concurrent.futures.ProcessPoolExecutor | None:
        if self._failed:
            return None
        if self._pool is None:
            try:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, ValueError, RuntimeError) as error:
                self._give_up(error)
        return self._pool

    def _give_up(self, error: BaseException) -> None:
        with self._lock:
            already, self._failed, pool, self._pool = self._failed, True, self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            # A child that hangs would hold the program's exit (the pool joins it then):
            # end it now. Python 3.11's pool has no public way to, so its own table.
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.kill()
        if already:
            return
        why = str(error) or ("its process did not answer in time" if isinstance(error, TimeoutError)
                             else type(error).__name__)
        print(f"votedeck: word clouds are laid out in the app itself from now on, a little "
              f"slower ({why}).", file=sys.stderr, flush=True)


APART = LayoutsApart()
atexit.register(APART.stop)
