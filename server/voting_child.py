"""The voting process's side of the pipe (server/apart.py is the app's side).

The child imports the server while it waits (a spare, started ahead), then gets
("start", deck, config), starts `VotingServer` and says ("started", Started) or
("refused", error). Then it does what the pipe asks, ("cast" | "call", number, method,
args, kwargs), answering a call with ("reply", number, ok, value), until ("stop",) or
until the pipe closes. Its news (snapshots, the join URL, control events, who reached it
every VENUE_EVERY_S, a failure) goes through an `_Outbox`.
"""
from __future__ import annotations

import dataclasses
import signal
import threading
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from common.values import DeckSpec, JoinInfo, TallySnapshot
from server.api import ServerConfig, ServerError, ServerStartError

VENUE_EVERY_S = 0.5     # how often the child sends who reached it and its addresses


@dataclasses.dataclass(frozen=True)
class Started:
    """What the child tells once it listens: all the app's side reads without asking."""
    join: JoinInfo
    token: str
    database_path: Path
    session: object             # server.store.vote_store.SessionInfo (frozen)
    snapshot: TallySnapshot
    candidates: tuple[tuple[str, str], ...]
    reachability: object        # server.net.reachability.Reachability (frozen)


def child_main(conn: Connection) -> None:
    """The child: import the server, wait for what to serve, start it and say so, then do
    what the pipe asks until told to stop or the pipe closes; every few tenths of a second,
    say who reached it."""
    # Ctrl+C in the terminal reaches the whole process group: the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import server.runtime  # noqa: F401 - the imports a spare does while it waits

    try:
        word = conn.recv()
    except (EOFError, OSError):
        return                              # a spare nobody took
    if word[0] != "start":
        return
    deck, config = word[1], word[2]
    outbox = _Outbox(conn)
    try:
        _run_server(conn, deck, config, outbox.put)
    finally:
        outbox.close()
        conn.close()


class _Outbox:
    """The child's news for the app, sent by a thread of its own. The server's loop hands
    a snapshot over and goes on: it never waits for the pipe, so an app that stops reading
    (hung, or stopped in a debugger) cannot stop the phones' voting. A snapshot not sent
    yet is replaced by a newer one; everything else is sent in order, before it (a new
    join URL reaches the app before the snapshot that makes it look)."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._ready = threading.Condition()
        self._snapshot: tuple | None = None
        self._queue: deque[tuple] = deque()
        self._closing = False
        self._thread = threading.Thread(target=self._send_all, name="votedeck-voting-outbox",
                                        daemon=True)
        self._thread.start()

    def put(self, message: tuple) -> None:
        """From any thread: `message` will be sent (a snapshot: unless a newer one comes)."""
        with self._ready:
            if message[0] == "snapshot":
                self._snapshot = message
            else:
                self._queue.append(message)
            self._ready.notify()

    def close(self, timeout: float = 2.0) -> None:
        """Send what is waiting (for `timeout` at most), then end the thread."""
        with self._ready:
            self._closing = True
            self._ready.notify()
        self._thread.join(timeout)

    def _send_all(self) -> None:
        while True:
            with self._ready:
                while self._snapshot is None and not self._queue and not self._closing:
                    self._ready.wait()
                if self._snapshot is None and not self._queue:
                    return                  # closing, and nothing left
                batch = list(self._queue) + ([self._snapshot] if self._snapshot is not None else [])
                self._snapshot = None
                self._queue.clear()
            try:
                for message in batch:
                    self._conn.send(message)
            except (OSError, ValueError):
                return                      # the app is gone: the child's main loop ends too


def _run_server(conn: Connection, deck: DeckSpec, config: ServerConfig,
                send: Callable[[tuple], None]) -> None:
    """Start the server, say so (or why not), then serve the pipe until the end."""
    from server.runtime import VotingServer

    server = VotingServer(
        deck, config,
        on_snapshot=lambda snapshot: send(("snapshot", snapshot)),
        on_failure=lambda error: send(("failed", error)),
        on_join_changed=lambda join: send(("join", join, server.join_candidates())),
        on_control=lambda event: send(("control", event)))
    try:
        join = server.start()
    except ServerError as error:
        send(("refused", error))
        return
    except Exception as error:  # noqa: BLE001 - any start failure becomes a sentence
        send(("refused", ServerStartError(
            f"The voting server could not start ({error}); try another --port.",
            "start_failed", detail=str(error))))
        return
    send(("started", Started(join, server.token, server.database_path, server.session,
                             server.snapshot(), server.join_candidates(),
                             server.reachability())))
    try:
        _serve(conn, server, send)
    finally:
        server.stop()


def _serve(conn: Connection, server, send: Callable[[tuple], None]) -> None:
    while True:
        try:
            if not conn.poll(VENUE_EVERY_S):
                send(("venue", server.reachability(), server.join_candidates()))
                continue
            word = conn.recv()
        except (EOFError, OSError):
            return
        if word[0] == "stop":
            return
        kind, number, name, args, kwargs = word
        try:
            ok, value = True, getattr(server, name)(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - the caller gets it, as in one process
            ok, value = False, error
        if kind == "call":
            send(("reply", number, ok, value))
