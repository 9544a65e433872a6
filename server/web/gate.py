"""Gate: what every request passes before its handler, at the least cost we can.

Two checks, cheapest first: the Host header must be one of ours (421 otherwise,
server/web/host_check.py), and the client's address must be within its rate of
requests (429 with Retry-After otherwise; issue 19, item 12). A refusal is a
prebuilt body and header set and never reaches the handler, so it costs less
than the cheapest answer served. The vote handler makes the same checks
inline (it is the hot path and keeps its own bucket), so this wraps the others;
the answer routes pass the Host check here and spend the vote's bucket.
"""
from __future__ import annotations

import functools
import json

from aiohttp import web

from server.web.host_check import HostCheck
from server.web.http_util import ERROR_HEADERS, Handler, json_error
from server.web.limits import AddressLimits, address_key

WRONG_HOST = ("This server answers only to its own address; open the join URL shown on "
              "the screen.")
TOO_MANY = "Too many requests from your network; wait a second and try again."


# Built once: a refusal is a new Response around the same bytes and headers.
_WRONG_HOST_BODY = json.dumps({"error": WRONG_HOST}).encode()
_TOO_MANY_BODY = json.dumps({"error": TOO_MANY}).encode()
_TOO_MANY_HEADERS = {**ERROR_HEADERS, "Retry-After": "1"}


def wrong_host() -> web.Response:
    return web.Response(body=_WRONG_HOST_BODY, status=421, headers=ERROR_HEADERS)


def too_many(retry_after: int = 1) -> web.Response:
    if retry_after == 1:
        return web.Response(body=_TOO_MANY_BODY, status=429, headers=_TOO_MANY_HEADERS)
    return json_error(429, TOO_MANY, **{"Retry-After": str(retry_after)})


class Gate:
    def __init__(self, hosts: HostCheck, limits: AddressLimits):
        self.hosts = hosts
        self.limits = limits

    def __call__(self, handler: Handler, *, rated: bool = True) -> Handler:
        """`handler` behind the Host check and, when `rated`, the page rate. The phones'
        answers pass `rated=False`: they are written like votes and keep the vote's
        bucket (server/web/views_answers.py), so one answer spends one token, not two."""
        hosts, limits = self.hosts, self.limits

        @functools.wraps(handler)
        async def gated(request: web.Request) -> web.StreamResponse:
            if not hosts.allows(request.headers.get("Host")):
                return wrong_host()
            if rated and limits.rate and not limits.allow_page(address_key(request.remote)):
                return too_many()
            return await handler(request)
        return gated
