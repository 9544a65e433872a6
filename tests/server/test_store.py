"""VoteStore and its database: group commit, sessions, rebuilt tallies, bad databases."""
from __future__ import annotations

import asyncio
import sqlite3

import aiohttp
import pytest

from server.api import ServerStartError
from server.store.schema import explain
from server.store.vote_store import VoteStore

from .conftest import control, start_server, wait_for


def opened(tmp_path) -> VoteStore:
    store = VoteStore(tmp_path / "votes.sqlite3")
    store.open()
    return store


async def test_burst_of_votes_is_group_committed(running):
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        await control(http, running, "/api/control/slide", {"slide": 2})
        store = running.server.store
        before, handed_before = store.transactions, store.handoffs

        async def vote(n: int) -> int:
            cookie = {"Cookie": f"voter=phone-{n:05d}-abcdefghijkl"}
            choice = ("agree", "disagree", "dont-know")[n % 3]
            async with http.post(running.url("/api/vote"), json={"poll": "p1", "choice": choice},
                                 headers=cookie) as response:
                return response.status
        statuses = await asyncio.gather(*(vote(n) for n in range(500)))
    assert statuses == [200] * 500
    transactions = store.transactions - before
    assert transactions < 250, transactions          # far fewer commits than votes
    # The loop hands votes to the writer a batch at a time: one thread wake-up per
    # batch, not per vote (and never more batches than commits could take).
    handoffs = store.handoffs - handed_before
    assert 1 <= handoffs < 250, handoffs
    with sqlite3.connect(running.server.database_path) as db:
        counts = dict(db.execute("SELECT choice, COUNT(*) FROM votes GROUP BY choice"))
    assert counts == {"agree": 167, "disagree": 167, "dont-know": 166}
    # The snapshot follows within its coalescing delay.
    await wait_for(lambda: running.server.snapshot().poll("p1").voters == 500)
    assert dict(running.server.snapshot().poll("p1").counts) == counts


def test_sessions_resume_by_deck_and_name(tmp_path):
    store = opened(tmp_path)
    try:
        first = store.begin_session("deck-a", "A", None, default_name="A 2026-01-01")
        assert not first.resumed and first.name == "A 2026-01-01"
        again = store.begin_session("deck-a", "A", None, default_name="A 2026-01-02")
        assert again.resumed and again.id == first.id
        other_deck = store.begin_session("deck-b", "B", None, default_name="B")
        assert other_deck.id != first.id and not other_deck.resumed
        fresh = store.begin_session("deck-a", "A", None, new=True, default_name="A later")
        assert fresh.id not in (first.id, other_deck.id)
        named = store.begin_session("deck-a", "A", "Aarhus")
        assert not named.resumed and named.name == "Aarhus"
        assert store.begin_session("deck-a", "A", "Aarhus").id == named.id
        assert store.begin_session("deck-a", "A", None).id == named.id   # the latest
    finally:
        store.close()


async def test_tallies_are_rebuilt_from_the_database(tmp_path):
    store = opened(tmp_path)
    try:
        session = store.begin_session("deck", "D", None, default_name="D")
        applied = []
        for voter, choice in [("v1", "agree"), ("v2", "agree"), ("v1", "disagree"), ("v3", "agree")]:
            await store.vote(session.id, "p1", voter, choice, applied.append)
        assert applied == [None, None, "agree", None]        # v1 changed from agree
        await store.set_poll_state(session.id, "p1", True, True, lambda _: None)
        loaded = store.load(session.id)
        assert loaded.counts == {"p1": {"agree": 2, "disagree": 1}}
        assert loaded.choices[("p1", "v1")] == "disagree"
        assert loaded.poll_state == {"p1": (True, True)}
        assert await store.reset_poll(session.id, "p1", lambda _: None) == 3
        assert store.load(session.id).counts == {}
    finally:
        store.close()
    assert not store.running


async def test_a_failing_callback_does_not_leave_the_rest_of_its_batch_waiting(tmp_path):
    store = opened(tmp_path)
    try:
        session = store.begin_session("deck", "D", None, default_name="D")
        applied = []

        def broken(_previous):
            raise KeyError("p1")
        votes = [store.vote(session.id, "p1", "v1", "agree", broken),
                 store.vote(session.id, "p1", "v2", "agree", applied.append)]
        results = await asyncio.wait_for(asyncio.gather(*votes, return_exceptions=True), 5)
        assert isinstance(results[0], KeyError) and results[1] is None
        assert applied == [None]
    finally:
        store.close()


def test_corrupt_database_is_a_sentence(tmp_path):
    (tmp_path / "votes.sqlite3").write_bytes(b"this is not a database at all " * 200)
    with pytest.raises(ServerStartError) as caught:
        opened(tmp_path)
    sentence = str(caught.value)
    assert "damaged" in sentence and "--data-dir" in sentence


def test_data_dir_that_is_a_file_is_a_sentence(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ServerStartError) as caught:
        start_server(tmp_path / "file" / "sub")
    assert "--data-dir" in str(caught.value)


def test_locked_database_is_a_sentence(tmp_path):
    path = tmp_path / "votes.sqlite3"
    opened(tmp_path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = VoteStore(path)
        with pytest.raises(ServerStartError) as caught:
            store.open()
        assert "locked" in str(caught.value) and "--data-dir" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_database_is_a_sentence(tmp_path):
    path = tmp_path / "votes.sqlite3"
    opened(tmp_path).close()
    # Root ignores file modes, so take sqlite's own read-only error from a read-only open.
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        db.execute("INSERT INTO sessions (deck_key, deck_title, name, started_at) VALUES (1,1,1,1)")
    db.close()
    sentence = explain(caught.value, path)
    assert "read-only" in sentence and "--data-dir" in sentence
    assert "full" in explain(sqlite3.OperationalError("database or disk is full"), path)


def test_no_address_is_stored(running):
    with sqlite3.connect(running.server.database_path) as db:
        columns = {row[1] for table in ("sessions", "votes", "poll_state")
                   for row in db.execute(f"PRAGMA table_info({table})")}
    assert not any("ip" == c or "addr" in c or "remote" in c for c in columns)
