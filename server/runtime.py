"""VotingServer: the voting server on its own thread and asyncio loop.

The presenter (or `votedeck serve`) creates one, calls `start()` (which blocks
until the socket is bound or raises ServerStartError with a sentence), then
drives it with `show_slide` / `set_poll` from any thread, reads `snapshot()`,
and `stop()`s it before exiting. Calls from other threads reach the loop only
through ServerLoop (server/server_loop.py), and do nothing once the loop is gone;
the writes the speaker waits for (paper ballots, the session's name) go to the
store through SessionDesk (server/session_desk.py), never through the loop.

`on_snapshot` runs ON THE SERVER THREAD with an immutable TallySnapshot, at most
once per SNAPSHOT_DELAY however many votes arrive (server/snapshot_pacer.py);
`on_failure(error)` runs there too if the loop dies on its own (a ServerError: str() is
the sentence, `reason` lets the console say it in the speaker's language).

Venue readiness (issue 9): listening on every address, the join URL follows the
laptop's addresses (server.net.join_address); when it moves, a snapshot follows and
`on_join_changed(JoinInfo)` runs on the server thread. `reachability()` says
which phones reached the server lately.

`on_control(ControlEvent)` runs on the server thread after the control API (not
the presenter's own calls) changed the slide or a poll, so a window that presents
can follow: the one public hook for any page that drives the talk from outside.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from aiohttp import web

from common.values import ControlEvent, DeckSpec, JoinInfo, SlideImage, TallySnapshot
from server.api import MIN_TOKEN_LENGTH, TOKEN_TOO_SHORT, ServerConfig, ServerError, ServerStartError
from server.listen import listen
from server.net.join_address import JoinAddress
from server.net.reachability import Reachability, ReachabilityLog
from server.oslimits import hall_size, hall_size_warning, raise_open_files_limit
from server.server_loop import ServerLoop
from server.session_desk import SessionDesk
from server.snapshot_pacer import SnapshotPacer
from server.store.vote_store import LoadedSession, SessionInfo, VoteStore
from server.web.app import create_app
from server.web.connection_guard import ConnectionGuard, connection_budget
from server.web.host_check import HostCheck
from server.web.hub import PhoneHub
from server.web.limits import AddressLimits
from server.web.remote_pairing import RemotePairing
from server.web.talk_state import TalkState

log = logging.getLogger(__name__)


class VotingServer:
    def __init__(self, deck: DeckSpec, config: ServerConfig,
                 on_snapshot: Callable[[TallySnapshot], None] | None = None,
                 on_failure: Callable[[ServerError], None] | None = None,
                 on_join_changed: Callable[[JoinInfo], None] | None = None,
                 on_control: Callable[[ControlEvent], None] | None = None):
        self.deck = deck
        self.config = config
        self.on_failure = on_failure
        self.on_join_changed = on_join_changed
        self.on_control = on_control
        self.token: str = config.token or secrets.token_urlsafe(24)
        self._loop = ServerLoop()
        self._snapshots = SnapshotPacer(on_snapshot)
        self._desk = SessionDesk(config.data_dir, voting=lambda: self.running)
        self.database_path: Path = self._desk.database_path
        self.join_address: JoinAddress | None = None
        self.presentation: TalkState | None = None
        self.hub: PhoneHub | None = None
        self.connections: ConnectionGuard | None = None
        self._open_files: int | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._start_error: ServerStartError | None = None
        # Which phones reached us lately: written on the server thread, read as
        # frozen snapshots from any thread.
        self.reachability_log = ReachabilityLog()
        # The speaker's phone as a remote: one-time codes for the console (any thread).
        self.pairing = RemotePairing()

    # ------------------------------------------------------------ lifetime

    def start(self) -> JoinInfo:
        if self._thread is not None:
            raise ServerStartError("This voting server was already started; create a new one.",
                                   "already_started")
        if self.config.token is not None and len(self.config.token) < MIN_TOKEN_LENGTH:
            raise ServerStartError(TOKEN_TOO_SHORT, "token_too_short", least=MIN_TOKEN_LENGTH)
        self._open_files = raise_open_files_limit()
        limit_warning = hall_size_warning(self._open_files)
        loaded = self._desk.open(self.deck, self.config)
        ready = threading.Event()
        warnings = (limit_warning,) if limit_warning else ()
        self._thread = threading.Thread(target=self._run, args=(loaded, warnings, ready),
                                        name="votedeck-server", daemon=True)
        self._thread.start()
        ready.wait()
        if self._start_error is not None:
            self._thread.join()
            raise self._start_error
        assert self.join is not None
        self._desk.remember_join(self.join)
        return self.join

    def stop(self, timeout: float = 5.0) -> None:
        """Close phones' sockets, the listener and the database; join the thread. Idempotent."""
        self._loop.stop()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        if thread is None or not thread.is_alive():
            self._desk.close(timeout)

    @property
    def join(self) -> JoinInfo | None:
        """How phones reach the server now (None before it listens); may change."""
        return self.join_address.join if self.join_address is not None else None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._loop.stopping

    @property
    def store(self) -> VoteStore | None:
        """The session's store: SessionDesk owns it, and the session below (any thread)."""
        return self._desk.store

    @property
    def session(self) -> SessionInfo | None:
        return self._desk.session

    @property
    def session_id(self) -> int:
        return self._desk.session_id

    # ------------------------------------------------------------ calls from any thread

    def show_slide(self, slide: int) -> None:
        self._loop.run(lambda: self.presentation.show_slide(int(slide)))

    def set_poll(self, poll_id: str, *, open: bool | None = None, reveal: bool | None = None,
                 reset: bool = False) -> None:
        self._loop.run(lambda: self.presentation.set_poll(poll_id, open=open, reveal=reveal,
                                                           reset=reset))

    def moderate_answer(self, answer_id: int, *, hidden: bool | None = None,
                        approved: bool | None = None, answered: bool | None = None) -> None:
        """The speaker hides, approves or marks answered one typed answer or question."""
        self._loop.run(lambda: self.presentation.answers.moderate(
            answer_id, hidden=hidden, approved=approved, answered=answered))

    def replace_deck(self, deck: DeckSpec) -> None:
        """The deck was edited while shown: the same session, polls kept by id with their
        votes (TalkState.replace_deck); call show_slide after it."""
        self.deck = deck
        self._loop.run(lambda: self.presentation.replace_deck(deck))

    def publish_slides(self, current: SlideImage | None, following: SlideImage | None = None,
                       timer: tuple[float, bool] | None = None) -> None:
        """The presenter's images of the slide it shows and the next one, and its timer
        (elapsed seconds, running). Phones get the current one between polls only while
        it is the talk's current slide (server/web/slide_shelf.py); the next one only the
        remote. From any thread."""
        def publish() -> None:
            presentation = self.presentation
            if timer is not None:
                presentation.shelf.set_timer(*timer)
            presentation.show_images(current, following)
        self._loop.soon(publish)

    def set_timer(self, elapsed: float, running: bool) -> None:
        """The console's timer, for the remote (from any thread)."""
        self._loop.soon(lambda: self.presentation.shelf.set_timer(elapsed, running))

    def remote_link(self) -> tuple[str, float] | None:
        """A fresh one-time URL that pairs the speaker's phone as a remote, and the
        seconds it works; None before the server listens. Never show it to the room."""
        join = self.join
        if join is None:
            return None
        code, lifetime = self.pairing.new_code()
        return f"{join.url.rstrip('/')}/remote?pair={code}", lifetime

    def set_hand_counts(self, poll_id: str, counts: Mapping[str, object]) -> int:
        """From any thread but the loop's: store the paper ballots the speaker counted for a
        poll (typing again replaces them, all zeros removes them), then show them. Returns
        the ballots stored; HandCountError or StoreError (sentences) when refused."""
        ballots, stored = self._desk.store_hand_counts(self.deck, poll_id, counts)
        self._loop.soon(lambda: self.presentation.hand_counted(poll_id, ballots))
        return stored

    def rename_session(self, name: str) -> str:
        """From any thread but the loop's: name the session (the municipality), stored at
        once; returns the name as kept. ServerError (a sentence) when it cannot be."""
        name = self._desk.rename(name)
        self._loop.soon(lambda: self.presentation.renamed(name))
        return name

    def snapshot(self) -> TallySnapshot:
        return self._snapshots.latest

    def reachability(self, window_s: float = 60.0) -> Reachability:
        """Phones that reached this server in the last `window_s` seconds (frozen)."""
        return self.reachability_log.recent(window_s)

    def join_shown(self) -> None:
        """The join screen went up: a minute without a phone from now earns the hint."""
        self.reachability_log.join_shown()

    def join_candidates(self) -> tuple[tuple[str, str], ...]:
        """(interface name, IPv4) the speaker may pick for the join URL; empty when the
        server listens on one address only (there is nothing to pick)."""
        address = self.join_address
        return address.addresses if address is not None and address.follows else ()

    def choose_join_host(self, host: str) -> JoinInfo | None:
        """Put another of this machine's addresses in the join URL (the speaker picked
        it); only when listening on every address and the address exists."""
        return self.join_address.choose(host) if self.join_address is not None else None

    def _join_changed(self, join: JoinInfo) -> None:
        """On the loop when the join URL moved: a snapshot (the presenter compares its join
        info with `join`), the URL kept for handouts, and `on_join_changed`."""
        self._snapshots.soon()
        # The store's call waits for its writer, so it runs beside the loop, not on it.
        asyncio.get_running_loop().run_in_executor(None, self._desk.remember_join, join)
        if self.on_join_changed is not None:
            try:
                self.on_join_changed(join)
            except Exception:  # noqa: BLE001 - a listener's bug must not stop voting
                log.exception("the join listener failed")

    # ------------------------------------------------------------ the server thread

    def _run(self, loaded: LoadedSession, warnings: tuple[str, ...], ready: threading.Event) -> None:
        loop = self._loop.open()
        try:
            try:
                loop.run_until_complete(self._bind(loaded, warnings))
            except ServerStartError as error:
                self._start_error = error
            except Exception as error:  # noqa: BLE001 - any bind failure becomes a sentence
                self._start_error = ServerStartError(
                    f"The voting server could not start ({error}); try another --port.",
                    "start_failed", detail=str(error))
            ready.set()
            if self._start_error is not None:
                return
            self._loop.run_until_stopped()
            loop.run_until_complete(self._shutdown())
        finally:
            if self._start_error is not None and self._runner is not None:
                loop.run_until_complete(self._runner.cleanup())
            self._loop.close()
            self._desk.close()
            if not self._loop.stopping and self._start_error is None and self.on_failure is not None:
                self.on_failure(ServerError("Voting stopped unexpectedly; restart voting to let "
                                            "phones vote again.", "stopped"))

    async def _bind(self, loaded: LoadedSession, warnings: tuple[str, ...]) -> None:
        presentation = TalkState(self.deck, self.store, self.session, loaded, self._notify)
        hub = PhoneHub(presentation, on_count=self._snapshots.soon)
        self.presentation, self.hub = presentation, hub
        self._snapshots.follow(lambda: presentation.snapshot(hub.count))
        limits = AddressLimits.from_config(self.config)
        presentation.on_reset = limits.forget_poll
        # Slide 1 is shown before anyone can connect, so a control request that comes
        # the moment the port is printed can never be overtaken by this first show.
        await presentation.show_slide(1)
        app = create_app(presentation, hub, limits, self.token, self.reachability_log,
                         hosts=HostCheck((*self.config.allowed_hosts, self.config.host)),
                         on_control=self.on_control, pairing=self.pairing)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2.0)
        await self._runner.setup()
        self.connections = ConnectionGuard(
            self.config.max_connections or connection_budget(self._open_files),
            self.config.max_connections_per_address)
        self.connections.install(self._runner.server)
        port = await listen(self._runner, self.config.host, int(self.config.port),
                            self.config.port_fallback)
        self._desk.folder_lock.record(port)
        self.join_address = JoinAddress(
            self.config.host, port, port_changed=self.config.port not in (0, port),
            warnings=warnings, reachability=self.reachability_log, hall=hall_size(self._open_files),
            announce=lambda join: self._loop.soon(self._join_changed, join))    # from any thread
        self._snapshots.latest = presentation.snapshot(0)
        if self.join_address.follows:
            self._loop.spawn(self.join_address.watch)

    async def _shutdown(self) -> None:
        self._loop.cancel_all()
        # Before the runner's cleanup, which drops open connections without a close frame.
        if self.hub is not None:
            await self.hub.close_all()
        if self._runner is not None:
            await self._runner.cleanup()

    def _notify(self, kind: str) -> None:
        if kind == "state":
            self.hub.state_changed()
        else:
            self.hub.results_changed()
        self._snapshots.soon()
