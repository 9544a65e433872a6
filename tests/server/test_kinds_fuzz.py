"""Hypothesis on the request bodies of the question kinds: picks, scales, typed
answers, withdrawals, upvotes and moderation, as JSON and as forms, against a real
VotingServer and SQLite file. No body, however odd, gets a 5xx; the server keeps
answering; and whatever was stored is text the rules allow (no control characters,
never longer than the poll's cap)."""
from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import unicodedata
from urllib.parse import urlencode

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import control, start_server
from .kinds_support import kinds_deck

FORM = "application/x-www-form-urlencoded"
ENDPOINTS = ["/api/vote", "/api/answer", "/api/answer/withdraw", "/api/upvote",
             "/api/control/answer"]
POLLS = st.sampled_from(["tasks", "mood", "words", "ask", "nope", "", None, 3])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(),
                    st.text(max_size=60), st.sampled_from(["other", "vision", "4", "rum,vision",
                                                           "\u202e\u0000x", "<b>x</b>"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=40),
                                                        st.dictionaries(st.text(max_size=8), inner,
                                                                        max_size=4)), max_leaves=50)
BODIES = st.fixed_dictionaries({}, optional={
    "poll": POLLS, "choice": VALUES, "text": st.one_of(st.text(max_size=400), VALUES),
    "id": st.one_of(st.integers(-3, 40), VALUES), "hidden": VALUES, "approved": VALUES,
    "answered": VALUES, "extra": VALUES})


def _ok_text(text: str, limit: int) -> bool:
    return 0 < len(text) <= limit and not any(
        unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in text)


def test_no_body_gets_a_5xx_and_stored_text_follows_the_rules(tmp_path):
    running = start_server(tmp_path, kinds_deck())
    loop = asyncio.new_event_loop()
    session = loop.run_until_complete(_session())
    statuses: list[int] = []

    async def send(path, body, slide, form):
        await control(session, running, "/api/control/slide", {"slide": slide})
        headers = dict(running.auth) if path.startswith("/api/control") else {}
        if form and isinstance(body, dict):
            # URL-encoded, as a browser's form with JavaScript off sends it.
            pairs = [(str(key), one if isinstance(one, str) else json.dumps(one))
                     for key, value in body.items()
                     for one in (value if isinstance(value, list) else [value])]
            kwargs = {"data": urlencode(pairs, encoding="utf-8", errors="surrogatepass").encode(),
                      "headers": dict(headers, **{"Content-Type": FORM})}
        else:
            kwargs = {"json": body}
        kwargs.setdefault("headers", headers)
        async with session.post(running.url(path), allow_redirects=False, **kwargs) as response:
            await response.read()
            return response.status

    @settings(max_examples=int(os.environ.get("VOTEDECK_KINDS_FUZZ", "250")),
              deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(path=st.sampled_from(ENDPOINTS), body=st.one_of(BODIES, VALUES),
           slide=st.integers(1, 6), form=st.booleans())
    def campaign(path, body, slide, form):
        status = loop.run_until_complete(send(path, body, slide, form))
        statuses.append(status)
        assert status < 500, (path, body, status)

    try:
        campaign()
        # Afterwards the server still takes good requests of every kind.
        assert loop.run_until_complete(send("/api/vote", {"poll": "mood", "choice": 3}, 3, False)) == 200
        assert loop.run_until_complete(send("/api/answer", {"poll": "words", "text": "x\u202ey"},
                                            4, True)) == 303
        with sqlite3.connect(running.server.database_path) as db:
            rows = db.execute("SELECT poll_id, text FROM answers").fetchall()
        limits = {"tasks": 200, "words": 40, "ask": 200}
        assert all(_ok_text(text, limits[poll]) for poll, text in rows)
    finally:
        loop.run_until_complete(session.close())
        loop.close()
        running.server.stop()


async def _session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))

