"""The endpoints of typed answers: a phone adds, edits and withdraws its own answers,
asks and upvotes questions; the speaker hides, approves and marks answered.

    POST /api/answer            {"poll", "text"} adds; {"poll", "id", "text"} edits
    POST /api/answer/withdraw   {"poll", "id"}
    POST /api/upvote            {"poll", "id"}
    POST /api/control/answer    {"id", "hidden"?, "approved"?, "answered"?}  (bearer token)

Each phone endpoint takes JSON (the page's JavaScript; the answer holds the
phone's new state) or a plain form POST (JavaScript off; the answer is a 303 back
to the page, or the sentence as a small page). The same guards as the vote: the
per-address rate limit, same-origin only, the body cap and the body timer.
Handlers are thin: TalkState / AnswerBook decide, `Rejected` says why not.
"""
from __future__ import annotations

import asyncio
import logging

from aiohttp import web

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
from server.web.keys import LIMITS, PRESENTATION, REACHABILITY
from server.web.refusal import Rejected
from server.web.talk_state import TalkState
from server.web.views_control import _authorised, _failure, _unauthorised
from server.web.views_phone import _refuse, cross_origin

log = logging.getLogger(__name__)

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_EXAMPLES = {
    "answer": '{"poll": id, "text": "your answer"} (to edit one: with "id": n)',
    "withdraw": '{"poll": id, "id": n}',
    "upvote": '{"poll": id, "id": n}',
}
_FIELDS = {"answer": ("poll", "text", "id"), "withdraw": ("poll", "id"), "upvote": ("poll", "id")}


async def answer(request: web.Request) -> web.StreamResponse:
    return await _phone_post(request, "answer")


async def withdraw(request: web.Request) -> web.StreamResponse:
    return await _phone_post(request, "withdraw")


async def upvote(request: web.Request) -> web.StreamResponse:
    return await _phone_post(request, "upvote")


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


async def _phone_post(request: web.Request, action: str) -> web.StreamResponse:
    form = request if request.content_type in _FORMS else None
    address = request.remote or "unknown"
    request.app[REACHABILITY].record(address)
    limits = request.app[LIMITS]
    if limits.rate and not limits.allow_request(address):
        return _refuse(form, 429, "Too many requests from your network; wait a second and try "
                                  "again.", {"Retry-After": str(limits.retry_after(address))})
    if cross_origin(request):
        return _refuse(form, 403, "Answers are taken only from this server's own page; open the "
                                  "join URL.")
    presentation = request.app[PRESENTATION]
    voter, new = voter_of(request)
    try:
        async with asyncio.timeout(limits.body_timeout):
            data = await _fields(request, action, form)
        await _act(presentation, action, voter, data)
    except TimeoutError:
        response = _refuse(form, 408, "The answer took too long to arrive; try again.")
        response.force_close()
        return response
    except (BadBody, Rejected) as refusal:
        return _refuse(form, refusal.status, str(refusal))
    except StoreError as error:
        log.error("an answer could not be saved: %s", error)
        return _refuse(form, 503, "Your answer could not be saved; try again in a moment.")
    if form:
        response: web.StreamResponse = web.Response(status=303, headers={"Location": "/"})
    else:
        response = json_answer({"ok": True, "state": presentation.phone_state(voter)})
    if new:
        remember_voter(response, voter)
    return response


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


# ---------------------------------------------------------------- the speaker

async def moderate(request: web.Request) -> web.Response:
    if not _authorised(request):
        return _unauthorised()
    presentation = request.app[PRESENTATION]
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
        changed = await presentation.answers.moderate(answer_id, **flags)
    except (Rejected, BadBody, StoreError) as error:
        return _failure(error)
    return json_answer({"poll": changed.poll_id, **answer_json(changed)})
