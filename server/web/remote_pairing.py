"""RemotePairing: the speaker's phone becomes a remote by scanning a one-time code.

The console asks for a code (`new_code`, from the GUI thread) and shows it as a QR
code of `/remote?pair=<code>` on the laptop screen only; it never reaches the
projector. The phone that opens it first swaps the code (`redeem`, on the server's
loop) for the remote's secret, which the server keeps in an HttpOnly,
SameSite=Strict cookie: the code works once and for CODE_LIFETIME seconds, and a new
one replaces an unused one. The secret is made once per server run, so a phone
stays paired while the talk runs, and a fresh code pairs a second phone (a spare).
Every comparison is constant-time. No aiohttp; a lock, because two threads use it.
"""
from __future__ import annotations

import hmac
import secrets
import threading
import time

CODE_LIFETIME = 600.0           # seconds a pairing code works (ten minutes)
COOKIE = "remote"


class RemotePairing:
    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._secret = secrets.token_urlsafe(32)
        self._code: str | None = None
        self._expires = 0.0

    def new_code(self) -> tuple[str, float]:
        """A fresh one-time code and the seconds it works; any earlier code stops working."""
        with self._lock:
            self._code = secrets.token_urlsafe(18)
            self._expires = self._clock() + CODE_LIFETIME
            return self._code, CODE_LIFETIME

    def redeem(self, code: str) -> str | None:
        """The remote's secret for the right, unused, unexpired code (used up now); else None."""
        with self._lock:
            expected, fresh = self._code, self._clock() < self._expires
            right = hmac.compare_digest(code.encode("utf-8", "replace"),
                                        (expected or "-").encode("utf-8"))
            if not (right and fresh and expected is not None):
                return None
            self._code = None
            return self._secret

    def paired(self, cookie: str | None) -> bool:
        """The cookie holds the remote's secret."""
        return hmac.compare_digest((cookie or "").encode("utf-8", "replace"),
                                   self._secret.encode("utf-8"))
