"""A session moved between laptops: sessions recorded by a real server, exported to a
file, imported into a second data folder, and compared row by row; the same file
imported twice adds it once; a damaged file and one whose polls the deck words
differently are refused with a sentence."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.store.results import session_results
from server.store.session_file import SessionFileError, decode, encode, read_session_file
from server.store.session_import import import_file
from server.store.session_list import list_sessions

from .results_support import DECK_TEXT, record


def _export(rec, session_id, path):
    spec = deck_spec(load_deck(rec.deck_path))
    path.write_bytes(encode(read_session_file(rec.database, session_id, spec)))
    return path


def _ballots(database, session_id) -> Counter:
    """Each phone's choices as one sorted tuple, counted: the votes with the ids left out."""
    with sqlite3.connect(database) as conn:
        by_voter: dict = {}
        for poll, voter, choice, at in conn.execute(
                "SELECT poll_id, voter_id, choice, voted_at FROM votes WHERE session_id = ?",
                (session_id,)):
            by_voter.setdefault(voter, []).append((poll, choice, at))
    return Counter(tuple(sorted(ballot)) for ballot in by_voter.values())


def _rows(database, session_id, sql):
    with sqlite3.connect(database) as conn:
        return sorted(conn.execute(sql, (session_id,)).fetchall())


async def test_an_exported_session_imports_whole_on_another_laptop(tmp_path):
    first = await record(tmp_path, name="Trondheim kommune", place="Rådhuset")
    second = await record(tmp_path, deck_path=first.deck_path, new_session=True, name="Bodø")
    spec = deck_spec(load_deck(first.deck_path))
    moved = _export(first, second.session_id, tmp_path / "bodo.votedeck.json")
    other = tmp_path / "other" / "votes.sqlite3"
    imported = import_file(other, moved, spec)
    assert imported.added and imported.name == "Bodø" and imported.votes == 11

    [here] = list_sessions(other)
    there = list_sessions(first.database)[1]
    assert (here.uid, here.name, here.place, here.held_on, here.deck_title, here.started_at,
            here.polls, here.voters, here.votes) == \
        (there.uid, there.name, there.place, there.held_on, there.deck_title, there.started_at,
         there.polls, there.voters, there.votes)
    assert _ballots(other, here.id) == _ballots(first.database, there.id)
    for sql in ("SELECT poll_id, open, revealed FROM poll_state WHERE session_id = ?",
                "SELECT poll_id, kind, question, options, slide, fingerprint FROM session_polls "
                "WHERE session_id = ?"):
        assert _rows(other, here.id, sql) == _rows(first.database, there.id, sql)
    assert session_results(other, here.id, spec).polls == \
        session_results(first.database, there.id, spec).polls
    # Exported again from the second laptop, it is the same file, byte for byte.
    again = encode(read_session_file(other, here.id, spec))
    assert again == moved.read_bytes()
    # The file carries no cookie id of a phone.
    with sqlite3.connect(first.database) as conn:
        cookies = {v for (v,) in conn.execute("SELECT voter_id FROM votes")}
    assert not any(cookie in moved.read_text("utf-8") for cookie in cookies)


async def test_the_same_session_is_never_added_twice(tmp_path):
    rec = await record(tmp_path)
    spec = deck_spec(load_deck(rec.deck_path))
    moved = _export(rec, rec.session_id, tmp_path / "s.json")
    again = import_file(rec.database, moved, spec)          # back into its own store
    assert not again.added and again.session_id == rec.session_id
    other = tmp_path / "other" / "votes.sqlite3"
    assert import_file(other, moved, spec).added
    assert not import_file(other, moved, spec).added
    assert [s.votes for s in list_sessions(other)] == [11]


async def test_a_damaged_or_mismatched_file_is_refused_with_a_sentence(tmp_path):
    rec = await record(tmp_path)
    spec = deck_spec(load_deck(rec.deck_path))
    moved = _export(rec, rec.session_id, tmp_path / "s.json")
    other = tmp_path / "other" / "votes.sqlite3"
    document = json.loads(moved.read_bytes())
    document["content"]["votes"][0][2] = "disagree" if document["content"]["votes"][0][2] \
        != "disagree" else "agree"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SessionFileError, match="checksum does not match"):
        import_file(other, tampered, spec)
    cut = tmp_path / "cut.json"
    cut.write_bytes(moved.read_bytes()[:-200])
    with pytest.raises(SessionFileError, match="damaged or is not a votedeck session file"):
        import_file(other, cut, spec)
    reworded = tmp_path / "reworded.md"
    reworded.write_text(DECK_TEXT.replace("Ledere ser medarbejderne", "Ledere ser borgerne"),
                        encoding="utf-8")
    with pytest.raises(SessionFileError, match="now asks 'Ledere ser borgerne") as refused:
        import_file(other, moved, deck_spec(load_deck(reworded)))
    assert "--deck FILE" in str(refused.value)
    assert not other.exists() or list_sessions(other) == []
    with pytest.raises(SessionFileError, match="version 2"):
        import_file(other, _with_version(moved, tmp_path / "v2.json", 2), spec)
    assert decode(moved.read_bytes(), "s.json")["session"]["uid"] == list_sessions(rec.database)[0].uid


def _with_version(source, target, version):
    document = json.loads(source.read_bytes())
    document["version"] = version
    target.write_text(json.dumps(document), encoding="utf-8")
    return target
