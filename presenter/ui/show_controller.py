"""The presentation: which slide is up, what the room sees, and the voting server.

`ShowController` is the one controller every window shares (the audience window,
the presenter console, the key router). It owns the voting server's handle (a
`server.apart.VotingServerApart`: the server runs in a process of its own), the
`ServerBridge` its callbacks arrive through and the `RoomAnimator` that turns
snapshots into at most ~30 frames a second. Navigation tells the server, so
phones follow the presenter; poll keys become `server.set_poll`. When the server
cannot start or fails later, the show goes on: `server` is None, the room view
says voting is down, and `server_failed` carries the ServerError (str(): the sentence).

One source of truth for the current slide (issue 18): when the control API (or
any page driving the talk through it) moves the slide or changes a poll, the
server tells the bridge and `follow_control` moves this controller too, without
telling the server again; `control_changed` carries the event on.

Venue readiness (issue 9): the join view carries a Wi-Fi code for the speaker's
hotspot (`--wifi`); the server hears when the join screen went up (for the "no
phone yet" hint); the speaker may pick another of the laptop's addresses; and
when the server's join URL moves with the network, a snapshot brings it here and
the QR code is rebuilt.

The speaker's requests to the server (poll keys, paper ballots, the session's
name, moderation, the remote, the join address) and what its latest snapshot says
(a poll's tally, the phones) are VotingRequests (voting_requests.py), inherited so
every window keeps calling them here; turning snapshots into PollViews and the
join URL into a JoinView is live_view.py's.

Lives on the GUI thread. Of the server it uses `server.apart.VotingServerApart`,
`server.api` and the plain-text helper `venue.wifi`. A test that looks inside the
running server passes `voting_server=server.runtime.VotingServer` (same methods, same
callbacks, on a thread of this process).
"""
from __future__ import annotations

import sys
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal, Slot

from presenter.deck.model import Deck, Poll
from presenter.render.view import JoinView, RoomView
from presenter.ui.animator import RoomAnimator
from presenter.ui.bridge import ServerBridge
from presenter.ui.live_view import join_view, live_poll_views, on_arrival
from presenter.ui.tour_compare import TourComparison
from presenter.ui.voting_requests import VotingRequests

SCREEN_MODES = ("slide", "black", "white")


class ShowController(QObject, VotingRequests):
    """ShowController state + actions shared by every window."""

    slide_changed = Signal(int)          # new 1-based slide number
    room_changed = Signal()              # a new animated RoomView is ready (<= ~30/s)
    screen_mode_changed = Signal(str)    # "slide" | "black" | "white"
    join_changed = Signal()              # join URL / QR / warnings changed
    server_failed = Signal(object)       # a ServerError; the show goes on without voting
    deck_replaced = Signal()             # the deck was edited and reloaded (deck_watcher)
    control_changed = Signal(object)     # common.values.ControlEvent the window followed

    def __init__(self, deck: Deck, renderer, server_config=None, parent: QObject | None = None,
                 *, deck_spec=None, voting_server=None):
        super().__init__(parent)
        self.deck = deck
        self._polls = {p.id: p for p in deck.polls}
        self.renderer = renderer
        self.slide = 1
        self.slide_count = len(deck.slides)
        self.screen_mode = "slide"
        self.join = None                  # server.api.JoinInfo
        self.server = None                # a VotingServerApart while voting is up
        self._voting_server = voting_server   # its class; None: VotingServerApart
        self.voting_error = None    # why voting is down (a ServerError); None while up or disabled
        self.show_join_overlay = False
        self._config = server_config      # server.api.ServerConfig; None: voting disabled
        self._deck_spec = deck_spec
        self._join_view: JoinView | None = None
        self.bridge = ServerBridge(self)
        self.animator = RoomAnimator(self)
        self.bridge.snapshot_arrived.connect(self._on_snapshot)
        self.bridge.server_failed.connect(self._on_server_failed)
        self.bridge.control_arrived.connect(self.follow_control)
        self.animator.frame.connect(self.room_changed)
        # The tour beside the room (issue 14): read once per talk, toggled with C.
        self.tour = TourComparison(deck.poll_settings.compare, self)
        self.tour.changed.connect(self.room_changed)
        # The voting process imports aiohttp and the server while the first slide is
        # painted; starting voting after it then waits ~20 ms, not ~400 (server/apart.py).
        self.start_voting_ahead()

    # ------------------------------------------------------------ server lifecycle

    @property
    def voting_enabled(self) -> bool:
        return self._config is not None

    @property
    def voting_down(self) -> bool:
        """Voting should run and does not, and why was said (not while it is starting:
        the app starts it once the first slide is on screen)."""
        return self.voting_enabled and self.server is None and self.voting_error is not None

    def start_voting_ahead(self) -> None:
        """Have a voting process ready for the next start: its imports (~0.4 s) run while
        the first slide is painted, or while the speaker reads a failure or a question,
        not while the windows wait for `start_server`. Once a spare waits, nothing."""
        if self._config is not None and self._voting_server is None:
            from server.apart import start_ahead
            start_ahead()

    def start_server(self) -> bool:
        """Start voting; on failure say why (stderr and `server_failed`) and go on without it."""
        if self._config is None or self.server is not None:
            return self.server is not None
        from server.apart import VotingServerApart
        from server.api import ServerError

        spec = self._deck_spec
        if spec is None:
            from presenter.deck.spec import deck_spec
            spec = self._deck_spec = deck_spec(self.deck)
        voting_server = self._voting_server or VotingServerApart
        server = voting_server(spec, self._config,
                               on_snapshot=self.bridge.on_snapshot,
                               on_failure=self.bridge.on_failure,
                               on_control=self.bridge.on_control)
        try:
            join = server.start()
        except ServerError as error:
            self._voting_failed(error)
            return False
        except Exception as error:  # noqa: BLE001 - whatever it is, the show must go on
            self._voting_failed(ServerError(
                f"The voting server could not start ({error}); the slides still work, restart "
                f"voting from the console.", "crashed", detail=str(error)))
            return False
        self.server = server
        self.voting_error = None
        self._set_join(join)
        # The server resumes the latest session: start from its tallies, and put it
        # on the slide the presenter shows now.
        server.show_slide(self.slide)
        if self._on_join_slide():
            server.join_shown()
        self._on_snapshot(server.snapshot())
        self.animator.jump()
        self.tour.load(server.database_path, server.session_id, spec)
        return True

    def use_data_dir(self, folder) -> None:
        """Keep the votes in `folder` (a Path) from now on and start voting there: the
        way out when the data folder could not be used. Nothing to do without voting."""
        self._restart_with(data_dir=folder)

    def start_new_session(self, name: str) -> None:
        """A new session of this deck from now on (the next municipality, or the same one
        again a year later): voting restarts in it; the earlier session keeps its votes."""
        self._restart_with(new_session=True, session_name=name.strip() or None)

    def _restart_with(self, **changes) -> None:
        if self._config is None:
            return
        from dataclasses import replace
        self._config = replace(self._config, **changes)
        self.restart_server()
        # A later restart (after a failure) resumes the session begun here.
        self._config = replace(self._config, new_session=False)

    def restart_server(self) -> None:
        """After a failure: stop what is left of the old server and start a new one."""
        self._stop_server()
        self.start_server()
        self.join_changed.emit()
        self.room_changed.emit()

    def shutdown(self) -> None:
        """Stop the server and join its thread; safe to call twice."""
        self.animator.stop()
        self._stop_server()
        self.tour.wait()

    def _stop_server(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()

    def _voting_failed(self, error) -> None:
        """`error`: a ServerError; the terminal gets its English sentence, the console its
        reason (presenter.ui.speaker_words.failure_text)."""
        self.voting_error = error
        self.start_voting_ahead()           # for the speaker's "restart voting"
        print(f"votedeck: {error}", file=sys.stderr, flush=True)
        self.server_failed.emit(error)
        self.room_changed.emit()

    @Slot(object)
    def _on_server_failed(self, error) -> None:
        if self.server is None:
            return                      # already stopped on purpose
        self._stop_server()
        self._voting_failed(error)

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        if self.server is None:
            return                      # a late snapshot from a server being stopped
        self.animator.push(snapshot)
        join = self.server.join
        if join is not None and join != self.join:
            self._set_join(join)        # the LAN address or port changed

    def _set_join(self, join) -> None:
        self.join = join
        self._join_view = join_view(join, self._config)
        self.join_changed.emit()

    # ------------------------------------------------------------ what the room sees

    def room_view(self, for_audience: bool, arriving_at: int | None = None) -> RoomView:
        """The live overlay as drawn now, or as it will be once the talk moves to slide
        `arriving_at` (its poll opened, the one left closed: live_view.on_arrival). The
        audience sees results only when the deck shows them live or the presenter
        revealed them; the console always does."""
        latest = self.animator.latest
        polls = {}
        if latest is not None and self.server is not None:
            if arriving_at is not None:
                latest = on_arrival(latest, self.current_poll(),
                                    self.deck.slides[arriving_at - 1].poll, self.deck.poll_settings)
            polls = live_poll_views(latest, self.animator.counts, self._polls, self.tour,
                                    for_audience=for_audience,
                                    live=self.deck.poll_settings.results == "live")
        return RoomView(
            join=self._join_view if self.server is not None else None,
            phones=latest.phones if latest is not None and self.server is not None else 0,
            polls=MappingProxyType(polls),
            show_join_overlay=self.show_join_overlay,
            voting_down=self.voting_down,
            voting_off=not self.voting_enabled,
        )

    # ------------------------------------------------------------ navigation

    def next(self) -> None:
        self.go_to(self.slide + 1)

    def previous(self) -> None:
        self.go_to(self.slide - 1)

    def first(self) -> None:
        self.go_to(1)

    def last(self) -> None:
        self.go_to(self.slide_count)

    def replace_deck(self, deck: Deck) -> None:
        """Show `deck`, an edited version of this one, in its place: the slide stays (the
        one with the same poll, else the same number), and so do the session and its votes."""
        poll = self.current_poll()
        numbers = [s.number for s in deck.slides if poll is not None and s.poll is not None
                   and s.poll.id == poll.id]
        self.slide = numbers[0] if numbers else min(self.slide, len(deck.slides))
        self.deck, self.slide_count = deck, len(deck.slides)
        self._polls = {p.id: p for p in deck.polls}
        self.renderer.replace_deck(deck)
        self._deck_spec = None
        if self.server is not None:
            from presenter.deck.spec import deck_spec
            self._deck_spec = deck_spec(deck)
            self.server.replace_deck(self._deck_spec)
            self.server.show_slide(self.slide)
        self.deck_replaced.emit()
        self.slide_changed.emit(self.slide)
        self.room_changed.emit()

    def go_to(self, n: int) -> None:
        """Show slide n (clamped to the deck: no wrap at either end); phones follow."""
        n = max(1, min(int(n), self.slide_count))
        if n == self.slide:
            return
        self.slide = n
        if self.server is not None:
            # The server opens the new slide's poll and closes the old one itself,
            # as the deck's poll settings (in the DeckSpec) say.
            self.server.show_slide(n)
            if self._on_join_slide():
                self.server.join_shown()
        self.slide_changed.emit(n)

    @Slot(object)
    def follow_control(self, event) -> None:
        """The control API changed the talk: show what the phones see. The server is
        already there, so it is not told again (that would re-run its poll rules)."""
        if self.server is None:
            return                      # a late event from a server being stopped
        if event.kind == "slide":
            n = max(1, min(int(event.slide), self.slide_count))
            if n != self.slide:
                self.slide = n
                if self._on_join_slide():
                    self.server.join_shown()
                self.slide_changed.emit(n)
        # A poll's open/reveal state arrives with the snapshot just behind this event;
        # repaint now so nothing shows the old state longer than it must.
        self.control_changed.emit(event)
        self.room_changed.emit()

    # ------------------------------------------------------------ screen

    def set_screen_mode(self, mode: str) -> None:
        if mode not in SCREEN_MODES:
            raise ValueError(f"screen mode must be one of {SCREEN_MODES}, not {mode!r}")
        if mode != self.screen_mode:
            self.screen_mode = mode
            self.screen_mode_changed.emit(mode)

    def toggle_join_overlay(self) -> None:
        self.show_join_overlay = not self.show_join_overlay
        if self.show_join_overlay and self.server is not None:
            self.server.join_shown()
        self.room_changed.emit()

    # ------------------------------------------------------------ the slide shown

    def _on_join_slide(self) -> bool:
        return self.deck.slides[self.slide - 1].layout == "join"

    def current_poll(self) -> Poll | None:
        return self.deck.slides[self.slide - 1].poll

    def toggle_compare(self) -> None:
        """C and the console: show or hide the tour beside the room's bars."""
        self.tour.toggle()
