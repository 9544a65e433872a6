"""The phones' endpoints: the page, its state, the vote, the WebSocket, health.

Handlers are thin: they read the request, ask the Presentation, and map its
refusals (`Rejected`) to HTTP errors. Must not import PySide6.
"""
from __future__ import annotations

import asyncio
import html
import logging

from aiohttp import WSMsgType, web
from yarl import URL

from .http_util import BODY_CUT_OFF, BadBody, is_form, json_error, json_object, remember_voter, voter_of
from .keys import DECK, HUB, LIMITS, PRESENTATION
from .limits import MAX_BODY_BYTES, MAX_WS_MESSAGE
from .phone_page import render_page
from .presentation import Rejected
from .store import StoreError

log = logging.getLogger(__name__)


async def page(request: web.Request) -> web.Response:
    voter, new = voter_of(request)
    state = request.app[PRESENTATION].phone_state(voter)
    response = web.Response(text=render_page(state, request.app[DECK]), content_type="text/html")
    if new:
        remember_voter(response, voter)
    return response


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def state(request: web.Request) -> web.Response:
    voter, new = voter_of(request)
    response = web.json_response(request.app[PRESENTATION].phone_state(voter))
    if new:
        remember_voter(response, voter)
    return response


def _cross_origin(request: web.Request) -> bool:
    """A request made by another site's page.

    A browser always sends Origin on a POST and a WebSocket handshake, and modern
    ones say Sec-Fetch-Site too; a script with no browser sends neither (and has
    no phone's cookie to abuse). "null" (a sandboxed or privacy-stripped page) is
    not this server either.
    """
    if request.headers.get("Sec-Fetch-Site", "").lower() in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    try:
        return URL(origin).raw_authority.lower() != (request.host or "").lower()
    except ValueError:
        return True


async def vote(request: web.Request) -> web.StreamResponse:
    form = is_form(request)
    limits = request.app[LIMITS]
    address = request.remote or "unknown"
    if not limits.allow_request(address):
        return _refuse(form, 429, "Too many requests from your network; wait a second and try again.")
    if _cross_origin(request):
        return _refuse(form, 403, "Votes are taken only from this server's own page; open the join URL.")
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        return _refuse(form, 413, "The request is too large; a vote is only a few bytes.")
    try:
        async with asyncio.timeout(limits.body_timeout):
            poll_id, choice = await _read_vote(request, form)
    except TimeoutError:
        # A body dribbled byte by byte (slowloris): answer and drop the connection.
        response = _refuse(form, 408, "The vote took too long to arrive; try again.")
        response.force_close()
        return response
    except BadBody as bad:
        return _refuse(form, bad.status, str(bad))
    presentation = request.app[PRESENTATION]
    voter, new = voter_of(request)
    if presentation.deck.poll(poll_id) is not None \
            and not limits.allow_voter(address, poll_id, voter):
        return _refuse(form, 429, "Too many phones from your network have voted on this question; "
                                  "ask the presenter to raise --max-voters-per-address.")
    try:
        stored = await presentation.vote(poll_id, voter, choice)
    except Rejected as refusal:
        return _refuse(form, refusal.status, str(refusal))
    except StoreError as error:
        log.error("a vote could not be saved: %s", error)
        return _refuse(form, 503, "Your vote could not be saved; try again in a moment.")
    if form:
        response: web.StreamResponse = web.Response(status=303, headers={"Location": "/"})
    else:
        response = web.json_response({"poll": poll_id, "choice": stored})
    if new:
        remember_voter(response, voter)
    return response


async def _read_vote(request: web.Request, form: bool) -> tuple[str, str]:
    if form:
        try:
            fields = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise BadBody("The request is too large; a vote is only a few bytes.", 413) from None
        except (ValueError, *BODY_CUT_OFF):
            raise BadBody("The form could not be read; send poll and choice.") from None
        data = {k: fields.get(k) for k in ("poll", "choice")}
    else:
        data = await json_object(request)
    poll_id, choice = data.get("poll"), data.get("choice")
    if not isinstance(poll_id, str) or not poll_id:
        raise BadBody("The vote has no poll; send {\"poll\": id, \"choice\": option id}.")
    if not isinstance(choice, str) or not choice:
        raise BadBody("The vote has no choice; send {\"poll\": id, \"choice\": option id}.")
    return poll_id, choice


def _refuse(form: bool, status: int, sentence: str) -> web.Response:
    """A JSON error; a form POST (JavaScript off) gets the sentence as a small page."""
    if not form:
        return json_error(status, sentence)
    body = (f'<!doctype html><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>votedeck</title>'
            f'<p>{html.escape(sentence)}</p><p><a href="/">Back</a></p>')
    return web.Response(text=body, status=status, content_type="text/html")


async def phone_socket(request: web.Request) -> web.StreamResponse:
    hub = request.app[HUB]
    if hub.count >= request.app[LIMITS].max_websockets:
        return json_error(503, "The voting server has as many phones as it can take; "
                               "reload in a moment.")
    if _cross_origin(request):
        return json_error(403, "This socket is only for this server's own page; open the join URL.")
    voter, new = voter_of(request)
    # A message over MAX_WS_MESSAGE closes the socket with 1009 (message too big).
    ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=MAX_WS_MESSAGE, compress=False)
    try:
        ready = ws.can_prepare(request).ok
    except UnicodeEncodeError:
        # aiohttp cannot even word its refusal of a handshake header that is not UTF-8.
        ready = False
    if not ready:
        return json_error(400, "This address is the phones' WebSocket; open / in a browser.")
    if new:
        remember_voter(ws, voter)
    await ws.prepare(request)
    hub.add(ws, voter)
    try:
        await ws.send_str(hub.message_for(voter))
        async for message in ws:
            # Phones need not talk; "state" asks for the state again (after a resync).
            if message.type == WSMsgType.TEXT and message.data == "state":
                await ws.send_str(hub.message_for(voter))
    finally:
        hub.discard(ws)
    return ws
