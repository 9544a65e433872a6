"""The join URL of a running server, following the laptop's addresses as they change.

A laptop's address changes during a talk more often than one would think: the
wifi reconnects and gets a new lease, the speaker starts a hotspot, a cable is
plugged in. A server listening on every address keeps working, but the QR code
would point at an address that is gone. `JoinAddress` holds the current
`JoinInfo` and `follow()` looks at the interface list again: the URL moves when
its address went away or a strictly better one came (lan.follow_join_host);
an address the speaker picked (`choose`) sticks while it exists. `watch()` does
that every LAN_WATCH_S seconds on the server's loop; ifaddr answers in about a
millisecond, so it runs on the loop itself.

`follow` and `choose` may be called from any thread (the GUI's, the loop's):
one lock keeps either from undoing the other. `announce(JoinInfo)` is called,
outside the lock, whenever the URL changed.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from common.values import JoinInfo
from server.net.lan import join_info, lan_addresses, listens_everywhere
from server.net.reachability import ReachabilityLog

log = logging.getLogger(__name__)

LAN_WATCH_S = 2.0          # seconds between looks at the interface list


class JoinAddress:
    """The join URL of one listening socket; moves with the interfaces when it may."""

    def __init__(self, bound_host: str, port: int, *, port_changed: bool = False,
                 warnings: tuple[str, ...] = (), reachability: ReachabilityLog | None = None,
                 announce: Callable[[JoinInfo], None] | None = None,
                 hall: tuple[int, int] | None = None):
        self._bound_host, self._port, self._hall = bound_host, port, hall
        self._port_changed, self._warnings = port_changed, tuple(warnings)
        self._reachability = reachability
        self._announce = announce
        self._lock = threading.Lock()
        self._chosen: str | None = None
        self._own_ips: tuple[str, ...] | None = None
        addresses = lan_addresses() if self.follows else []
        # The last interface list seen, best first: the console's address picker.
        self.addresses: tuple[tuple[str, str], ...] = tuple(addresses)
        self._note_own(addresses)
        self.join: JoinInfo = self._build(addresses, current=None)

    @property
    def follows(self) -> bool:
        """Only a socket on every address can put any of them in the URL."""
        return listens_everywhere(self._bound_host)

    def follow(self, addresses: list[tuple[str, str]] | None = None) -> JoinInfo:
        """Look at the interfaces (`lan_addresses()` when None) and move the URL if
        they call for it. Returns the join info in force afterwards."""
        if not self.follows:
            return self.join
        if addresses is None:
            addresses = lan_addresses()
        self.addresses = tuple(addresses)
        self._note_own(addresses)
        with self._lock:
            old = self.join
            new = self._build(addresses, current=old.host if old.lan else None)
            if new == old:
                return old
            self.join = new
        log.info("the join address is now %s", new.url)
        if self._announce is not None:
            self._announce(new)
        return new

    def choose(self, host: str) -> JoinInfo:
        """The speaker picked `host` for the URL. An address this machine does not
        have (any more), or a socket bound to one address, changes nothing."""
        if not self.follows:
            return self.join
        addresses = lan_addresses()
        if host not in {ip for _, ip in addresses}:
            return self.join
        with self._lock:
            self._chosen = host
        return self.follow(addresses)

    async def watch(self, interval: float | None = None) -> None:
        """Follow the interfaces until cancelled (a task on the server's loop)."""
        while True:
            await asyncio.sleep(LAN_WATCH_S if interval is None else interval)
            try:
                self.follow()
            except Exception:  # noqa: BLE001 - one bad look must not end the watching
                log.exception("looking at the network interfaces failed")

    def _build(self, addresses, current: str | None) -> JoinInfo:
        return join_info(self._bound_host, self._port, port_changed=self._port_changed,
                         warnings=self._warnings, addresses=addresses if self.follows else None,
                         current=current, chosen=self._chosen, hall=self._hall)

    def _note_own(self, addresses) -> None:
        # The laptop's own addresses are the speaker testing the page, not a phone.
        ips = tuple(ip for _, ip in addresses)
        if ips != self._own_ips and self._reachability is not None:
            self._own_ips = ips
            self._reachability.ignore_addresses(ips)
