"""VotingServerApart: the voting server in a process of its own, driven as VotingServer is.

Why a process: in one process the GUI thread shared one GIL with the server's thread
(aiohttp, the talk's state, the phones' sockets: ~0.9 s of CPU per 10 s at 50 answers a
second) and the store's writer. Every time it wanted the GIL back it could wait up to a
switch interval (5 ms) for them, in the middle of a paint; with the speaker's console
open that made some of its turns longer than a frame (issue 13, docs/performance.md).
Here the server, its loop and its store run in a child (spawned, never forked: the
parent runs Qt threads), and the parent holds only what crosses the pipe.

    server = VotingServerApart(deck, config, on_snapshot=..., on_failure=...)
    join = server.start()          # ServerStartError (pickled from the child) when refused
    server.set_poll("q1", open=True)
    server.snapshot()              # the newest TallySnapshot the child sent
    server.stop()

The same public methods as `server.runtime.VotingServer` (the presenter uses either):
- the speaker's moves (show_slide, set_poll, moderate_answer, ...) are sent and not
  waited for, as they were handed to the loop and not waited for;
- what the speaker waits for (paper ballots, the session's name, a remote's link, another
  join address) is a call answered by the child, errors and all, within CALL_S;
- what the console reads twice a second (snapshot, join, reachability, the addresses the
  join URL may use) the child pushes and this side keeps, so reading never waits.
The callbacks (on_snapshot, on_failure, on_join_changed, on_control) run on this side's
reader thread, as they ran on the server's thread: receivers only emit signals.

The child's side of the pipe is server/voting_child.py. It ends when it is told to,
and also when its pipe closes: a parent that dies without stopping it never leaves a
server holding the port and the data folder.
"""
from __future__ import annotations

import atexit
import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from common.child_process import spawn_child
from common.values import ControlEvent, DeckSpec, JoinInfo, SlideImage, TallySnapshot
from server.api import ServerConfig, ServerError, ServerStartError
from server.voting_child import Started, child_main

log = logging.getLogger(__name__)

START_S = 60.0          # a cold start of the packaged app on a slow laptop
CALL_S = 10.0           # the child's own store waits 5 s at most; past this it is stuck
STOP_S = 5.0



def _stopped() -> ServerError:
    """A new error each time: one instance raised on several threads would share (and keep)
    every traceback."""
    return ServerError("Voting stopped unexpectedly; restart voting to let phones vote again.",
                       "stopped")


class VotingServerApart:
    """VotingServer's public methods, with the server itself in the voting process."""

    def __init__(self, deck: DeckSpec, config: ServerConfig,
                 on_snapshot: Callable[[TallySnapshot], None] | None = None,
                 on_failure: Callable[[ServerError], None] | None = None,
                 on_join_changed: Callable[[JoinInfo], None] | None = None,
                 on_control: Callable[[ControlEvent], None] | None = None):
        self.deck = deck
        self.config = config
        self.on_snapshot = on_snapshot
        self.on_failure = on_failure
        self.on_join_changed = on_join_changed
        self.on_control = on_control
        self.token = ""
        self.database_path: Path | None = None
        self.session = None
        self._latest: TallySnapshot | None = None
        self._join: JoinInfo | None = None
        self._candidates: tuple[tuple[str, str], ...] = ()
        self._reachability = None
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._reader: threading.Thread | None = None
        self._send_lock = threading.Lock()
        self._calls: dict[int, Future] = {}
        self._call_number = 0
        self._stopping = False

    # ------------------------------------------------------------ lifetime

    def start(self) -> JoinInfo:
        if self._process is not None:
            raise ServerStartError("This voting server was already started; create a new one.",
                                   "already_started")
        self._process, self._conn = SPARE.take()
        self._send(("start", self.deck, self.config))
        started = self._first_word()
        self.token, self.database_path = started.token, started.database_path
        self.session, self._latest = started.session, started.snapshot
        self._join, self._candidates = started.join, started.candidates
        self._reachability = started.reachability
        self._reader = threading.Thread(target=self._read, name="votedeck-voting-reader",
                                        daemon=True)
        self._reader.start()
        return started.join

    def _first_word(self) -> Started:
        """The child's word that it listens, or why it could not. News from its start-up
        (a first snapshot, the join URL) comes before it and is dropped: the word has both,
        newer."""
        end = time.monotonic() + START_S
        try:
            word = ("",)
            while word[0] not in ("started", "refused"):
                if not self._conn.poll(max(0.0, end - time.monotonic())):
                    raise ServerStartError("The voting server did not start in time; restart "
                                           "voting from the console.", "start_failed",
                                           detail="no answer from its process")
                word = self._conn.recv()
        except (EOFError, OSError) as error:
            self._end(polite=False)
            raise ServerStartError("The voting server could not start (its process ended); "
                                   "restart voting from the console.", "start_failed",
                                   detail=str(error)) from None
        except ServerStartError:
            self._end(polite=False)
            raise
        if word[0] != "started":
            self._end(polite=True)
            raise word[1]
        return word[1]

    def stop(self, timeout: float = STOP_S) -> None:
        """Close phones' sockets, the listener and the database; end the process. Idempotent."""
        self._stopping = True
        self._end(polite=True, timeout=timeout)
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout)

    def _end(self, polite: bool, timeout: float = STOP_S) -> None:
        process, conn = self._process, self._conn
        if process is None:
            return
        if polite:
            self._send(("stop",))
            process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join(timeout)
        if conn is not None:
            conn.close()
        self._fail_calls()

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.is_alive() and not self._stopping

    @property
    def join(self) -> JoinInfo | None:
        return self._join

    @property
    def session_id(self) -> int:
        return self.session.id if self.session is not None else 0

    def snapshot(self) -> TallySnapshot:
        return self._latest

    def reachability(self):
        """Phones that reached the server in the last minute (frozen; at most voting_child.VENUE_EVERY_S old)."""
        return self._reachability

    def join_candidates(self) -> tuple[tuple[str, str], ...]:
        return self._candidates

    # ------------------------------------------------------------ the speaker's moves: sent

    def show_slide(self, slide: int) -> None:
        self._cast("show_slide", int(slide))

    def set_poll(self, poll_id: str, *, open: bool | None = None, reveal: bool | None = None,
                 reset: bool = False) -> None:
        self._cast("set_poll", poll_id, open=open, reveal=reveal, reset=reset)

    def moderate_answer(self, answer_id: int, *, hidden: bool | None = None,
                        approved: bool | None = None, answered: bool | None = None) -> None:
        self._cast("moderate_answer", answer_id, hidden=hidden, approved=approved,
                   answered=answered)

    def replace_deck(self, deck: DeckSpec) -> None:
        self.deck = deck
        self._cast("replace_deck", deck)

    def publish_slides(self, current: SlideImage | None, following: SlideImage | None = None,
                       timer: tuple[float, bool] | None = None) -> None:
        self._cast("publish_slides", current, following, timer)

    def set_timer(self, elapsed: float, running: bool) -> None:
        self._cast("set_timer", elapsed, running)

    def join_shown(self) -> None:
        self._cast("join_shown")

    # ------------------------------------------------------------ what the speaker waits for

    def remote_link(self) -> tuple[str, float] | None:
        return self._call("remote_link")

    def set_hand_counts(self, poll_id: str, counts: Mapping[str, object]) -> int:
        return self._call("set_hand_counts", poll_id, dict(counts))

    def rename_session(self, name: str) -> str:
        name = self._call("rename_session", name)
        self.session = dataclasses.replace(self.session, name=name)
        return name

    def choose_join_host(self, host: str) -> JoinInfo | None:
        join = self._call("choose_join_host", host)
        if join is not None:
            self._join = join
        return join

    # ------------------------------------------------------------ the pipe

    def _send(self, message: tuple) -> bool:
        conn = self._conn
        if conn is None:
            return False
        try:
            with self._send_lock:
                conn.send(message)
            return True
        except (OSError, ValueError):       # the child has ended; the reader says so
            return False

    def _cast(self, name: str, *args, **kwargs) -> None:
        if not self._stopping:
            self._send(("cast", 0, name, args, kwargs))

    def _call(self, name: str, *args, **kwargs):
        if self._stopping or self._process is None:
            raise ServerError("Voting is not running; restart voting from the console first.",
                              "not_running")
        future: Future = Future()
        with self._send_lock:
            self._call_number += 1
            number = self._call_number
            self._calls[number] = future
        if not self._send(("call", number, name, args, kwargs)):
            self._calls.pop(number, None)
            raise _stopped()
        try:
            ok, value = future.result(CALL_S)
        except FutureTimeout:
            raise ServerError("The voting server did not answer in time; try again in a "
                              "moment.", "no_answer") from None
        finally:
            self._calls.pop(number, None)
        if not ok:
            raise value
        return value

    def _fail_calls(self) -> None:
        for future in list(self._calls.values()):
            if not future.done():
                future.set_result((False, _stopped()))

    def _read(self) -> None:
        """The reader thread: the child's news, until the pipe closes."""
        conn = self._conn
        while True:
            try:
                word = conn.recv()
            except Exception:  # noqa: BLE001 - EOF, or a pipe closed under the read: gone
                break
            kind = word[0]
            if kind == "snapshot":
                self._latest = word[1]
                _tell(self.on_snapshot, word[1])
            elif kind == "venue":
                self._reachability, self._candidates = word[1], word[2]
            elif kind == "join":
                self._join, self._candidates = word[1], word[2]
                _tell(self.on_join_changed, word[1])
            elif kind == "control":
                _tell(self.on_control, word[1])
            elif kind == "reply":
                future = self._calls.get(word[1])
                if future is not None and not future.done():
                    future.set_result((word[2], word[3]))
            elif kind == "failed":
                self._stopping = True
                _tell(self.on_failure, word[1])
                break
        self._fail_calls()
        if not self._stopping:
            self._stopping = True
            _tell(self.on_failure, _stopped())


def _tell(listener: Callable | None, value: object) -> None:
    if listener is None:
        return
    try:
        listener(value)
    except Exception:  # noqa: BLE001 - a listener's bug must not stop voting
        log.exception("a voting server listener failed")


class _Spare:
    """One voting process started ahead, its imports done, waiting to be told what to serve.

    A spawned Python takes ~0.35 s to import aiohttp and the server (more in the packaged
    app on a slow laptop), and `start()` waits for the child on the caller's thread: the
    GUI thread. `ahead()` starts one while the first slide is painted, so that the wait
    after it is the port and the store only. `take()` hands it over, or starts one then.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: tuple | None = None          # (process, our end of its pipe)

    def ahead(self) -> None:
        """Start a spare process unless one waits already (from any thread). When none can
        be started, nothing happens: `take()` tries again and says why."""
        with self._lock:
            if self._waiting is None or not self._waiting[0].is_alive():
                try:
                    self._waiting = _spawn()
                except (OSError, RuntimeError, ValueError):
                    self._waiting = None

    def take(self) -> tuple:
        with self._lock:
            waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting[0].is_alive():
            return waiting
        return _spawn()

    def close(self) -> None:
        """At exit: a spare nobody took ends when its pipe closes."""
        with self._lock:
            waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting[1].close()
            waiting[0].join(2.0)


def _spawn() -> tuple:
    return spawn_child(child_main, "votedeck-voting")


SPARE = _Spare()
atexit.register(SPARE.close)


def start_ahead() -> None:
    """Have a voting process ready for the next `VotingServerApart.start()` (from any thread)."""
    SPARE.ahead()
