"""TalkState: the one owner of the talk's live state and of every write of it.

It knows the current slide, each poll's open/revealed flags, the tallies and each
voter's own choice. The presenter's intent (slide, open, reveal) is applied in
memory at once, so decisions made right after see it (a vote after "close" is
refused), and written through the store, one change at a time in the order
asked. Phones see it only once it is saved: while a change is being saved they
are shown the state published before it, and a change that could not be saved
is undone in memory and refused as a whole, so phones never move to a state
that was not saved (issue 19, item 11). Votes and resets change the tallies only
after their commit (the store calls back in commit order). Listeners hear
"state" (phones must be told now) or "tally" (counts changed) only after the
commit.

Phones see a poll's results only once the presenter has revealed it, whatever
the deck's `polls: results:` says (that setting is about the room's screen).

The arithmetic of counts lives in Tallies (tallies.py), and what the state looks
like to phones, the control API and the room in talk_shown.py: this module decides
what changes and when. HTTP and threads are other modules' jobs.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import Awaitable, Callable
from typing import Any

from common.slide_change import opened_on_arrival
from common.values import OTHER, QUESTIONS, DeckSpec, PollSpec, TallySnapshot
from server.store.vote_store import LoadedSession, SessionInfo, VoteStore
from server.web import choices as chosen
from server.web import talk_shown
from server.web.answer_book import AnswerBook
from server.web.refusal import Rejected
from server.web.slide_shelf import SlideShelf
from server.web.tallies import Tallies

__all__ = ["Rejected", "TalkState"]


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
        self.tallies = Tallies(deck, loaded)
        self.answers = AnswerBook(deck, store, session.id, loaded.answers, self._answers_changed)
        # The presenter's image of the slide (phones follow it between polls) and the next.
        self.shelf = SlideShelf()
        self._common: dict[str, Any] | None = None
        # While a change is being saved: the phones' state from before it.
        self._published: dict[str, Any] | None = None
        self._index(deck)
        self._current: PollSpec | None = deck.poll_on_slide(self.slide)
        # The presenter's changes, one at a time: each starts from the state the one
        # before it saved.
        self._changing = asyncio.Lock()
        # Told the poll id after a reset committed (the per-address voter caps start afresh).
        self.on_reset: Callable[[str], None] = lambda poll_id: None

    def _index(self, deck: DeckSpec) -> None:
        """Look-ups built once per deck (and again when it is edited while shown)."""
        # The vote path looks these up for every vote.
        self._polls: dict[str, PollSpec] = {p.id: p for p in reversed(deck.polls)}
        self._options: dict[str, frozenset[str]] = {
            p.id: frozenset(o.id for o in p.options) for p in deck.polls}
        # Each poll's place in the talk, 1-based, as the phones' progress line counts.
        self.poll_number: dict[str, int] = {}
        for p in sorted(deck.polls, key=lambda p: p.slide):
            self.poll_number.setdefault(p.id, len(self.poll_number) + 1)

    # ------------------------------------------------------------ reading

    @property
    def current_poll(self) -> PollSpec | None:
        return self._current

    def common_state(self) -> dict[str, Any]:
        """The phone state without the voter's own choice (cached until something changes);
        while a presenter's change is being saved, the state from before it."""
        if self._published is not None:
            return self._published
        if self._common is None:
            self._common = talk_shown.phones_common_state(self)
        return self._common

    def phone_state(self, voter_id: str | None) -> dict[str, Any]:
        """Exactly what GET /api/state answers this voter."""
        return talk_shown.voter_state(self, voter_id)

    def own_part(self, voter_id: str | None, poll_id: str) -> dict[str, Any] | None:
        """This voter's own answers and upvotes on the poll the phones are shown
        (`poll_id`, from the published state); None: not a typed poll."""
        poll = self._polls.get(poll_id)
        if poll is None or not poll.kind.typed:
            return None
        return self.answers.phone_own(poll, voter_id)

    def poll_results(self, poll_id: str) -> dict[str, Any]:
        return talk_shown.poll_results(self, poll_id)

    def snapshot(self, phones: int) -> TallySnapshot:
        return talk_shown.room_snapshot(self, phones)

    # ------------------------------------------------------------ votes

    def check_vote(self, poll_id: str, choice: str | list | int) -> str:
        """The choice as stored (pick-k: the set in the deck's order; a scale: its number
        as text), or Rejected with a sentence unless the vote would be taken now."""
        poll = self._polls.get(poll_id)
        if poll is None:
            raise Rejected(404, "There is no such question in this talk; reload the page.")
        if not isinstance(choice, str) or choice not in self._options[poll_id] \
                or poll.kind.pick > 1:
            try:
                choice = chosen.canonical_choice(poll, choice)
            except chosen.BadChoice as bad:
                raise Rejected(400, str(bad)) from None
        if self._current is not poll:
            raise Rejected(409, "This question is not being asked right now; reload the page "
                                "to see the current one.")
        if not self.open[poll_id]:
            raise Rejected(409, "Voting on this question is closed.")
        return choice

    def vote(self, poll_id: str, voter_id: str, choice: str | list | int) -> Awaitable[str | None]:
        """Store a vote: raises Rejected at once, or returns what to await; it is done
        (with the voter's previous choice) only after the vote's commit."""
        choice = self.check_vote(poll_id, choice)

        def committed(previous: str | None) -> None:
            self.acked_at = time.perf_counter()
            if self.tallies.record(poll_id, voter_id, previous, choice):
                self._changed_tally(poll_id)

        return self.store.vote(self.session.id, poll_id, voter_id, choice, committed)

    def hand_counted(self, poll_id: str, counts: dict[str, int]) -> None:
        """After the paper ballots of a poll were committed: the room and phones see them."""
        self.tallies.set_hand(poll_id, counts)
        self._changed_tally(poll_id)

    def renamed(self, name: str) -> None:
        """After the session's new name was committed: phones read it from now on."""
        self.session = dataclasses.replace(self.session, name=name)
        self._common = None
        self.notify("state")

    # ------------------------------------------------------------ typed answers

    def askable(self, poll_id: object) -> PollSpec:
        """The current, open poll `poll_id` that takes typed answers, or Rejected."""
        poll = self._polls.get(poll_id) if isinstance(poll_id, str) else None
        if poll is None:
            raise Rejected(404, "There is no such question in this talk; reload the page.")
        if not poll.kind.typed:
            raise Rejected(400, "This question takes a choice, not typed answers; tap a button.")
        if self._current is not poll:
            raise Rejected(409, "This question is not being asked right now; reload the page "
                                "to see the current one.")
        if not self.open[poll.id]:
            raise Rejected(409, "Answering this question is closed.")
        return poll

    async def answer_other(self, poll_id: str, voter_id: str, text: str) -> None:
        """A choice poll's "other" words, sent with the vote that chose "other"."""
        poll = self.askable(poll_id)
        if OTHER not in chosen.parts(self.tallies.choices.get((poll_id, voter_id))):
            raise Rejected(400, "Words go with the \"other\" answer; tick it, or leave the "
                                "text empty.")
        await self.answers.add(poll, voter_id, text)

    def _answers_changed(self, poll_id: str) -> None:
        """After a committed answer change: phones see questions lists, the room sees all."""
        poll = self._polls.get(poll_id)
        if poll is not None and poll.kind.name == QUESTIONS:
            self._common = None
        self.notify("answers")

    def _changed_tally(self, poll_id: str) -> None:
        if self.revealed[poll_id]:
            self._common = None
        self.notify("tally")

    # ------------------------------------------------------------ the presenter

    def show_images(self, current, following) -> None:
        """The presenter's new images (common.values.SlideImage or None): phones are
        told only if the current slide's changed what they see."""
        before = self.shelf.for_phones(self.slide)
        self.shelf.put(current, following)
        if self.shelf.for_phones(self.slide) != before and self.deck.phone_slides:
            self._common = None
            self.notify("state")

    async def replace_deck(self, deck: DeckSpec) -> None:
        """The deck was edited while shown: the same session goes on. Polls are kept by
        id, with their open and reveal state and every vote (tallies are recounted from
        the session's choices, so a poll put back, or an option renamed back, has its
        votes again); a new poll starts closed. The slide is kept, within the new deck;
        the presenter then shows its slide, which opens or closes polls as usual."""
        self.deck = deck
        self.shelf.clear()          # the presenter renders the edited deck's slides anew
        for poll in deck.polls:
            self.open.setdefault(poll.id, False)
            self.revealed.setdefault(poll.id, False)
            self.tallies.recount(poll)
        self._index(deck)
        self.slide = min(self.slide, deck.slide_count)
        self._current = deck.poll_on_slide(self.slide)
        self._common = None
        self.notify("state")

    async def show_slide(self, slide: int) -> None:
        if not 1 <= slide <= self.deck.slide_count:
            raise Rejected(400, f"There is no slide {slide}; the deck has slides 1 to "
                                f"{self.deck.slide_count}.")
        async with self._changing:
            previous, following = self._current, self.deck.poll_on_slide(slide)
            changes = opened_on_arrival(previous.id if previous else None,
                                        following.id if following else None, self.open.__getitem__,
                                        self.deck.open_on_show, self.deck.close_on_leave)
            flags = {poll_id: (open_, self.revealed[poll_id]) for poll_id, open_ in changes.items()}
            async with self._unpublished(flags):
                self.slide, self._current = slide, following
                await self._save_flags(flags)
        self.notify("state")

    async def set_poll(self, poll_id: str, *, open: bool | None = None,
                       reveal: bool | None = None, reset: bool = False) -> None:
        if self.deck.poll(poll_id) is None:
            raise Rejected(404, f"There is no poll {poll_id!r} in this deck.")
        async with self._changing:
            flags = {poll_id: (self.open[poll_id] if open is None else bool(open),
                               self.revealed[poll_id] if reveal is None else bool(reveal))}
            async with self._unpublished(flags):
                saving = [self._save_flags(flags)]
                if reset:
                    saving.append(self.store.reset_poll(self.session.id, poll_id,
                                                        self._cleared(poll_id)))
                    saving.append(self.answers.reset(poll_id))
                # Queued together, so committed together: all saved or none.
                _raise_first(await asyncio.gather(*saving, return_exceptions=True))
        self.notify("state")

    @contextlib.asynccontextmanager
    async def _unpublished(self, flags: dict[str, tuple[bool, bool]]):
        """Apply a change in memory at once; phones keep the published state until the
        block (the save) ends; if it raises, memory is put back as it was."""
        before = (self.slide, self._current, dict(self.open), dict(self.revealed))
        self._published = self.common_state()
        for poll_id, (open_, revealed) in flags.items():
            self.open[poll_id], self.revealed[poll_id] = open_, revealed
        try:
            yield
        except BaseException:
            self.slide, self._current, self.open, self.revealed = before
            raise
        finally:
            self._published = None
            self._common = None

    def _cleared(self, poll_id: str) -> Callable[[int], None]:
        def cleared(_rows: int) -> None:
            self.tallies.clear(poll_id)
            self._common = None
            self.on_reset(poll_id)
            self.notify("tally")
        return cleared

    async def _save_flags(self, flags: dict[str, tuple[bool, bool]]) -> None:
        """Write polls' (open, revealed); StoreError if that could not be committed."""
        writes = [self.store.set_poll_state(self.session.id, poll_id, open_, revealed, _nothing)
                  for poll_id, (open_, revealed) in flags.items()]
        if writes:
            _raise_first(await asyncio.gather(*writes, return_exceptions=True))


def _raise_first(results: list) -> None:
    for result in results:
        if isinstance(result, BaseException):
            raise result


def _nothing(_result: object) -> None:
    pass
