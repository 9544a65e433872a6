"""The SQL of typed answers and room questions, for the store's one writer thread.

Open answers, a choice poll's "other" answers and questions from the room are rows
of `answers` (one per thing a phone typed); each phone's upvote of a question is
one row of `upvotes` under UNIQUE (answer, voter), so a second upvote is a no-op
the database itself refuses. Every function here that writes returns a `run(conn)`
for `VoteStore.write`, which runs it inside the writer's transaction and calls
back on the loop only after the commit; the loop then updates its counters from
what `run` returned (a new id, a row count), never from a read of its own.

A withdrawn answer is deleted (the phone took it back), its upvotes with it; a
hidden one stays, marked, so the exports can say what the speaker hid.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

ANSWER_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    voter_id TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at REAL NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0,
    approved INTEGER NOT NULL DEFAULT 1,
    answered INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS answers_by_poll ON answers(session_id, poll_id, id);
CREATE TABLE IF NOT EXISTS upvotes (
    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    voter_id TEXT NOT NULL,
    voted_at REAL NOT NULL,
    UNIQUE (answer_id, voter_id)
);
"""


@dataclass(frozen=True)
class StoredAnswer:
    """One row of `answers` as the database holds it, with who upvoted it."""

    id: int
    poll_id: str
    voter_id: str
    text: str
    created: float
    hidden: bool
    approved: bool
    answered: bool
    upvoters: frozenset[str]


def create_tables(conn: sqlite3.Connection) -> None:
    """The answer tables, inside the caller's transaction (schema.open_database's)."""
    for statement in ANSWER_SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def load_answers(conn: sqlite3.Connection, session_id: int) -> tuple[StoredAnswer, ...]:
    """Every answer of a session in the order they came, with its upvoters."""
    upvoters: dict[int, set[str]] = {}
    for answer_id, voter in conn.execute(
            "SELECT u.answer_id, u.voter_id FROM upvotes u JOIN answers a ON a.id = u.answer_id "
            "WHERE a.session_id = ?", (session_id,)):
        upvoters.setdefault(answer_id, set()).add(voter)
    return tuple(
        StoredAnswer(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]),
                     bool(row[7]), frozenset(upvoters.get(row[0], ())))
        for row in conn.execute(
            "SELECT id, poll_id, voter_id, text, created_at, hidden, approved, answered "
            "FROM answers WHERE session_id = ? ORDER BY id", (session_id,)))


def add_answer(session_id: int, poll_id: str, voter_id: str, text: str, approved: bool):
    """A new answer; `run` returns (its id, its time)."""
    def run(conn: sqlite3.Connection) -> tuple[int, float]:
        now = time.time()
        cursor = conn.execute(
            "INSERT INTO answers (session_id, poll_id, voter_id, text, created_at, approved) "
            "VALUES (?, ?, ?, ?, ?, ?)", (session_id, poll_id, voter_id, text, now, int(approved)))
        return cursor.lastrowid, now
    return run


def edit_answer(answer_id: int, voter_id: str, text: str, approved: bool):
    """The phone's own answer gets new words (a moderated poll holds them again)."""
    def run(conn: sqlite3.Connection) -> int:
        return conn.execute("UPDATE answers SET text = ?, approved = ? WHERE id = ? AND voter_id = ?",
                            (text, int(approved), answer_id, voter_id)).rowcount
    return run


def withdraw_answer(answer_id: int, voter_id: str):
    """The phone takes its own answer back: the row and its upvotes go."""
    def run(conn: sqlite3.Connection) -> int:
        conn.execute("DELETE FROM upvotes WHERE answer_id = ? AND EXISTS (SELECT 1 FROM answers "
                     "WHERE id = ? AND voter_id = ?)", (answer_id, answer_id, voter_id))
        return conn.execute("DELETE FROM answers WHERE id = ? AND voter_id = ?",
                            (answer_id, voter_id)).rowcount
    return run


def upvote(answer_id: int, voter_id: str):
    """One phone's upvote; `run` returns 1 when it is new, 0 when the phone had upvoted."""
    def run(conn: sqlite3.Connection) -> int:
        return conn.execute("INSERT OR IGNORE INTO upvotes (answer_id, voter_id, voted_at) "
                            "VALUES (?, ?, ?)", (answer_id, voter_id, time.time())).rowcount
    return run


def set_flags(answer_id: int, hidden: bool, approved: bool, answered: bool):
    """The speaker's moderation: hidden, approved, answered, all three written at once."""
    def run(conn: sqlite3.Connection) -> int:
        return conn.execute("UPDATE answers SET hidden = ?, approved = ?, answered = ? WHERE id = ?",
                            (int(hidden), int(approved), int(answered), answer_id)).rowcount
    return run


def delete_poll_answers(session_id: int, poll_id: str):
    """A poll reset: its answers and their upvotes go."""
    def run(conn: sqlite3.Connection) -> int:
        conn.execute("DELETE FROM upvotes WHERE answer_id IN (SELECT id FROM answers WHERE "
                     "session_id = ? AND poll_id = ?)", (session_id, poll_id))
        return conn.execute("DELETE FROM answers WHERE session_id = ? AND poll_id = ?",
                            (session_id, poll_id)).rowcount
    return run
