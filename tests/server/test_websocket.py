"""The phones' WebSocket: state on connect, on every change, throttled results, GOING_AWAY."""
from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import aiohttp
from aiohttp import WSCloseCode, WSMsgType

from .conftest import control, make_deck, start_server, wait_for


async def next_state(ws, timeout: float = 3.0) -> dict:
    message = await ws.receive(timeout=timeout)
    assert message.type == WSMsgType.TEXT, message
    data = json.loads(message.data)
    assert data["type"] == "state"
    return data


async def test_state_on_connect_and_slide_change(running, phone):
    p = phone()
    async with p.ws_connect(running.url("/ws")) as ws:
        first = await next_state(ws)
        assert first["slide"] == 1 and first["poll"] is None
        assert "voter" in {c.key for c in p.cookie_jar}
        await control(phone(), running, "/api/control/slide", {"slide": 2})
        state = await next_state(ws)
        assert state["slide"] == 2 and state["poll"]["id"] == "p1" and state["poll"]["open"]
        await wait_for(lambda: running.server.snapshot().phones == 1)


async def test_each_phone_sees_its_own_choice(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    a, b = phone(), phone()
    async with a.post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
        assert r.status == 200
    async with a.ws_connect(running.url("/ws")) as ws_a, b.ws_connect(running.url("/ws")) as ws_b:
        assert (await next_state(ws_a))["poll"]["choice"] == "agree"
        assert (await next_state(ws_b))["poll"]["choice"] is None
        await control(phone(), running, "/api/control/poll", {"poll": "p1", "open": False})
        closed_a, closed_b = await next_state(ws_a), await next_state(ws_b)
        assert closed_a["poll"]["open"] is False and closed_a["poll"]["choice"] == "agree"
        assert closed_b["poll"]["choice"] is None


async def test_a_vote_reaches_the_voters_own_socket_after_the_older_state(running, phone):
    """The vote's HTTP answer and the socket race: a socket that (re)connected just before
    the vote was sent the state without it, and a results-hidden poll tells phones nothing
    more, so the phone went on showing its vote as not made. Its own socket now gets the
    state with its vote after that one (other phones get nothing: the test below)."""
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    p = phone()
    async with p.ws_connect(running.url("/ws")) as ws:
        assert (await next_state(ws))["poll"]["choice"] is None
        async with p.post(running.url("/api/vote"), json={"poll": "p1", "choice": "disagree"}) as r:
            assert r.status == 200
        assert (await next_state(ws))["poll"]["choice"] == "disagree"


async def test_revealed_results_are_throttled(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    await control(phone(), running, "/api/control/poll", {"poll": "p1", "reveal": True})
    async with phone().ws_connect(running.url("/ws")) as ws:
        await next_state(ws)
        voters = [phone() for _ in range(60)]
        await asyncio.gather(*(_vote(v, running) for v in voters))
        seen, states = 0, 0
        loop = asyncio.get_running_loop()
        started = loop.time()
        while seen < 60:
            state = await next_state(ws)
            states += 1
            seen = sum(state["poll"]["results"].values())
        elapsed = loop.time() - started
    # 60 votes, but results go out at most ~4 times a second.
    assert states <= 2 + elapsed * 4 + 1


async def test_unrevealed_votes_send_nothing_to_phones(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    async with phone().ws_connect(running.url("/ws")) as ws:
        await next_state(ws)
        await asyncio.gather(*(_vote(phone(), running) for _ in range(10)))
        try:
            message = await ws.receive(timeout=0.5)
        except asyncio.TimeoutError:
            message = None
        assert message is None


async def test_stop_closes_sockets_going_away(running, phone):
    async with phone().ws_connect(running.url("/ws")) as ws:
        await next_state(ws)
        stopping = asyncio.get_running_loop().run_in_executor(None, running.server.stop)
        message = await ws.receive(timeout=3)
        await stopping
        assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING)
        assert ws.close_code == WSCloseCode.GOING_AWAY


async def test_garbage_frames_do_not_hurt(running, phone):
    async with phone().ws_connect(running.url("/ws")) as ws:
        await next_state(ws)
        await ws.send_bytes(b"\x00\xff" * 100)
        await ws.send_str("state")
        assert (await next_state(ws))["slide"] == 1
    async with phone().ws_connect(running.url("/ws")) as ws:
        await next_state(ws)
        await ws.send_str("x" * 5000)             # over the 1 KB message limit
        message = await ws.receive(timeout=3)
        assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
    async with phone().get(running.url("/healthz")) as response:
        assert response.status == 200


async def test_plain_get_on_ws_is_400(running, phone):
    async with phone().get(running.url("/ws")) as response:
        assert response.status == 400
        assert "WebSocket" in (await response.json())["error"]


async def _vote(session: aiohttp.ClientSession, running) -> None:
    async with session.post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
        assert r.status == 200


def _worded_deck():
    from common.values import PollText
    deck = make_deck()
    words = tuple(PollText(language, question, (("agree", agree),)) for language, question, agree in (
        ("sv", "Första påståendet?", "Håller med"), ("nb", "Første påstand?", "Enig"),
        ("en", "First statement?", "Agree")))
    return replace(deck, polls=(replace(deck.polls[0], texts=words), *deck.polls[1:]))


async def test_each_phone_is_sent_its_own_languages_poll_words_only(tmp_path, phone):
    """The deck is Danish with its first poll's words in three more languages. A Swedish
    phone gets the Swedish words alone, a Danish one none (it reads the deck's own), on
    connect, in the broadcast when the poll opens, and when it asks again."""
    running = start_server(tmp_path, _worded_deck())
    try:
        await _own_words(running, phone)
    finally:
        running.server.stop()


async def _own_words(running, phone):
    swedish, danish = phone(), phone()
    async with swedish.ws_connect(running.url("/ws"), headers={"Accept-Language": "sv-SE"}) as sv, \
            danish.ws_connect(running.url("/ws"), headers={"Accept-Language": "da"}) as da:
        await next_state(sv)
        await next_state(da)
        await control(phone(), running, "/api/control/slide", {"slide": 2})
        sv_poll, da_poll = (await next_state(sv))["poll"], (await next_state(da))["poll"]
        assert sv_poll["texts"] == {"sv": {"question": "Första påståendet?",
                                           "labels": {"agree": "Håller med"}}}
        assert da_poll["texts"] == {}
        await sv.send_str("state")               # asked again: the same, its own words
        assert list((await next_state(sv))["poll"]["texts"]) == ["sv"]
