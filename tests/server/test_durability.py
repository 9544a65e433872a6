"""A vote that got its 200 survives `kill -9`, and no vote is counted twice.

The real `votedeck serve` runs in a subprocess on the bundled deck. A burst of 1,200
phones (each its own voter cookie, 64 at a time over aiohttp) votes on one poll, a
third of them changing their vote once; the process gets SIGKILL the moment the
Kth acknowledgement arrives. Then serve starts again on the same data folder and
the test checks, through `votedeck results --format json`, the control API and
each phone's own GET /api/state, that every acknowledged vote is there, once.

A vote in flight at the kill may or may not have committed (its phone never heard);
so a phone's stored choice must be its last acknowledged one or one it sent after.
"""
from __future__ import annotations

import asyncio
import json
import random
import signal
import sqlite3
import time

import aiohttp
import pytest

from presenter.deck.parser import load_deck
from presenter.paths import BUNDLED_DECK

from .serve_process import ServeProcess, votedeck

VOTERS = 1200
CONCURRENCY = 64
OPTIONS = ("agree", "disagree", "dont-know")
FIGURES: dict[int, dict] = {}


def _poll():
    return next(p for p in load_deck(BUNDLED_DECK).polls if p.kind.name == "agree")


class Burst:
    """Phones voting until the Kth acknowledgement, then SIGKILL to the server."""

    def __init__(self, server: ServeProcess, poll_id: str, kill_after: int):
        self.server, self.poll_id, self.kill_after = server, poll_id, kill_after
        self.acks = 0
        self.sent = 0
        self.killed_at = 0.0
        self.acked: dict[str, list[str]] = {}     # voter -> choices acknowledged, in order
        self.unacked: dict[str, list[str]] = {}   # voter -> choices sent but never answered
        self.failures: list[str] = []

    def _ack(self) -> None:
        self.acks += 1
        if self.acks == self.kill_after:
            self.server.proc.send_signal(signal.SIGKILL)
            self.killed_at = time.perf_counter()

    async def _vote(self, http, choice: str, voter: str | None) -> str | None:
        headers = {"Cookie": f"voter={voter}"} if voter else {}
        self.sent += 1
        try:
            async with http.post(self.server.base + "/api/vote", headers=headers,
                                 json={"poll": self.poll_id, "choice": choice}) as response:
                body = await response.json(content_type=None)
                if response.status != 200:
                    self.failures.append(f"{response.status} {body}")
                    return None
                assert body == {"poll": self.poll_id, "choice": choice}
                voter = voter or response.cookies["voter"].value
                self.acked.setdefault(voter, []).append(choice)
                self._ack()
                return voter
        except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError):
            if voter is not None:
                self.unacked.setdefault(voter, []).append(choice)
            return None

    async def _phone(self, http, n: int) -> None:
        voter = await self._vote(http, OPTIONS[n % 3], None)
        if voter is not None and n % 3 == 0:            # a third change their mind once
            await self._vote(http, OPTIONS[(n + 1) % 3], voter)

    async def run(self) -> None:
        limit = asyncio.Semaphore(CONCURRENCY)
        connector = aiohttp.TCPConnector(limit=CONCURRENCY, force_close=False)
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout,
                                         cookie_jar=aiohttp.DummyCookieJar()) as http:
            async def one(n: int) -> None:
                async with limit:
                    await self._phone(http, n)
            await asyncio.gather(*(one(n) for n in range(VOTERS)))


async def _control(http, server: ServeProcess, method: str, path: str, body=None) -> dict:
    async with http.request(method, server.base + path, json=body, headers=server.auth) as r:
        assert r.status == 200, await r.text()
        return await r.json()


async def _own_choices(http, server: ServeProcess, voters) -> dict[str, str | None]:
    limit = asyncio.Semaphore(CONCURRENCY)

    async def one(voter: str):
        async with limit:
            async with http.get(server.base + "/api/state",
                                headers={"Cookie": f"voter={voter}"}) as response:
                assert response.status == 200
                assert "voter" not in response.cookies       # the old cookie is still known
                return voter, (await response.json())["poll"]["choice"]
    return dict(await asyncio.gather(*(one(v) for v in voters)))


# Fixed points early, mid and late in the burst, and one drawn afresh each run.
KILL_POINTS = [100, 500, 900, random.Random().randint(1, 1500)]


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", KILL_POINTS)
async def test_acknowledged_votes_survive_sigkill(tmp_path, kill_after):
    poll = _poll()
    data = tmp_path / "data"
    first = ServeProcess(BUNDLED_DECK, data).start()
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
            await _control(http, first, "POST", "/api/control/slide", {"slide": poll.slide})
        burst = Burst(first, poll.id, kill_after)
        began = time.perf_counter()
        await burst.run()
    finally:
        first.kill()
    assert burst.killed_at, f"the burst ended before {kill_after} acks: {burst.failures[:3]}"
    assert burst.failures == []            # before the kill, nothing but 200s

    second = ServeProcess(BUNDLED_DECK, data).start()
    try:
        assert second.port, second.output
        assert second.resumed and second.session == first.session, second.output
        exported = votedeck("results", "--data-dir", str(data), "--format", "json")
        assert exported.returncode == 0, exported.stderr.decode()
        document = json.loads(exported.stdout)
        stored = next(p for p in document["polls"] if p["id"] == poll.id)
        counts = {o["id"]: o["count"] for o in stored["options"]}
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
            live = await _control(http, second, "GET", "/api/control/results")
            await _control(http, second, "POST", "/api/control/slide", {"slide": poll.slide})
            seen = await _own_choices(http, second, burst.acked)
    finally:
        second.terminate()

    # Same session, same tallies after the restart as in the database.
    assert document["session"]["id"] == first.session == live["session"]["id"]
    assert live["polls"][poll.id]["counts"] == counts
    # Nobody twice: one row per voter, the counts add up to the voters.
    assert sum(counts.values()) == stored["voters"] == live["polls"][poll.id]["voters"]
    with sqlite3.connect(data / "votes.sqlite3") as db:
        rows, distinct = db.execute("SELECT COUNT(*), COUNT(DISTINCT voter_id) FROM votes "
                                    "WHERE poll_id = ?", (poll.id,)).fetchone()
    assert rows == distinct == stored["voters"]
    # Every acknowledged vote is there: each phone sees its last acknowledged choice,
    # or a later one it sent that committed without its answer arriving.
    lost = {v: (c, seen[v]) for v, c in burst.acked.items()
            if seen[v] != c[-1] and seen[v] not in burst.unacked.get(v, [])}
    assert lost == {}
    assert len(burst.acked) <= stored["voters"] <= VOTERS
    exact = sum(1 for v, c in burst.acked.items() if seen[v] == c[-1])
    FIGURES[kill_after] = dict(
        acked_votes=burst.acks, acked_phones=len(burst.acked),
        found_as_acked=exact, found_with_later_unacked_change=len(burst.acked) - exact,
        stored_phones=stored["voters"], stored_rows=rows,
        unanswered=burst.sent - burst.acks, seconds_to_kill=round(burst.killed_at - began, 3))
    print(f"\nkill after {kill_after} acks: {FIGURES[kill_after]}")
