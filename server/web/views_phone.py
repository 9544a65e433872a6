"""The phones' endpoints: the page, its state, the vote, the WebSocket, health.

Handlers are thin: they read the request, ask the TalkState, and map its
refusals (`Rejected`) to HTTP errors. The vote is the hot path (a hall votes at
once): it uses prebuilt headers and answers, dict lookups, no middleware, and
waits for a body timer only when the body has not already arrived with the head.
"""
from __future__ import annotations

import asyncio
import html
import json
import logging

from aiohttp import WSMsgType, web
from yarl import URL

from server.net.reachability import ReachabilityLog
from server.store.vote_store import StoreError
from server.web.http_util import (
    BODY_CUT_OFF,
    JSON_HEADERS,
    BadBody,
    answers_json,
    error_answer,
    error_sentence,
    html_answer,
    json_answer,
    json_error,
    parse_object,
    read_body,
    refuse_unknown_keys,
    remember_voter,
    voter_of,
)
from server.web.hub import PhoneHub
from server.web.limits import MAX_BODY_BYTES, MAX_WS_MESSAGE, AddressLimits
from server.web.phone_page import render_page
from server.web.talk_state import Rejected, TalkState

log = logging.getLogger(__name__)

VOTE_FIELDS = ("poll", "choice")
_VOTE_EXAMPLE = '{"poll": id, "choice": option id}'
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def cross_origin(request: web.Request) -> bool:
    """A request made by another site's page.

    A browser always sends Origin on a POST and a WebSocket handshake, and modern
    ones say Sec-Fetch-Site too; a script with no browser sends neither (and has
    no phone's cookie to abuse). `Origin: null` is what Chromium sends with a form
    POST from a page under `Referrer-Policy: no-referrer` (ours): it is this
    server's own page only when the browser also says `Sec-Fetch-Site:
    same-origin` (browsers set that header themselves; a page cannot forge it).
    A null origin from a sandboxed frame or another site says cross-site, or
    nothing at all, and is refused.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site", "").lower()
    if fetch_site in ("cross-site", "same-site"):
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    if origin.strip().lower() == "null":
        return fetch_site != "same-origin"
    try:
        return URL(origin).raw_authority.lower() != (request.host or "").lower()
    except ValueError:
        return True


class PhoneViews:
    """The phone endpoints of one app, bound to its TalkState, hub and limits."""

    def __init__(self, presentation: TalkState, hub: PhoneHub, limits: AddressLimits,
                 reachability: ReachabilityLog):
        self.presentation = presentation
        self.hub = hub
        self.limits = limits
        self.reachability = reachability
        # The vote's answer for each (poll, option): the same bytes every time.
        self._answers = {(p.id, o.id): json.dumps({"poll": p.id, "choice": o.id}).encode()
                         for p in presentation.deck.polls for o in p.options}
        self.page = answers_json(self.page)
        self.healthz = answers_json(self.healthz)
        self.state = answers_json(self.state)
        self.phone_socket = answers_json(self.phone_socket)

    async def page(self, request: web.Request) -> web.Response:
        self.reachability.record(request.remote)
        voter, new = voter_of(request)
        state = self.presentation.phone_state(voter)
        response = html_answer(render_page(state, self.presentation.deck))
        if new:
            remember_voter(response, voter)
        return response

    async def healthz(self, request: web.Request) -> web.Response:
        return json_answer({"ok": True})

    async def state(self, request: web.Request) -> web.Response:
        self.reachability.record(request.remote)
        voter, new = voter_of(request)
        response = json_answer(self.presentation.phone_state(voter))
        if new:
            remember_voter(response, voter)
        return response

    # ------------------------------------------------------------ the vote (hot path)

    async def vote(self, request: web.Request) -> web.StreamResponse:
        # The error mapping a middleware would do, here: one try costs nothing.
        form = False
        try:
            form = request.content_type in _FORMS
            address = request.remote or "unknown"
            self.reachability.record(address)
            limits = self.limits
            if limits.rate and not limits.allow_request(address):
                wait = limits.retry_after(address)
                return _refuse(form, 429, "Too many requests from your network; wait a second "
                                          "and try again.", {"Retry-After": str(wait)})
            headers = request.headers
            if ("Origin" in headers or "Sec-Fetch-Site" in headers) and cross_origin(request):
                return _refuse(form, 403, "Votes are taken only from this server's own page; "
                                          "open the join URL.")
            length = request.content_length
            if length is not None and length > MAX_BODY_BYTES:
                return _refuse(form, 413, "The request is too large; a vote is only a few bytes.")
            try:
                if request.content.is_eof() and not form:
                    # The whole body came with the head (a phone's vote always does).
                    poll_id, choice = vote_fields(parse_object(await read_body(request)), strict=True)
                else:
                    # A body dribbled byte by byte (slowloris) is cut off after body_timeout.
                    async with asyncio.timeout(limits.body_timeout):
                        poll_id, choice = await _read_vote(request, form)
            except TimeoutError:
                response = _refuse(form, 408, "The vote took too long to arrive; try again.")
                response.force_close()
                return response
            except BadBody as bad:
                return _refuse(form, bad.status, str(bad))
            voter, new = voter_of(request)
            presentation = self.presentation
            if limits.max_voters and presentation.has_poll(poll_id) \
                    and not limits.allow_voter(address, poll_id, voter):
                # No Retry-After: the cap holds for the whole poll, waiting does not help.
                return _refuse(form, 429, "Too many phones from your network have voted on this "
                                          "question; ask the presenter to raise "
                                          "--max-voters-per-address.")
            try:
                await presentation.vote(poll_id, voter, choice)
            except Rejected as refusal:
                return _refuse(form, refusal.status, str(refusal))
            except StoreError as error:
                log.error("a vote could not be saved: %s", error)
                return _refuse(form, 503, "Your vote could not be saved; try again in a moment.")
            if form:
                response: web.StreamResponse = web.Response(status=303, headers={"Location": "/"})
            else:
                # A poll added by a reload of the deck has no answer made ahead.
                answer = self._answers.get((poll_id, choice)) or \
                    json.dumps({"poll": poll_id, "choice": choice}).encode()
                response = web.Response(body=answer, headers=JSON_HEADERS)
            if new:
                remember_voter(response, voter)
            return response
        except Exception as error:
            if isinstance(error, ConnectionError):
                raise
            if not form:
                return error_answer(request, error)
            status, sentence = error_sentence(request, error)
            return _refuse(form, status, sentence)

    # ------------------------------------------------------------ the WebSocket

    async def phone_socket(self, request: web.Request) -> web.StreamResponse:
        hub = self.hub
        if hub.count >= self.limits.max_websockets:
            return json_error(503, "The voting server has as many phones as it can take; "
                                   "reload in a moment.")
        if cross_origin(request):
            return json_error(403, "This socket is only for this server's own page; open the join URL.")
        self.reachability.record(request.remote)
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


def vote_fields(data, *, strict: bool) -> tuple[str, str]:
    """(poll id, option id) from a vote's fields, or BadBody with a sentence.

    `strict` (JSON, the API) refuses fields other than poll and choice, so a
    tool's typo is told rather than ignored; a browser's form (JavaScript off)
    sends what our page's form holds, and nothing is gained by refusing more.
    """
    if strict and (len(data) != 2 or "poll" not in data or "choice" not in data):
        refuse_unknown_keys(data, VOTE_FIELDS, _VOTE_EXAMPLE)
    poll_id, choice = data.get("poll"), data.get("choice")
    if not isinstance(poll_id, str) or not poll_id:
        raise BadBody(f"The vote has no poll; send {_VOTE_EXAMPLE}.")
    if not isinstance(choice, str) or not choice:
        raise BadBody(f"The vote has no choice; send {_VOTE_EXAMPLE}.")
    return poll_id, choice


async def _read_vote(request: web.Request, form: bool) -> tuple[str, str]:
    if not form:
        return vote_fields(parse_object(await read_body(request)), strict=True)
    try:
        fields = await request.post()
    except web.HTTPRequestEntityTooLarge:
        raise BadBody("The request is too large; a vote is only a few bytes.", 413) from None
    except (ValueError, *BODY_CUT_OFF):
        raise BadBody("The form could not be read; send poll and choice.") from None
    return vote_fields({k: fields.get(k) for k in VOTE_FIELDS}, strict=False)


def _refuse(form: bool, status: int, sentence: str, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON error; a form POST (JavaScript off) gets the sentence as a small page."""
    if not form:
        return json_error(status, sentence, **(headers or {}))
    body = (f'<!doctype html><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>votedeck</title>'
            f'<p>{html.escape(sentence)}</p><p><a href="/">Back</a></p>')
    response = html_answer(body, status)
    if headers:
        response.headers.update(headers)
    return response
