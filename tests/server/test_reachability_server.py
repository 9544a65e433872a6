"""The voting server records which phones reached it (issue 9), on loopback only.

Loopback is the speaker's own laptop and is ignored by default; these tests turn
that off for their server so that 127.0.0.1 can stand in for a phone.
"""
from __future__ import annotations

import aiohttp
import pytest

from common.values import DeckSpec, PollOption, PollSpec
from server.api import ServerConfig
from server.net.reachability import ReachabilityLog
from server.runtime import VotingServer

TOKEN = "r" * 32


def start(tmp_path, log: ReachabilityLog | None = None) -> VotingServer:
    options = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"))
    deck = DeckSpec(key=str(tmp_path / "d.md"), title="T", slide_count=1,
                    polls=(PollSpec("q", "Q?", options, slide=1),))
    server = VotingServer(deck, ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path,
                                             token=TOKEN))
    if log is not None:
        server.reachability_log = log
    server.start()
    return server


@pytest.fixture
def counted(tmp_path):
    server = start(tmp_path, ReachabilityLog(ignore_loopback=False))
    yield server
    server.stop()


async def test_phone_requests_and_websocket_are_evidence(counted):
    url = counted.join.url
    assert counted.reachability().phones == 0
    async with aiohttp.ClientSession() as session:
        async with session.get(url + "healthz") as resp:
            assert resp.status == 200
        async with session.get(url + "api/control/results",
                               headers={"Authorization": f"Bearer {TOKEN}"}) as resp:
            assert resp.status == 200
        assert counted.reachability().phones == 0      # monitors and the presenter are not phones
        async with session.ws_connect(url + "ws") as ws:
            await ws.receive()
    reach = counted.reachability()
    assert reach.phones == 1 and reach.ranges == ("127.0.0.x",)


async def test_the_hint_clock_starts_when_the_join_screen_is_shown(counted):
    assert counted.reachability().since_join_shown_s is None
    counted.join_shown()
    assert counted.reachability().since_join_shown_s is not None
    async with aiohttp.ClientSession() as session:
        async with session.get(counted.join.url + "api/state") as resp:
            assert resp.status == 200
    assert counted.reachability().seen_since_join_shown


async def test_by_default_the_laptop_itself_is_not_a_phone(tmp_path):
    server = start(tmp_path)
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(server.join.url) as resp:
                assert resp.status == 200
        assert server.reachability().phones == 0
    finally:
        server.stop()


def test_choose_join_host_keeps_a_specific_binding(tmp_path):
    server = start(tmp_path)
    try:
        before = server.join
        assert server.choose_join_host("192.0.2.7") == before     # bound to 127.0.0.1 only
    finally:
        server.stop()
