"""The ceiling the benchmarks compare votedeck against: bare aiohttp, no store, no rules.

It speaks just enough of the phone API (issue 3) for wrk and `votedeck loadtest`
to drive it exactly as they drive the real server: `GET /api/state` sets a voter
cookie and answers a constant state, `/ws` sends the state and fans out slide
changes, `POST /api/vote` parses the same JSON and answers a constant, and
`POST /api/control/slide` (any bearer token) changes the slide. Whatever the real
server does beyond this (validation, SQLite, group commit, caps) is what the
ratios in `bench.run` measure.

Run: `python -m bench.bare_server --port 8099`. Imports nothing from votedeck.
"""
from __future__ import annotations

import argparse
import json
import secrets
import weakref

from aiohttp import web

POLL_SLIDE = 2
SLIDES = 3
OPTIONS = [{"id": "agree", "label": "Enig"}, {"id": "disagree", "label": "Uenig"},
           {"id": "dont-know", "label": "Ved ikke"}]
VOTE_ANSWER = b'{"poll": "bench", "choice": "agree"}'


class Bare:
    def __init__(self) -> None:
        self.slide = POLL_SLIDE
        self.sockets: weakref.WeakSet = weakref.WeakSet()

    def state(self) -> dict:
        poll = None
        if self.slide == POLL_SLIDE:
            poll = {"id": "bench", "question": "Bench?", "options": OPTIONS, "open": True,
                    "choice": None, "results": None}
        return {"session": 1, "slide": self.slide, "poll": poll}

    async def healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def get_state(self, request: web.Request) -> web.Response:
        resp = web.json_response(self.state())
        if "voter" not in request.cookies:
            resp.set_cookie("voter", secrets.token_hex(16), httponly=True, samesite="Lax")
        return resp

    async def vote(self, request: web.Request) -> web.Response:
        try:
            body = json.loads(await request.read())
            poll, choice = body["poll"], body["choice"]
        except (ValueError, KeyError, TypeError):
            return web.json_response({"error": "Send a poll and a choice."}, status=400)
        if not isinstance(poll, str) or not isinstance(choice, str):
            return web.json_response({"error": "Send a poll and a choice."}, status=400)
        return web.Response(body=VOTE_ANSWER, content_type="application/json")

    async def ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.add(ws)
        await ws.send_str(json.dumps({"type": "state", **self.state()}))
        async for _ in ws:
            pass
        return ws

    async def control_slide(self, request: web.Request) -> web.Response:
        if not request.headers.get("Authorization", "").startswith("Bearer "):
            return web.json_response({"error": "Send the token."}, status=401)
        slide = (await request.json()).get("slide")
        if not isinstance(slide, int) or not 1 <= slide <= SLIDES:
            return web.json_response({"error": "No such slide."}, status=400)
        self.slide = slide
        message = json.dumps({"type": "state", **self.state()})
        for ws in list(self.sockets):
            if not ws.closed:
                await ws.send_str(message)
        return web.json_response({"slide": slide})


def make_app() -> web.Application:
    bare = Bare()
    app = web.Application()
    app.router.add_get("/healthz", bare.healthz)
    app.router.add_get("/api/state", bare.get_state)
    app.router.add_post("/api/vote", bare.vote)
    app.router.add_get("/ws", bare.ws)
    app.router.add_post("/api/control/slide", bare.control_slide)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    args = parser.parse_args()
    web.run_app(make_app(), host=args.host, port=args.port, print=None, access_log=None,
                backlog=4096)


if __name__ == "__main__":
    main()
