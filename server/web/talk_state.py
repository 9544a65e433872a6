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

HTTP and threads are other modules' jobs.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import Awaitable, Callable
from typing import Any

from common.values import OTHER, QUESTIONS, DeckSpec, PollSpec, PollTally, TallySnapshot
from server.store.vote_store import LoadedSession, SessionInfo, VoteStore
from server.web import choices as chosen
from server.web.answer_book import AnswerBook, answer_json
from server.web.choices import kind_fields
from server.web.refusal import Rejected
from server.web.slide_shelf import SlideShelf, phone_json

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
        self.counts: dict[str, dict[str, int]] = {p.id: {o.id: 0 for o in p.options}
                                                  for p in deck.polls}
        # Phones that voted on each poll: a pick-k vote counts once here, k times in counts.
        self.voters: dict[str, int] = {p.id: 0 for p in deck.polls}
        for poll_id, by_choice in loaded.counts.items():
            counts = self.counts.get(poll_id)
            for choice, n in ([] if counts is None else by_choice.items()):
                self.voters[poll_id] += n
                for option in chosen.parts(choice):
                    if option in counts:
                        counts[option] += n
        self.choices: dict[tuple[str, str], str] = dict(loaded.choices)
        # Paper ballots per poll and option: their own source, added only where shown.
        self.hand: dict[str, dict[str, int]] = {poll_id: dict(counted)
                                                for poll_id, counted in loaded.hand.items()}
        self.answers = AnswerBook(deck, store, session.id, loaded.answers, self._answers_changed)
        # The presenter's image of the slide (phones follow it between polls) and the next.
        self.shelf = SlideShelf()
        self._common: dict[str, Any] | None = None
        # While a change is being saved: the phones' state from before it.
        self._published: dict[str, Any] | None = None
        # The vote path looks these up for every vote: dicts built once.
        self._polls: dict[str, PollSpec] = {p.id: p for p in reversed(deck.polls)}
        self._options: dict[str, frozenset[str]] = {
            p.id: frozenset(o.id for o in p.options) for p in deck.polls}
        self._current: PollSpec | None = deck.poll_on_slide(self.slide)
        # Each poll's place in the talk, 1-based, as the phones' progress line counts.
        self._number: dict[str, int] = {}
        for p in sorted(deck.polls, key=lambda p: p.slide):
            self._number.setdefault(p.id, len(self._number) + 1)
        # The presenter's changes, one at a time: each starts from the state the one
        # before it saved.
        self._changing = asyncio.Lock()
        # Told the poll id after a reset committed (the per-address voter caps start afresh).
        self.on_reset: Callable[[str], None] = lambda poll_id: None

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
            poll = self.current_poll
            self._common = {
                "session": {"id": self.session.id, "name": self.session.name},
                "deck": {"title": self.deck.title, "language": self.deck.language},
                "slide": self.slide,
                "poll": None if poll is None else self._poll_state(poll),
                # The current slide's image between polls (None: not yet rendered, a
                # `votedeck serve` without a window, or the deck's `phone_slides: off`).
                "image": phone_json(self.shelf.for_phones(self.slide))
                if self.deck.phone_slides else None,
                # Past the last poll: the phones say thank you instead of "wait".
                "finished": poll is None and bool(self.deck.polls)
                and self.slide > max(p.slide for p in self.deck.polls),
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
            "results": self._shown_counts(poll.id) if revealed else None,
            "on_paper": sum(self.hand.get(poll.id, {}).values()) if revealed else 0,
            **kind_fields(poll),
            "wall": self.answers.phone_list(poll),
            # Other languages' words (a phone picks its own; the vote is the same).
            "texts": {t.language: {"question": t.question, "labels": dict(t.labels)}
                      for t in poll.texts},
            "progress": {"n": self._number[poll.id], "of": len(self._number),
                         "kicker": poll.kicker},
        }

    def _shown_counts(self, poll_id: str) -> dict[str, int]:
        """What the room sees: the phones' votes plus the paper ballots (marked apart)."""
        shown = dict(self.counts[poll_id])
        for option_id, n in self.hand.get(poll_id, {}).items():
            shown[option_id] = shown.get(option_id, 0) + n
        return shown

    def phone_state(self, voter_id: str | None) -> dict[str, Any]:
        """Exactly what GET /api/state answers this voter."""
        state = dict(self.common_state())
        poll = state["poll"]
        if poll is not None:
            choice = None if voter_id is None else self.choices.get((poll["id"], voter_id))
            state["poll"] = dict(poll, choice=choice)
            own = self.own_part(voter_id, poll["id"])
            if own is not None:
                state["me"] = own
        return state

    def own_part(self, voter_id: str | None, poll_id: str) -> dict[str, Any] | None:
        """This voter's own answers and upvotes on the poll the phones are shown
        (`poll_id`, from the published state); None: not a typed poll."""
        poll = self._polls.get(poll_id)
        if poll is None or not poll.kind.typed:
            return None
        return self.answers.phone_own(poll, voter_id)

    def poll_results(self, poll_id: str) -> dict[str, Any]:
        poll = self.deck.poll(poll_id)
        counts = self.counts[poll_id]
        result = {"question": poll.question, "kind": poll.kind.name, "open": self.open[poll_id],
                  "revealed": self.revealed[poll_id], "voters": self.voters[poll_id],
                  "counts": dict(counts), "hand_counts": dict(self.hand.get(poll_id, {}))}
        if poll.kind.typed:
            result["answers"] = [answer_json(a) for a in self.answers.all_of(poll_id)]
        return result

    def snapshot(self, phones: int) -> TallySnapshot:
        current = self.current_poll
        polls = tuple(self._tally(p) for p in self.deck.polls)
        return TallySnapshot(session_id=self.session.id, slide=self.slide,
                             current_poll=None if current is None else current.id, phones=phones,
                             polls=polls, acked_at=self.acked_at, taken_at=time.perf_counter())

    def _tally(self, p: PollSpec) -> PollTally:
        shown, count, incoming = self.answers.room(p) if p.kind.typed else ((), 0, ())
        return PollTally(poll_id=p.id, counts=tuple((o.id, self.counts[p.id][o.id]) for o in p.options),
                         voters=self.voters[p.id], open=self.open[p.id],
                         revealed=self.revealed[p.id], answers=shown, answer_count=count,
                         incoming=incoming, hand=tuple((o.id, self.hand[p.id][o.id])
                                                       for o in p.options
                                                       if self.hand.get(p.id, {}).get(o.id)))

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
            self.choices[(poll_id, voter_id)] = choice
            if previous == choice:
                return
            counts = self.counts[poll_id]
            if previous is None:
                self.voters[poll_id] += 1
            for option in chosen.parts(previous):
                if option in counts:
                    counts[option] -= 1
            for option in chosen.parts(choice):
                counts[option] += 1
            self._changed_tally(poll_id)

        return self.store.vote(self.session.id, poll_id, voter_id, choice, committed)

    def hand_counted(self, poll_id: str, counts: dict[str, int]) -> None:
        """After the paper ballots of a poll were committed: the room and phones see them."""
        self.hand[poll_id] = {option_id: n for option_id, n in counts.items() if n}
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
        if OTHER not in chosen.parts(self.choices.get((poll_id, voter_id))):
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
            self.counts[poll.id], self.voters[poll.id] = self._recount(poll)
        self._polls = {p.id: p for p in reversed(deck.polls)}
        self._options = {p.id: frozenset(o.id for o in p.options) for p in deck.polls}
        self._number = {}
        for p in sorted(deck.polls, key=lambda p: p.slide):
            self._number.setdefault(p.id, len(self._number) + 1)
        self.slide = min(self.slide, deck.slide_count)
        self._current = deck.poll_on_slide(self.slide)
        self._common = None
        self.notify("state")

    def _recount(self, poll: PollSpec) -> tuple[dict[str, int], int]:
        """The poll's counts per option and its voters, from the session's choices: a pick-k
        choice counts once per option picked, its phone once; an option the edited deck
        no longer has is not counted (and counts again when it is put back)."""
        counts = {o.id: 0 for o in poll.options}
        voters = 0
        for (poll_id, _voter), choice in self.choices.items():
            if poll_id != poll.id:
                continue
            picked = [option for option in chosen.parts(choice) if option in counts]
            voters += bool(picked)
            for option in picked:
                counts[option] += 1
        return counts, voters

    async def show_slide(self, slide: int) -> None:
        if not 1 <= slide <= self.deck.slide_count:
            raise Rejected(400, f"There is no slide {slide}; the deck has slides 1 to "
                                f"{self.deck.slide_count}.")
        async with self._changing:
            previous, following = self._current, self.deck.poll_on_slide(slide)
            flags: dict[str, tuple[bool, bool]] = {}
            if previous is not None and previous != following and self.deck.close_on_leave \
                    and self.open[previous.id]:
                flags[previous.id] = (False, self.revealed[previous.id])
            if following is not None and self.deck.open_on_show and not self.open[following.id]:
                flags[following.id] = (True, self.revealed[following.id])
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
            self.choices = {k: v for k, v in self.choices.items() if k[0] != poll_id}
            self.counts[poll_id] = {o: 0 for o in self.counts[poll_id]}
            self.voters[poll_id] = 0
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
