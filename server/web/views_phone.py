"""The phones' endpoints: the page, its state, the vote, the WebSocket, health.

Handlers are thin: they read the request, ask the TalkState, and map its
refusals (`Rejected`) to HTTP errors. The vote is the hot path (a hall votes at
once): it uses prebuilt headers and answers, dict lookups, no middleware, and
waits for a body timer only when the body has not already arrived with the head.
"""
from __future__ import annotations

import asyncio
import json
import logging

from aiohttp import web

from server.net.reachability import ReachabilityLog
from server.quiet_log import RareLog
from server.store.vote_store import StoreError
from server.web.choices import MAX_PICKS
from server.web.gate import wrong_host
from server.web.host_check import HostCheck
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
from server.web.limits import MAX_BODY_BYTES, AddressLimits, address_key
from server.web.origin import cross_origin
from server.web.phone_errors import form_error_page
from server.web.phone_language import phone_language, remember_language
from server.web.phone_page import render_page
from server.web.talk_state import Rejected, TalkState

log = logging.getLogger(__name__)

# A choice poll with `other: true` also takes the other answer's words with the vote.
VOTE_FIELDS = ("poll", "choice", "text")
_VOTE_EXAMPLE = ('{"poll": id, "choice": option id} (a pick-k poll: a list of option ids; '
                 'a scale: its number)')
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


class PhoneViews:
    """The phone endpoints of one app, bound to its TalkState, hub and limits."""

    def __init__(self, presentation: TalkState, hub: PhoneHub, limits: AddressLimits,
                 reachability: ReachabilityLog, hosts: HostCheck):
        self.presentation = presentation
        self.hub = hub
        self.limits = limits
        self.reachability = reachability
        self.hosts = hosts
        # A failing disk fails every vote: one line per 10 s with a count, not one per vote.
        self._store_failures = RareLog(log, interval=10.0, level=logging.ERROR)
        # The vote's answer for each (poll, option): the same bytes every time.
        self._answers = {(p.id, o.id): json.dumps({"poll": p.id, "choice": o.id}).encode()
                         for p in presentation.deck.polls for o in p.options}
        self.page = answers_json(self.page)
        self.healthz = answers_json(self.healthz)
        self.state = answers_json(self.state)

    async def page(self, request: web.Request) -> web.Response:
        self.reachability.record(request.remote)
        voter, new = voter_of(request)
        state = self.presentation.phone_state(voter)
        language, picked = phone_language(request, self.presentation.deck)
        response = html_answer(render_page(state, self.presentation.deck, language))
        if picked:
            remember_language(response, language)
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
        # The form POST's request (JavaScript off: the refusal is a page in the
        # phone's language), or None for JSON.
        form: web.Request | None = None
        try:
            form = request if request.content_type in _FORMS else None
            address = address_key(request.remote)
            refusal = self._refusal(request, form, address)
            if refusal is not None:
                return refusal
            try:
                poll_id, choice, text = await _vote_in_time(request, form, self.limits.body_timeout)
            except TimeoutError:
                response = _refuse(form, 408, "The vote took too long to arrive; try again.")
                response.force_close()
                return response
            except BadBody as bad:
                return _refuse(form, bad.status, str(bad))
            return await self._take(request, form, address, poll_id, choice, text)
        except Exception as error:
            if isinstance(error, ConnectionError):
                raise
            if not form:
                return error_answer(request, error)
            status, sentence = error_sentence(request, error)
            return _refuse(form, status, sentence)

    def _refusal(self, request: web.Request, form: web.Request | None, address: str) -> web.Response | None:
        """What refuses a vote before its body is read: Host, rate, origin, size."""
        if not self.hosts.allows(request.headers.get("Host")):
            return wrong_host()
        self.reachability.record(request.remote)
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
        return None

    async def _take(self, request: web.Request, form: bool, address: str, poll_id: str,
                    choice: str | list | int, text: str | None) -> web.StreamResponse:
        """Store the vote (after the voter cap), and a choice poll's "other" words with
        it; answer once it is committed."""
        voter, new = voter_of(request)
        presentation, limits = self.presentation, self.limits
        try:
            # A vote that would be refused anyway takes no voter slot (issue 19, item 5).
            choice = presentation.check_vote(poll_id, choice)
            if limits.max_voters and not limits.allow_voter(address, poll_id, voter):
                # No Retry-After: the cap holds for the whole poll, waiting does not help.
                return _refuse(form, 429, "Too many phones from your network have voted on "
                                          "this question; ask the presenter to raise "
                                          "--max-voters-per-address.")
            await presentation.vote(poll_id, voter, choice)
            if text is not None:
                await presentation.answer_other(poll_id, voter, text)
        except Rejected as refusal:
            return _refuse(form, refusal.status, str(refusal))
        except StoreError as error:
            if (poll_id, voter) not in presentation.tallies.choices:
                limits.release_voter(address, poll_id, voter)
            self._store_failures("votes could not be saved: %s", error)
            return _refuse(form, 503, "Your vote could not be saved; try again in a moment.")
        self.hub.tell_voter(voter)
        if form:
            response: web.StreamResponse = web.Response(status=303, headers={"Location": "/"})
        else:
            body = self._answers.get((poll_id, choice))
            if body is None:        # a pick-k set, a scale sent as a number
                stored = presentation.tallies.choices.get((poll_id, voter))
                body = json.dumps({"poll": poll_id, "choice": stored}).encode()
            response = web.Response(body=body, headers=JSON_HEADERS)
        if new:
            remember_voter(response, voter)
        return response


async def _vote_in_time(request: web.Request, form: bool,
                        body_timeout: float) -> tuple[str, str | list | int, str | None]:
    """(poll, choice, other text) from the body; BadBody, or TimeoutError for a dribbled body."""
    if request.content.is_eof() and not form:
        # The whole body came with the head (a phone's vote always does).
        return vote_fields(parse_object(await read_body(request)), strict=True)
    # A body dribbled byte by byte (slowloris) is cut off after body_timeout.
    async with asyncio.timeout(body_timeout):
        return await _read_vote(request, form)


def vote_fields(data, *, strict: bool) -> tuple[str, str | list | int, str | None]:
    """(poll id, choice, other text or None) from a vote's fields, or BadBody with a sentence.

    The choice is an option id, a list of them (pick-k), or a scale's number; the
    poll decides which it takes. `strict` (JSON, the API) refuses fields other than
    poll, choice and text, so a tool's typo is told rather than ignored; a
    browser's form (JavaScript off) sends what our page's form holds.
    """
    if strict and (len(data) != 2 or "poll" not in data or "choice" not in data):
        refuse_unknown_keys(data, VOTE_FIELDS, _VOTE_EXAMPLE)
    poll_id, choice, text = data.get("poll"), data.get("choice"), data.get("text")
    if not isinstance(poll_id, str) or not poll_id:
        raise BadBody(f"The vote has no poll; send {_VOTE_EXAMPLE}.")
    if isinstance(choice, list) and len(choice) == 1:
        choice = choice[0]
    if not choice or not (isinstance(choice, (str, int)) and not isinstance(choice, bool)
                          or isinstance(choice, list) and len(choice) <= MAX_PICKS
                          and all(isinstance(c, str) for c in choice)):
        raise BadBody(f"The vote has no choice; send {_VOTE_EXAMPLE}.")
    if text is not None and not isinstance(text, str):
        raise BadBody("The other answer is text; send \"text\": \"your words\".")
    return poll_id, choice, text or None


async def _read_vote(request: web.Request, form: web.Request | None) -> tuple[str, str | list | int, str | None]:
    if not form:
        return vote_fields(parse_object(await read_body(request)), strict=True)
    try:
        fields = await request.post()
    except web.HTTPRequestEntityTooLarge:
        raise BadBody("The request is too large; a vote is only a few bytes.", 413) from None
    except (ValueError, *BODY_CUT_OFF):
        raise BadBody("The form could not be read; send poll and choice.") from None
    # A pick-k form sends one `choice` per ticked box.
    picked = [c for c in fields.getall("choice", []) if isinstance(c, str)]
    return vote_fields({"poll": fields.get("poll"), "choice": picked,
                        "text": fields.get("text") if isinstance(fields.get("text"), str) else None},
                       strict=False)


def _refuse(form: web.Request | None, status: int, sentence: str,
            headers: dict[str, str] | None = None) -> web.Response:
    """A JSON error; a form POST (JavaScript off) gets a small page in its language."""
    if form is None:
        return json_error(status, sentence, **(headers or {}))
    response = form_error_page(form, status, bool(headers and "Retry-After" in headers))
    if headers:
        response.headers.update(headers)
    return response
