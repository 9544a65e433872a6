"""The presentation: which slide is up, what the room sees, and the voting server.

`ShowController` is the one controller every window shares (the audience window,
the presenter console, the key router). It owns the `VotingServer` handle, the
`ServerBridge` its callbacks arrive through and the `RoomAnimator` that turns
snapshots into at most ~30 frames a second. Navigation tells the server, so
phones follow the presenter; poll keys become `server.set_poll`. When the server
cannot start or fails later, the show goes on: `server` is None, the room view
says voting is down, and `server_failed` carries the sentence.

One source of truth for the current slide (issue 18): when the control API (or
any page driving the talk through it) moves the slide or changes a poll, the
server tells the bridge and `follow_control` moves this controller too, without
telling the server again; `control_changed` carries the event on.

Venue readiness (issue 9): the join view carries a Wi-Fi code for the speaker's
hotspot (`--wifi`); the server hears when the join screen went up (for the "no
phone yet" hint); the speaker may pick another of the laptop's addresses; and
when the server's join URL moves with the network, a snapshot brings it here and
the QR code is rebuilt.

Lives on the GUI thread. Of the server it uses `server.runtime.VotingServer`,
`server.api` and the plain-text helper `venue.wifi`.
"""
from __future__ import annotations

import sys
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal, Slot

from presenter.deck.model import Deck, Poll
from presenter.render.view import JoinView, PollView, RoomView
from presenter.tour_view import before_view, with_paper
from presenter.ui.animator import RoomAnimator
from presenter.ui.bridge import ServerBridge
from presenter.ui.speaker_words import console_text
from presenter.ui.tour_compare import TourComparison

SCREEN_MODES = ("slide", "black", "white")


class ShowController(QObject):
    """ShowController state + actions shared by every window."""

    slide_changed = Signal(int)          # new 1-based slide number
    room_changed = Signal()              # a new animated RoomView is ready (<= ~30/s)
    screen_mode_changed = Signal(str)    # "slide" | "black" | "white"
    join_changed = Signal()              # join URL / QR / warnings changed
    server_failed = Signal(str)          # sentence; the show goes on without voting
    deck_replaced = Signal()             # the deck was edited and reloaded (deck_watcher)
    control_changed = Signal(object)     # common.values.ControlEvent the window followed

    def __init__(self, deck: Deck, renderer, server_config=None, parent: QObject | None = None,
                 *, deck_spec=None):
        super().__init__(parent)
        self.deck = deck
        self._polls = {p.id: p for p in deck.polls}
        self.renderer = renderer
        self.slide = 1
        self.slide_count = len(deck.slides)
        self.screen_mode = "slide"
        self.join = None                  # server.api.JoinInfo
        self.server = None                # server.VotingServer while voting is up
        self.voting_error: str | None = None   # why voting is down; None while up or disabled
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

    # ------------------------------------------------------------ server lifecycle

    @property
    def voting_enabled(self) -> bool:
        return self._config is not None

    @property
    def voting_down(self) -> bool:
        return self.voting_enabled and self.server is None

    def start_server(self) -> bool:
        """Start voting; on failure say why (stderr and `server_failed`) and go on without it."""
        if self._config is None or self.server is not None:
            return self.server is not None
        from server.api import ServerError
        from server.runtime import VotingServer

        spec = self._deck_spec
        if spec is None:
            from presenter.deck.spec import deck_spec
            spec = self._deck_spec = deck_spec(self.deck)
        server = VotingServer(spec, self._config,
                              on_snapshot=self.bridge.on_snapshot,
                              on_failure=self.bridge.on_failure,
                              on_control=self.bridge.on_control)
        try:
            join = server.start()
        except ServerError as error:
            self._voting_failed(str(error))
            return False
        except Exception as error:  # noqa: BLE001 - whatever it is, the show must go on
            self._voting_failed(console_text("voting.start_failed", error=error))
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
        if self._config is None:
            return
        from dataclasses import replace
        self._config = replace(self._config, data_dir=folder)
        self.restart_server()

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

    def _voting_failed(self, sentence: str) -> None:
        self.voting_error = sentence
        print(f"votedeck: {sentence}", file=sys.stderr, flush=True)
        self.server_failed.emit(sentence)
        self.room_changed.emit()

    @Slot(str)
    def _on_server_failed(self, sentence: str) -> None:
        if self.server is None:
            return                      # already stopped on purpose
        self._stop_server()
        self._voting_failed(sentence)

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        if self.server is None:
            return                      # a late snapshot from a server being stopped
        self.animator.push(snapshot)
        join = self.server.join
        if join is not None and join != self.join:
            self._set_join(join)        # the LAN address or port changed

    def _set_join(self, join) -> None:
        from presenter.render.qr import qr_matrix
        self.join = join
        wifi = getattr(self._config, "wifi", None)
        wifi_qr = wifi_ssid = None
        if wifi is not None:
            from venue.wifi import wifi_payload
            ssid, password = wifi
            # Shown before the URL code: phones join the hotspot, then open the page.
            wifi_qr = qr_matrix(wifi_payload(ssid, password, hidden=self._config.wifi_hidden))
            wifi_ssid = ssid
        self._join_view = JoinView(url=join.url, qr=qr_matrix(join.url),
                                   wifi_qr=wifi_qr, wifi_ssid=wifi_ssid)
        self.join_changed.emit()

    # ------------------------------------------------------------ what the room sees

    def room_view(self, for_audience: bool) -> RoomView:
        """The live overlay as drawn now. The audience sees results only when the deck
        shows them live or the presenter revealed them; the console always does."""
        latest = self.animator.latest
        polls = {}
        live = self.deck.poll_settings.results == "live"
        if latest is not None and self.server is not None:
            for tally in latest.polls:
                visible = (not for_audience) or live or tally.revealed
                polls[tally.poll_id] = PollView(
                    counts=MappingProxyType(with_paper(self.animator.counts(tally.poll_id), tally)),
                    voters=tally.voters + tally.hand_total,
                    open=tally.open,
                    results_visible=visible,
                    # Before/after or the tour only beside results the room sees, and not
                    # while it votes.
                    comparison=self._beside(tally, latest) if visible and not tally.open else None,
                    answers=tally.answers, answer_count=tally.answer_count,
                    hand=tally.hand_total,
                )
        return RoomView(
            join=self._join_view if self.server is not None else None,
            phones=latest.phones if latest is not None and self.server is not None else 0,
            polls=MappingProxyType(polls),
            show_join_overlay=self.show_join_overlay,
            voting_down=self.voting_down,
        )

    def _beside(self, tally, latest):
        """A re-vote's own earlier answer (before/after), else the tour when shown."""
        poll = self._polls.get(tally.poll_id)
        earlier = latest.poll(poll.again) if poll is not None and poll.again else None
        if earlier is not None:
            return before_view(earlier)
        return self.tour.view_for(tally.poll_id)

    def tally(self, poll_id: str):
        """The latest exact counts of a poll (server.api.PollTally), or None."""
        latest = self.animator.latest
        if latest is None or self.server is None:
            return None
        return latest.poll(poll_id)

    def moderate(self, answer_id: int, **flags: bool) -> None:
        """Hide, approve or mark answered one answer (flags: hidden, approved, answered)."""
        if self.server is not None:
            self.server.moderate_answer(answer_id, **flags)

    def phones(self) -> int:
        latest = self.animator.latest
        return latest.phones if latest is not None and self.server is not None else 0

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

    # ------------------------------------------------------------ venue evidence (issue 9)

    def _on_join_slide(self) -> bool:
        return self.deck.slides[self.slide - 1].layout == "join"

    def remote_link(self) -> tuple[str, float] | None:
        """A one-time URL (and the seconds it works) that pairs the speaker's phone as a
        remote; None while voting is off or down. For the console only, never the room."""
        return self.server.remote_link() if self.server is not None else None

    def reachability(self):
        """server.net.reachability.Reachability of the last minute (frozen), or None
        while voting is off or down."""
        return self.server.reachability() if self.server is not None else None

    def choose_join_host(self, host: str) -> None:
        """The speaker picked another of the laptop's addresses for the join URL."""
        if self.server is None:
            return
        join = self.server.choose_join_host(host)
        if join is not None and join != self.join:
            self._set_join(join)

    # ------------------------------------------------------------ current poll

    def current_poll(self) -> Poll | None:
        return self.deck.slides[self.slide - 1].poll

    def _current_tally(self):
        poll = self.current_poll()
        return None if poll is None else self.tally(poll.id)

    def set_poll_open(self, open: bool) -> None:
        poll = self.current_poll()
        if poll is not None and self.server is not None:
            self.server.set_poll(poll.id, open=bool(open))

    def toggle_poll_open(self) -> None:
        tally = self._current_tally()
        if tally is not None:
            self.set_poll_open(not tally.open)

    def set_reveal(self, reveal: bool) -> None:
        poll = self.current_poll()
        if poll is not None and self.server is not None:
            self.server.set_poll(poll.id, reveal=bool(reveal))

    def toggle_reveal(self) -> None:
        tally = self._current_tally()
        if tally is not None:
            self.set_reveal(not tally.revealed)

    def toggle_compare(self) -> None:
        """C and the console: show or hide the tour beside the room's bars."""
        self.tour.toggle()

    def set_hand_counts(self, poll_id: str, counts) -> int:
        """Store the paper ballots counted for a poll (replacing any before); the room sees
        them with the next snapshot. HandCountError or ServerError (sentences) if refused."""
        from server.api import ServerError
        if self.server is None:
            raise ServerError(console_text("paper.no_voting"))
        return self.server.set_hand_counts(poll_id, counts)

    def hand_counts(self, poll_id: str) -> dict[str, int]:
        """The paper ballots stored for a poll, as the latest snapshot has them."""
        tally = self.tally(poll_id)
        return dict(tally.hand) if tally is not None else {}

    def rename_session(self, name: str) -> str:
        """Name the session (the municipality) now; ServerError (a sentence) if refused."""
        from server.api import ServerError
        if self.server is None:
            raise ServerError(console_text("session.no_voting"))
        return self.server.rename_session(name)

    def session_name(self) -> str:
        session = self.server.session if self.server is not None else None
        return session.name if session is not None else ""

    def reset_poll(self) -> None:
        """Forget the current poll's votes (the caller has asked for confirmation)."""
        poll = self.current_poll()
        if poll is not None and self.server is not None:
            self.server.set_poll(poll.id, reset=True)
