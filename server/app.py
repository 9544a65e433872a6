"""The aiohttp application factory: routes, limits, error shape, security headers.

Every error a client can cause answers JSON `{"error": sentence}`; anything
unexpected is logged and answered with a sentence (tests show none happen).
Must not import PySide6.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from aiohttp import http_exceptions, web
from aiohttp.web_protocol import RequestPayloadError

from .api import DeckSpec
from .http_util import json_error
from .hub import PhoneHub
from .keys import DECK, HUB, LIMITS, PRESENTATION, REACHABILITY, TOKEN
from .limits import MAX_BODY_BYTES, AddressLimits
from .presentation import Presentation
from .reachability import ReachabilityLog
from .routes import WEB_DIR, setup_routes

log = logging.getLogger(__name__)

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")

_SENTENCES = {
    400: "The request could not be understood.",
    403: "That is not allowed.",
    404: "There is nothing here; the phone page is at /.",
    405: "This address does not take that method.",
    413: "The request is too large; a vote is only a few bytes.",
}


class _ClientGarbage(logging.Filter):
    """Malformed HTTP from a client is the client's problem: one debug line, no traceback.

    aiohttp answers it with a 400 itself but logs the parser's exception at ERROR;
    and a body nobody read (a GET with a broken gzip body) fails while aiohttp
    drains it after the answer, logged as "Unhandled exception" before it closes
    the connection, as it should.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, RequestPayloadError):
            error = error.__cause__ or http_exceptions.HttpProcessingError(message=str(error))
        if isinstance(error, http_exceptions.HttpProcessingError) and (error.code or 400) < 500:
            log.debug("malformed request refused: %s", str(error).splitlines()[0] if str(error) else error)
            return False
        return True


_GARBAGE_FILTER = _ClientGarbage()


def quiet_client_garbage() -> None:
    server_log = logging.getLogger("aiohttp.server")
    if _GARBAGE_FILTER not in server_log.filters:
        server_log.addFilter(_GARBAGE_FILTER)


@web.middleware
async def json_errors(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        sentence = _SENTENCES.get(exc.status, exc.reason or "The request was refused.")
        return json_error(exc.status, sentence)
    except (asyncio.CancelledError, ConnectionError):
        raise
    except Exception:
        log.exception("unexpected error answering %s %s", request.method, request.path)
        return json_error(500, "Something went wrong inside votedeck; try again.")


# The phone's own paths: evidence that a phone got through (issue 9). The control
# API and static files are not phones asking; /healthz is a monitor.
_PHONE_PATHS = frozenset(("/", "/api/state", "/api/vote", "/ws"))


@web.middleware
async def record_phones(request: web.Request, handler):
    if request.path in _PHONE_PATHS:
        request.app[REACHABILITY].record(request.remote)
    return await handler(request)


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("Content-Security-Policy", CSP)
    if not request.path.startswith("/static/"):
        headers.setdefault("Cache-Control", "no-store")


def create_app(deck: DeckSpec, presentation: Presentation, hub: PhoneHub,
               limits: AddressLimits, token: str,
               reachability: ReachabilityLog | None = None,
               web_dir: Path = WEB_DIR) -> web.Application:
    quiet_client_garbage()
    # keepalive_timeout doubles as the header-read timeout (see limits.py): a
    # connection without a complete request head after it is closed. No lingering:
    # a body the handler did not read closes the connection after the answer
    # instead of being drained for 10 s (a slow-body hold, and aiohttp leaks the
    # draining task when the client hangs up meanwhile). Phones never compress
    # what they send, so nobody gets to make the server inflate a zip bomb.
    app = web.Application(client_max_size=MAX_BODY_BYTES,
                          middlewares=[json_errors, record_phones],
                          handler_args={"keepalive_timeout": limits.header_timeout,
                                        "lingering_time": 0, "auto_decompress": False})
    app[REACHABILITY] = reachability if reachability is not None else ReachabilityLog()
    app[DECK] = deck
    app[PRESENTATION] = presentation
    app[HUB] = hub
    app[LIMITS] = limits
    app[TOKEN] = token
    app.on_response_prepare.append(_security_headers)

    async def close_sockets(app: web.Application) -> None:
        await app[HUB].close_all()
    app.on_shutdown.append(close_sockets)
    setup_routes(app, web_dir)
    return app
