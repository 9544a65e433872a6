"""Whether a request comes from another site's page (votes and the WebSocket refuse those)."""
from __future__ import annotations

from aiohttp import web
from yarl import URL


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
