"""Paper ballots: tallies the speaker counted by hand, kept apart from the phones' votes.

When the network fails (or the talk was written for paper: "Klar med stemmesedlerne"),
the speaker types each option's count for a poll. They live in their own table,
`hand_counts`, one row per (session, poll, option), never in `votes`: a phone vote is
one phone's final choice, a hand count is a number a person typed, and every reader
(the slide, the comparison, the report, the exports) shows the two apart or marks
the sum as including paper.

Writing goes through the store's one writer: `replace_hand_counts(...)` returns a
`run(conn)` for `VoteStore.call`, which runs it inside the writer's transaction.
Typing the counts again replaces them (the speaker corrects a miscount); all zeros
removes them. `create_table(conn)` is called by the tour's migration on every open.

Must not import aiohttp or Qt.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping

from common.values import TEXT_KINDS

HAND_SCHEMA = """CREATE TABLE IF NOT EXISTS hand_counts (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    option_id TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    counted_at REAL NOT NULL,
    PRIMARY KEY (session_id, poll_id, option_id)
)"""

MAX_COUNT = 100_000      # more ballots than any hall holds: a typo, refused with a sentence


class HandCountError(ValueError):
    """The typed counts cannot be stored; str() is the sentence for the speaker. `reason`
    and `values` let the console say it in the speaker's language (console.paper.refused.*)."""

    def __init__(self, sentence: str, reason: str = "", **values: object):
        super().__init__(sentence)
        self.reason = reason
        self.values = values


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(HAND_SCHEMA)


def checked_counts(counts: Mapping[str, object]) -> dict[str, int]:
    """Whole numbers from 0 to MAX_COUNT per option, or HandCountError (a sentence)."""
    checked = {}
    for option_id, value in counts.items():
        try:
            number = int(str(value).strip() or "0")
        except ValueError:
            raise HandCountError(f"{value!r} is not a number of ballots; type a whole number "
                                 f"such as 23 (or leave it empty for none).", "not_a_number",
                                 option=option_id, value=value) from None
        if not 0 <= number <= MAX_COUNT:
            raise HandCountError(f"{number} ballots cannot be right; type a number from 0 to "
                                 f"{MAX_COUNT:,}.", "out_of_range", option=option_id, n=number,
                                 most=MAX_COUNT)
        checked[str(option_id)] = number
    return checked


def ballots_for(poll, counts: Mapping[str, object]) -> dict[str, int]:
    """`counts` checked against `poll` (a common.values.PollSpec): every option of it, whole
    numbers, none it does not offer; HandCountError (a sentence) otherwise."""
    if poll.kind.name in TEXT_KINDS:
        raise HandCountError("Paper ballots are counted per option; this question takes typed "
                             "answers, so there is nothing to count by hand.", "typed")
    offered = [o.id for o in poll.options]
    unknown = [str(option_id) for option_id in counts if option_id not in offered]
    if unknown:
        raise HandCountError(f"The poll {poll.id!r} has no option {unknown[0]!r}; count the "
                             f"ballots for {', '.join(offered)}.", "unknown_option",
                             option=unknown[0])
    checked = checked_counts(counts)
    return {option_id: checked.get(option_id, 0) for option_id in offered}


def replace_hand_counts(session_id: int, poll_id: str,
                        counts: Mapping[str, int]) -> Callable[[sqlite3.Connection], int]:
    """A `run(conn)` that replaces the poll's hand counts; it returns the ballots stored."""
    counts = checked_counts(counts)
    now = time.time()

    def run(conn: sqlite3.Connection) -> int:
        conn.execute("DELETE FROM hand_counts WHERE session_id = ? AND poll_id = ?",
                     (session_id, poll_id))
        if not any(counts.values()):
            return 0
        conn.executemany(
            "INSERT INTO hand_counts (session_id, poll_id, option_id, count, counted_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(session_id, poll_id, option_id, n, now) for option_id, n in counts.items()])
        return sum(counts.values())
    return run


def read_hand_counts(conn: sqlite3.Connection,
                     session_ids: Iterable[int]) -> dict[tuple[int, str], dict[str, int]]:
    """(session id, poll id) -> option id -> ballots, for the sessions that have any; {} on a
    database made before paper ballots (no table)."""
    ids = [int(i) for i in session_ids]
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                       "'hand_counts'").fetchone()
    if not ids or has is None:
        return {}
    marks = ",".join("?" * len(ids))
    found: dict[tuple[int, str], dict[str, int]] = {}
    for sid, poll, option, n in conn.execute(
            f"SELECT session_id, poll_id, option_id, count FROM hand_counts "
            f"WHERE session_id IN ({marks}) AND count > 0", ids):
        found.setdefault((int(sid), poll), {})[option] = int(n)
    return found
