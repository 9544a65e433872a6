"""Which URL goes to which handler.

No middleware: each handler answers its own errors as JSON sentences
(`http_util.answers_json`; the vote handler inline), so the vote path pays for
nothing it does not need. Every route, and a last catch-all for paths nobody
serves, carries our own `Expect:` handler: aiohttp runs it before the handler,
and its default one crashes (a 500 and a traceback) on an Expect value that is
not valid UTF-8.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aiohttp import HttpVersion11, hdrs, web

from server.web.gate import Gate
from server.web.http_util import answers_json, json_error
from server.web.static_files import WEB_DIR, StaticFiles
from server.web.views_answers import AnswerViews
from server.web.views_control import ControlViews
from server.web.views_phone import PhoneViews
from server.web.views_remote import RemoteViews
from server.web.views_slides import SlideViews
from server.web.views_socket import SocketView


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
        return json_error(405, "This address does not take that method.",
                          Allow=",".join(sorted(allowed)))
    return json_error(404, "There is nothing here; the phone page is at /.")


CATCH_ALL = "/{tail:.*}"


@dataclass(frozen=True)
class Views:
    """The handlers of one app, and the gate every one but the vote passes first."""

    phone: PhoneViews
    socket: SocketView
    control: ControlViews
    answers: AnswerViews
    gate: Gate
    slides: SlideViews
    remote: RemoteViews


def setup_routes(app: web.Application, views: Views, web_dir: Path = WEB_DIR) -> None:
    phone, gate, control, answers = views.phone, views.gate, views.control, views.answers
    remote = views.remote
    routes = [("GET", "/", gate(phone.page)), ("GET", "/healthz", gate(phone.healthz)),
              ("GET", "/api/state", gate(phone.state)), ("POST", "/api/vote", phone.vote),
              ("GET", "/ws", gate(answers_json(views.socket.phone_socket))),
              # Typed answers and room questions (server/web/views_answers.py): the Gate,
              # then the vote's own checks (rate, origin, size) in the view.
              ("POST", "/api/answer", gate(answers_json(answers.answer), rated=False)),
              ("POST", "/api/answer/withdraw", gate(answers_json(answers.withdraw), rated=False)),
              ("POST", "/api/upvote", gate(answers_json(answers.upvote), rated=False)),
              ("POST", "/api/control/answer", gate(control.needs_token(answers_json(answers.moderate)))),
              ("POST", "/api/control/slide", gate(control.needs_token(answers_json(control.slide)))),
              ("POST", "/api/control/poll", gate(control.needs_token(answers_json(control.poll)))),
              ("GET", "/api/control/results",
               gate(control.needs_token(answers_json(control.results)))),
              # The current slide's image for phones between polls (views_slides.py).
              ("GET", "/slide/{name}", gate(answers_json(views.slides.image))),
              # The speaker's remote (views_remote.py): the pairing code or its cookie,
              # then the control API's own handlers.
              ("GET", "/remote", gate(answers_json(remote.pair))),
              ("GET", "/remote/slide/{name}", gate(answers_json(remote.needs_pairing(remote.image)))),
              ("GET", "/api/remote/state", gate(answers_json(remote.needs_pairing(remote.state)))),
              ("POST", "/api/remote/slide",
               gate(answers_json(remote.needs_pairing(control.slide)))),
              ("POST", "/api/remote/poll", gate(answers_json(remote.needs_pairing(control.poll)))),
              # A fixed allow-list of files read at start; nothing else is served.
              ("GET", "/static/{name}", gate(answers_json(StaticFiles(web_dir).serve)))]
    for method, path, handler in routes:
        add = app.router.add_get if method == "GET" else app.router.add_post
        add(path, handler, expect_handler=expect_continue)
    app.router.add_route("*", CATCH_ALL, gate(answers_json(nowhere)), name="nowhere",
                         expect_handler=expect_continue)
