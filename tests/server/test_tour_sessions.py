"""The tour's sessions: a name, a place and a date; a database made before the tour
opens and keeps its votes; each session keeps its polls' fingerprints."""
from __future__ import annotations

import re
import sqlite3

from common.fingerprint import spec_fingerprint
from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.store.results import session_results
from server.store.session_list import list_sessions
from server.store.vote_store import VoteStore

from .results_support import record

# The schema as it was before the tour (main at bda31e5): a database made by it must open.
BEFORE_TOUR = """
CREATE TABLE sessions (id INTEGER PRIMARY KEY, deck_key TEXT NOT NULL,
    deck_title TEXT NOT NULL, name TEXT NOT NULL, started_at REAL NOT NULL);
CREATE INDEX sessions_by_deck ON sessions(deck_key, id);
CREATE TABLE votes (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL, voter_id TEXT NOT NULL, choice TEXT NOT NULL, voted_at REAL NOT NULL,
    UNIQUE (session_id, poll_id, voter_id));
CREATE TABLE poll_state (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL, open INTEGER NOT NULL DEFAULT 0, revealed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, poll_id));
"""
STARTED = 1746097331.0      # 2025-05-01 in every time zone votedeck meets


def _old_database(path):
    conn = sqlite3.connect(path)
    conn.executescript(BEFORE_TOUR)
    conn.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
                     [(1, "/d/a.md", "A", "Odense", STARTED), (2, "/d/a.md", "A", "Vejle", STARTED)])
    conn.executemany("INSERT INTO votes VALUES (?, ?, ?, ?, ?)",
                     [(1, "p", "v1", "agree", STARTED), (1, "p", "v2", "disagree", STARTED),
                      (2, "p", "v1", "agree", STARTED)])
    conn.commit()
    conn.close()


def test_a_database_from_before_the_tour_is_read_as_it_is(tmp_path):
    database = tmp_path / "votes.sqlite3"
    _old_database(database)
    listed = list_sessions(database)
    assert [(s.id, s.name, s.votes, s.place, s.uid) for s in listed] == \
        [(1, "Odense", 2, "", ""), (2, "Vejle", 1, "", "")]
    assert listed[0].held_on == "2025-05-01"


def test_a_database_from_before_the_tour_opens_and_gains_ids_and_dates(tmp_path):
    database = tmp_path / "votes.sqlite3"
    _old_database(database)
    store = VoteStore(database)
    store.open()
    try:
        new = store.begin_session("/d/a.md", "A", "Horsens", new=True)
    finally:
        store.close()
    listed = list_sessions(database)
    assert [(s.name, s.votes) for s in listed] == [("Odense", 2), ("Vejle", 1), ("Horsens", 0)]
    uids = [s.uid for s in listed]
    assert all(re.fullmatch(r"[0-9a-f]{32}", uid) for uid in uids) and len(set(uids)) == 3
    assert [s.held_on for s in listed][:2] == ["2025-05-01", "2025-05-01"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", listed[2].held_on) and listed[2].id == new.id
    results = session_results(database, 1, None)
    assert {o.id: o.count for o in results.poll("p").options} == {"agree": 1, "disagree": 1}
    # Opening again changes nothing (the migration runs on every start).
    store = VoteStore(database)
    store.open()
    store.close()
    assert [s.uid for s in list_sessions(database)] == uids


async def test_a_session_keeps_its_place_and_its_polls_fingerprints(tmp_path):
    rec = await record(tmp_path, name="Trondheim kommune", place="Rådhuset")
    [session] = list_sessions(rec.database)
    assert (session.name, session.place) == ("Trondheim kommune", "Rådhuset")
    spec = deck_spec(load_deck(rec.deck_path))
    with sqlite3.connect(rec.database) as conn:
        stored = dict(conn.execute("SELECT poll_id, fingerprint FROM session_polls "
                                   "WHERE session_id = ?", (rec.session_id,)))
    assert stored == {poll.id: spec_fingerprint(poll) for poll in spec.polls}
