"""A hostile room, round two, on the vote path and the presenter's changes (issue 19,
items 5 and 11): refused votes take no voter slot; a change that could not be saved
never reaches the phones, and a failing disk is a few log lines, not one per vote."""
from __future__ import annotations

import asyncio
import json
import logging

import aiohttp
from aiohttp import WSMsgType

from .conftest import control, start_server
from .test_durability_bad_db import _hold_exclusive_lock, _release


def from_address(address: str) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)),
                                 cookie_jar=aiohttp.DummyCookieJar())


def cookie(i: int) -> dict:
    return {"Cookie": f"voter=refusedvoter{i:08d}x"}


async def test_refused_votes_take_no_voter_slot(tmp_path, phone):
    run = start_server(tmp_path, max_voters_per_address=3)
    try:
        async with from_address("127.0.0.2") as attacker:
            # Eight cookies, each sending what is refused anyway: a poll not being asked,
            # an answer that does not exist, a poll that does not exist.
            for i in range(8):
                for body, status in (({"poll": "p1", "choice": "agree"}, 409),
                                     ({"poll": "p1", "choice": "maybe"}, 400),
                                     ({"poll": "nope", "choice": "agree"}, 404)):
                    async with attacker.post(run.url("/api/vote"), json=body,
                                             headers=cookie(i)) as r:
                        assert r.status == status, await r.text()
            await control(phone(), run, "/api/control/slide", {"slide": 2})
            # Real phones from that address still get all three slots.
            for i in range(100, 103):
                async with attacker.post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"},
                                         headers=cookie(i)) as r:
                    assert r.status == 200, await r.text()
            async with attacker.post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"},
                                     headers=cookie(200)) as r:
                assert r.status == 429
    finally:
        run.server.stop()


async def states_seen(ws, wait: float) -> list[dict]:
    seen = []
    try:
        while True:
            message = await ws.receive(timeout=wait)
            if message.type != WSMsgType.TEXT:
                return seen
            seen.append(json.loads(message.data))
    except asyncio.TimeoutError:
        return seen


async def test_a_change_that_was_not_saved_never_reaches_the_phones(tmp_path, phone, caplog):
    caplog.set_level(logging.WARNING)
    run = start_server(tmp_path)
    try:
        http = phone()
        async with phone().ws_connect(run.url("/ws")) as ws:
            assert (await ws.receive_json(timeout=3))["slide"] == 1
            holder = _hold_exclusive_lock(run.server.database_path)
            try:
                # Slide 2 opens its poll: that must be saved first, and cannot be.
                async with http.post(run.url("/api/control/slide"), json={"slide": 2},
                                     headers=run.auth) as r:
                    assert r.status == 503, await r.text()
                assert await states_seen(ws, 0.3) == []
                async with http.get(run.url("/api/state")) as r:
                    state = await r.json()
                assert state["slide"] == 1 and state["poll"] is None
            finally:
                _release(holder)
            await control(http, run, "/api/control/slide", {"slide": 2})
            state = (await states_seen(ws, 0.5))[-1]
            assert state["slide"] == 2 and state["poll"]["open"] is True
    finally:
        run.server.stop()


async def test_a_failing_disk_is_a_few_log_lines_not_one_per_vote(tmp_path, phone, caplog):
    caplog.set_level(logging.WARNING)
    run = start_server(tmp_path)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        store = run.server.store
        pages = store.call(lambda conn: conn.execute("PRAGMA page_count").fetchone()[0])
        store.call(lambda conn: conn.execute(f"PRAGMA max_page_count = {pages}").fetchone())
        refused = 0
        for i in range(300):
            async with phone().post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"},
                                    headers=cookie(i)) as r:
                refused += r.status == 503
        assert refused > 200
        failures = [r for r in caplog.records if "could not be saved" in r.getMessage()]
        assert 1 <= len(failures) <= 3, len(failures)
        assert not any(r.exc_info for r in caplog.records)
    finally:
        run.server.stop()
