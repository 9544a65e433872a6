"""Per-address caps on the vote path: a token bucket of requests per second, and
how many distinct voter ids one address may use per poll.

They stop a script that floods or throws its cookie away to vote again; a real
hall never meets them (and a NATed venue raises `max_voters_per_address`). Both
live in memory only: no address is ever written to the database. 0 turns a cap off.

Must not import aiohttp or PySide6.
"""
from __future__ import annotations

import time

MAX_WEBSOCKETS = 5000          # far above a large hall; beyond it phones get a clear 503
MAX_BODY_BYTES = 4096          # a vote is under 100 bytes
_PRUNE_AT = 20000              # forget idle addresses beyond this many


class AddressLimits:
    def __init__(self, max_voters_per_address: int, max_requests_per_second: int):
        self.max_voters = max(0, int(max_voters_per_address))
        self.rate = max(0, int(max_requests_per_second))
        self._buckets: dict[str, tuple[float, float]] = {}   # address -> (tokens, last time)
        self._voters: dict[tuple[str, str], set[str]] = {}   # (address, poll) -> voter ids

    def allow_request(self, address: str, now: float | None = None) -> bool:
        """Take one token from the address's bucket (one second's worth of burst)."""
        if not self.rate:
            return True
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(address, (float(self.rate), now))
        tokens = min(float(self.rate), tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[address] = (tokens, now)
            return False
        self._buckets[address] = (tokens - 1.0, now)
        if len(self._buckets) > _PRUNE_AT:
            self._prune(now)
        return True

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

    def forget_poll(self, poll_id: str) -> None:
        """After a reset, the poll's voters start afresh."""
        for key in [k for k in self._voters if k[1] == poll_id]:
            del self._voters[key]

    def _prune(self, now: float) -> None:
        idle = [a for a, (_, last) in self._buckets.items() if now - last > 2.0]
        for address in idle:
            del self._buckets[address]
