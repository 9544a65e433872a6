"""Per-address caps: token buckets of requests per second (votes, and everything
else, each its own), how many distinct voter ids one address may use per poll,
sockets per address; and the server-wide limits on sockets, sizes and slow
clients. An "address" is an IPv4 address or an IPv6 /64 (`address_key`).

They stop a script that floods or throws its cookie away to vote again; a real
hall never meets them (and a NATed venue raises `max_voters_per_address`). Both
live in memory only: no address is ever written to the database. 0 turns a cap off.

Slow clients: aiohttp has no header-read timeout of its own, but its keep-alive
timer starts when a connection opens and closes it if no complete request head
has arrived by then (and again after each response). HEADER_TIMEOUT is that
timer, so a slowloris dribbling headers is dropped after it; a body dribbled
after complete headers is cut off after as long (`body_timeout`) in the vote view.
"""
from __future__ import annotations

import functools
import ipaddress
import math
import time

from server.api import ServerConfig

MAX_WEBSOCKETS = 6000          # 5,000 phones and room for what single addresses may hold; then a 503
MAX_WEBSOCKETS_PER_ADDRESS = 32  # sockets from one address (a NATed venue raises it)
MAX_BODY_BYTES = 4096          # a vote is under 100 bytes
MAX_WS_MESSAGE = 1024          # phones send only "state"; bigger closes the socket with 1009
HEADER_TIMEOUT = 10.0          # seconds to send a request head (and to stay idle between requests)
PAGE_BURST = 5                 # seconds' worth of page requests one address may send at once
_PRUNE_AT = 20000              # forget idle addresses beyond this many


class AddressLimits:
    def __init__(self, max_voters_per_address: int, max_requests_per_second: int,
                 max_websockets: int = MAX_WEBSOCKETS, header_timeout: float = HEADER_TIMEOUT,
                 body_timeout: float | None = None,
                 max_websockets_per_address: int = MAX_WEBSOCKETS_PER_ADDRESS):
        self.max_voters = max(0, int(max_voters_per_address))
        self.rate = max(0, int(max_requests_per_second))
        self.max_websockets = max(1, int(max_websockets))
        self.max_websockets_per_address = max(0, int(max_websockets_per_address))
        self.header_timeout = float(header_timeout)
        # A body gets as long as a head did, unless told otherwise.
        self.body_timeout = float(header_timeout if body_timeout is None else body_timeout)
        # Votes and everything else fill separate buckets: a page flood must not
        # cost a phone its vote, nor a vote flood the page.
        # Pages keep PAGE_BURST seconds' worth of burst: a phone's first visit is half a
        # dozen requests at once, a classroom behind one address loads together, and
        # a rehearsal from the laptop sends its test phones together; a flood is
        # still held to `rate` a second once the burst is spent.
        self._votes = TokenBuckets(self.rate)
        self._pages = TokenBuckets(self.rate, burst=self.rate * PAGE_BURST)
        self._voters: dict[tuple[str, str], set[str]] = {}   # (address, poll) -> voter ids

    @classmethod
    def from_config(cls, config: ServerConfig) -> AddressLimits:
        return cls(config.max_voters_per_address, config.max_requests_per_second,
                   max_websockets=config.max_websockets,
                   max_websockets_per_address=config.max_websockets_per_address,
                   header_timeout=config.header_timeout)

    def allow_request(self, address: str, now: float | None = None) -> bool:
        """A vote request from `address` within its rate (one second's worth of burst)."""
        return self._votes.allow(address, now)

    def retry_after(self, address: str, now: float | None = None) -> int:
        """Whole seconds (at least 1) until `address` may vote again: its 429's Retry-After."""
        return self._votes.retry_after(address, now)

    def allow_page(self, address: str, now: float | None = None) -> bool:
        """Any other request (page, state, files, socket, control) within its own rate."""
        return self._pages.allow(address, now)

    def allow_voter(self, address: str, poll_id: str, voter_id: str) -> bool:
        """A voter id already seen from this address for this poll is always allowed."""
        if not self.max_voters:
            return True
        voters = self._voters.setdefault((address, poll_id), set())
        if voter_id in voters:
            return True
        if len(voters) >= self.max_voters:
            return False
        voters.add(voter_id)
        return True

    def release_voter(self, address: str, poll_id: str, voter_id: str) -> None:
        """Give back a slot taken for a vote that was then not saved."""
        voters = self._voters.get((address, poll_id))
        if voters is not None:
            voters.discard(voter_id)

    def forget_poll(self, poll_id: str) -> None:
        """After a reset, the poll's voters start afresh."""
        for key in [k for k in self._voters if k[1] == poll_id]:
            del self._voters[key]


class TokenBuckets:
    """A token bucket per address: `rate` a second, `burst` at once (one second's
    worth unless told); 0 = off."""

    def __init__(self, rate: int, burst: int | None = None):
        self.rate = rate
        self.burst = float(rate if burst is None else burst)
        self._buckets: dict[str, tuple[float, float]] = {}   # address -> (tokens, last time)

    def allow(self, address: str, now: float | None = None) -> bool:
        if not self.rate:
            return True
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(address, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[address] = (tokens, now)
            return False
        self._buckets[address] = (tokens - 1.0, now)
        if len(self._buckets) > _PRUNE_AT:
            self._prune(now)
        return True

    def retry_after(self, address: str, now: float | None = None) -> int:
        if not self.rate:
            return 1
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(address, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        return max(1, math.ceil((1.0 - tokens) / self.rate))

    def _prune(self, now: float) -> None:
        idle = [a for a, (_, last) in self._buckets.items() if now - last > 2.0]
        for address in idle:
            del self._buckets[address]


@functools.lru_cache(maxsize=4096)
def address_key(remote: str | None) -> str:
    """What the per-address caps count by: the IPv4 address, or the /64 of an IPv6
    one (a single phone or laptop is routinely given a whole /64 to pick from).
    An IPv4 address mapped into IPv6 counts as itself."""
    if not remote:
        return "unknown"
    try:
        address = ipaddress.ip_address(remote.split("%", 1)[0])
    except ValueError:
        return remote
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return remote
