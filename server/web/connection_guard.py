"""ConnectionGuard: caps on open connections, per client address and in total.

Every connection costs a file descriptor, and descriptors run out (issue 19,
item 1: 20,000 idle keep-alive connections from two addresses left no descriptor
for a new phone). The guard counts connections as aiohttp's server opens and
loses them. A connection beyond a cap first makes room by closing the oldest
*idle* keep-alive connection (from the same address when that address is at its
cap, from anyone when the total is); when nothing is idle the newcomer is cut
off at once, before it costs anything more. A WebSocket or a request being
answered is never idle, so phones in the middle of something are never cut;
nor is a connection younger than EVICT_GRACE, which may be a phone that has
not sent its first request yet (else a burst of new connections would push
each other out before any was served).

The total comes from the process's open-files limit with room kept for the
vote store, the presenter and the sockets a new phone needs while it is let in.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from typing import Any

from aiohttp import web

from server.quiet_log import RareLog
from server.web.limits import address_key

log = logging.getLogger(__name__)

MAX_CONNECTIONS_PER_ADDRESS = 128   # a phone uses 1-6; a NATed venue raises it
_RESERVED = 128                     # descriptors kept for the store, the presenter, Python
_FALLBACK_TOTAL = 10000             # where the OS has no descriptor limit to read (Windows)
EVICT_GRACE = 0.5                   # seconds a new connection has to send its first request


def connection_budget(open_files_limit: int | None) -> int:
    """How many client connections the server may hold at once."""
    if open_files_limit is None:
        return _FALLBACK_TOTAL
    # Keep an eighth besides the reserve: new phones need descriptors to be let in.
    return max(16, open_files_limit - _RESERVED - open_files_limit // 8)


class ConnectionGuard:
    def __init__(self, max_total: int, max_per_address: int = MAX_CONNECTIONS_PER_ADDRESS):
        self.max_total = max(1, int(max_total))
        self.max_per_address = max(0, int(max_per_address))
        # Admitted connections, oldest first (dicts keep insertion order): their
        # address key and when they opened.
        self.open: dict[Any, tuple[str, float]] = {}
        self.per_address: Counter[str] = Counter()
        self.refused = 0
        self.evicted = 0
        self._refusals = RareLog(log, interval=10.0)

    def install(self, server: web.Server) -> None:
        """Hook into aiohttp's server, which tells us of each connection made and lost."""
        made, lost = server.connection_made, server.connection_lost

        def connection_made(handler, transport: asyncio.Transport) -> None:
            made(handler, transport)
            self.admit(handler, transport)

        def connection_lost(handler, exc: BaseException | None) -> None:
            self.release(handler)
            lost(handler, exc)
        server.connection_made = connection_made        # type: ignore[method-assign]
        server.connection_lost = connection_lost        # type: ignore[method-assign]

    def admit(self, handler, transport: asyncio.Transport) -> None:
        peer = transport.get_extra_info("peername")
        key = address_key(peer[0] if peer else None)
        if self.max_per_address and self.per_address[key] >= self.max_per_address \
                and not self._evict_idle(key):
            return self._refuse(transport, "from one address")
        if len(self.open) >= self.max_total and not self._evict_idle(None):
            return self._refuse(transport, "in total")
        self.open[handler] = (key, time.monotonic())
        self.per_address[key] += 1

    def release(self, handler) -> None:
        key, _ = self.open.pop(handler, (None, 0.0))
        if key is not None:
            self.per_address[key] -= 1
            if self.per_address[key] <= 0:
                del self.per_address[key]

    def _evict_idle(self, key: str | None) -> bool:
        """Close the oldest idle connection (of `key`, or of anyone); True if one was."""
        young = time.monotonic() - EVICT_GRACE
        for handler, (owner, opened) in self.open.items():
            if opened > young:
                return False              # this one and all after it are too new
            if (key is None or owner == key) and _idle(handler):
                self.release(handler)
                self.evicted += 1
                handler.force_close()
                return True
        return False

    def _refuse(self, transport: asyncio.Transport, where: str) -> None:
        self.refused += 1
        # Not at once: aiohttp goes on to start the connection's task after telling
        # us, and that task must find its connection still there (it then ends as for
        # any client that hung up). An abort sends a reset and keeps nothing waiting.
        asyncio.get_running_loop().call_soon(transport.abort)
        self._refusals("connections refused: too many open %s, none of them idle "
                       "(%d refused so far)", where, self.refused)


def _idle(handler) -> bool:
    """A keep-alive connection waiting for its next request. aiohttp keeps this in a
    private flag of its request handler; without it we treat nothing as idle."""
    return not getattr(handler, "_request_in_progress", True)
