"""The presenter's control API: slide, poll state, results. Every request needs
`Authorization: Bearer <token>`, compared in constant time, from any address;
wrong tokens cost their address growing waits (server/web/token_guard.py).

The token is never logged (the access log records the request line, not headers).

After a change is made, the optional `on_control` listener (ControlViews) hears it as a
`ControlEvent`, so a presenter window follows a slide or poll change it did not make.
"""
from __future__ import annotations

import hmac
import logging
from collections.abc import Callable

from aiohttp import web

from common.values import ControlEvent
from server.quiet_log import RareLog
from server.store.vote_store import StoreError
from server.web.gate import too_many
from server.web.http_util import BadBody, Handler, json_answer, json_error, json_object, refuse_unknown_keys
from server.web.hub import PhoneHub
from server.web.limits import address_key
from server.web.talk_state import Rejected, TalkState
from server.web.token_guard import TokenGuard

log = logging.getLogger(__name__)
_store_failures = RareLog(log, interval=10.0, level=logging.ERROR)

POLL_FIELDS = ("poll", "open", "reveal", "reset")


def authorised(request: web.Request, token: str) -> bool:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    given = value.strip().encode("utf-8", "replace")
    # compare_digest on every request, right or wrong scheme, so timing says nothing.
    return hmac.compare_digest(given, token.encode("utf-8")) and scheme.lower() == "bearer"


def _unauthorised() -> web.Response:
    return json_error(401, "This needs the presenter's control token: send "
                           "Authorization: Bearer <token> (votedeck serve prints it).",
                      **{"WWW-Authenticate": 'Bearer realm="votedeck"'})


def _tell(listener: Callable[[ControlEvent], None] | None, event: ControlEvent) -> None:
    """Tell the presenter (its window follows the control API: one current slide)."""
    if listener is None:
        return
    try:
        listener(event)
    except Exception:  # noqa: BLE001 - a listener's bug must not undo a change already made
        log.exception("the control listener failed")


def _failure(error: Exception) -> web.Response:
    if isinstance(error, (Rejected, BadBody)):
        return json_error(error.status, str(error))
    _store_failures("control changes could not be saved: %s", error)
    return json_error(503, "The change could not be saved; try again in a moment.")


class ControlViews:
    def __init__(self, presentation: TalkState, hub: PhoneHub, token: str,
                 on_control: Callable[[ControlEvent], None] | None = None):
        self.presentation = presentation
        self.hub = hub
        self.token = token
        self.on_control = on_control        # told of every change made here (server thread)
        self.guard = TokenGuard()

    def needs_token(self, handler: Handler) -> Handler:
        """`handler`, behind the token and the guesser's waits."""
        async def guarded(request: web.Request) -> web.StreamResponse:
            address = address_key(request.remote)
            guard = self.guard
            if guard.wait_left(address) > 0:
                return too_many(guard.retry_after(address))
            if not authorised(request, self.token):
                guard.failed(address)
                return _unauthorised()
            guard.succeeded(address)
            return await handler(request)
        return guarded

    async def slide(self, request: web.Request) -> web.Response:
        presentation = self.presentation
        try:
            data = await json_object(request)
            refuse_unknown_keys(data, ("slide",), '{"slide": n}')
            number = data.get("slide")
            if not isinstance(number, int) or isinstance(number, bool):
                raise BadBody('Send {"slide": n} with n a slide number (1 is the first).')
            await presentation.show_slide(number)
        except (Rejected, BadBody, StoreError) as error:
            return _failure(error)
        _tell(self.on_control, ControlEvent("slide", presentation.slide))
        poll = presentation.current_poll
        return json_answer({"slide": presentation.slide, "poll": None if poll is None else poll.id})

    async def poll(self, request: web.Request) -> web.Response:
        presentation = self.presentation
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
        _tell(self.on_control, ControlEvent("poll", presentation.slide, poll_id, open=flags["open"],
                                            reveal=flags["reveal"], reset=bool(flags["reset"])))
        return json_answer({"poll": poll_id, **presentation.poll_results(poll_id)})

    async def results(self, request: web.Request) -> web.Response:
        presentation = self.presentation
        session = presentation.session
        return json_answer({
            "session": {"id": session.id, "name": session.name},
            "slide": presentation.slide,
            "phones": self.hub.count,
            "polls": {p.id: presentation.poll_results(p.id) for p in presentation.deck.polls},
        })
