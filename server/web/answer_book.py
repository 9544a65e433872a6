"""AnswerBook: the typed answers and room questions of a talk, and every write of them.

It lives on the server's loop beside `TalkState` (which owns it and checks that a
poll is current and open before asking it). Each change is written through the
store's one writer (`server.store.answer_sql`) and applied here only in the
store's after-commit callback, so what phones, the room and the exports see is
what the database holds. Reads are what the others need, bounded: the room's
newest `SHOWN_ANSWERS` (questions: the most upvoted), the speaker's newest
`INCOMING_ANSWERS`, and one phone's own answers and upvotes.

A phone may add up to the poll's `answers` (a choice poll's "other": one), edit
or withdraw its own while the poll is open, and upvote each question of other
phones once. The speaker hides, approves and marks answered.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from common.values import (
    CLOUD_ANSWERS,
    INCOMING_ANSWERS,
    OPEN,
    QUESTIONS,
    SHOWN_ANSWERS,
    Answer,
    DeckSpec,
    PollSpec,
)
from server.store import answer_sql
from server.store.answer_sql import StoredAnswer
from server.store.vote_store import VoteStore
from server.web.refusal import Rejected
from server.web.typed_text import BadText, clean_text

PHONE_QUESTIONS = 50            # questions a phone's list shows (the most upvoted)


class _Entry:
    """One answer while the talk runs (mutable; `value()` is its frozen form)."""

    __slots__ = ("id", "poll", "voter", "text", "created", "hidden", "approved", "answered",
                 "upvoters", "_value")

    def __init__(self, stored: StoredAnswer):
        self.id, self.poll, self.voter = stored.id, stored.poll_id, stored.voter_id
        self.text, self.created = stored.text, stored.created
        self.hidden, self.approved, self.answered = stored.hidden, stored.approved, stored.answered
        self.upvoters: set[str] = set(stored.upvoters)
        self._value: Answer | None = None

    def value(self) -> Answer:
        if self._value is None:
            self._value = Answer(self.id, self.poll, self.text, self.created, self.hidden,
                                 self.approved, self.answered, len(self.upvoters))
        return self._value

    def changed(self) -> None:
        self._value = None

    @property
    def visible(self) -> bool:
        return self.approved and not self.hidden


class AnswerBook:
    def __init__(self, deck: DeckSpec, store: VoteStore, session_id: int,
                 stored: tuple[StoredAnswer, ...], changed: Callable[[str], None]):
        self.deck = deck
        self.store = store
        self.session_id = session_id
        self.changed = changed          # told the poll id after a committed change
        self.entries: dict[int, _Entry] = {}
        self.by_poll: dict[str, list[int]] = {p.id: [] for p in deck.polls}
        for row in stored:
            if row.poll_id in self.by_poll:
                self.entries[row.id] = _Entry(row)
                self.by_poll[row.poll_id].append(row.id)
        self._room: dict[str, tuple[tuple[Answer, ...], int, tuple[Answer, ...]]] = {}
        # Adds sent to the writer and not yet committed, per (poll, voter): counted
        # against the cap, so a phone firing ten at once cannot slip past it.
        self._sending: dict[tuple[str, str], int] = {}

    # ------------------------------------------------------------ phones

    async def add(self, poll: PollSpec, voter: str, raw_text: object) -> int:
        """A new answer (or, past a choice's one "other", an edit of it); its id after commit."""
        text = self._clean(poll, raw_text)
        mine = self.own(poll.id, voter)
        cap = poll.kind.answers if poll.kind.name in (OPEN, QUESTIONS) else 1
        key = (poll.id, voter)
        if len(mine) + self._sending.get(key, 0) >= cap:
            if cap == 1 and mine and poll.kind.name != QUESTIONS:
                return await self.edit(poll, voter, mine[0].id, text)
            raise Rejected(429, f"You have sent {cap} answers to this question, as many as it "
                                "takes; edit or withdraw one of yours to send another.")
        approved = not poll.kind.moderate

        def committed(result: tuple[int, float]) -> None:
            answer_id, created = result
            self.entries[answer_id] = _Entry(StoredAnswer(
                answer_id, poll.id, voter, text, created, False, approved, False, frozenset()))
            self.by_poll[poll.id].append(answer_id)
            self._touch(poll.id)
        self._sending[key] = self._sending.get(key, 0) + 1
        try:
            answer_id, _ = await self.store.write(
                answer_sql.add_answer(self.session_id, poll.id, voter, text, approved), committed)
        finally:
            left = self._sending.pop(key) - 1
            if left:
                self._sending[key] = left
        return answer_id

    async def edit(self, poll: PollSpec, voter: str, answer_id: object, raw_text: object) -> int:
        entry = self._own_entry(poll, voter, answer_id)
        text = raw_text if isinstance(raw_text, str) and raw_text == entry.text else \
            self._clean(poll, raw_text)
        approved = entry.approved if text == entry.text else not poll.kind.moderate

        def committed(rows: int) -> None:
            if rows:
                entry.text, entry.approved = text, approved
                entry.changed()
                self._touch(poll.id)
        await self.store.write(answer_sql.edit_answer(entry.id, voter, text, approved), committed)
        return entry.id

    async def withdraw(self, poll: PollSpec, voter: str, answer_id: object) -> None:
        entry = self._own_entry(poll, voter, answer_id)

        def committed(rows: int) -> None:
            if rows and self.entries.pop(entry.id, None) is not None:
                self.by_poll[poll.id].remove(entry.id)
                self._touch(poll.id)
        await self.store.write(answer_sql.withdraw_answer(entry.id, voter), committed)

    async def upvote(self, poll: PollSpec, voter: str, answer_id: object) -> int:
        """One upvote of another phone's question; its votes after commit."""
        if poll.kind.name != QUESTIONS:
            raise Rejected(400, "Only questions from the room take upvotes.")
        entry = self._entry(poll, answer_id)
        if not entry.visible:
            raise Rejected(404, "That question is not shown any more; reload the page.")
        if entry.voter == voter:
            raise Rejected(409, "That is your own question; upvote the others you want answered.")

        def committed(rows: int) -> None:
            if rows and voter not in entry.upvoters:
                entry.upvoters.add(voter)
                entry.changed()
                self._touch(poll.id)
        await self.store.write(answer_sql.upvote(entry.id, voter), committed)
        return len(entry.upvoters)

    # ------------------------------------------------------------ the speaker

    async def moderate(self, answer_id: object, *, hidden: bool | None = None,
                       approved: bool | None = None, answered: bool | None = None) -> Answer:
        entry = self.entries.get(answer_id) if isinstance(answer_id, int) else None
        if entry is None:
            raise Rejected(404, f"There is no answer {answer_id!r} in this session.")
        flags = (entry.hidden if hidden is None else bool(hidden),
                 entry.approved if approved is None else bool(approved),
                 entry.answered if answered is None else bool(answered))

        def committed(rows: int) -> None:
            if rows:
                entry.hidden, entry.approved, entry.answered = flags
                entry.changed()
                self._touch(entry.poll)
        await self.store.write(answer_sql.set_flags(entry.id, *flags), committed)
        return entry.value()

    async def reset(self, poll_id: str) -> None:
        def committed(_rows: int) -> None:
            for answer_id in self.by_poll.get(poll_id, []):
                self.entries.pop(answer_id, None)
            self.by_poll[poll_id] = []
            self._touch(poll_id)
        await self.store.write(answer_sql.delete_poll_answers(self.session_id, poll_id), committed)

    # ------------------------------------------------------------ reading

    def own(self, poll_id: str, voter: str | None) -> list[Answer]:
        return [self.entries[i].value() for i in self.by_poll.get(poll_id, ())
                if self.entries[i].voter == voter]

    def room(self, poll: PollSpec) -> tuple[tuple[Answer, ...], int, tuple[Answer, ...]]:
        """(what the room sees, how many visible in all, the speaker's incoming list)."""
        cached = self._room.get(poll.id)
        if cached is None:
            values = [self.entries[i].value() for i in self.by_poll.get(poll.id, ())]
            visible = [a for a in values if a.visible]
            if poll.kind.name == QUESTIONS:
                shown = sorted(visible, key=lambda a: (a.answered, -a.votes, a.id))
            else:
                shown = visible[::-1]
            keep = CLOUD_ANSWERS if poll.kind.show in ("cloud", "both") else SHOWN_ANSWERS
            cached = (tuple(shown[:keep]), len(visible),
                      tuple(values[::-1][:INCOMING_ANSWERS]))
            self._room[poll.id] = cached
        return cached

    def phone_list(self, poll: PollSpec) -> list[dict[str, Any]]:
        """The questions every phone sees (none for other kinds: the room's screen has them)."""
        if poll.kind.name != QUESTIONS:
            return []
        return [{"id": a.id, "text": a.text, "votes": a.votes, "answered": a.answered}
                for a in self.room(poll)[0][:PHONE_QUESTIONS]]

    def phone_own(self, poll: PollSpec, voter: str | None) -> dict[str, Any]:
        """One phone's part of the state: its answers and the questions it upvoted."""
        mine = [{"id": a.id, "text": a.text, "hidden": a.hidden, "approved": a.approved}
                for a in self.own(poll.id, voter)]
        upvoted = [] if poll.kind.name != QUESTIONS or voter is None else \
            [i for i in self.by_poll.get(poll.id, ()) if voter in self.entries[i].upvoters]
        return {"mine": mine, "upvoted": upvoted}

    def all_of(self, poll_id: str) -> tuple[Answer, ...]:
        return tuple(self.entries[i].value() for i in self.by_poll.get(poll_id, ()))

    # ------------------------------------------------------------ helpers

    def _touch(self, poll_id: str) -> None:
        self._room.pop(poll_id, None)
        self.changed(poll_id)

    def _clean(self, poll: PollSpec, raw_text: object) -> str:
        try:
            return clean_text(raw_text, poll.kind.max_length)
        except BadText as bad:
            raise Rejected(400, str(bad)) from None

    def _entry(self, poll: PollSpec, answer_id: object) -> _Entry:
        entry = self.entries.get(answer_id) if isinstance(answer_id, int) and \
            not isinstance(answer_id, bool) else None
        if entry is None or entry.poll != poll.id:
            raise Rejected(404, "That answer is not there any more; reload the page.")
        return entry

    def _own_entry(self, poll: PollSpec, voter: str, answer_id: object) -> _Entry:
        entry = self._entry(poll, answer_id)
        if entry.voter != voter:
            raise Rejected(403, "Only the phone that sent an answer can change it.")
        return entry


def answer_json(answer: Answer) -> dict[str, Any]:
    """An answer as the control API and the exports write it."""
    return {"id": answer.id, "text": answer.text, "created": answer.created,
            "hidden": answer.hidden, "approved": answer.approved, "answered": answer.answered,
            "votes": answer.votes}
