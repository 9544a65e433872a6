"""Opening the vote database: where it lives, its tables, and what a failure means.

The schema is small on purpose: sessions, one row per (session, poll, voter) vote,
and each poll's open/revealed state. No IP address or other personal data is kept:
a voter is the random id from the phone's cookie.

Durability choice: WAL with `synchronous=NORMAL`. A commit then writes the
transaction to the WAL file (the OS has it) before the phone gets its 200, so
the vote survives `kill -9` of votedeck; only a power cut or OS crash can lose
the last transactions, which `synchronous=FULL` would guard at the price of an
fsync per group commit.

Checkpoints: SQLite copies the WAL back into the database every
`wal_autocheckpoint` pages, inside whichever commit crosses the mark, while the
phones of that group commit wait. Votes touch random pages of the voter index,
so a page is written to the WAL again and again; checkpointing every 10,000
pages (~40 MB of WAL) instead of SQLite's 1,000 copies each hot page once per
ten times as many commits (vote path +5-8%, docs/performance.md). Durability is
the same: the WAL is the database until it is checkpointed.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import platformdirs

from server.api import ServerStartError
from server.store.answer_sql import create_tables as create_answer_tables
from server.store.tour_schema import migrate

DB_NAME = "votes.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    deck_key TEXT NOT NULL,
    deck_title TEXT NOT NULL,
    name TEXT NOT NULL,
    started_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_deck ON sessions(deck_key, id);
CREATE TABLE IF NOT EXISTS votes (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    voter_id TEXT NOT NULL,
    choice TEXT NOT NULL,
    voted_at REAL NOT NULL,
    UNIQUE (session_id, poll_id, voter_id)
);
CREATE TABLE IF NOT EXISTS poll_state (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    open INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, poll_id)
);
"""

WAL_CHECKPOINT_PAGES = 10_000      # see the module docstring
_FRESH = "start with --data-dir on a fresh folder"


def database_path(data_dir: Path | None) -> Path:
    """The vote database: in `data_dir`, else in the user data folder."""
    folder = Path(data_dir) if data_dir is not None else Path(platformdirs.user_data_dir("votedeck"))
    return folder / DB_NAME


def explain(error: BaseException, path: Path) -> str:
    """One sentence for a person about why the database at `path` cannot be used."""
    return str(unusable(error, path))


def unusable(error: BaseException, path: Path) -> ServerStartError:
    """Why the database at `path` cannot be used: the sentence, and its reason and values
    for the console's words (console.server.<reason>)."""
    text = str(error).lower()
    where = {"path": str(path)}
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return ServerStartError(f"The vote database {path} cannot be written (read-only); make it "
                                f"writable or {_FRESH}.", "db_read_only", **where)
    if "locked" in text or "busy" in text:
        return ServerStartError(f"The vote database {path} is locked by another program (another "
                                f"votedeck?); close it or {_FRESH}.", "db_locked", **where)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return ServerStartError(f"The vote database {path} is damaged; move it aside to keep it, "
                                f"or {_FRESH}.", "db_damaged", **where)
    if "full" in text or "no space" in text:
        return ServerStartError(f"The disk holding the vote database {path} is full; free some "
                                f"space or {_FRESH}.", "disk_full", **where)
    if "unable to open" in text:
        return ServerStartError(f"The vote database {path} cannot be opened (is the folder there "
                                f"and writable?); {_FRESH}.", "db_cannot_open", **where)
    return ServerStartError(f"The vote database {path} cannot be used ({error}); {_FRESH}.",
                            "db_unusable", detail=str(error), **where)


def open_database(path: Path, *, busy_ms: int = 2000) -> sqlite3.Connection:
    """Open (creating if needed) and check the database; raise ServerStartError with a sentence.

    The returned connection belongs to the calling thread (the store's writer).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        detail = error.strerror or str(error)
        raise ServerStartError(
            f"Cannot create the data folder {path.parent} ({detail}); {_FRESH}.",
            "folder_not_made", folder=str(path.parent), detail=detail) from None
    conn = None
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per group commit.
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode {mode}); readonly?")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        conn.execute("PRAGMA foreign_keys = ON")
        # A write transaction up front proves we can write (read-only / locked show up here).
        conn.execute("BEGIN IMMEDIATE")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        migrate(conn)       # the tour's columns and tables (server/store/tour_schema.py)
        create_answer_tables(conn)      # typed answers and upvotes: server/store/answer_sql.py
        # A write statement: a read-only FILE in a writable folder passes BEGIN IMMEDIATE
        # in WAL mode (the lock lives in -shm) and would only fail at the first vote.
        conn.execute("DELETE FROM poll_state WHERE 0")
        conn.execute("COMMIT")
        verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed: {verdict}")
    except (sqlite3.Error, OSError) as error:
        if conn is not None:
            conn.close()
        raise unusable(error, path) from None
    return conn
