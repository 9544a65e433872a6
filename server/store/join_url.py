"""The address phones last used to join a session, kept so a handout can print it.

An exported join slide has no running server behind it; rather than a slide that
says "scan the code" with no code, the export prints the address the room was given
when the session last ran (`votedeck export --results`). One row per session, in a
table of its own (created on first use, so an older database simply has none).

Only an address on the venue network is kept: a loopback URL (no network found) would
send a reader nowhere. Plain sqlite3, no Qt, no aiohttp.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from common.values import JoinInfo

_TABLE = """
CREATE TABLE IF NOT EXISTS session_join (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    used_at REAL NOT NULL
)"""


def worth_keeping(join: JoinInfo | None) -> bool:
    """Whether a reader of the handout could use this address (a LAN one, not loopback)."""
    return join is not None and join.lan


def record_join_url(conn: sqlite3.Connection, session_id: int, url: str) -> None:
    """Remember `url` as the session's join address (run on the store's writer)."""
    conn.execute(_TABLE)
    conn.execute("INSERT INTO session_join (session_id, url, used_at) VALUES (?, ?, ?) "
                 "ON CONFLICT(session_id) DO UPDATE SET url = excluded.url, "
                 "used_at = excluded.used_at", (session_id, url, time.time()))


def last_join_url(database: Path, session_id: int) -> str | None:
    """The session's last join address, or None (never recorded, or no such database)."""
    if not database.exists():
        return None
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT url FROM session_join WHERE session_id = ?",
                           (session_id,)).fetchone()
    except sqlite3.OperationalError:
        return None         # a database from before this table: nothing recorded
    finally:
        conn.close()
    return row[0] if row else None
