"""RareLog: a log line that may repeat thousands of times a second, written at most
once per interval with a count of the ones held back.

An attacker must not be able to fill the disk through our log (issue 19: a
descriptor flood once wrote 112 MB of tracebacks in 40 s; a full disk one line
per failed vote). Also the event loop's exception handler for the server's
loop, so that accept errors ("Too many open files") are one line a second,
never a traceback per attempt.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any


class RareLog:
    def __init__(self, logger: logging.Logger, interval: float = 1.0, level: int = logging.WARNING):
        self.logger = logger
        self.interval = interval
        self.level = level
        self.count = 0                  # every occurrence so far (tests, summaries)
        self._held = 0
        self._last = float("-inf")

    def __call__(self, message: str, *args: Any) -> None:
        """Log `message % args` unless one went out within the interval; then count it."""
        self.count += 1
        now = time.monotonic()
        if now - self._last < self.interval:
            self._held += 1
            return
        if self._held:
            message += " (and %d more like it since the last such line)"
            args = (*args, self._held)
        self._last, self._held = now, 0
        self.logger.log(self.level, message, *args)


_loop_log = logging.getLogger("server.loop")
_loop_errors = RareLog(_loop_log, interval=1.0, level=logging.ERROR)


def quiet_loop_errors(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The server loop's exception handler: one line, no traceback, at most once a second."""
    error = context.get("exception")
    detail = f"{type(error).__name__}: {error}" if error is not None else ""
    _loop_errors("%s %s", context.get("message", "event loop error"), detail)
