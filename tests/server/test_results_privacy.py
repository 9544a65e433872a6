"""No personal data in the vote database: no column for an address, a user agent or a
name, and after real phones voted over HTTP no stored value holds their address
(127.0.0.1), their User-Agent or anything but the random voter id, poll, choice and
time. Deleting a session leaves nothing of it behind, not even in free pages."""
from __future__ import annotations

import re
import sqlite3

from server.store.schema import SCHEMA
from server.store.session_list import delete_session

from .results_support import USER_AGENT, record

_PERSONAL = re.compile(r"ip|addr|remote|host|agent|ua\b|user|name|mail|phone|device|mac",
                       re.IGNORECASE)
_VOTER_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _columns(db: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: [row[1] for row in db.execute(f"PRAGMA table_info({t})")] for t in tables}


async def test_schema_and_rows_hold_no_personal_data(tmp_path):
    rec = await record(tmp_path)
    with sqlite3.connect(rec.database) as db:
        columns = _columns(db)
        assert columns == {
            "sessions": ["id", "deck_key", "deck_title", "name", "started_at", "uid", "place",
                         "held_on"],
            "votes": ["session_id", "poll_id", "voter_id", "choice", "voted_at"],
            "poll_state": ["session_id", "poll_id", "open", "revealed"],
            "session_polls": ["session_id", "poll_id", "kind", "question", "options", "slide",
                              "fingerprint"],
            # What a phone typed is kept as it typed it (docs/privacy.md), with no more
            # about the phone than on a vote: the random voter id.
            "answers": ["id", "session_id", "poll_id", "voter_id", "text", "created_at",
                        "hidden", "approved", "answered"],
            "upvotes": ["answer_id", "voter_id", "voted_at"],
            # Paper ballots: numbers per option, nobody's ballot (server/store/hand_counts.py).
            "hand_counts": ["session_id", "poll_id", "option_id", "count", "counted_at"]}
        # Only the session's own name (the talk's, not a person's) matches the pattern.
        flagged = {(t, c) for t, cs in columns.items() for c in cs if _PERSONAL.search(c)}
        assert flagged == {("sessions", "name")}
        dump = "\n".join(db.iterdump())
        voters = [v for (v,) in db.execute("SELECT DISTINCT voter_id FROM votes")]
    assert "127.0.0.1" not in dump and "localhost" not in dump
    assert USER_AGENT not in dump and "VotedeckResultsTest" not in dump
    assert len(voters) == rec.phones and all(_VOTER_ID.match(v) for v in voters)
    raw = b"".join(p.read_bytes() for p in rec.data_dir.iterdir() if p.is_file())
    assert b"127.0.0.1" not in raw and b"VotedeckResultsTest" not in raw
    assert "voter_id" in SCHEMA and "addr" not in SCHEMA.lower()


async def test_deleting_a_session_removes_its_voter_ids_from_the_file(tmp_path):
    rec = await record(tmp_path)
    with sqlite3.connect(rec.database) as db:
        voters = [v for (v,) in db.execute("SELECT DISTINCT voter_id FROM votes")]
    delete_session(rec.database, rec.session_id)
    with sqlite3.connect(rec.database) as db:
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    raw = b"".join(p.read_bytes() for p in rec.data_dir.iterdir() if p.is_file())
    left = [v for v in voters if v.encode() in raw]
    assert left == [], f"{len(left)} deleted voter ids are still readable in the file"
