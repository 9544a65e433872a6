"""VotingRequests: what the speaker asks of the voting server through ShowController,
and what the server said last.

Open, close, reveal or reset the current poll; store paper ballots; name the
session; hide or approve a typed answer; pair the phone as a remote; read which
phones reached the server; put another of the laptop's addresses in the join URL;
read a poll's tally or the phones connected from the latest snapshot. Each is one
call to `server.runtime.VotingServer` (or its snapshot) that does nothing, answers
nothing, or says why in the speaker's language while voting is off or down.
ShowController inherits these so the keys and the console keep calling them on
the one controller they share; they live here because they go to the server,
while the controller's own job is the slide, the room's view and the server's
lifetime.

Needs of its host (ShowController): `server` (the VotingServer, or None),
`animator` (its `latest` snapshot), `current_poll()`, and `join` with
`_set_join(join)` (the join view it shows). Lives on the GUI thread.
"""
from __future__ import annotations

from presenter.ui.speaker_words import console_text


class VotingRequests:
    # ------------------------------------------------------------ what the server said last

    def tally(self, poll_id: str):
        """The latest exact counts of a poll (server.api.PollTally), or None."""
        latest = self.animator.latest
        if latest is None or self.server is None:
            return None
        return latest.poll(poll_id)

    def phones(self) -> int:
        latest = self.animator.latest
        return latest.phones if latest is not None and self.server is not None else 0

    # ------------------------------------------------------------ the current poll

    def _current_tally(self):
        poll = self.current_poll()
        return None if poll is None else self.tally(poll.id)

    def _change_current_poll(self, **change) -> None:
        poll = self.current_poll()
        if poll is not None and self.server is not None:
            self.server.set_poll(poll.id, **change)

    def set_poll_open(self, open: bool) -> None:
        self._change_current_poll(open=bool(open))

    def toggle_poll_open(self) -> None:
        tally = self._current_tally()
        if tally is not None:
            self.set_poll_open(not tally.open)

    def set_reveal(self, reveal: bool) -> None:
        self._change_current_poll(reveal=bool(reveal))

    def toggle_reveal(self) -> None:
        tally = self._current_tally()
        if tally is not None:
            self.set_reveal(not tally.revealed)

    def reset_poll(self) -> None:
        """Forget the current poll's votes (the caller has asked for confirmation)."""
        self._change_current_poll(reset=True)

    # ------------------------------------------------------------ the session's records

    def set_hand_counts(self, poll_id: str, counts) -> int:
        """Store the paper ballots counted for a poll (replacing any before); the room sees
        them with the next snapshot. HandCountError or ServerError (sentences) if refused."""
        from server.api import ServerError
        if self.server is None:
            raise ServerError(console_text("paper.no_voting"), "paper.no_voting")
        return self.server.set_hand_counts(poll_id, counts)

    def hand_counts(self, poll_id: str) -> dict[str, int]:
        """The paper ballots stored for a poll, as the latest snapshot has them."""
        tally = self.tally(poll_id)
        return dict(tally.hand) if tally is not None else {}

    def rename_session(self, name: str) -> str:
        """Name the session (the municipality) now; ServerError (a sentence) if refused."""
        from server.api import ServerError
        if self.server is None:
            raise ServerError(console_text("session.no_voting"), "session.no_voting")
        return self.server.rename_session(name)

    def session_name(self) -> str:
        session = self.server.session if self.server is not None else None
        return session.name if session is not None else ""

    def moderate(self, answer_id: int, **flags: bool) -> None:
        """Hide, approve or mark answered one answer (flags: hidden, approved, answered)."""
        if self.server is not None:
            self.server.moderate_answer(answer_id, **flags)

    # ------------------------------------------------------------ venue evidence (issue 9)

    def remote_link(self) -> tuple[str, float] | None:
        """A one-time URL (and the seconds it works) that pairs the speaker's phone as a
        remote; None while voting is off or down. For the console only, never the room."""
        return self.server.remote_link() if self.server is not None else None

    def reachability(self):
        """server.net.reachability.Reachability of the last minute (frozen), or None
        while voting is off or down."""
        return self.server.reachability() if self.server is not None else None

    def join_candidates(self) -> tuple[tuple[str, str], ...]:
        """(interface name, IPv4) the speaker may pick for the join URL, as the server last
        saw them (no interface lookup here); empty when there is nothing to pick."""
        return self.server.join_candidates() if self.server is not None else ()

    def choose_join_host(self, host: str) -> None:
        """The speaker picked another of the laptop's addresses for the join URL."""
        if self.server is None:
            return
        join = self.server.choose_join_host(host)
        if join is not None and join != self.join:
            self._set_join(join)
