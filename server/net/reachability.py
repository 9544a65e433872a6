"""Evidence that phones reach this laptop: who asked for something, from where, when.

The server calls `ReachabilityLog.record(ip)` for each phone request and
WebSocket connect (on the server's thread); the console calls `recent()` (on the
GUI thread) and gets a frozen `Reachability` it can show: "3 phones reached this
laptop in the last minute (192.168.1.x)". When no phone came a minute after the
join screen was shown, `no_phone_hint()` says what usually causes that and what
to do: the most common way live voting fails is the venue network, not a bug.
Their sentences, in each language, are common.words' `reach.*`.

Memory is bounded: at most `max_addresses` distinct addresses are kept, the
longest-unseen dropped first. One lock guards the table; `record` is O(1), so
the server's loop never waits on the GUI for long.
"""
from __future__ import annotations

import ipaddress
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from common.words import text

DEFAULT_WINDOW_S = 60.0
HINT_AFTER_S = 60.0
MAX_ADDRESSES = 4096        # a very large hall; beyond it the oldest are forgotten


@dataclass(frozen=True)
class Reachability:
    """What the console shows about phones reaching the laptop, at one moment."""

    phones: int                         # distinct addresses seen in the window
    ranges: tuple[str, ...]             # their networks, most phones first: "192.168.1.x"
    window_s: float = DEFAULT_WINDOW_S
    since_join_shown_s: float | None = None   # None: the join screen was not shown yet
    seen_since_join_shown: bool = False

    @property
    def needs_hint(self) -> bool:
        """No phone at all a minute after the join screen went up: time to explain."""
        return (
            self.since_join_shown_s is not None
            and self.since_join_shown_s >= HINT_AFTER_S
            and not self.seen_since_join_shown
        )


def address_range(ip: str) -> str:
    """The network a phone is on, as a person reads it: IPv4 /24, IPv6 /64."""
    addr = ipaddress.ip_address(ip)
    if addr.version == 4:
        return str(addr).rpartition(".")[0] + ".x"
    return str(ipaddress.ip_network(f"{addr}/64", strict=False))


def normalize(ip: str) -> str | None:
    """The address as one phone is known by, or None when it is not an IP.

    An IPv4 phone on a dual-stack socket arrives as ::ffff:a.b.c.d, and a
    link-local IPv6 address may carry a zone (%wlan0): both are the same phone.
    """
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0].strip("[]"))
    except (ValueError, AttributeError):
        return None
    if addr.version == 6 and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return str(addr)


_UNKNOWN = object()


class ReachabilityLog:
    """Remembers when each client address last reached the server."""

    def __init__(
        self,
        *,
        ignore_loopback: bool = True,
        own_addresses: Iterable[str] = (),
        max_addresses: int = MAX_ADDRESSES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # Loopback and the laptop's own addresses are the speaker testing the
        # page on the laptop: that proves nothing about the room's phones.
        self._ignore_loopback = ignore_loopback
        self._own: frozenset[str] = frozenset()
        self._max = max(1, max_addresses)
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, float] = OrderedDict()   # address -> last seen, oldest first
        self._ranges: dict[str, str] = {}                     # address -> its range, for _seen's keys
        # What each raw peer string means (normalized address, or None: not a phone),
        # so the request path pays for parsing once per address, not per request.
        self._raw: dict[str, str | None] = {}
        self._join_shown_at: float | None = None
        self._seen_since_join = False
        self.ignore_addresses(own_addresses)

    def ignore_addresses(self, addresses: Iterable[str]) -> None:
        """The laptop's own addresses (they change when it joins another network)."""
        self._own = frozenset(a for a in map(normalize, addresses) if a)
        self._raw = {}

    def _classify(self, ip: str) -> str | None:
        address = normalize(ip)
        if address is None or address in self._own:
            address = None
        elif self._ignore_loopback and ipaddress.ip_address(address).is_loopback:
            address = None
        if len(self._raw) >= 2 * self._max:
            self._raw = {}
        self._raw[ip] = address
        return address

    def record(self, ip: str | None) -> bool:
        """Note a request from `ip` now; False when it does not count as a phone."""
        if not ip:
            return False
        address = self._raw.get(ip, _UNKNOWN)
        if address is _UNKNOWN:
            address = self._classify(ip)
        if address is None:
            return False
        now = self._clock()
        with self._lock:
            seen = self._seen
            if address in seen:
                seen.move_to_end(address)
            else:
                self._ranges[address] = address_range(address)
                if len(seen) >= self._max:
                    gone, _ = seen.popitem(last=False)
                    del self._ranges[gone]
            seen[address] = now
            if self._join_shown_at is not None:
                self._seen_since_join = True
        return True

    def join_shown(self) -> None:
        """The join screen (or QR) went up: start the minute before the hint."""
        with self._lock:
            if self._join_shown_at is None:
                self._join_shown_at = self._clock()
                self._seen_since_join = False

    def recent(self, window_s: float = DEFAULT_WINDOW_S) -> Reachability:
        """A frozen snapshot of the phones seen in the last `window_s` seconds."""
        now = self._clock()
        ranges: Counter[str] = Counter()
        phones = 0
        with self._lock:
            # Newest last: walk backwards and stop at the first one too old.
            for address, seen in reversed(self._seen.items()):
                if now - seen > window_s:
                    break
                phones += 1
                ranges[self._ranges[address]] += 1
            join_at, seen_since = self._join_shown_at, self._seen_since_join
        return Reachability(
            phones=phones,
            ranges=tuple(r for r, _ in sorted(ranges.items(), key=lambda kv: (-kv[1], kv[0]))),
            window_s=window_s,
            since_join_shown_s=None if join_at is None else max(0.0, now - join_at),
            seen_since_join_shown=seen_since,
        )

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)


def reachability_line(reach: Reachability, lang: str | None = "en") -> str:
    """The console's one line of evidence, e.g. '3 phones reached ... (192.168.1.x)',
    in the language `lang` names (common.language; English for others)."""
    if reach.phones == 0:
        return text(lang, "reach.none")
    shown = ", ".join(reach.ranges[:3]) + (", …" if len(reach.ranges) > 3 else "")
    key = "reach.one" if reach.phones == 1 else "reach.many"
    return text(lang, key, n=reach.phones, ranges=shown)


def no_phone_hint(port: int, lang: str | None = "en") -> str:
    """What usually stops phones reaching the laptop on `port`, and what to do."""
    return text(lang, "reach.hint", port=port)
