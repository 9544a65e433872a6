"""The presenter's control API: slide, poll state, results. Every request needs
`Authorization: Bearer <token>`, compared in constant time, from any address.

The token is never logged (the access log records the request line, not headers).

After a change is made, the app's optional `ON_CONTROL` listener hears it as a
`ControlEvent`, so a presenter window follows a slide or poll change it did not make.
"""
from __future__ import annotations

import hmac
import logging

from aiohttp import web

from common.values import ControlEvent
from server.store.vote_store import StoreError
from server.web.http_util import BadBody, json_answer, json_error, json_object, refuse_unknown_keys
from server.web.keys import HUB, ON_CONTROL, PRESENTATION, TOKEN
from server.web.talk_state import Rejected

log = logging.getLogger(__name__)

POLL_FIELDS = ("poll", "open", "reveal", "reset")


def _authorised(request: web.Request) -> bool:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    given = value.strip().encode("utf-8", "replace")
    expected = request.app[TOKEN].encode("utf-8")
    # compare_digest on every request, right or wrong scheme, so timing says nothing.
    return hmac.compare_digest(given, expected) and scheme.lower() == "bearer"


def _unauthorised() -> web.Response:
    return json_error(401, "This needs the presenter's control token: send "
                           "Authorization: Bearer <token> (votedeck serve prints it).",
                      **{"WWW-Authenticate": 'Bearer realm="votedeck"'})


def _tell(request: web.Request, event: ControlEvent) -> None:
    listener = request.app.get(ON_CONTROL)
    if listener is None:
        return
    try:
        listener(event)
    except Exception:  # noqa: BLE001 - a listener's bug must not undo a change already made
        log.exception("the control listener failed")


def _failure(error: Exception) -> web.Response:
    if isinstance(error, (Rejected, BadBody)):
        return json_error(error.status, str(error))
    log.error("a control change could not be saved: %s", error)
    return json_error(503, "The change could not be saved; try again in a moment.")


async def slide(request: web.Request) -> web.Response:
    if not _authorised(request):
        return _unauthorised()
    presentation = request.app[PRESENTATION]
    try:
        data = await json_object(request)
        refuse_unknown_keys(data, ("slide",), '{"slide": n}')
        number = data.get("slide")
        if not isinstance(number, int) or isinstance(number, bool):
            raise BadBody('Send {"slide": n} with n a slide number (1 is the first).')
        await presentation.show_slide(number)
    except (Rejected, BadBody, StoreError) as error:
        return _failure(error)
    _tell(request, ControlEvent("slide", presentation.slide))
    poll = presentation.current_poll
    return json_answer({"slide": presentation.slide, "poll": None if poll is None else poll.id})


async def poll(request: web.Request) -> web.Response:
    if not _authorised(request):
        return _unauthorised()
    presentation = request.app[PRESENTATION]
    try:
        data = await json_object(request)
        refuse_unknown_keys(data, POLL_FIELDS, '{"poll": id} with any of "open", "reveal" '
                                               '(true/false) and "reset": true')
        poll_id = data.get("poll")
        if not isinstance(poll_id, str):
            raise BadBody('Send {"poll": id} with any of "open", "reveal" (true/false) and "reset": true.')
        flags = {}
        for name in ("open", "reveal", "reset"):
            value = data.get(name)
            if value is not None and not isinstance(value, bool):
                raise BadBody(f'"{name}" must be true or false.')
            flags[name] = value
        await presentation.set_poll(poll_id, open=flags["open"], reveal=flags["reveal"],
                                    reset=bool(flags["reset"]))
    except (Rejected, BadBody, StoreError) as error:
        return _failure(error)
    _tell(request, ControlEvent("poll", presentation.slide, poll_id, open=flags["open"],
                                reveal=flags["reveal"], reset=bool(flags["reset"])))
    return json_answer({"poll": poll_id, **presentation.poll_results(poll_id)})


async def results(request: web.Request) -> web.Response:
    if not _authorised(request):
        return _unauthorised()
    presentation = request.app[PRESENTATION]
    session = presentation.session
    return json_answer({
        "session": {"id": session.id, "name": session.name},
        "slide": presentation.slide,
        "phones": request.app[HUB].count,
        "polls": {p.id: presentation.poll_results(p.id) for p in presentation.deck.polls},
    })
