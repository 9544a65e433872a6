"""The endpoints of typed answers: a phone adds, edits and withdraws its own answers,
asks and upvotes questions; the speaker hides, approves and marks answered.

    POST /api/answer            {"poll", "text"} adds; {"poll", "id", "text"} edits
    POST /api/answer/withdraw   {"poll", "id"}
    POST /api/upvote            {"poll", "id"}
    POST /api/control/answer    {"id", "hidden"?, "approved"?, "answered"?}  (bearer token)

Each phone endpoint takes JSON (the page's JavaScript; the answer holds the
phone's new state) or a plain form POST (JavaScript off; the answer is a 303 back
to the page, or the sentence as a small page). The routes pass the Gate (Host,
the page bucket; server/web/gate.py) and then the same guards as the vote: the
vote's per-address rate limit, same-origin only, the body cap and the body timer.
The speaker's endpoint is behind the control token (`ControlViews.needs_token`).
Handlers are thin: TalkState / AnswerBook decide, `Rejected` says why not.
"""
from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from server.net.reachability import ReachabilityLog
from server.quiet_log import RareLog
from server.store.vote_store import StoreError
from server.web.answer_book import answer_json
from server.web.http_util import (
    BODY_CUT_OFF,
    BadBody,
    json_answer,
    json_object,
    parse_object,
    read_body,
    refuse_unknown_keys,
    remember_voter,
    voter_of,
)
from server.web.limits import MAX_BODY_BYTES, AddressLimits, address_key
from server.web.origin import cross_origin
from server.web.refusal import Rejected
from server.web.talk_state import TalkState
from server.web.views_control import _failure
from server.web.views_phone import _refuse

log = logging.getLogger(__name__)

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_EXAMPLES = {
    "answer": '{"poll": id, "text": "your answer"} (to edit one: with "id": n)',
    "withdraw": '{"poll": id, "id": n}',
    "upvote": '{"poll": id, "id": n}',
}
_FIELDS = {"answer": ("poll", "text", "id"), "withdraw": ("poll", "id"), "upvote": ("poll", "id")}


class AnswerViews:
    """The typed-answer endpoints of one app, bound to its TalkState and limits."""

    def __init__(self, presentation: TalkState, limits: AddressLimits, reachability: ReachabilityLog):
        self.presentation = presentation
        self.limits = limits
        self.reachability = reachability
        # A failing disk fails every answer: one line per 10 s with a count.
        self._store_failures = RareLog(log, interval=10.0, level=logging.ERROR)

    async def answer(self, request: web.Request) -> web.StreamResponse:
        return await self._phone_post(request, "answer")

    async def withdraw(self, request: web.Request) -> web.StreamResponse:
        return await self._phone_post(request, "withdraw")

    async def upvote(self, request: web.Request) -> web.StreamResponse:
        return await self._phone_post(request, "upvote")

    def _refusal(self, request: web.Request, form: web.Request | None) -> web.Response | None:
        """What refuses an answer before its body is read: rate, origin, size (the Gate
        has checked the Host)."""
        self.reachability.record(request.remote)
        limits, address = self.limits, address_key(request.remote)
        if limits.rate and not limits.allow_request(address):
            return _refuse(form, 429, "Too many requests from your network; wait a second and "
                                      "try again.", {"Retry-After": str(limits.retry_after(address))})
        if cross_origin(request):
            return _refuse(form, 403, "Answers are taken only from this server's own page; open "
                                      "the join URL.")
        length = request.content_length
        if length is not None and length > MAX_BODY_BYTES:
            return _refuse(form, 413, "The answer is too long to send; shorten it and send again.")
        return None

    async def _phone_post(self, request: web.Request, action: str) -> web.StreamResponse:
        form = request if request.content_type in _FORMS else None
        refusal = self._refusal(request, form)
        if refusal is not None:
            return refusal
        presentation = self.presentation
        voter, new = voter_of(request)
        try:
            async with asyncio.timeout(self.limits.body_timeout):
                data = await _fields(request, action, form)
            await _act(presentation, action, voter, data)
        except TimeoutError:
            response = _refuse(form, 408, "The answer took too long to arrive; try again.")
            response.force_close()
            return response
        except (BadBody, Rejected) as refused:
            return _refuse(form, refused.status, str(refused))
        except StoreError as error:
            self._store_failures("answers could not be saved: %s", error)
            return _refuse(form, 503, "Your answer could not be saved; try again in a moment.")
        if form:
            response: web.StreamResponse = web.Response(status=303, headers={"Location": "/"})
        else:
            response = json_answer({"ok": True, "state": presentation.phone_state(voter)})
        if new:
            remember_voter(response, voter)
        return response

    # ------------------------------------------------------------ the speaker

    async def moderate(self, request: web.Request) -> web.Response:
        """Behind `ControlViews.needs_token` (server/web/routes.py): the token is checked."""
        example = '{"id": n} with any of "hidden", "approved", "answered" (true/false)'
        try:
            data = await json_object(request)
            refuse_unknown_keys(data, ("id", "hidden", "approved", "answered"), example)
            answer_id = data.get("id")
            if not isinstance(answer_id, int) or isinstance(answer_id, bool):
                raise BadBody(f"Send {example}.")
            flags = {}
            for name in ("hidden", "approved", "answered"):
                value = data.get(name)
                if value is not None and not isinstance(value, bool):
                    raise BadBody(f'"{name}" must be true or false.')
                flags[name] = value
            changed = await self.presentation.answers.moderate(answer_id, **flags)
        except (Rejected, BadBody, StoreError) as error:
            return _failure(error)
        return json_answer({"poll": changed.poll_id, **answer_json(changed)})


async def _act(presentation: TalkState, action: str, voter: str, data: dict) -> None:
    poll = presentation.askable(data.get("poll"))
    book = presentation.answers
    answer_id = data.get("id")
    if action == "upvote":
        await book.upvote(poll, voter, answer_id)
    elif action == "withdraw":
        await book.withdraw(poll, voter, answer_id)
    elif answer_id is None:
        await book.add(poll, voter, data.get("text"))
    else:
        await book.edit(poll, voter, answer_id, data.get("text"))


async def _fields(request: web.Request, action: str, form: web.Request | None) -> dict:
    """The request's fields: JSON checked strictly, a form's read as our page sends them."""
    if not form:
        data = parse_object(await read_body(request))
        refuse_unknown_keys(data, _FIELDS[action], _EXAMPLES[action])
        return data
    try:
        fields = await request.post()
    except web.HTTPRequestEntityTooLarge:
        raise BadBody("The answer is too long to send; shorten it and send again.", 413) from None
    except (ValueError, *BODY_CUT_OFF):
        raise BadBody(f"The form could not be read; send {_EXAMPLES[action]}.") from None
    data = {k: fields.get(k) for k in _FIELDS[action] if isinstance(fields.get(k), str)}
    if "id" in data:
        raw = data["id"].strip()
        data["id"] = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 16 else raw
    if data.get("id") == "":
        del data["id"]
    return data
