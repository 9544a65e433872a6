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

The child imports this module and `place` only: no Qt. It is one `multiprocessing`
Process and one pipe, which the calling thread writes and reads itself. (A
ProcessPoolExecutor added two threads of its own, a feeder that pickles and a manager
that unpickles: both wanted the GIL in the middle of the GUI thread's paints.) What
crosses the pipe is kept small, since pickling holds the GIL:
- each word's size is measured on the caller's thread (`ink`, with Qt) and sent once:
  the child keeps what it was sent;
- the layout a new one grows from is, nearly always, the child's own last one: it is
  named by a number, not sent back.
When the child cannot start, fails or hangs, `place` returns None for the rest of the
run, after one line on stderr: the clouds are then laid out on the thread again,
slower but right.
"""
from __future__ import annotations

import atexit
import dataclasses
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from common.child_process import spawn_child
from presenter.render.cloud.place import CloudLayout, place_words

ANSWER_S = 10.0         # a layout takes tens of ms: a child this late is stuck
START_S = 60.0          # a cold start of the packaged app on a slow laptop
KEPT = 8                # layouts the child remembers by number (one per poll and box, a few)
NAMED = 2               # of those, the ones this side can name: each holds a whole layout alive


def _child_main(conn: Connection) -> None:
    """The child: answers ("ping",) and ("place", ...) until the pipe closes or says None."""
    inks: dict[str, dict[str, tuple[float, float]]] = {}    # family -> word -> ink
    kept: OrderedDict[int, CloudLayout] = OrderedDict()
    number = 0
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        if message[0] == "ping":
            conn.send(("pong", None, None))
            continue
        _, entries, width, height, family, new_inks, previous = message
        known = inks.setdefault(family, {})
        known.update(new_inks)
        if isinstance(previous, int):
            previous = kept.get(previous)
        layout = place_words(entries, width, height, known.__getitem__, previous)
        number += 1
        kept[number] = layout
        while len(kept) > KEPT:
            kept.popitem(last=False)
        # Without the entries it was made from: the caller has them (fewer objects to
        # unpickle there, with the GIL held, and for its collector to walk).
        conn.send(("layout", number, dataclasses.replace(layout, entries=())))


class ChildGone(Exception):
    """The child process died, closed its pipe or did not answer in time."""


class LayoutsApart:
    """The child process and what it was told (any thread may call `place`; one at a time)."""

    def __init__(self):
        self._lock = threading.RLock()      # re-entered: giving up happens under it too
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._failed = False
        self._started_ok: bool | None = None   # None: the child's "pong" not read yet
        self._sent: dict[str, set[str]] = {}       # family -> words whose ink the child has
        # id(layout) -> (layout, the child's number for it): a layout the child made
        self._numbers: OrderedDict[int, tuple[CloudLayout, int]] = OrderedDict()

    @property
    def child_pid(self) -> int | None:
        process = self._process
        return None if process is None else process.pid

    def start(self) -> None:
        """Start the child now (it imports for ~0.3 s), so the first cloud need not wait."""
        with self._lock:
            self._started()

    def ready(self, timeout_s: float) -> bool | None:
        """Whether the child started and answers (waiting up to `timeout_s`); None when it
        was never asked to start. For the packaged app's smoke test."""
        with self._lock:
            if self._process is None and not self._failed:
                return None
            if self._failed:
                return False
            try:
                self._await_pong(timeout_s)
            except ChildGone as error:
                self._give_up(error)
                return False
            return True

    def place(self, entries: tuple, width: float, height: float, family: str,
              ink: Callable[[str], tuple[float, float]], previous: CloudLayout | None) -> CloudLayout | None:
        with self._lock:
            if self._started() is None:
                return None
            sent = self._sent.setdefault(family, set())
            new_inks = {word: ink(word) for word, _ in entries if word not in sent}
            known = self._numbers.get(id(previous)) if previous is not None else None
            named = known[1] if known is not None and known[0] is previous else previous
            try:
                self._await_pong(START_S)
                self._send(("place", entries, width, height, family, new_inks, named))
                sent.update(new_inks)
                _, number, layout = self._receive(ANSWER_S)
            except ChildGone as error:
                self._give_up(error)
                return None
            layout = dataclasses.replace(layout, entries=entries)
            self._numbers[id(layout)] = (layout, number)
            while len(self._numbers) > NAMED:
                self._numbers.popitem(last=False)
            return layout

    def stop(self) -> None:
        """End the child (at exit, or when a test is done with it)."""
        with self._lock:
            process, conn = self._process, self._conn
            self._process, self._conn, self._started_ok = None, None, None
            self._sent.clear()
            self._numbers.clear()
        _end(process, conn, polite=True)

    # ------------------------------------------------------------ internals (under the lock)

    def _started(self) -> Connection | None:
        if self._failed:
            return None
        if self._process is None:
            try:
                self._process, self._conn = spawn_child(_child_main, "votedeck-cloud-layout")
                self._started_ok = None
                self._conn.send(("ping",))
            except (OSError, ValueError, RuntimeError) as error:
                self._give_up(error)        # ends what started
                return None
        return self._conn

    def _await_pong(self, timeout_s: float) -> None:
        if self._started_ok is None:
            self._receive(timeout_s)
            self._started_ok = True

    def _send(self, message: tuple) -> None:
        try:
            self._conn.send(message)
        except (OSError, ValueError) as error:      # a closed pipe: the child has ended
            raise ChildGone(str(error) or "its process ended") from error

    def _receive(self, timeout_s: float) -> tuple:
        conn = self._conn
        if conn is None:
            raise ChildGone("it was stopped")
        try:
            if not conn.poll(timeout_s):
                raise ChildGone("its process did not answer in time")
            return conn.recv()
        except (EOFError, OSError) as error:
            raise ChildGone(str(error) or "its process ended") from error

    def _give_up(self, error: BaseException) -> None:
        with self._lock:
            already, self._failed = self._failed, True
            process, conn = self._process, self._conn
            self._process, self._conn, self._started_ok = None, None, None
            self._numbers.clear()
        # A child that hangs would hold the program's exit: end it now.
        _end(process, conn, polite=False)
        if already:
            return
        why = str(error) or type(error).__name__
        print(f"votedeck: word clouds are laid out in the app itself from now on, a little "
              f"slower ({why}).", file=sys.stderr, flush=True)


def _end(process, conn: Connection | None, polite: bool) -> None:
    if conn is not None:
        if polite:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
        conn.close()
    if process is not None:
        if polite:
            process.join(2.0)
        if process.is_alive():
            process.kill()
            process.join(2.0)


APART = LayoutsApart()
atexit.register(APART.stop)
