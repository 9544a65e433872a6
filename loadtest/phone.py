"""One simulated phone of `votedeck loadtest`, and the counters all phones share.

A phone does what the phone page does (issue 3): it gets its voter cookie from
`GET /api/state`, keeps a WebSocket on `/ws`, waits for an open poll, votes with
`POST /api/vote` and changes its vote when asked to vote more than once.

Every phone shares one aiohttp session and connector (a session per phone costs
too much at 2,000 phones); the session has no cookie jar, so each phone sends its
own `voter` cookie explicitly.
"""
from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field

import aiohttp


@dataclass
class Expectation:
    """A slide change the controller made: which state the phones should now see."""

    index: int
    slide: int
    sent_at: float
    poll_open: bool | None = None        # None: any poll state will do


@dataclass
class Tally:
    """Counters and samples every phone adds to; one event loop, so no locks."""

    phones: int
    connected: int = 0
    connect_failed: int = 0
    finished: int = 0                    # voted all its votes, or gave up
    saw_open_poll: int = 0
    sent: int = 0
    acked: int = 0
    failed: int = 0
    failures: Counter = field(default_factory=Counter)
    connect_errors: Counter = field(default_factory=Counter)
    ack_seconds: list = field(default_factory=list)
    first_send: float | None = None
    last_ack: float | None = None
    expectation: Expectation | None = None
    # per change index: seconds from the change request to each phone hearing of it
    told: dict = field(default_factory=dict)
    all_finished: asyncio.Event = field(default_factory=asyncio.Event)
    all_told: asyncio.Event = field(default_factory=asyncio.Event)

    def phone_done(self) -> None:
        self.finished += 1
        if self.finished >= self.phones:
            self.all_finished.set()

    def settled(self) -> int:
        """Phones whose connection attempt is over, either way."""
        return self.connected + self.connect_failed


class Pacer:
    """Never more than `rate` votes a second in all, when a rate was asked for."""

    def __init__(self, rate: float) -> None:
        self._gap = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0

    async def wait(self) -> None:
        if not self._gap:
            return
        now = time.perf_counter()
        slot = max(now, self._next)
        self._next = slot + self._gap
        if slot > now:
            await asyncio.sleep(slot - now)


@dataclass(frozen=True)
class PhonePlan:
    base_url: str                        # ends with "/"
    votes: int
    think_s: float
    request_timeout_s: float


class Phone:
    def __init__(self, plan: PhonePlan, session: aiohttp.ClientSession, tally: Tally,
                 pacer: Pacer, stop: asyncio.Event) -> None:
        self.plan, self.session, self.tally, self.pacer, self.stop = plan, session, tally, pacer, stop
        self.state: dict | None = None
        self.state_changed = asyncio.Event()
        self.told_index = -1
        self.headers: dict[str, str] = {}
        self.done = False
        self.saw_poll = False

    async def run(self) -> None:
        try:
            await self._connect_and_vote()
        finally:
            if not self.done:              # failed, or cancelled at the deadline
                self._finish()

    def _finish(self) -> None:
        self.done = True
        self.tally.phone_done()

    async def _connect_and_vote(self) -> None:
        try:
            self.state = await self._first_visit()
            ws = await self.session.ws_connect(
                self.plan.base_url + "ws", headers=self.headers, autoping=True,
                timeout=aiohttp.ClientWSTimeout(ws_close=2.0),
                origin=self.plan.base_url.rstrip("/"))
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError) as exc:
            self.tally.connect_failed += 1
            self.tally.connect_errors[_reason(exc)] += 1
            return
        self.tally.connected += 1
        listener = asyncio.create_task(self._listen(ws))
        try:
            await self._vote_all()
            self._finish()
            await self.stop.wait()         # stay connected: slide changes are measured too
        finally:
            listener.cancel()
            await ws.close()

    async def _first_visit(self) -> dict:
        async with self.session.get(self.plan.base_url + "api/state", timeout=self._timeout()) as resp:
            resp.raise_for_status()
            state = await resp.json()
            voter = resp.cookies.get("voter")
        if voter is None:                  # some servers set it only on the page itself
            async with self.session.get(self.plan.base_url, timeout=self._timeout()) as resp:
                voter = resp.cookies.get("voter")
        if voter is None:
            raise ValueError("no voter cookie")
        self.headers = {"Cookie": f"voter={voter.value}",
                        "Origin": self.plan.base_url.rstrip("/")}
        return state

    async def _listen(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            at = time.perf_counter()
            try:
                data = json.loads(msg.data)
            except ValueError:
                continue
            if not isinstance(data, dict) or data.get("type") != "state":
                continue
            self.state = data
            self.state_changed.set()
            self._note_if_told(data, at)

    def _note_if_told(self, state: dict, at: float) -> None:
        exp = self.tally.expectation
        if exp is None or exp.index <= self.told_index or state.get("slide") != exp.slide:
            return
        if exp.poll_open is not None and (_open_poll(state) is not None) != exp.poll_open:
            return
        self.told_index = exp.index
        samples = self.tally.told.setdefault(exp.index, [])
        samples.append(at - exp.sent_at)
        if len(samples) >= self.tally.connected:
            self.tally.all_told.set()

    async def _vote_all(self) -> None:
        last_choice = None
        for _ in range(self.plan.votes):
            poll = await self._wait_for_open_poll()
            if self.plan.think_s:
                await asyncio.sleep(random.uniform(0, self.plan.think_s))
            poll = _open_poll(self.state) or poll
            choice = _next_choice(poll, last_choice)
            await self.pacer.wait()
            if await self._vote(poll["id"], choice):
                last_choice = choice

    async def _wait_for_open_poll(self) -> dict:
        while True:
            poll = _open_poll(self.state)
            if poll is not None:
                if not self.saw_poll:
                    self.saw_poll = True
                    self.tally.saw_open_poll += 1
                return poll
            self.state_changed.clear()
            await self.state_changed.wait()

    async def _vote(self, poll_id: str, choice: str) -> bool:
        tally = self.tally
        started = time.perf_counter()
        if tally.first_send is None:
            tally.first_send = started
        tally.sent += 1
        try:
            async with self.session.post(self.plan.base_url + "api/vote", headers=self.headers,
                                         json={"poll": poll_id, "choice": choice},
                                         timeout=self._timeout()) as resp:
                await resp.read()
                status = resp.status
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            tally.failed += 1
            tally.failures[_reason(exc)] += 1
            return False
        if status == 200:
            done = time.perf_counter()
            tally.acked += 1
            tally.ack_seconds.append(done - started)
            tally.last_ack = done
            return True
        tally.failed += 1
        tally.failures[str(status)] += 1
        return False

    def _timeout(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(total=self.plan.request_timeout_s)


def _open_poll(state: dict | None) -> dict | None:
    poll = (state or {}).get("poll")
    if isinstance(poll, dict) and poll.get("open") and poll.get("options"):
        return poll
    return None


def _next_choice(poll: dict, last: str | None) -> str:
    """A random option, different from the last one so a changed vote really changes."""
    ids = [o["id"] for o in poll["options"]]
    others = [i for i in ids if i != last] or ids
    return random.choice(others)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return "timeout"
    if isinstance(exc, aiohttp.ClientResponseError):
        return str(exc.status)
    if isinstance(exc, ValueError):
        return "no voter cookie" if "cookie" in str(exc) else "bad answer"
    return "connection error"
