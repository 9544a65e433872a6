"""The phones' WebSocket endpoint: the caps before the upgrade, then the socket's life.

Refusals come before the upgrade, as JSON sentences: 503 when the server holds
as many sockets as it may, 429 when one address holds its share
(`max_websockets_per_address`, 0 = no cap; issue 19, item 2), 403 from another
site's page, 400 for a handshake that is not a valid WebSocket one (a bad
Sec-WebSocket-Key, HEAD, a plain GET). Everything sent to the phone goes through
its PhoneLink (server/web/phone_link.py).
"""
from __future__ import annotations

import socket

from aiohttp import WSMsgType, web

from server.net.reachability import ReachabilityLog
from server.web.http_util import json_error, remember_voter, voter_of
from server.web.hub import PhoneHub
from server.web.limits import MAX_WS_MESSAGE, AddressLimits, address_key
from server.web.origin import cross_origin
from server.web.phone_language import phone_language

# The kernel's send buffer of a phone's socket. Left alone, Linux grows it to 4 MB
# for a phone that does not read: 5,000 of those would be 20 GB, and the server
# could not see that the phone has stopped. A state is under 1 KB.
SOCKET_SEND_BUFFER = 32 * 1024
NOT_A_HANDSHAKE = "This address is the phones' WebSocket; open / in a browser."


def _valid_handshake(ws: web.WebSocketResponse, request: web.Request) -> bool:
    if request.method != "GET":
        return False
    try:
        return ws.can_prepare(request).ok
    except (UnicodeError, ValueError):
        # aiohttp cannot even word its refusal of a handshake header that is not
        # UTF-8, nor decode a key that is not base64 text.
        return False


class SocketView:
    def __init__(self, hub: PhoneHub, limits: AddressLimits, reachability: ReachabilityLog):
        self.hub = hub
        self.limits = limits
        self.reachability = reachability

    def _refusal(self, request: web.Request, address: str) -> web.Response | None:
        hub, limits = self.hub, self.limits
        if hub.sockets >= limits.max_websockets:
            return json_error(503, "The voting server has as many phones as it can take; "
                                   "reload in a moment.")
        per_address = limits.max_websockets_per_address
        if per_address and hub.sockets_from(address) >= per_address:
            return json_error(429, "Too many phones from your network are connected; ask the "
                                   "presenter to raise --max-websockets-per-address.")
        if cross_origin(request):
            return json_error(403, "This socket is only for this server's own page; open the join URL.")
        return None

    async def phone_socket(self, request: web.Request) -> web.StreamResponse:
        address = address_key(request.remote)
        refusal = self._refusal(request, address)
        if refusal is not None:
            return refusal
        self.reachability.record(request.remote)
        voter, new = voter_of(request)
        # A message over MAX_WS_MESSAGE closes the socket with 1009 (message too big).
        ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=MAX_WS_MESSAGE, compress=False)
        if not _valid_handshake(ws, request):
            return json_error(400, NOT_A_HANDSHAKE)
        if new:
            remember_voter(ws, voter)
        try:
            await ws.prepare(request)
        except (web.HTTPException, UnicodeError, ValueError):
            return json_error(400, NOT_A_HANDSHAKE)
        _bound_send_buffer(request)
        hub = self.hub
        # The page's language (its ?lang cookie, else Accept-Language, else the deck's):
        # the poll words the phone reads are sent in it alone.
        language, _ = phone_language(request, hub.presentation.deck)
        hub.add(ws, voter, address, request.transport, language)
        try:
            hub.send_current(ws)
            async for message in ws:
                # Phones need not talk; "state" asks for the state again (after a resync).
                if message.type == WSMsgType.TEXT and message.data == "state":
                    hub.send_current(ws)
        finally:
            hub.discard(ws)
        return ws


def _bound_send_buffer(request: web.Request) -> None:
    transport = request.transport
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SOCKET_SEND_BUFFER)
    except OSError:
        pass            # the system's own buffer then; the link's limit still applies
