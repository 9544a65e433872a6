"""One session's results read back after (or during) the talk: every poll's counts,
percentages, voters, paper ballots and typed answers, labelled from the deck.

`session_results` works on the vote database file directly, beside a running
server or without one (server/store/reading.py opens it). Finding the session
is server/store/session_list.py's (with listing and deleting sessions); the
CSV/JSON writers are in `server.store.results_files`. Kept apart from the list
because this is the one reader that knows every poll kind's shape of a result.

Every failure is a `ResultsError` (server/store/reading.py) whose str() is one
sentence with what to do next.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from common.values import DeckSpec
from server.store.hand_counts import read_hand_counts
from server.store.reading import read_with
from server.store.session_list import SessionSummary, find_session


@dataclass(frozen=True)
class OptionResult:
    id: str
    label: str
    count: int
    percentage: float      # of the poll's voters, one decimal; 0.0 when nobody voted


@dataclass(frozen=True)
class AnswerResult:
    """One typed answer or room question, verbatim, with what the speaker did to it."""

    id: int
    text: str
    created: float         # seconds since the epoch
    hidden: bool
    approved: bool
    answered: bool
    votes: int             # upvotes (questions from the room)


@dataclass(frozen=True)
class PollResult:
    id: str
    slide: int             # 1-based; 0 for a poll the deck no longer has
    question: str
    voters: int            # distinct voters on this poll (a pick-k voter counts once)
    options: tuple[OptionResult, ...]
    open: bool
    revealed: bool
    kind: str = "agree"
    answers: tuple[AnswerResult, ...] = ()       # oldest first
    # Paper ballots the speaker typed in, (option id, ballots): a source of their own,
    # never part of `options`' counts (server/store/hand_counts.py).
    hand: tuple[tuple[str, int], ...] = ()

    def hand_count(self, option_id: str) -> int:
        return dict(self.hand).get(option_id, 0)


@dataclass(frozen=True)
class SessionResults:
    session: SessionSummary
    polls: tuple[PollResult, ...]

    def poll(self, poll_id: str) -> PollResult | None:
        return next((p for p in self.polls if p.id == poll_id), None)


def session_results(database: Path, session_id: int, deck: DeckSpec | None) -> SessionResults:
    """Counts, percentages and voters of every poll, labelled from `deck`.

    Polls follow the deck's order, with every option even when nobody chose it; votes
    for polls or options the deck no longer has follow, labelled by their ids, so no
    recorded vote is left out of an export.
    """
    session = find_session(database, session_id)

    def read(conn):
        counts: dict[str, dict[str, int]] = {}
        for poll, choice, n in conn.execute(
                "SELECT poll_id, choice, COUNT(*) FROM votes WHERE session_id = ? "
                "GROUP BY poll_id, choice ORDER BY poll_id, choice", (session.id,)):
            # A pick-k vote is its option ids joined by "," (server/web/choices.py).
            for option in choice.split(","):
                counts.setdefault(poll, {})[option] = counts.get(poll, {}).get(option, 0) + int(n)
        voters = dict(conn.execute("SELECT poll_id, COUNT(DISTINCT voter_id) FROM votes "
                                   "WHERE session_id = ? GROUP BY poll_id", (session.id,)))
        states = {poll: (bool(o), bool(r)) for poll, o, r in conn.execute(
            "SELECT poll_id, open, revealed FROM poll_state WHERE session_id = ?", (session.id,))}
        hand = {poll: counted for (_sid, poll), counted in
                read_hand_counts(conn, [session.id]).items()}
        return counts, voters, states, _answers(conn, session.id), hand
    counts, voters, states, answers, hand = read_with(database, read)

    polls = []
    known = deck.polls if deck is not None else ()
    for spec in known:
        options = [(o.id, o.label) for o in spec.options]
        polls.append(replace(_poll(spec.id, spec.slide, spec.question, options, counts, voters,
                                   states), kind=spec.kind.name,
                             answers=tuple(answers.get(spec.id, ())),
                             hand=_hand(hand.get(spec.id, {}), options)))
    for poll_id in sorted((set(counts) | set(answers) | set(hand)) - {p.id for p in known}):
        polls.append(replace(_poll(poll_id, 0, "", [], counts, voters, states),
                             answers=tuple(answers.get(poll_id, ())),
                             hand=_hand(hand.get(poll_id, {}), [])))
    return SessionResults(session, tuple(polls))


def _answers(conn: sqlite3.Connection, session_id: int) -> dict[str, list[AnswerResult]]:
    """Every answer of the session by poll, oldest first, with its upvotes."""
    found: dict[str, list[AnswerResult]] = {}
    try:
        rows = conn.execute(
            "SELECT a.poll_id, a.id, a.text, a.created_at, a.hidden, a.approved, a.answered, "
            "(SELECT COUNT(*) FROM upvotes u WHERE u.answer_id = a.id) FROM answers a "
            "WHERE a.session_id = ? ORDER BY a.id", (session_id,)).fetchall()
    except sqlite3.OperationalError:
        return found            # a database from before typed answers: it has none
    for poll, *row in rows:
        found.setdefault(poll, []).append(AnswerResult(
            int(row[0]), row[1], float(row[2]), bool(row[3]), bool(row[4]), bool(row[5]),
            int(row[6])))
    return found


def _hand(counted: dict[str, int], options) -> tuple[tuple[str, int], ...]:
    """A poll's paper ballots in its options' order (options the deck lost after them)."""
    listed = [option_id for option_id, _ in options]
    order = listed + sorted(o for o in counted if o not in listed)
    return tuple((o, counted[o]) for o in order if counted.get(o))


def _poll(poll_id, slide, question, options, counts, voters, states) -> PollResult:
    got = counts.get(poll_id, {})
    listed = {option_id for option_id, _ in options}
    options = options + [(choice, choice) for choice in sorted(got) if choice not in listed]
    n = int(voters.get(poll_id, 0))
    open_, revealed = states.get(poll_id, (False, False))
    return PollResult(poll_id, slide, question, n, tuple(
        OptionResult(option_id, label, got.get(option_id, 0),
                     round(100.0 * got.get(option_id, 0) / n, 1) if n else 0.0)
        for option_id, label in options), open_, revealed)
