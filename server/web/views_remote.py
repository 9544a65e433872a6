"""The speaker's phone as a remote (issue 17): pairing, its page, its state, its moves.

`GET /remote?pair=<code>` swaps the console's one-time code for the remote's secret
in an HttpOnly, SameSite=Strict cookie (Path=/) and sends the phone on to /remote.
Everything else needs that cookie: without it /remote is a 403 page with a sentence,
the API a 403 JSON sentence, and nothing of the talk is revealed. A wrong, spent or
expired code, and a wrong cookie, count as failures in the control API's TokenGuard
(growing waits for a guesser). A move or a poll change goes through the control
API's own handlers (ControlViews.slide / .poll), so the presenter window follows it
exactly as it follows POST /api/control/*; a POST from another site's page is refused.
"""
from __future__ import annotations

from typing import Any

from aiohttp import web

from server.web.gate import too_many
from server.web.http_util import Handler, html_answer, json_answer, json_error
from server.web.hub import PhoneHub
from server.web.limits import address_key
from server.web.origin import cross_origin
from server.web.phone_language import phone_language
from server.web.remote_page import render_refusal, render_remote
from server.web.remote_pairing import COOKIE, RemotePairing
from server.web.slide_shelf import ShelvedImage
from server.web.talk_state import TalkState
from server.web.token_guard import TokenGuard
from server.web.views_slides import image_answer

NOT_PAIRED = ("This is the speaker's remote; pair it by scanning the code on the speaker's "
              "console.")
NOT_HERE = "That image is not the current or the next slide."
COOKIE_AGE = 24 * 3600          # a day: the talk, and the rehearsal before it


class RemoteViews:
    def __init__(self, presentation: TalkState, hub: PhoneHub, pairing: RemotePairing,
                 guard: TokenGuard):
        self.presentation = presentation
        self.hub = hub
        self.pairing = pairing
        self.guard = guard

    def _refused(self, request: web.Request, page: bool) -> web.Response:
        if not page:
            return json_error(403, NOT_PAIRED)
        language, _ = phone_language(request, self.presentation.deck)
        return html_answer(render_refusal(language), status=403)

    def _paired(self, request: web.Request) -> bool:
        """The remote's cookie, checked; a wrong one counts in the guard."""
        address = address_key(request.remote)
        if self.pairing.paired(request.cookies.get(COOKIE)):
            return True
        if COOKIE in request.cookies:
            self.guard.failed(address)
        return False

    def needs_pairing(self, handler: Handler, page: bool = False) -> Handler:
        """`handler`, for the paired remote only; a POST only from its own page."""
        async def paired(request: web.Request) -> web.StreamResponse:
            address = address_key(request.remote)
            if self.guard.wait_left(address) > 0:
                return too_many(self.guard.retry_after(address))
            if not self._paired(request):
                return self._refused(request, page)
            if request.method == "POST" and cross_origin(request):
                return json_error(403, "The remote takes moves only from its own page.")
            return await handler(request)
        return paired

    async def pair(self, request: web.Request) -> web.StreamResponse:
        """GET /remote: with ?pair=<code> the pairing; else the page (behind needs_pairing)."""
        code = request.query.get("pair")
        if code is None:
            return await self.needs_pairing(self.page, page=True)(request)
        address = address_key(request.remote)
        if self.guard.wait_left(address) > 0:
            return too_many(self.guard.retry_after(address))
        secret = self.pairing.redeem(code)
        if secret is None:
            self.guard.failed(address)
            return self._refused(request, page=True)
        self.guard.succeeded(address)
        response = web.Response(status=303, headers={"Location": "/remote",
                                                     "Cache-Control": "no-store",
                                                     "Referrer-Policy": "no-referrer"})
        response.set_cookie(COOKIE, secret, max_age=COOKIE_AGE, path="/", httponly=True,
                            samesite="Strict")
        return response

    async def page(self, request: web.Request) -> web.Response:
        language, _ = phone_language(request, self.presentation.deck)
        return html_answer(render_remote(language))

    async def state(self, request: web.Request) -> web.Response:
        return json_answer(remote_state(self.presentation, self.hub.count))

    async def image(self, request: web.Request) -> web.Response:
        presentation = self.presentation
        found = presentation.shelf.for_remote(presentation.slide, request.match_info.get("name", ""))
        if found is None:
            return json_error(404, NOT_HERE)
        # Private: the next slide is for this phone only, and never kept by anyone between.
        return image_answer(found, cache="private, max-age=3600")


def _picture(found: ShelvedImage | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {"url": f"/remote/slide/{found.name}", "n": found.image.slide, "text": found.image.text}


def remote_state(presentation: TalkState, phones: int) -> dict[str, Any]:
    """What the remote shows: where the talk is, both slides, notes, the poll, the timer."""
    slide, shelf = presentation.slide, presentation.shelf
    now = shelf.for_phones(slide)
    upcoming = shelf.following if shelf.following is not None \
        and shelf.following.image.slide == slide + 1 else None
    poll = presentation.current_poll
    return {
        "slide": slide, "slides": presentation.deck.slide_count, "title": presentation.deck.title,
        "now": _picture(now), "next": _picture(upcoming),
        "notes": now.image.notes if now is not None else "",
        "poll": None if poll is None else {
            "id": poll.id, "question": poll.question, "open": presentation.open[poll.id],
            "revealed": presentation.revealed[poll.id], "voters": presentation.tallies.voters[poll.id]},
        "timer": shelf.timer_now(),
        "phones": phones,
    }
