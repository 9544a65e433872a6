"""Fixtures for the server's tests: a real VotingServer on 127.0.0.1 port 0 with its
SQLite file in tmp_path, and an aiohttp client that talks to it like a phone."""
from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest

from common.values import DeckSpec, PollOption, PollSpec
from server.api import ServerConfig
from server.runtime import VotingServer

AGREE = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"),
         PollOption("dont-know", "Ved ikke"))
TOKEN = "test-token-0123456789"


def make_deck(key: str = "/decks/test.md", **settings) -> DeckSpec:
    return DeckSpec(key=key, title="Testdæk", language="da", slide_count=5,
                    polls=(PollSpec("p1", "Første påstand?", AGREE, 2),
                           PollSpec("p2", "Anden påstand?", AGREE, 3)), **settings)


def make_config(tmp_path, **overrides) -> ServerConfig:
    # Every test phone comes from 127.0.0.1: the per-address caps are off unless a
    # test turns one on to attack it.
    values = dict(host="127.0.0.1", port=0, data_dir=tmp_path / "data", token=TOKEN,
                  max_voters_per_address=0, max_requests_per_second=0,
                  max_websockets_per_address=0, max_connections_per_address=0)
    values.update(overrides)
    return ServerConfig(**values)


class Running:
    """A started VotingServer plus what tests need to reach it."""

    def __init__(self, server: VotingServer, snapshots: list):
        self.server = server
        self.snapshots = snapshots
        self.base = f"http://127.0.0.1:{server.join.port}"
        self.auth = {"Authorization": f"Bearer {server.token}"}

    def url(self, path: str) -> str:
        return self.base + path


def start_server(tmp_path, deck=None, **overrides) -> Running:
    snapshots: list = []
    server = VotingServer(deck or make_deck(), make_config(tmp_path, **overrides),
                          on_snapshot=snapshots.append)
    server.start()
    return Running(server, snapshots)


@pytest.fixture
def running(tmp_path):
    run = start_server(tmp_path)
    yield run
    run.server.stop()


@pytest.fixture
async def phone():
    """A phone: its own cookie jar (so its own voter id). Call it again for another phone."""
    sessions = []

    def make() -> aiohttp.ClientSession:
        session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        sessions.append(session)
        return session
    yield make
    for session in sessions:
        await session.close()


async def wait_for(condition, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def control(session: aiohttp.ClientSession, run: Running, path: str, body: dict) -> dict:
    async with session.post(run.url(path), json=body, headers=run.auth) as response:
        assert response.status == 200, await response.text()
        return await response.json()
