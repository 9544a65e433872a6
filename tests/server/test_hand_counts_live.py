"""Paper ballots and the session's name on the real VotingServer (127.0.0.1 port 0, SQLite in
tmp_path), called from a plain thread as the console does: stored through the one writer,
in the next snapshot apart from the phones' counts, rebuilt when the talk is resumed,
carried by a session file to another laptop; bad counts and names are sentences."""
from __future__ import annotations

import pytest

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.api import ServerConfig, ServerError
from server.runtime import VotingServer
from server.store.hand_counts import HandCountError, read_hand_counts
from server.store.reading import open_for_reading
from server.store.session_file import encode, read_session_file
from server.store.session_import import import_file
from server.store.session_list import list_sessions

from .results_support import DECK_TEXT


def _server(tmp_path, deck_path, **config) -> VotingServer:
    server = VotingServer(deck_spec(load_deck(deck_path)), ServerConfig(
        host="127.0.0.1", port=0, data_dir=tmp_path / "data", **config))
    server.start()
    return server


def _wait_snapshot(server, poll_id, hand, timeout=5.0):
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tally = server.snapshot().poll(poll_id)
        if tally is not None and dict(tally.hand) == hand:
            return tally
        time.sleep(0.02)
    raise AssertionError(f"no snapshot with {hand}: {server.snapshot().poll(poll_id)}")


def test_ballots_are_stored_apart_resumed_and_moved(tmp_path):
    deck_path = tmp_path / "deck.md"
    deck_path.write_text(DECK_TEXT, encoding="utf-8")
    server = _server(tmp_path, deck_path, session_name="Alta kommune")
    try:
        assert server.set_hand_counts("p-agree", {"agree": "12", "disagree": 3}) == 15
        tally = _wait_snapshot(server, "p-agree", {"agree": 12, "disagree": 3})
        assert tally.counts == (("agree", 0), ("disagree", 0), ("dont-know", 0))
        assert tally.hand_total == 15
        for counts, said in (({"agree": "tolv"}, "not a number of ballots"),
                             ({"agree": -1}, "from 0 to"),
                             ({"maybe": 2}, "has no option 'maybe'")):
            with pytest.raises(HandCountError, match=said):
                server.set_hand_counts("p-agree", counts)
        with pytest.raises(HandCountError, match="no poll"):
            server.set_hand_counts("gone", {"agree": 1})
        assert dict(_wait_snapshot(server, "p-agree", {"agree": 12, "disagree": 3}).hand) == {
            "agree": 12, "disagree": 3}                                      # unchanged
        assert server.rename_session("  Vadsø   kommune ") == "Vadsø kommune"
        with pytest.raises(ServerError, match="needs a name"):
            server.rename_session(" ")
        session_id = server.session_id
    finally:
        server.stop()
    database = tmp_path / "data" / "votes.sqlite3"
    assert [s.name for s in list_sessions(database)] == ["Vadsø kommune"]

    # Resumed: the tally is rebuilt with its paper ballots.
    again = _server(tmp_path, deck_path)
    try:
        assert again.session_id == session_id
        assert dict(again.snapshot().poll("p-agree").hand) == {"agree": 12, "disagree": 3}
    finally:
        again.stop()

    # Moved: the session file carries them to another laptop, still apart.
    spec = deck_spec(load_deck(deck_path))
    moved = tmp_path / "vadso.votedeck.json"
    moved.write_bytes(encode(read_session_file(database, session_id, spec)))
    other = tmp_path / "other" / "votes.sqlite3"
    imported = import_file(other, moved, spec)
    conn = open_for_reading(other)
    try:
        assert read_hand_counts(conn, [imported.session_id]) == {
            (imported.session_id, "p-agree"): {"agree": 12, "disagree": 3}}
        assert conn.execute("SELECT COUNT(*) FROM votes").fetchone() == (0,)
    finally:
        conn.close()


SCALE_DECK = """---
title: Skala
language: da
---

# Hvor klar er I?

```poll
id: ready
question: Hvor klar er jeres kommune?
kind: scale
min: 1
max: 5
```
"""


def test_a_choice_and_a_scale_take_ballots_per_option_and_step(tmp_path):
    deck_path = tmp_path / "deck.md"
    deck_path.write_text(DECK_TEXT, encoding="utf-8")
    server = _server(tmp_path, deck_path)
    try:
        assert server.set_hand_counts("lunch", {"suppe": 4, "none": ""}) == 4
        assert dict(_wait_snapshot(server, "lunch", {"suppe": 4}).hand) == {"suppe": 4}
    finally:
        server.stop()
    scale_path = tmp_path / "scale.md"
    scale_path.write_text(SCALE_DECK, encoding="utf-8")
    server = _server(tmp_path / "scale", scale_path)
    try:
        assert server.set_hand_counts("ready", {"2": 1, "5": 7}) == 8
        assert dict(_wait_snapshot(server, "ready", {"2": 1, "5": 7}).hand) == {"2": 1, "5": 7}
        with pytest.raises(HandCountError, match="has no option '6'"):
            server.set_hand_counts("ready", {"6": 1})
    finally:
        server.stop()
