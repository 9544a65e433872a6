"""The aiohttp application factory: routes, limits, the error shape.

Every error a client can cause answers JSON `{"error": sentence}`; anything
unexpected is logged and answered with a sentence (tests show none happen). The
handlers do that themselves (no middleware, no response signal: each would cost
every vote a layer of Python), and set their own prebuilt headers
(server/web/http_util.py: the full security set on HTML, nosniff on JSON).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from aiohttp import http_exceptions, web
from aiohttp.web_protocol import RequestPayloadError

from common.values import ControlEvent
from server.net.reachability import ReachabilityLog
from server.web.gate import Gate
from server.web.host_check import HostCheck
from server.web.http_util import CSP
from server.web.hub import PhoneHub
from server.web.keys import CURRENT_DECK
from server.web.limits import MAX_BODY_BYTES, AddressLimits
from server.web.remote_pairing import RemotePairing
from server.web.routes import Views, setup_routes
from server.web.static_files import WEB_DIR
from server.web.talk_state import TalkState
from server.web.views_answers import AnswerViews
from server.web.views_control import ControlViews
from server.web.views_phone import PhoneViews
from server.web.views_remote import RemoteViews
from server.web.views_slides import SlideViews
from server.web.views_socket import SocketView

__all__ = ["CSP", "create_app", "quiet_client_garbage"]

log = logging.getLogger(__name__)


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


def create_app(presentation: TalkState, hub: PhoneHub, limits: AddressLimits, token: str,
               reachability: ReachabilityLog | None = None, web_dir: Path = WEB_DIR,
               hosts: HostCheck | None = None,
               on_control: Callable[[ControlEvent], None] | None = None,
               pairing: RemotePairing | None = None) -> web.Application:
    quiet_client_garbage()
    # keepalive_timeout doubles as the header-read timeout (see limits.py): a
    # connection without a complete request head after it is closed. No lingering:
    # a body the handler did not read closes the connection after the answer
    # instead of being drained for 10 s (a slow-body hold, and aiohttp leaks the
    # draining task when the client hangs up meanwhile). Phones never compress
    # what they send, so nobody gets to make the server inflate a zip bomb.
    app = web.Application(client_max_size=MAX_BODY_BYTES,
                          handler_args={"keepalive_timeout": limits.header_timeout,
                                        "lingering_time": 0, "auto_decompress": False})
    app[CURRENT_DECK] = lambda: presentation.deck     # a refused form's page falls back to its language
    reachability = reachability if reachability is not None else ReachabilityLog()
    hosts = hosts if hosts is not None else HostCheck()

    async def close_sockets(app: web.Application) -> None:
        await hub.close_all()
    app.on_shutdown.append(close_sockets)
    control = ControlViews(presentation, hub, token, on_control)
    # The remote's failed pairings and cookies count with the control token's guesses.
    remote = RemoteViews(presentation, hub, pairing if pairing is not None else RemotePairing(),
                         control.guard)
    views = Views(phone=PhoneViews(presentation, hub, limits, reachability, hosts),
                  socket=SocketView(hub, limits, reachability),
                  control=control,
                  answers=AnswerViews(presentation, limits, reachability),
                  gate=Gate(hosts, limits), slides=SlideViews(presentation), remote=remote)
    setup_routes(app, views, web_dir)
    return app
