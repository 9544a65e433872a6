"""Adding a session file's session (server/store/session_file.py) to this laptop's store.

`check_against_deck(content, deck)` refuses a file whose polls the deck does not ask
in the same words (fingerprints); `import_content(conn, content, deck)` writes the
session inside the caller's transaction: through the store's writer
(`VoteStore.call`) while a server runs, or `import_file` with a plain connection of
its own when none does. A session that is already here (same `uid`) is never added
twice. The session joins this laptop's copy of the deck (its deck_key), so the tour
of that deck includes it.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from common.fingerprint import spec_fingerprint
from server.store.reading import has_table
from server.store.schema import open_database, unusable
from server.store.session_file import SessionFileError, decode


@dataclass(frozen=True)
class Imported:
    session_id: int          # the session's id in this store
    name: str
    votes: int
    added: bool              # False: it was already here (nothing written)


def check_against_deck(content: dict, deck) -> None:
    """SessionFileError (a sentence) unless every poll of the file is the deck's, word for word."""
    for poll in content["polls"]:
        spec = deck.poll(poll.get("id"))
        if spec is None:
            raise SessionFileError(
                f"The session's poll {poll.get('id')!r} ({poll.get('question', '')!r}) is not in "
                f"the deck {deck.title!r}; import it with the deck it was recorded with "
                f"(--deck FILE).")
        if spec_fingerprint(spec) != poll.get("fingerprint"):
            raise SessionFileError(
                f"The session's poll {spec.id!r} asked {poll.get('question', '')!r}, but the "
                f"deck {deck.title!r} now asks {spec.question!r}; import it with the deck it was "
                f"recorded with (--deck FILE), so different questions are not compared.")
    asked = {poll.get("id") for poll in content["polls"]}
    for poll_id, *_ in content["votes"]:
        if poll_id not in asked:
            raise SessionFileError(f"The session file has votes for {poll_id!r} but not that "
                                   f"poll's question; export it again with its deck.")


def import_content(conn: sqlite3.Connection, content: dict, deck) -> Imported:
    """Write the session (in the caller's transaction) unless its uid is already here."""
    session = content["session"]
    here = conn.execute("SELECT id, name FROM sessions WHERE uid = ?",
                        (session["uid"],)).fetchone()
    if here is not None:
        return Imported(here[0], here[1], 0, False)
    session_id = conn.execute(
        "INSERT INTO sessions (deck_key, deck_title, name, started_at, uid, place, held_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (deck.key, session["deck_title"], session["name"], float(session["started_at"]),
         session["uid"], session.get("place") or "", session.get("date"))).lastrowid
    conn.executemany(
        "INSERT INTO session_polls (session_id, poll_id, kind, question, options, slide, "
        "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(session_id, p["id"], p["kind"], p["question"],
          json.dumps([[o["id"], o["label"]] for o in p["options"]], ensure_ascii=False),
          int(p["slide"]), p["fingerprint"]) for p in content["polls"]])
    conn.executemany("INSERT INTO votes (session_id, poll_id, voter_id, choice, voted_at) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(session_id, *vote) for vote in content["votes"]])
    conn.executemany("INSERT INTO poll_state (session_id, poll_id, open, revealed) "
                     "VALUES (?, ?, ?, ?)",
                     [(session_id, p, int(o), int(r)) for p, o, r in content["poll_state"]])
    for table, rows in content["tables"].items():
        _insert_rows(conn, table, rows, session_id)
    return Imported(session_id, session["name"], len(content["votes"]), True)


def _insert_rows(conn: sqlite3.Connection, table: str, rows: dict, session_id: int) -> None:
    if not has_table(conn, table):
        raise SessionFileError(f"The session file holds {table.replace('_', ' ')} that this "
                               f"votedeck cannot store; update votedeck and import it again.")
    known = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    columns = [str(c) for c in rows["columns"]]
    if not set(columns) <= known:
        raise SessionFileError(f"The session file's {table.replace('_', ' ')} have columns this "
                               f"votedeck does not know; update votedeck and import it again.")
    marks = ", ".join("?" * (len(columns) + 1))
    conn.executemany(f"INSERT INTO {table} (session_id, {', '.join(columns)}) VALUES ({marks})",
                     [(session_id, *row) for row in rows["rows"]])


def import_file(database: Path, path: Path, deck) -> Imported:
    """Check and import the session file at `path` with a connection of its own (no server
    running on this database). SessionFileError / ServerStartError: a sentence."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise SessionFileError(f"Cannot read {path} ({error.strerror or error}); check the "
                               f"file's name and that it is readable.") from None
    content = decode(data, str(path))
    check_against_deck(content, deck)
    conn = open_database(database)      # creates or migrates the store like a talk would
    try:
        conn.execute("BEGIN IMMEDIATE")
        imported = import_content(conn, content, deck)
        conn.execute("COMMIT")
    except (sqlite3.Error, KeyError, TypeError, ValueError) as error:
        if conn.in_transaction:
            conn.rollback()
        if isinstance(error, sqlite3.Error):
            raise unusable(error, database) from None
        raise SessionFileError(f"{path} is damaged or is not a votedeck session file; export "
                               f"the session again on the laptop that has it.") from None
    except SessionFileError:
        if conn.in_transaction:
            conn.rollback()
        raise
    finally:
        conn.close()
    return imported
