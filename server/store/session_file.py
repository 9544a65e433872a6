"""A session as one self-contained file, so it can move from one laptop to another.

`read_session_file(database, session_id, deck)` gathers everything the store holds
about a session: its name, place, date and id (`uid`, the same on every laptop), the
polls it asked with their fingerprints, every vote, each poll's state, and the rows
of the optional tables (open answers, hand-counted tallies) where this store has them.
`encode` / `decode` turn that into versioned JSON bytes and back, with a SHA-256
checksum over the content, so a file damaged on a USB stick is refused instead of
imported half. Writing an imported session into a store is server/store/session_import.py.

Voter ids leave the laptop only as `v0001`, `v0002`, ... (numbered by each phone's
first vote): the file counts each phone once per poll like the store does, and the
random cookie ids stay behind. Importing and exporting again gives the same file.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from common.fingerprint import kind_name, spec_fingerprint
from server.api import ServerError
from server.store.reading import has_table, open_for_reading, reading_error
from server.store.session_list import find_session

FORMAT = "votedeck-session"
VERSION = 1
# Optional tables of a session, carried when the store has them (columns besides session_id).
EXTRA_TABLES = ("answers", "hand_counts")


class SessionFileError(ServerError):
    """A session file cannot be written, read or imported; str() is the sentence."""


def read_session_file(database: Path, session_id: int, deck=None) -> dict:
    """The file's content for the session (a DeckSpec fills in polls an old session did not
    record). Raises ResultsError (a sentence) when the database cannot be read."""
    summary = find_session(database, session_id)
    with closing(open_for_reading(database)) as conn:
        try:
            polls = _polls(conn, summary.id, deck)
            votes = conn.execute("SELECT poll_id, voter_id, choice, voted_at FROM votes "
                                 "WHERE session_id = ?", (summary.id,)).fetchall()
            states = conn.execute("SELECT poll_id, open, revealed FROM poll_state "
                                  "WHERE session_id = ? ORDER BY poll_id", (summary.id,)).fetchall()
            tables = {name: _table_rows(conn, name, summary.id)
                      for name in EXTRA_TABLES if has_table(conn, name)}
        except sqlite3.Error as error:
            raise reading_error(error, database) from None
    names = _pseudonyms(votes)
    return {
        "session": {"uid": summary.uid, "name": summary.name, "place": summary.place,
                    "date": summary.held_on, "deck_title": summary.deck_title,
                    "deck_key": summary.deck_key, "started_at": summary.started_at},
        "polls": polls,
        "votes": sorted([poll, names[voter], choice, voted_at]
                        for poll, voter, choice, voted_at in votes),
        "poll_state": [[poll, bool(open_), bool(revealed)] for poll, open_, revealed in states],
        "tables": {name: _renamed(table, names) for name, table in tables.items() if table["rows"]},
    }


def _polls(conn: sqlite3.Connection, session_id: int, deck) -> list[dict]:
    polls: dict[str, dict] = {}
    if has_table(conn, "session_polls"):
        for poll_id, kind, question, options, slide, fingerprint in conn.execute(
                "SELECT poll_id, kind, question, options, slide, fingerprint FROM session_polls "
                "WHERE session_id = ?", (session_id,)):
            polls[poll_id] = {"id": poll_id, "kind": kind, "question": question,
                              "options": [{"id": i, "label": label}
                                          for i, label in json.loads(options)],
                              "slide": slide, "fingerprint": fingerprint}
    voted = [p for (p,) in conn.execute("SELECT DISTINCT poll_id FROM votes WHERE session_id = ?",
                                        (session_id,))]
    for spec in (deck.polls if deck is not None else ()):
        if spec.id not in polls and spec.id in voted:
            polls[spec.id] = {"id": spec.id, "kind": kind_name(spec),
                              "question": spec.question,
                              "options": [{"id": o.id, "label": o.label} for o in spec.options],
                              "slide": spec.slide, "fingerprint": spec_fingerprint(spec)}
    return sorted(polls.values(), key=lambda p: (p["slide"], p["id"]))


def _table_rows(conn: sqlite3.Connection, table: str, session_id: int) -> dict:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
               if row[1] != "session_id"]
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE session_id = ?",
                        (session_id,)).fetchall()
    return {"columns": columns, "rows": [list(row) for row in rows]}


def _pseudonyms(votes) -> dict[str, str]:
    """voter id -> v0001, ... in the order of each phone's first vote (ties: by old id, so
    a file imported and exported again numbers its phones the same)."""
    first: dict[str, float] = {}
    for _, voter, _, voted_at in votes:
        first[voter] = min(voted_at, first.get(voter, voted_at))
    ordered = sorted(first, key=lambda voter: (first[voter], voter))
    width = max(4, len(str(len(ordered))))
    return {voter: f"v{n:0{width}d}" for n, voter in enumerate(ordered, 1)}


def _renamed(table: dict, names: dict[str, str]) -> dict:
    if "voter_id" not in table["columns"]:
        return table
    at = table["columns"].index("voter_id")
    rows = [row[:at] + [names.setdefault(row[at], f"x{len(names) + 1:04d}")] + row[at + 1:]
            for row in table["rows"]]
    return {"columns": table["columns"], "rows": sorted(rows, key=repr)}


def checksum(content: dict) -> str:
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def encode(content: dict) -> bytes:
    document = {"format": FORMAT, "version": VERSION, "checksum": checksum(content),
                "content": content}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decode(data: bytes, where: str) -> dict:
    """The content of a session file, checked; SessionFileError (a sentence) when it is not."""
    damaged = (f"{where} is damaged or is not a votedeck session file; export the session "
               f"again on the laptop that has it (`votedeck sessions --export ID FILE`).")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SessionFileError(damaged) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionFileError(damaged)
    if document.get("version") != VERSION:
        raise SessionFileError(f"{where} was written by another votedeck (session file version "
                               f"{document.get('version')!r}, this one reads {VERSION}); "
                               f"import it with the votedeck that wrote it, or update this one.")
    content = document.get("content")
    if not isinstance(content, dict) or document.get("checksum") != checksum(content):
        raise SessionFileError(f"{where} is damaged (its checksum does not match what it holds); "
                               f"copy it again from the laptop that exported it.")
    if not all(isinstance(content.get(key), kind) for key, kind in (
            ("session", dict), ("polls", list), ("votes", list), ("poll_state", list),
            ("tables", dict))):
        raise SessionFileError(damaged)
    return content
