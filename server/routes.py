"""Which URL goes to which handler. Must not import PySide6.

Every route, and a last catch-all for paths nobody serves, carries our own
`Expect:` handler: aiohttp runs it before any middleware, and its default one
crashes (a 500 and a traceback) on an Expect value that is not valid UTF-8.
"""
from __future__ import annotations

from pathlib import Path

from aiohttp import HttpVersion11, hdrs, web

from . import views_control, views_phone
from .http_util import json_error

WEB_DIR = Path(__file__).resolve().parent.parent / "assets" / "web"


async def expect_continue(request: web.Request) -> web.StreamResponse | None:
    """`Expect: 100-continue` gets its 100; any other expectation a JSON 417 sentence."""
    expect = request.headers.get(hdrs.EXPECT, "")
    if request.version != HttpVersion11:
        return None
    if expect.lower() == "100-continue":
        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        request.writer.output_size = 0
        return None
    return json_error(417, "The server only understands Expect: 100-continue.")


async def nowhere(request: web.Request) -> web.StreamResponse:
    """The catch-all: 405 when another route has this path with other methods, else 404."""
    allowed: set[str] = set()
    for resource in request.app.router.resources():
        if resource.name != "nowhere":
            _, methods = await resource.resolve(request)
            allowed |= methods
    if allowed:
        raise web.HTTPMethodNotAllowed(request.method, sorted(allowed))
    raise web.HTTPNotFound()


CATCH_ALL = "/{tail:.*}"


def setup_routes(app: web.Application, web_dir: Path = WEB_DIR) -> None:
    routes = [("GET", "/", views_phone.page), ("GET", "/healthz", views_phone.healthz),
              ("GET", "/api/state", views_phone.state), ("POST", "/api/vote", views_phone.vote),
              ("GET", "/ws", views_phone.phone_socket),
              ("POST", "/api/control/slide", views_control.slide),
              ("POST", "/api/control/poll", views_control.poll),
              ("GET", "/api/control/results", views_control.results)]
    for method, path, handler in routes:
        add = app.router.add_get if method == "GET" else app.router.add_post
        add(path, handler, expect_handler=expect_continue)
    # aiohttp's static route refuses `..`, encoded or not, and paths resolving outside
    # web_dir; no symlinks are followed and no directory is listed.
    app.router.add_static("/static/", web_dir, show_index=False, follow_symlinks=False,
                          expect_handler=expect_continue)
    app.router.add_route("*", CATCH_ALL, nowhere, name="nowhere", expect_handler=expect_continue)
