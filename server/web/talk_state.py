"""TalkState: the one owner of the talk's live state and of every write of it.

It knows the current slide, each poll's open/revealed flags, the tallies and each
voter's own choice. The presenter's intent (slide, open, reveal) is applied in
memory at once, so decisions made right after see it, and written through the
store; votes and resets change the tallies only after their commit (the store
calls back in commit order). Listeners hear "state" (phones must be told now) or
"tally" (counts changed) only after the commit.

Phones see a poll's results only once the presenter has revealed it, whatever
the deck's `polls: results:` says (that setting is about the room's screen).

HTTP and threads are other modules' jobs.
"""
from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from common.values import DeckSpec, PollSpec, PollTally, TallySnapshot
from server.store.vote_store import LoadedSession, SessionInfo, VoteStore


class Rejected(Exception):
    """A request the domain refuses; `status` is the HTTP status, str() the sentence."""

    def __init__(self, status: int, sentence: str):
        super().__init__(sentence)
        self.status = status


class TalkState:
    def __init__(self, deck: DeckSpec, store: VoteStore, session: SessionInfo,
                 loaded: LoadedSession, notify: Callable[[str], None] = lambda kind: None):
        self.deck = deck
        self.store = store
        self.session = session
        self.notify = notify
        self.slide = 1
        self.acked_at = 0.0
        self.open: dict[str, bool] = {p.id: loaded.poll_state.get(p.id, (False, False))[0]
                                      for p in deck.polls}
        self.revealed: dict[str, bool] = {p.id: loaded.poll_state.get(p.id, (False, False))[1]
                                          for p in deck.polls}
        self.counts: dict[str, dict[str, int]] = {
            p.id: {o.id: loaded.counts.get(p.id, {}).get(o.id, 0) for o in p.options}
            for p in deck.polls}
        self.choices: dict[tuple[str, str], str] = dict(loaded.choices)
        self._common: dict[str, Any] | None = None
        # The vote path looks these up for every vote: dicts built once.
        self._polls: dict[str, PollSpec] = {p.id: p for p in reversed(deck.polls)}
        self._options: dict[str, frozenset[str]] = {
            p.id: frozenset(o.id for o in p.options) for p in deck.polls}
        self._current: PollSpec | None = deck.poll_on_slide(self.slide)
        # Told the poll id after a reset committed (the per-address voter caps start afresh).
        self.on_reset: Callable[[str], None] = lambda poll_id: None

    # ------------------------------------------------------------ reading

    @property
    def current_poll(self) -> PollSpec | None:
        return self._current

    def has_poll(self, poll_id: str) -> bool:
        return poll_id in self._polls

    def common_state(self) -> dict[str, Any]:
        """The phone state without the voter's own choice (cached until something changes)."""
        if self._common is None:
            poll = self.current_poll
            self._common = {
                "session": {"id": self.session.id, "name": self.session.name},
                "deck": {"title": self.deck.title, "language": self.deck.language},
                "slide": self.slide,
                "poll": None if poll is None else self._poll_state(poll),
            }
        return self._common

    def _poll_state(self, poll: PollSpec) -> dict[str, Any]:
        revealed = self.revealed[poll.id]
        return {
            "id": poll.id,
            "question": poll.question,
            "options": [{"id": o.id, "label": o.label} for o in poll.options],
            "open": self.open[poll.id],
            "revealed": revealed,
            "choice": None,
            "results": dict(self.counts[poll.id]) if revealed else None,
        }

    def choice_of(self, voter_id: str | None) -> str | None:
        poll = self.current_poll
        if poll is None or voter_id is None:
            return None
        return self.choices.get((poll.id, voter_id))

    def phone_state(self, voter_id: str | None) -> dict[str, Any]:
        """Exactly what GET /api/state answers this voter."""
        state = dict(self.common_state())
        if state["poll"] is not None:
            state["poll"] = dict(state["poll"], choice=self.choice_of(voter_id))
        return state

    def poll_results(self, poll_id: str) -> dict[str, Any]:
        poll = self.deck.poll(poll_id)
        counts = self.counts[poll_id]
        return {"question": poll.question, "open": self.open[poll_id],
                "revealed": self.revealed[poll_id], "voters": sum(counts.values()),
                "counts": dict(counts)}

    def snapshot(self, phones: int) -> TallySnapshot:
        current = self.current_poll
        polls = tuple(
            PollTally(poll_id=p.id, counts=tuple((o.id, self.counts[p.id][o.id]) for o in p.options),
                      voters=sum(self.counts[p.id].values()), open=self.open[p.id],
                      revealed=self.revealed[p.id])
            for p in self.deck.polls)
        return TallySnapshot(session_id=self.session.id, slide=self.slide,
                             current_poll=None if current is None else current.id, phones=phones,
                             polls=polls, acked_at=self.acked_at, taken_at=time.perf_counter())

    # ------------------------------------------------------------ votes

    def vote(self, poll_id: str, voter_id: str, choice: str) -> Awaitable[str | None]:
        """Store a vote: raises Rejected at once, or returns what to await; it is done
        (with the voter's previous choice) only after the vote's commit."""
        poll = self._polls.get(poll_id)
        if poll is None:
            raise Rejected(404, "There is no such question in this talk; reload the page.")
        if choice not in self._options[poll_id]:
            raise Rejected(400, "That is not one of this question's answers; pick one of the buttons.")
        if self._current is not poll:
            raise Rejected(409, "This question is not being asked right now; reload the page "
                                "to see the current one.")
        if not self.open[poll_id]:
            raise Rejected(409, "Voting on this question is closed.")

        def committed(previous: str | None) -> None:
            self.acked_at = time.perf_counter()
            self.choices[(poll_id, voter_id)] = choice
            if previous == choice:
                return
            counts = self.counts[poll_id]
            if previous is not None and previous in counts:
                counts[previous] -= 1
            counts[choice] += 1
            self._changed_tally(poll_id)

        return self.store.vote(self.session.id, poll_id, voter_id, choice, committed)

    def _changed_tally(self, poll_id: str) -> None:
        if self.revealed[poll_id]:
            self._common = None
        self.notify("tally")

    # ------------------------------------------------------------ the presenter

    async def replace_deck(self, deck: DeckSpec) -> None:
        """The deck was edited while shown: the same session goes on. Polls are kept by
        id, with their open and reveal state and every vote (tallies are recounted from
        the session's choices, so a poll put back, or an option renamed back, has its
        votes again); a new poll starts closed. The slide is kept, within the new deck;
        the presenter then shows its slide, which opens or closes polls as usual."""
        self.deck = deck
        for poll in deck.polls:
            self.open.setdefault(poll.id, False)
            self.revealed.setdefault(poll.id, False)
            counts = {o.id: 0 for o in poll.options}
            for (poll_id, _voter), choice in self.choices.items():
                if poll_id == poll.id and choice in counts:
                    counts[choice] += 1
            self.counts[poll.id] = counts
        self._polls = {p.id: p for p in reversed(deck.polls)}
        self._options = {p.id: frozenset(o.id for o in p.options) for p in deck.polls}
        self.slide = min(self.slide, deck.slide_count)
        self._current = deck.poll_on_slide(self.slide)
        self._common = None
        self.notify("state")

    async def show_slide(self, slide: int) -> None:
        if not 1 <= slide <= self.deck.slide_count:
            raise Rejected(400, f"There is no slide {slide}; the deck has slides 1 to "
                                f"{self.deck.slide_count}.")
        previous, following = self.current_poll, self.deck.poll_on_slide(slide)
        self.slide = slide
        self._current = following
        self._common = None
        writes = []
        if previous is not None and previous != following and self.deck.close_on_leave \
                and self.open[previous.id]:
            writes.append(self._write_flags(previous.id, open_=False))
        if following is not None and self.deck.open_on_show and not self.open[following.id]:
            writes.append(self._write_flags(following.id, open_=True))
        for write in writes:
            await write
        self.notify("state")

    async def set_poll(self, poll_id: str, *, open: bool | None = None,
                       reveal: bool | None = None, reset: bool = False) -> None:
        if self.deck.poll(poll_id) is None:
            raise Rejected(404, f"There is no poll {poll_id!r} in this deck.")
        write = self._write_flags(poll_id, open_=open, revealed=reveal)
        if reset:
            def cleared(_rows: int) -> None:
                self.choices = {k: v for k, v in self.choices.items() if k[0] != poll_id}
                self.counts[poll_id] = {o: 0 for o in self.counts[poll_id]}
                self._common = None
                self.on_reset(poll_id)
                self.notify("tally")
            reset_done = self.store.reset_poll(self.session.id, poll_id, cleared)
            await write
            await reset_done
        else:
            await write
        self.notify("state")

    def _write_flags(self, poll_id: str, *, open_: bool | None = None,
                     revealed: bool | None = None):
        if open_ is not None:
            self.open[poll_id] = bool(open_)
        if revealed is not None:
            self.revealed[poll_id] = bool(revealed)
        self._common = None
        return self.store.set_poll_state(self.session.id, poll_id, self.open[poll_id],
                                         self.revealed[poll_id], lambda _: None)
