"""Results read back from a real recorded session: counts, percentages, voters, labels,
the CSV and JSON files parsed back, sessions listed and deleted, and the sentences
for a database that is not there or not usable."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.store.reading import ResultsError
from server.store.results import session_results
from server.store.results_files import CSV_COLUMNS, csv_bytes, json_bytes, write_results
from server.store.session_list import delete_session, find_session, latest_session, list_sessions

from .results_support import record


def _expected_rows(rec, deck):
    rows = []
    for poll in deck.polls:
        voters = rec.voters[poll.id]
        for option in poll.options:
            n = rec.counts[poll.id][option.id]
            rows.append([str(rec.session_id), poll.id, str(poll.slide), poll.question, option.id,
                         option.label, str(n), f"{100 * n / voters:.1f}", str(voters)])
    return rows


async def test_results_match_the_votes_sent(tmp_path):
    rec = await record(tmp_path)
    deck = load_deck(rec.deck_path)
    results = session_results(rec.database, rec.session_id, deck_spec(deck))
    assert [p.id for p in results.polls] == ["p-agree", "lunch"]
    for poll in results.polls:
        assert {o.id: o.count for o in poll.options} == \
            {o.id: rec.counts[poll.id][o.id] for o in deck.poll(poll.id).options}
        assert poll.voters == rec.voters[poll.id] == sum(o.count for o in poll.options)
    agree = results.poll("p-agree")
    assert agree.voters == 6 and [o.count for o in agree.options] == [3, 2, 1]
    assert [o.percentage for o in agree.options] == [50.0, 33.3, 16.7]
    lunch = results.poll("lunch")
    assert [o.label for o in lunch.options] == ["Smørrebrød", "Suppe", "Ingenting"]
    assert [o.percentage for o in lunch.options] == [60.0, 40.0, 0.0]
    assert results.session.voters == rec.phones == 7
    assert results.session.name == rec.session_name


async def test_csv_is_utf8_with_bom_and_crlf_and_parses_back(tmp_path):
    rec = await record(tmp_path)
    deck = load_deck(rec.deck_path)
    data = csv_bytes(session_results(rec.database, rec.session_id, deck_spec(deck)))
    assert data.startswith(b"\xef\xbb\xbf")                # Excel reads UTF-8 only with it
    assert data.count(b"\r\n") == data.count(b"\n") == 1 + 6   # header + 3 options x 2 polls
    assert "Smørrebrød".encode() in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row[:9] for row in rows[1:]] == _expected_rows(rec, deck)
    assert {row[9] for row in rows[1:]} == {"agree", "choice"}
    # A question with a comma and quotes survives the round trip.
    assert rows[4][3] == "Hvad skal vi have til frokost, hvis vi må vælge?"


async def test_json_has_the_same_numbers_and_the_session(tmp_path):
    rec = await record(tmp_path)
    deck = load_deck(rec.deck_path)
    spec = deck_spec(deck)
    document = json.loads(json_bytes(session_results(rec.database, rec.session_id, spec)))
    session = document["session"]
    assert session["id"] == rec.session_id and session["name"] == rec.session_name
    assert session["deck_title"] == "Resultater på tværs" and session["deck_key"] == spec.key
    assert session["started"][:4].isdigit() and "T" in session["started"]
    flat = [[str(rec.session_id), p["id"], str(p["slide"]), p["question"], o["id"], o["label"],
             str(o["count"]), f"{o['percentage']:.1f}", str(p["voters"])]
            for p in document["polls"] for o in p["options"]]
    assert flat == _expected_rows(rec, deck)
    # The stored poll state: p-agree closed when the talk moved on; lunch still open.
    assert [(p["open"], p["revealed"]) for p in document["polls"]] == [(False, False),
                                                                       (True, False)]


async def test_votes_for_polls_the_deck_lost_are_still_exported(tmp_path):
    rec = await record(tmp_path)
    results = session_results(rec.database, rec.session_id, None)
    assert {p.id for p in results.polls} == {"p-agree", "lunch"}
    assert all(p.slide == 0 and p.question == "" for p in results.polls)
    assert {o.id: o.count for o in results.poll("lunch").options} == \
        {"smoerrebroed": 3, "suppe": 2}


async def test_sessions_are_listed_and_one_is_deleted_with_its_votes(tmp_path):
    first = await record(tmp_path)
    second = await record(tmp_path, deck_path=first.deck_path, new_session=True, name="Bergen")
    spec = deck_spec(load_deck(first.deck_path))
    sessions = list_sessions(first.database)
    assert [s.id for s in sessions] == [first.session_id, second.session_id]
    assert sessions[1].name == "Bergen" and sessions[0].name.startswith("Resultater på tværs 2")
    assert sessions[0].polls == 2 and sessions[0].voters == 7 and sessions[0].votes == 11
    assert latest_session(first.database, spec).id == second.session_id
    gone = delete_session(first.database, second.session_id)
    assert gone.votes == 11 and gone.name == "Bergen"
    assert [s.id for s in list_sessions(first.database)] == [first.session_id]
    with sqlite3.connect(first.database) as db:
        for table, column in (("votes", "session_id"), ("poll_state", "session_id")):
            left = db.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?",
                              (second.session_id,)).fetchone()[0]
            assert left == 0, table
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 11
    with pytest.raises(ResultsError, match=f"no session {second.session_id} .*votedeck sessions"):
        delete_session(first.database, second.session_id)


def test_missing_folder_and_missing_database_are_sentences(tmp_path):
    with pytest.raises(ResultsError, match="does not exist; pass --data-dir"):
        list_sessions(tmp_path / "nowhere" / "votes.sqlite3")
    with pytest.raises(ResultsError, match="No votes have been recorded"):
        list_sessions(tmp_path / "votes.sqlite3")
    assert not (tmp_path / "votes.sqlite3").exists()      # reading never creates one


async def test_unknown_session_and_deck_without_sessions_are_sentences(tmp_path):
    rec = await record(tmp_path)
    with pytest.raises(ResultsError, match="There is no session 99 in"):
        find_session(rec.database, 99)
    other = deck_spec(load_deck(rec.deck_path))
    other = type(other)(key="/elsewhere/other.md", title="Andet dæk")
    with pytest.raises(ResultsError, match="no sessions for the deck 'Andet dæk'"):
        latest_session(rec.database, other)


def test_a_database_that_is_not_ours_or_is_damaged_is_a_sentence(tmp_path):
    path = tmp_path / "votes.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ResultsError, match="not a votedeck vote database"):
        list_sessions(path)
    path.write_bytes(b"\x13\x37 random bytes, not SQLite " * 300)
    with pytest.raises(ResultsError, match="damaged; move it aside"):
        list_sessions(path)


async def test_writing_results_to_a_file(tmp_path):
    rec = await record(tmp_path)
    results = session_results(rec.database, rec.session_id, deck_spec(load_deck(rec.deck_path)))
    path = write_results(results, "json", tmp_path / "out" / "r.json")
    assert json.loads(path.read_text(encoding="utf-8"))["session"]["id"] == rec.session_id
