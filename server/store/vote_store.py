"""VoteStore: the only writer of the vote database, with group commit.

One writer thread owns the one write connection. Callers on the asyncio loop
queue operations (`vote`, `set_poll_state`, `reset_poll`): the loop collects what
one loop iteration queued and hands the writer the whole list at once (one
queue put and one thread wake-up per batch, not per vote). The writer drains
everything handed to it, runs it in ONE transaction, commits, and only then
hands the results back to the loop with ONE `call_soon_threadsafe` per batch:
first each operation's `on_commit` callback (in commit order, so counters follow
the database exactly), then the caller's future. A vote is therefore
acknowledged only after its commit, and a burst of votes costs a handful of
transactions and thread wake-ups instead of one each.

Counting: the writer is the only writer, so "SELECT the old choices, then upsert"
inside its transaction tells exactly what changed; the loop applies that delta
after commit. Nobody does a read-modify-write of a counter.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server.api import ServerError, ServerStartError
from server.store.batch import store_votes
from server.store.schema import open_database, unusable
from server.store.sessions import LoadedSession, SessionInfo, begin_session, load_session

__all__ = ["LoadedSession", "SessionInfo", "StoreError", "VoteStore"]

log = logging.getLogger(__name__)


class StoreError(ServerError):
    """A write could not be committed; str() is the sentence."""


class _Op:
    """One queued write. Slots and a plain __init__: the vote path makes one per vote."""

    __slots__ = ("run", "future", "on_commit", "result", "error", "loop", "vote")

    def __init__(self, run: Callable[[sqlite3.Connection], Any] | None,
                 future: asyncio.Future | concurrent.futures.Future | None = None,
                 on_commit: Callable[[Any], None] | None = None,
                 loop: asyncio.AbstractEventLoop | None = None,
                 vote: tuple[int, str, str, str] | None = None):
        self.run = run
        self.future = future
        self.on_commit = on_commit
        self.loop = loop
        self.vote = vote            # (session, poll, voter, choice): stored by batched SQL
        self.result: Any = None
        self.error: BaseException | None = None


_STOP = object()
_CLOSED = "Votes cannot be saved: the vote store is closed; restart voting."


class VoteStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.transactions = 0          # group commits done (tests and benchmarks read it)
        self.operations = 0            # operations committed in them
        self.handoffs = 0              # batches the loop handed to the writer (one wake-up each)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._open_error: ServerStartError | None = None
        self._closed = False
        self._alive = False            # the writer is running (cheaper to ask than the thread)
        # Operations queued on a loop during its current iteration, handed over together.
        self._pending: dict[asyncio.AbstractEventLoop, list[_Op]] = {}

    # ------------------------------------------------------------ lifetime

    def open(self) -> None:
        """Start the writer thread; raise ServerStartError (a sentence) if the DB is unusable."""
        self._thread = threading.Thread(target=self._writer, name="votedeck-store", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._open_error is not None:
            self._thread.join()
            raise self._open_error

    def close(self, timeout: float = 5.0) -> None:
        """Commit what is queued, close the connection, join the writer. Idempotent."""
        if self._closed or self._thread is None:
            self._closed = True
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ------------------------------------------------------------ calls from any thread

    def call(self, run: Callable[[sqlite3.Connection], Any], timeout: float = 10.0) -> Any:
        """Run `run(conn)` on the writer in a transaction and wait (not from the loop)."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._put(_Op(run, future=future))
        return future.result(timeout)

    def begin_session(self, deck_key: str, deck_title: str, name: str | None,
                      *, new: bool = False, default_name: str = "") -> SessionInfo:
        """Resume the deck's latest session (with that name, when one is given) or start one."""
        return self.call(lambda conn: begin_session(conn, deck_key, deck_title, name, new=new,
                                                    default_name=default_name))

    def load(self, session_id: int) -> LoadedSession:
        """Tallies rebuilt from the votes (GROUP BY), each voter's choice, poll states."""
        return self.call(lambda conn: load_session(conn, session_id))

    # ------------------------------------------------------------ calls from the loop

    def vote(self, session_id: int, poll_id: str, voter_id: str, choice: str,
             on_commit: Callable[[str | None], None]) -> asyncio.Future:
        """Store a vote; the future gives the previous choice (None) after commit."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._enqueue(_Op(None, future, on_commit, loop, (session_id, poll_id, voter_id, choice)),
                      loop)
        return future

    def set_poll_state(self, session_id: int, poll_id: str, open_: bool, revealed: bool,
                       on_commit: Callable[[Any], None]) -> asyncio.Future:
        def run(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO poll_state (session_id, poll_id, open, revealed) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (session_id, poll_id) DO UPDATE SET open = excluded.open, "
                "revealed = excluded.revealed", (session_id, poll_id, int(open_), int(revealed)))
        return self.write(run, on_commit)

    def reset_poll(self, session_id: int, poll_id: str,
                   on_commit: Callable[[int], None]) -> asyncio.Future:
        def run(conn: sqlite3.Connection) -> int:
            return conn.execute("DELETE FROM votes WHERE session_id = ? AND poll_id = ?",
                                (session_id, poll_id)).rowcount
        return self.write(run, on_commit)

    def write(self, run, on_commit) -> asyncio.Future:
        """From the loop: `run(conn)` in the next group commit, `on_commit(result)` after it."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._enqueue(_Op(run, future, on_commit, loop), loop)
        return future

    def _enqueue(self, op: _Op, loop: asyncio.AbstractEventLoop) -> None:
        """Queue `op` for the writer at the end of this loop iteration (with the others)."""
        if self._closed or not self._alive:
            raise StoreError(_CLOSED, "store_closed")
        pending = self._pending.get(loop)
        if pending is None:
            self._pending[loop] = [op]
            loop.call_soon(self._hand_over, loop)
        else:
            pending.append(op)

    def _hand_over(self, loop: asyncio.AbstractEventLoop) -> None:
        """On the loop: one put, one wake-up of the writer, for everything queued."""
        ops = self._pending.pop(loop, None)
        if not ops:
            return
        self.handoffs += 1
        if self._closed or not self._alive:
            failure = StoreError(_CLOSED, "store_closed")
            for op in ops:
                if not op.future.done():
                    op.future.set_exception(failure)
            return
        self._queue.put(ops)

    def _put(self, op: _Op) -> None:
        if self._closed or not self._alive:
            raise StoreError(_CLOSED, "store_closed")
        self._queue.put(op)

    # ------------------------------------------------------------ the writer thread

    def _writer(self) -> None:
        try:
            conn = open_database(self.path)
        except ServerStartError as error:
            self._open_error = error
            self._ready.set()
            return
        self._alive = True
        self._ready.set()
        try:
            stopping = False
            while not stopping:
                item = self._queue.get()
                batch: list[_Op] = []
                while True:
                    if item is _STOP:
                        stopping = True
                    elif isinstance(item, list):
                        batch.extend(item)
                    else:
                        batch.append(item)
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                if batch:
                    self._commit(conn, batch)
        finally:
            self._alive = False
            conn.close()

    def _commit(self, conn: sqlite3.Connection, batch: list[_Op]) -> None:
        try:
            conn.execute("BEGIN IMMEDIATE")
            votes: list[_Op] = []
            for op in batch:
                if op.vote is not None:
                    votes.append(op)
                    continue
                if votes:
                    store_votes(conn, votes)
                    votes = []
                op.result = op.run(conn)
            if votes:
                store_votes(conn, votes)
            conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as error:
            if conn.in_transaction:
                conn.rollback()
            failure = unusable(error, self.path)
            failure = StoreError(str(failure), failure.reason, **failure.values)
            for op in batch:
                op.error = failure
        else:
            self.transactions += 1
            self.operations += len(batch)
        self._deliver(batch)

    def _deliver(self, batch: list[_Op]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[_Op]] = {}
        for op in batch:
            if op.loop is None:
                future = op.future
                if op.error is not None:
                    future.set_exception(op.error)
                else:
                    future.set_result(op.result)
            else:
                by_loop.setdefault(op.loop, []).append(op)
        for loop, ops in by_loop.items():
            try:
                loop.call_soon_threadsafe(_resolve_on_loop, ops)
            except RuntimeError:
                pass        # the loop has gone (shutdown); nobody waits for these any more


def _resolve_on_loop(ops: list[_Op]) -> None:
    """On the loop: apply each committed result in commit order, then wake its caller."""
    for op in ops:
        if op.error is None and op.on_commit is not None:
            try:
                op.on_commit(op.result)
            except Exception as error:
                # A fault in one callback must not leave the rest of the batch waiting
                # for ever: that phone gets a 500, the others their answers.
                log.exception("applying a committed write failed")
                op.error = error
        if op.future is not None and not op.future.done():
            if op.error is not None:
                op.future.set_exception(op.error)
            else:
                op.future.set_result(op.result)
