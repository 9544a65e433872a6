"""The sessions in a vote database: listed, found by id, the deck's latest, deleted.

`votedeck sessions` lists and deletes them; the results, the report, the tour's
comparison and the session files start by finding one. A session's summary (its
name, deck, when and where, how many polls, voters and votes) is one SQL query
whatever asks, and deleting a session takes every table that holds its rows,
the tour's among them. One session's results in full are server/store/results.py.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from common.values import DeckSpec
from server.store.reading import ResultsError, changing_error, has_table, open_for_changing, read_with
from server.store.tour_schema import has_tour_columns


@dataclass(frozen=True)
class SessionSummary:
    """One showing of a deck, as `votedeck sessions` lists it."""

    id: int
    name: str
    deck_key: str          # the deck's resolved path when the session started
    deck_title: str
    started_at: float      # seconds since the epoch
    polls: int             # polls that got at least one vote
    voters: int            # distinct voters over the whole session
    votes: int             # stored votes (one per voter and poll)
    place: str = ""        # where the talk was given ('' when not said)
    held_on: str = ""      # its date, YYYY-MM-DD
    uid: str = ""          # the session's id on every laptop (32 hex digits)


_SUMMARY_SQL = """
SELECT s.id, s.name, s.deck_key, s.deck_title, s.started_at,
       (SELECT COUNT(DISTINCT poll_id) FROM votes v WHERE v.session_id = s.id),
       (SELECT COUNT(DISTINCT voter_id) FROM votes v WHERE v.session_id = s.id),
       (SELECT COUNT(*) FROM votes v WHERE v.session_id = s.id),
       {tour}
FROM sessions s
"""
_TOUR_COLUMNS = "s.place, s.held_on, s.uid"
_NO_TOUR_COLUMNS = "'', date(s.started_at, 'unixepoch', 'localtime'), ''"

# The tour's tables of a session (server/store/tour_schema.py, server/store/hand_counts.py).
_TOUR_TABLES = ("session_polls", "hand_counts")


def _summary_sql(conn: sqlite3.Connection) -> str:
    """The listing's SQL; a database made before the tour (read-only here) lacks its columns."""
    return _SUMMARY_SQL.format(tour=_TOUR_COLUMNS if has_tour_columns(conn) else _NO_TOUR_COLUMNS)


def _summary(row: tuple) -> SessionSummary:
    return SessionSummary(int(row[0]), row[1], row[2], row[3], float(row[4]),
                          int(row[5]), int(row[6]), int(row[7]), row[8] or "", row[9] or "",
                          row[10] or "")


def list_sessions(database: Path, deck_key: str | None = None) -> list[SessionSummary]:
    """Every session (or the deck's), oldest first."""
    def read(conn):
        if deck_key is None:
            rows = conn.execute(_summary_sql(conn) + " ORDER BY s.id")
        else:
            rows = conn.execute(_summary_sql(conn) + " WHERE s.deck_key = ? ORDER BY s.id", (deck_key,))
        return [_summary(row) for row in rows]
    return read_with(database, read)


def find_session(database: Path, session_id: int) -> SessionSummary:
    def read(conn):
        row = conn.execute(_summary_sql(conn) + " WHERE s.id = ?", (int(session_id),)).fetchone()
        if row is None:
            raise ResultsError(f"There is no session {session_id} in {database}; "
                               f"`votedeck sessions` lists the ones there are.")
        return _summary(row)
    return read_with(database, read)


def latest_session(database: Path, deck: DeckSpec) -> SessionSummary:
    """The deck's newest session (the one a restart resumes)."""
    sessions = list_sessions(database, deck.key)
    if not sessions:
        raise ResultsError(f"There are no sessions for the deck {deck.title!r} in {database} "
                           f"yet; present it first, or see `votedeck sessions` for other decks.")
    return sessions[-1]


def delete_session(database: Path, session_id: int) -> SessionSummary:
    """Delete a session, its votes and its poll states in one transaction; what was deleted."""
    session = find_session(database, session_id)
    with closing(open_for_changing(database)) as conn:
        try:
            # Overwrite the freed bytes (not every SQLite build does by default), then
            # fold the WAL back so its old page copies holding the voter ids go too.
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM votes WHERE session_id = ?", (session.id,))
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'answers'").fetchone():
                conn.execute("DELETE FROM upvotes WHERE answer_id IN (SELECT id FROM answers "
                             "WHERE session_id = ?)", (session.id,))
                conn.execute("DELETE FROM answers WHERE session_id = ?", (session.id,))
            conn.execute("DELETE FROM poll_state WHERE session_id = ?", (session.id,))
            for table in _TOUR_TABLES:
                if has_table(conn, table):
                    conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session.id,))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session.id,))
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.rollback()
            raise changing_error(error, database) from None
    return session
