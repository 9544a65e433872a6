"""PhoneLink: one phone's WebSocket and the one state message waiting to go to it.

A phone that stops reading must not hold up any other phone (issue 19, item 3).
So every socket sends on its own, and what waits for it is one slot, not a
queue: a newer state replaces an older one not yet sent (latest state wins, so
a slow phone skips states but never gets them out of order). Before sending,
the link looks at its transport's write buffer; while that holds more than
SEND_BUFFER_LIMIT bytes the phone is not reading, and once that has lasted
STALL_LIMIT seconds the socket is dropped and its transport aborted (a close
handshake would wait behind the very buffer that never drains).

Everything a phone is sent goes through its link, its first state and the
answer to its "state" request included, so one sender orders them all.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from aiohttp import web

log = logging.getLogger(__name__)

SEND_BUFFER_LIMIT = 64 * 1024   # bytes unsent before a phone counts as not reading
STALL_LIMIT = 3.0               # seconds a phone may stay not reading before it is dropped
STALL_POLL = 0.1                # seconds between looks at a stalled phone's buffer


class PhoneLink:
    __slots__ = ("ws", "voter", "address", "transport", "language", "_pending", "_sender",
                 "_on_drop")

    def __init__(self, ws: web.WebSocketResponse, voter: str, address: str,
                 transport: asyncio.BaseTransport | None,
                 on_drop: Callable[[PhoneLink], None], language: str | None = None):
        self.ws = ws
        self.language = language        # the phone's page language: its poll words only
        self.voter = voter
        self.address = address
        self.transport = transport
        self._pending: str | None = None
        self._sender: asyncio.Task | None = None
        self._on_drop = on_drop

    def send(self, text: str) -> None:
        """Queue `text` as this phone's next message, replacing one not yet sent."""
        self._pending = text
        if self._sender is None:
            self._sender = asyncio.get_running_loop().create_task(self._send_pending())

    def _unsent(self) -> int:
        transport = self.transport
        if transport is None or transport.is_closing():
            return 0
        return transport.get_write_buffer_size()

    async def _send_pending(self) -> None:
        stalled_since: float | None = None
        try:
            while self._pending is not None and not self.ws.closed:
                if self._unsent() > SEND_BUFFER_LIMIT:
                    now = time.monotonic()
                    stalled_since = stalled_since or now
                    if now - stalled_since > STALL_LIMIT:
                        self.drop()
                        return
                    await asyncio.sleep(STALL_POLL)
                    continue
                stalled_since = None
                text, self._pending = self._pending, None
                if self._unsent() == 0 and len(text) < SEND_BUFFER_LIMIT:
                    # Into an empty buffer a message this small cannot reach the
                    # high-water mark, so the send cannot wait: no timer needed.
                    await self.ws.send_str(text)
                    continue
                # A send waits only when aiohttp's own flow control pauses it; a
                # phone that never drains is then cut off after as long.
                async with asyncio.timeout(STALL_LIMIT):
                    await self.ws.send_str(text)
        except TimeoutError:
            self.drop()
        except (ConnectionError, RuntimeError) as error:
            log.debug("a phone left while being sent its state: %s", error)
        finally:
            self._sender = None

    def drop(self) -> None:
        """Cut a phone that stopped reading off at once: abort, no close handshake."""
        log.debug("a phone stopped reading for %.0f s; dropped", STALL_LIMIT)
        if self.transport is not None:
            self.transport.abort()
        self._on_drop(self)

    def cancel(self) -> None:
        if self._sender is not None:
            self._sender.cancel()
