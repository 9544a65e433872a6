"""TokenGuard: wrong control tokens cost a guesser ever more time (issue 19, item 7).

A few wrong tries from one address are free (a speaker mistyping); after that
each wrong one shuts the address out for twice as long as the one before, up
to MAX_WAIT, and a request inside that time is refused (429 with Retry-After)
before the token is even compared. A right token clears the address's record.
A log line says that guessing goes on (at most one per LOG_EVERY seconds),
never the guess and never the address (addresses are kept only in memory).
"""
from __future__ import annotations

import logging
import math
import time

from server.quiet_log import RareLog

log = logging.getLogger(__name__)

FREE_TRIES = 5          # wrong tokens from one address before waits begin
FIRST_WAIT = 0.5        # seconds; doubles with every further wrong token
MAX_WAIT = 60.0
LOG_EVERY = 10.0
_PRUNE_AT = 10000


class TokenGuard:
    def __init__(self) -> None:
        self._wrong: dict[str, tuple[int, float]] = {}   # address -> (wrong in a row, shut until)
        self._log = RareLog(log, interval=LOG_EVERY)

    def wait_left(self, address: str, now: float | None = None) -> float:
        """Seconds until `address` may try a token again (0: now)."""
        record = self._wrong.get(address)
        if record is None:
            return 0.0
        now = time.monotonic() if now is None else now
        return max(0.0, record[1] - now)

    def retry_after(self, address: str) -> int:
        return max(1, math.ceil(self.wait_left(address)))

    def failed(self, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        wrong = self._wrong.get(address, (0, 0.0))[0] + 1
        wait = 0.0 if wrong <= FREE_TRIES else min(MAX_WAIT, FIRST_WAIT * 2 ** (wrong - FREE_TRIES - 1))
        self._wrong[address] = (wrong, now + wait)
        if len(self._wrong) > _PRUNE_AT:
            self._wrong = {a: r for a, r in self._wrong.items() if r[1] > now}
        self._log("a wrong control token (%d in a row from one address; its next try waits "
                  "%.1f s): someone may be guessing it", wrong, wait)

    def succeeded(self, address: str) -> None:
        self._wrong.pop(address, None)
