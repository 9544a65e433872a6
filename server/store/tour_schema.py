"""The tour's part of the vote database: a session's id across laptops, its place and
date, and the polls it asked (with fingerprints); and the migration that adds them.

`migrate(conn)` runs inside the writer's opening transaction (server.store.schema)
and is safe to run on every start: a database made before the tour gets the new
columns, a globally unique id for each old session and its date from its start
time. New sessions get theirs from triggers, so the store's writer needs no change.
`record_session(conn, ...)` stores the place and the deck's polls when a talk starts.

Readers of a database that was never opened by this version (a read-only copy)
use `has_tour_columns()` and fall back to plain values.
"""
from __future__ import annotations

import json
import sqlite3

from common.fingerprint import DEFAULT_KIND, spec_fingerprint

_COLUMNS = (
    ("uid", "TEXT"),                       # 32 hex digits, random: unique across laptops
    ("place", "TEXT NOT NULL DEFAULT ''"),  # where the talk was given ("Trondheim")
    ("held_on", "TEXT"),                   # the date, YYYY-MM-DD (local), of the talk
)

_UID = "lower(hex(randomblob(16)))"
_DATE = "date(started_at, 'unixepoch', 'localtime')"

TOUR_SCHEMA = (
    "CREATE UNIQUE INDEX IF NOT EXISTS sessions_by_uid ON sessions(uid)",
    f"""CREATE TRIGGER IF NOT EXISTS sessions_get_uid AFTER INSERT ON sessions
    WHEN NEW.uid IS NULL OR NEW.held_on IS NULL
BEGIN
    UPDATE sessions SET uid = coalesce(uid, {_UID}), held_on = coalesce(held_on, {_DATE})
    WHERE id = NEW.id;
END""",
    f"""CREATE TABLE IF NOT EXISTS session_polls (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '{DEFAULT_KIND}',
    question TEXT NOT NULL,
    options TEXT NOT NULL,          -- JSON [[id, label], ...] as the room saw them
    slide INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (session_id, poll_id)
)""",
)


def session_columns(conn: sqlite3.Connection) -> set[str]:
    return {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}


def has_tour_columns(conn: sqlite3.Connection) -> bool:
    return {"uid", "place", "held_on"} <= session_columns(conn)


def migrate(conn: sqlite3.Connection) -> None:
    """Add the tour's columns, ids, dates and table where missing (inside a transaction)."""
    present = session_columns(conn)
    for name, declaration in _COLUMNS:
        if name not in present:
            conn.execute(f"ALTER TABLE sessions ADD COLUMN {name} {declaration}")
    conn.execute(f"UPDATE sessions SET uid = {_UID} WHERE uid IS NULL")
    conn.execute(f"UPDATE sessions SET held_on = {_DATE} WHERE held_on IS NULL")
    for statement in TOUR_SCHEMA:
        conn.execute(statement)


def record_session(conn: sqlite3.Connection, session_id: int, place: str | None,
                   polls) -> None:
    """At the start of a talk: the place (when given) and the deck's polls (PollSpecs).

    A poll that already has votes in this session keeps the wording they answered;
    the others follow the deck as it is now.
    """
    if place:
        conn.execute("UPDATE sessions SET place = ? WHERE id = ?", (place, session_id))
    conn.executemany(
        "INSERT INTO session_polls (session_id, poll_id, kind, question, options, slide, "
        "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, poll_id) DO UPDATE "
        "SET kind = excluded.kind, question = excluded.question, options = excluded.options, "
        "slide = excluded.slide, fingerprint = excluded.fingerprint "
        "WHERE NOT EXISTS (SELECT 1 FROM votes v WHERE v.session_id = excluded.session_id "
        "AND v.poll_id = excluded.poll_id)",
        [poll_row(session_id, poll) for poll in polls])


def poll_row(session_id: int, poll) -> tuple:
    options = json.dumps([[o.id, o.label] for o in poll.options], ensure_ascii=False)
    return (session_id, poll.id, getattr(poll, "kind", None) or DEFAULT_KIND, poll.question,
            options, poll.slide, spec_fingerprint(poll))
