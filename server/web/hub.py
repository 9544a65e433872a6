"""PhoneHub: the phones' WebSockets, and telling them the state.

A state message differs between phones only in the phone's own choice, so each
broadcast serialises one JSON text per possible choice (a handful) and sends the
matching one to each socket. Broadcasts run one at a time (a change during one
makes another follow), so a phone never gets states out of order. Revealed
results that change with every vote are sent at most a few times a second.

Sockets are held weakly with their voter id; shutdown closes them with GOING_AWAY.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
import weakref
from collections.abc import Callable

from aiohttp import WSCloseCode, web

from server.web.talk_state import TalkState

log = logging.getLogger(__name__)

RESULTS_INTERVAL = 0.25        # seconds between results broadcasts while votes arrive
CLOSE_WAIT = 1.0               # seconds a phone has to answer the close at shutdown


class PhoneHub:
    def __init__(self, presentation: TalkState, on_count: Callable[[], None] = lambda: None):
        self.presentation = presentation
        self.on_count = on_count
        self.sockets: weakref.WeakKeyDictionary[web.WebSocketResponse, str] = \
            weakref.WeakKeyDictionary()
        self.broadcasts = 0                   # how many state broadcasts went out (tests)
        self._dirty = False
        self._task: asyncio.Task | None = None
        self._results_timer: asyncio.TimerHandle | None = None
        self._last_sent = 0.0

    @property
    def count(self) -> int:
        return len(self.sockets)

    def add(self, ws: web.WebSocketResponse, voter_id: str) -> None:
        self.sockets[ws] = voter_id
        self.on_count()

    def discard(self, ws: web.WebSocketResponse) -> None:
        if self.sockets.pop(ws, None) is not None:
            self.on_count()

    def message_for(self, voter_id: str | None) -> str:
        return json.dumps({"type": "state", **self.presentation.phone_state(voter_id)})

    # ------------------------------------------------------------ telling the phones

    def state_changed(self) -> None:
        """The slide, a poll's open or revealed state changed: tell every phone now."""
        if self._results_timer is not None:
            self._results_timer.cancel()
            self._results_timer = None
        self._request()

    def results_changed(self) -> None:
        """Counts or answers changed: phones care only about the current poll, when it is
        revealed or takes typed answers (a phone's own, and the room's questions)."""
        poll = self.presentation.current_poll
        if poll is None or self._results_timer or not (
                self.presentation.revealed[poll.id] or poll.kind.typed):
            return
        wait = max(0.0, self._last_sent + RESULTS_INTERVAL - time.monotonic())
        loop = asyncio.get_running_loop()
        self._results_timer = loop.call_later(wait, self._results_due)

    def _results_due(self) -> None:
        self._results_timer = None
        self._request()

    def _request(self) -> None:
        self._dirty = True
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._broadcast())

    async def _broadcast(self) -> None:
        while self._dirty:
            self._dirty = False
            self._last_sent = time.monotonic()
            self.broadcasts += 1
            common = self.presentation.common_state()
            poll = common["poll"]
            texts: dict[str | None, str] = {}
            sends = []
            for ws, voter_id in list(self.sockets.items()):
                if ws.closed:
                    continue
                choice = None if poll is None else self.presentation.choices.get(
                    (poll["id"], voter_id))
                text = texts.get(choice)
                if text is None:
                    state = dict(common)
                    if poll is not None:
                        state["poll"] = dict(poll, choice=choice)
                    text = texts[choice] = json.dumps({"type": "state", **state})
                own = self.presentation.own_part(voter_id)
                if own is not None:
                    # A typed poll: the phone's own answers and upvotes, one small dump each.
                    text = f'{text[:-1]}, "me": {json.dumps(own)}}}'
                sends.append(ws.send_str(text))
            if sends:
                for result in await asyncio.gather(*sends, return_exceptions=True):
                    if isinstance(result, Exception):
                        log.debug("a phone left during a broadcast: %s", result)

    async def close_all(self) -> None:
        if self._results_timer is not None:
            self._results_timer.cancel()
        # A phone that does not answer the close frame within a second is dropped.
        closing = [asyncio.wait_for(ws.close(code=WSCloseCode.GOING_AWAY,
                                             message=b"votedeck is stopping"), CLOSE_WAIT)
                   for ws in list(self.sockets) if not ws.closed]
        if closing:
            await asyncio.gather(*closing, return_exceptions=True)
        if self._task is not None and not self._task.done():
            self._task.cancel()
