"""The presenter's side of `votedeck loadtest --token`: changes slides and times the news.

With the control token the load tool drives the show itself through the control
API (issue 3): it finds the slide with the poll, parks the show on a neighbouring
slide while the phones connect, opens the poll by showing its slide, and moves on
after the votes. Each change is timed until every connected phone got the new state.
"""
from __future__ import annotations

import asyncio
import time

import aiohttp

from loadtest.figures import Latency, SlideChange
from loadtest.phone import Expectation, Tally

MAX_PROBE = 200          # slides stepped through looking for a poll
TELL_WAIT_S = 5.0        # how long a change may take to reach every phone before we move on


class ControlError(Exception):
    """The control API refused us; str() is the sentence for the speaker."""


class SlideDriver:
    def __init__(self, session: aiohttp.ClientSession, base_url: str, token: str,
                 tally: Tally, timeout_s: float) -> None:
        self.session, self.base_url, self.tally = session, base_url, tally
        self.headers = {"Authorization": f"Bearer {token}"}
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.poll_slide: int | None = None
        self.park_slide: int | None = None      # a neighbour of the poll slide, if any
        self.changes: list[SlideChange] = []

    async def prepare(self, poll_slide: int | None) -> None:
        """Find the poll's slide and park the show where no poll is open yet."""
        if poll_slide is None:
            poll_slide = await self._find_poll_slide()
        elif await self._show(poll_slide) != 200:
            raise ControlError(f"The server has no slide {poll_slide}: pass a slide number of the deck.")
        self.poll_slide = poll_slide
        # Park on the nearest slide without a poll: a neighbouring poll slide would open its
        # own poll, and phones voting there would be refused once the test's poll opens.
        fallback = None
        below_end = above_end = False
        for distance in range(1, MAX_PROBE + 1):
            for neighbour, past_end in ((poll_slide + distance, above_end),
                                        (poll_slide - distance, below_end)):
                if past_end:
                    continue
                if neighbour < 1 or await self._show(neighbour) != 200:
                    if neighbour > poll_slide:
                        above_end = True
                    else:
                        below_end = True
                    continue
                if not (await self._state()).get("poll"):
                    self.park_slide = neighbour
                    return
                fallback = fallback or neighbour
            if above_end and below_end:
                break
        # Every slide has a poll (or there is only one): park with its poll closed.
        self.park_slide = fallback
        await self._show(fallback or poll_slide)
        await self._post("api/control/poll", {"poll": await self._current_poll_id(), "open": False})

    async def open_poll(self) -> None:
        await self._change(self.poll_slide, poll_open=True)

    async def leave_poll(self) -> None:
        if self.park_slide is not None:
            await self._change(self.park_slide, poll_open=None)

    async def _change(self, slide: int, poll_open: bool | None) -> None:
        tally = self.tally
        tally.all_told = asyncio.Event()
        index = len(self.changes)
        tally.expectation = Expectation(index, slide, time.perf_counter(), poll_open)
        status = await self._show(slide)
        if status != 200:
            raise ControlError(f"The server refused to show slide {slide} (HTTP {status}); "
                               "check that the deck has not changed during the test.")
        if tally.connected:
            try:
                await asyncio.wait_for(tally.all_told.wait(), TELL_WAIT_S)
            except asyncio.TimeoutError:
                pass
        samples = list(tally.told.get(index, []))
        self.changes.append(SlideChange(slide=slide, phones_told=len(samples),
                                        phones_not_told=max(0, tally.connected - len(samples)),
                                        latency=Latency.of_seconds(samples)))

    async def _find_poll_slide(self) -> int:
        for slide in range(1, MAX_PROBE + 1):
            if await self._show(slide) != 200:
                break
            state = await self._state()
            if state.get("poll"):
                return slide
        raise ControlError("The deck on this server has no poll: present a deck with a poll, "
                           "or pass --slide N.")

    async def _current_poll_id(self) -> str:
        poll = (await self._state()).get("poll") or {}
        return poll.get("id", "")

    async def _show(self, slide: int) -> int:
        return await self._post("api/control/slide", {"slide": slide})

    async def _post(self, path: str, body: dict) -> int:
        try:
            async with self.session.post(self.base_url + path, json=body, headers=self.headers,
                                         timeout=self.timeout) as resp:
                await resp.read()
                status = resp.status
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            raise ControlError(f"Could not reach the control API at {self.base_url} ({exc.__class__.__name__}): "
                               "check the URL and that votedeck is running.") from None
        if status == 401:
            raise ControlError("The server refused the control token: pass the token that "
                               "`votedeck serve` printed, with --token.")
        return status

    async def _state(self) -> dict:
        async with self.session.get(self.base_url + "api/state", timeout=self.timeout) as resp:
            return await resp.json()

    def pooled(self) -> Latency:
        samples = [s for i in range(len(self.changes)) for s in self.tally.told.get(i, [])]
        return Latency.of_seconds(samples)
