"""GET /slide/<slide>-<version>.jpg: the current slide's image for phones between polls.

Only the image the phones' state names now is served: the talk's current slide
(as phones are shown it), rendered by the presenter, and only when the deck lets
phones see its slides. Any other name (an earlier version, another slide, the next
one) is a 404, so no slide ahead of the current one ever reaches a phone. The name
changes with every render, so an image is cached for good. The Gate (Host check,
per-address rate) runs before this, as for every phone route.
"""
from __future__ import annotations

from aiohttp import web

from server.web.http_util import json_error
from server.web.slide_shelf import ShelvedImage
from server.web.talk_state import TalkState

NOT_SHOWN = "That slide is not on the screen now; the phone page shows the current one."
# A versioned name never changes its bytes.
CACHE_FOREVER = "max-age=31536000, immutable"


def image_answer(found: ShelvedImage, cache: str = CACHE_FOREVER) -> web.Response:
    image = found.image
    return web.Response(body=image.data, headers={
        "Content-Type": image.content_type, "Cache-Control": cache,
        "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"})


class SlideViews:
    def __init__(self, presentation: TalkState):
        self.presentation = presentation

    async def image(self, request: web.Request) -> web.Response:
        presentation = self.presentation
        shown = presentation.common_state()["slide"]         # the slide phones are shown
        found = presentation.shelf.for_phones(shown) if presentation.deck.phone_slides else None
        if found is None or found.name != request.match_info.get("name"):
            return json_error(404, NOT_SHOWN)
        return image_answer(found)
