"""A session beside others of its tour: per poll, this room's counts and the others' pooled.

`compare_sessions(database, session_id, others)` reads the store (query-only, beside
a running talk too). `others` is "all" (every earlier session of the same deck: the
tour so far) or a list of session ids. A poll is pooled from another session only
when that session asked it with the same fingerprint (server/store/tour_schema.py):
a reworded statement is left out, and `left_out` says which and why.

Counting: the store keeps one vote per (session, poll, voter), so a poll's voters in
one session are its distinct phones, and the pooled n is the sum over sessions: a
phone counts once per poll per session (a person who heard the talk twice counts
twice, once in each room). Hand-counted ballots (server/store/hand_counts.py) are
added to a group's counts and n, and its `hand` says how many of them were on paper.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from common.fingerprint import spec_fingerprint
from server.store.hand_counts import read_hand_counts
from server.store.reading import ResultsError, has_table, open_for_reading, reading_error
from server.store.session_list import SessionSummary, find_session, list_sessions


@dataclass(frozen=True)
class Group:
    """One side of a comparison for one poll: counts per option and how many voted."""

    counts: tuple[tuple[str, int], ...]      # (option id, count), the poll's options in order
    voters: int
    sessions: int                             # how many sessions are pooled in it
    hand: tuple[tuple[str, int], ...] = ()    # (option id, ballots) counted on paper, included above

    @property
    def hand_total(self) -> int:
        return sum(n for _, n in self.hand)

    def count(self, option_id: str) -> int:
        return dict(self.counts).get(option_id, 0)


@dataclass(frozen=True)
class PollComparison:
    poll_id: str
    question: str
    options: tuple[tuple[str, str], ...]     # (id, label) as this room saw them
    room: Group
    others: Group


@dataclass(frozen=True)
class LeftOut:
    session_id: int
    session_name: str
    poll_id: str
    reason: str                               # a sentence fragment for a person
    why: str = ""                             # "not_asked", "reworded" or "other_options"


@dataclass(frozen=True)
class Comparison:
    session: SessionSummary
    others: tuple[SessionSummary, ...]
    polls: tuple[PollComparison, ...]
    left_out: tuple[LeftOut, ...]

    def poll(self, poll_id: str) -> PollComparison | None:
        return next((p for p in self.polls if p.poll_id == poll_id), None)


@dataclass(frozen=True)
class _Asked:
    question: str
    options: tuple[tuple[str, str], ...]
    fingerprint: str


def choose_others(database: Path, session: SessionSummary,
                  others: str | Sequence[int]) -> tuple[SessionSummary, ...]:
    """'all': the deck's sessions that started before this one; else the ones named."""
    if others == "all":
        return tuple(s for s in list_sessions(database, session.deck_key)
                     if (s.started_at, s.id) < (session.started_at, session.id))
    chosen = []
    for other_id in dict.fromkeys(int(i) for i in others):
        if other_id == session.id:
            raise ResultsError(f"Session {session.id} cannot be compared with itself; name "
                               f"other sessions (`votedeck sessions` lists them).")
        chosen.append(find_session(database, other_id))
    return tuple(chosen)


def compare_sessions(database: Path, session_id: int, others: str | Sequence[int] = "all",
                     deck=None) -> Comparison:
    """This session's polls beside the others' (see the module docstring). `deck`, a
    DeckSpec, stands in for the polls of sessions recorded before fingerprints."""
    session = find_session(database, session_id)
    chosen = choose_others(database, session, others)
    ids = [session.id] + [s.id for s in chosen]
    with closing(open_for_reading(database)) as conn:
        try:
            asked = {sid: _asked(conn, sid, deck) for sid in ids}
            counts, voters = _counts(conn, ids)
            hand = read_hand_counts(conn, ids)
        except sqlite3.Error as error:
            raise reading_error(error, database) from None
    polls, left_out = [], []
    for poll_id, mine in asked[session.id].items():
        pooled: dict[str, int] = {}
        paper: dict[str, int] = {}
        n = taken = 0
        for other in chosen:
            theirs = asked[other.id].get(poll_id)
            reason, why = _mismatch(mine, theirs)
            if reason:
                left_out.append(LeftOut(other.id, other.name, poll_id, reason, why))
                continue
            taken += 1
            n += voters.get((other.id, poll_id), 0) + sum(hand.get((other.id, poll_id), {}).values())
            for choice, k in _added(counts, hand, (other.id, poll_id)).items():
                pooled[choice] = pooled.get(choice, 0) + k
            for choice, k in hand.get((other.id, poll_id), {}).items():
                paper[choice] = paper.get(choice, 0) + k
        key = (session.id, poll_id)
        room_paper = hand.get(key, {})
        polls.append(PollComparison(
            poll_id, mine.question, mine.options,
            Group(_ordered(_added(counts, hand, key), mine.options),
                  voters.get(key, 0) + sum(room_paper.values()), 1,
                  _paper(room_paper, mine.options)),
            Group(_ordered(pooled, mine.options), n, taken, _paper(paper, mine.options))))
    return Comparison(session, chosen, tuple(polls), tuple(left_out))


def _mismatch(mine: _Asked, theirs: _Asked | None) -> tuple[str, str]:
    """(why a person reads, its code for the report's own words), or empty strings."""
    if theirs is None:
        return "that session did not ask this poll", "not_asked"
    if theirs.fingerprint != mine.fingerprint:
        if theirs.question != mine.question:
            return f"asked in other words there ({theirs.question!r})", "reworded"
        return "asked with other options there", "other_options"
    return "", ""


def _added(counts, hand, key) -> dict[str, int]:
    """Phone votes plus hand-counted ballots, per option, for one (session, poll)."""
    total = dict(counts.get(key, {}))
    for choice, k in hand.get(key, {}).items():
        total[choice] = total.get(choice, 0) + k
    return total


def _paper(paper: dict[str, int], options) -> tuple[tuple[str, int], ...]:
    return _ordered(paper, options) if any(paper.values()) else ()


def _ordered(counts: dict[str, int], options) -> tuple[tuple[str, int], ...]:
    listed = [option_id for option_id, _ in options]
    extra = sorted(choice for choice in counts if choice not in listed)
    return tuple((choice, counts.get(choice, 0)) for choice in listed + extra)


def _asked(conn: sqlite3.Connection, session_id: int, deck) -> dict[str, _Asked]:
    """The polls a session asked, in slide order: as recorded, else as `deck` asks them."""
    found: dict[str, tuple[int, _Asked]] = {}
    if has_table(conn, "session_polls"):
        for poll_id, question, options, slide, fingerprint in conn.execute(
                "SELECT poll_id, question, options, slide, fingerprint FROM session_polls "
                "WHERE session_id = ?", (session_id,)):
            found[poll_id] = (slide, _Asked(question, tuple(tuple(o) for o in json.loads(options)),
                                            fingerprint))
    if not found and deck is not None:
        # Recorded before the tour kept fingerprints: the deck as it is now says what was asked.
        for spec in deck.polls:
            found[spec.id] = (spec.slide, _Asked(spec.question, tuple(
                (o.id, o.label) for o in spec.options), spec_fingerprint(spec)))
    return {poll_id: asked for poll_id, (_, asked) in
            sorted(found.items(), key=lambda item: (item[1][0], item[0]))}


def _counts(conn: sqlite3.Connection, ids: list[int]):
    marks = ",".join("?" * len(ids))
    counts: dict[tuple[int, str], dict[str, int]] = {}
    for sid, poll, choice, n in conn.execute(
            f"SELECT session_id, poll_id, choice, COUNT(*) FROM votes WHERE session_id IN "
            f"({marks}) GROUP BY session_id, poll_id, choice", ids):
        counts.setdefault((sid, poll), {})[choice] = int(n)
    voters = {(sid, poll): int(n) for sid, poll, n in conn.execute(
        f"SELECT session_id, poll_id, COUNT(DISTINCT voter_id) FROM votes WHERE session_id IN "
        f"({marks}) GROUP BY session_id, poll_id", ids)}
    return counts, voters
