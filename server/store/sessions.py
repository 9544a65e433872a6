"""Sessions in the vote database: resuming or beginning one, and loading what it holds.

Plain functions of a connection, run on the store's writer thread through
`VoteStore.call` (server/store/vote_store.py).
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field

from server.api import ServerError
from server.store.answer_sql import StoredAnswer, load_answers
from server.store.hand_counts import read_hand_counts


@dataclass(frozen=True)
class SessionInfo:
    id: int
    name: str
    deck_key: str
    deck_title: str
    started_at: float
    resumed: bool


@dataclass(frozen=True)
class LoadedSession:
    """What the database says about a session: rebuilt tallies, choices, poll states."""

    counts: dict[str, dict[str, int]]            # poll id -> option id -> count
    choices: dict[tuple[str, str], str]          # (poll id, voter id) -> option id
    poll_state: dict[str, tuple[bool, bool]]     # poll id -> (open, revealed)
    answers: tuple[StoredAnswer, ...] = ()       # typed answers and questions, oldest first
    hand: dict[str, dict[str, int]] = field(default_factory=dict)   # poll -> option -> paper ballots


def begin_session(conn: sqlite3.Connection, deck_key: str, deck_title: str, name: str | None,
                  *, new: bool = False, default_name: str = "") -> SessionInfo:
    """Resume the deck's latest session (with that name, when one is given) or start one."""
    if not new:
        sql = "SELECT id, name, started_at FROM sessions WHERE deck_key = ?"
        args: tuple = (deck_key,)
        if name:
            sql += " AND name = ?"
            args += (name,)
        row = conn.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
        if row is not None:
            return SessionInfo(row[0], row[1], deck_key, deck_title, row[2], True)
    started = time.time()
    cursor = conn.execute(
        "INSERT INTO sessions (deck_key, deck_title, name, started_at) VALUES (?, ?, ?, ?)",
        (deck_key, deck_title, name or default_name, started))
    return SessionInfo(cursor.lastrowid, name or default_name, deck_key, deck_title, started, False)


def load_session(conn: sqlite3.Connection, session_id: int) -> LoadedSession:
    """Tallies rebuilt from the votes (GROUP BY), each voter's choice, poll states, answers."""
    counts: dict[str, dict[str, int]] = {}
    for poll, choice, n in conn.execute(
            "SELECT poll_id, choice, COUNT(*) FROM votes WHERE session_id = ? "
            "GROUP BY poll_id, choice", (session_id,)):
        counts.setdefault(poll, {})[choice] = n
    choices = {(poll, voter): choice for poll, voter, choice in conn.execute(
        "SELECT poll_id, voter_id, choice FROM votes WHERE session_id = ?", (session_id,))}
    states = {poll: (bool(o), bool(r)) for poll, o, r in conn.execute(
        "SELECT poll_id, open, revealed FROM poll_state WHERE session_id = ?", (session_id,))}
    hand = {poll: counted for (_sid, poll), counted in read_hand_counts(conn, [session_id]).items()}
    return LoadedSession(counts, choices, states, load_answers(conn, session_id), hand)


MAX_SESSION_NAME = 120     # characters: a municipality's name with room to spare


class SessionNameError(ServerError):
    """The name cannot be a session's; str() is the sentence, `reason` and `values` let
    the console say it in the speaker's language (console.session.refused.*)."""


def checked_session_name(name: str) -> str:
    """The name with its spaces tidied, or SessionNameError (a sentence for the speaker)."""
    name = " ".join(str(name).split())
    if not name:
        raise SessionNameError("A session needs a name, such as the municipality the talk is "
                               "given in (\"Trondheim kommune\").", "empty")
    if len(name) > MAX_SESSION_NAME:
        raise SessionNameError(f"That name is {len(name)} characters long; keep it under "
                               f"{MAX_SESSION_NAME}, such as \"Trondheim kommune\".", "too_long",
                               n=len(name), most=MAX_SESSION_NAME)
    return name


def rename_session(conn: sqlite3.Connection, session_id: int, name: str) -> None:
    """The speaker named the session (the municipality) during the talk."""
    conn.execute("UPDATE sessions SET name = ? WHERE id = ?", (name, session_id))
