"""Tallies: each poll's counts, voters and paper ballots, and each voter's choice.

TalkState decides when counts change (after a vote's commit, a reset's, a paper
count's, or when the deck is edited while shown); this class is how they change.
Counts come to be in three ways: loaded from the store at start, moved by one
committed vote, recounted from the session's choices after an edit. They are kept
here together so that the three agree: a pick-k choice counts once per option
picked, and its voter once. No I/O and no loop: plain arithmetic on dicts, run on
the loop by TalkState.
"""
from __future__ import annotations

from collections.abc import Mapping

from common.values import DeckSpec, PollSpec
from server.store.vote_store import LoadedSession
from server.web import choices as chosen


class Tallies:
    def __init__(self, deck: DeckSpec, loaded: LoadedSession):
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

    def record(self, poll_id: str, voter_id: str, previous: str | None, choice: str) -> bool:
        """A committed vote (`previous`: the voter's choice before it, None for a first
        vote); False when the counts stay as they were (the same choice again)."""
        self.choices[(poll_id, voter_id)] = choice
        if previous == choice:
            return False
        counts = self.counts[poll_id]
        if previous is None:
            self.voters[poll_id] += 1
        for option in chosen.parts(previous):
            if option in counts:
                counts[option] -= 1
        for option in chosen.parts(choice):
            counts[option] += 1
        return True

    def recount(self, poll: PollSpec) -> None:
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
        self.counts[poll.id], self.voters[poll.id] = counts, voters

    def clear(self, poll_id: str) -> None:
        """After a reset's commit: no choices, counts or voters left on the poll."""
        self.choices = {k: v for k, v in self.choices.items() if k[0] != poll_id}
        self.counts[poll_id] = {o: 0 for o in self.counts[poll_id]}
        self.voters[poll_id] = 0

    def set_hand(self, poll_id: str, counts: Mapping[str, int]) -> None:
        """After the paper ballots of a poll were committed (zeros are not kept)."""
        self.hand[poll_id] = {option_id: n for option_id, n in counts.items() if n}

    def shown(self, poll_id: str) -> dict[str, int]:
        """What the room sees: the phones' votes plus the paper ballots (marked apart)."""
        shown = dict(self.counts[poll_id])
        for option_id, n in self.hand.get(poll_id, {}).items():
            shown[option_id] = shown.get(option_id, 0) + n
        return shown

    def on_paper(self, poll_id: str) -> int:
        return sum(self.hand.get(poll_id, {}).values())
