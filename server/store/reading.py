"""How the readers of the vote database open it: beside a running server or without one.

The results, the session list, the tour's comparison, the report and the session
files all read the database file directly while the writer may go on (WAL mode lets
a reader see every committed vote). So they open it the one careful way written
here: only a file that exists (never creating a database where none was), with
`mode=rw` + `query_only` so a database left by `kill -9` is recovered from its WAL
on first read, read-only folders (a backup, a USB stick) read as immutable only
when no WAL holds votes, and every SQLite error turned into one sentence. Kept
apart from what is read, because that is the same for every reader.

Every failure is a `ResultsError` whose str() is one sentence with what to do next.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from server.api import ServerError
from server.store.schema import DB_NAME, explain

T = TypeVar("T")


class ResultsError(ServerError):
    """The results cannot be read or changed; str() is the sentence for a person."""


def open_for_reading(database: Path) -> sqlite3.Connection:
    """A query-only connection to an existing vote database (ResultsError: a sentence)."""
    return _connect(database)


def open_for_changing(database: Path) -> sqlite3.Connection:
    """A writing connection to an existing vote database (ResultsError: a sentence)."""
    return _connect(database, write=True)


def read_with(database: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """`read(conn)` on a query-only connection, closed after; SQLite errors as sentences."""
    with closing(_connect(database)) as conn:
        try:
            return read(conn)
        except sqlite3.Error as error:
            raise reading_error(error, database) from None


def reading_error(error: sqlite3.Error, database: Path) -> ResultsError:
    """The sentence for an SQLite error met while reading `database`."""
    return ResultsError(_sentence(error, database))


def changing_error(error: sqlite3.Error, database: Path) -> ResultsError:
    """The sentence for an SQLite error met while changing `database`."""
    return ResultsError(_sentence(error, database, True))


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is not None


def _connect(database: Path, *, write: bool = False) -> sqlite3.Connection:
    """An existing vote database; a missing folder or file is a sentence, not a new file."""
    database = Path(database)
    if not database.parent.is_dir():
        raise ResultsError(f"The data folder {database.parent} does not exist; pass --data-dir "
                           f"with the folder the talk used.")
    if not database.is_file():
        raise ResultsError(f"No votes have been recorded in {database.parent} yet ({DB_NAME} is "
                           f"not there); present a deck first, or pass --data-dir with the "
                           f"folder the talk used.")
    try:
        return _open(database, "mode=rw", write)
    except sqlite3.Error as error:
        if write or not _read_only(error) or _has_wal(database):
            raise ResultsError(_sentence(error, database, write)) from None
    # A read-only folder (a backup, a USB stick): SQLite cannot make its -shm file there.
    # With no -wal file beside it every vote is in the main file, so reading it as
    # immutable misses nothing; with one, that would hide votes, so it is refused above.
    try:
        return _open(database, "mode=ro&immutable=1", write)
    except sqlite3.Error as error:
        raise ResultsError(_sentence(error, database, write)) from None


def _open(database: Path, query: str, write: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?{query}", uri=True,
                           isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        if not write:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT COUNT(*) FROM sessions").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _read_only(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _has_wal(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _sentence(error: sqlite3.Error, database: Path, write: bool = False) -> str:
    text = str(error).lower()
    if "no such table" in text:
        return (f"{database} is not a votedeck vote database; pass --data-dir with the folder "
                f"the talk used.")
    if write and ("locked" in text or "busy" in text):
        return (f"The vote database {database} is in use by another program (a running "
                f"votedeck?); stop it and try again.")
    if _read_only(error):
        if write:
            return (f"The vote database {database} cannot be changed here (the file or its "
                    f"folder is read-only); make it writable and try again.")
        return (f"The vote database {database} cannot be read where it is (its folder is "
                f"read-only and it has unsaved WAL changes); copy the folder somewhere "
                f"writable and pass --data-dir with the copy.")
    return explain(error, database)
