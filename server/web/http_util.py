"""Small HTTP helpers the views share: answers with their headers, JSON errors,
reading a JSON body, the voter cookie.

Headers are prebuilt once: every HTML answer carries the full security set
(CSP, nosniff, Referrer-Policy, no-store); a JSON answer needs only nosniff and
no-store (a browser never renders JSON as a page, so CSP and the referrer policy
have nothing to govern there). Error answers are rare, so they carry the full set.
"""
from __future__ import annotations

import functools
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiohttp import http_exceptions, web

log = logging.getLogger(__name__)

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
# What every HTML answer (the page, the JavaScript-off refusal page) carries.
HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8", "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer", "Content-Security-Policy": CSP,
                "Cache-Control": "no-store"}
JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8",
                "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
ERROR_HEADERS = dict(HTML_HEADERS, **{"Content-Type": "application/json; charset=utf-8"})

VOTER_COOKIE = "voter"
VOTER_MAX_AGE = 60 * 60 * 24 * 60          # two months: a talk, its rerun, a crash in between
_VOTER_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# One search over the raw Cookie header instead of parsing every cookie: the vote
# path reads this once per request. A value that is not a well-formed id (quoted,
# too short, odd characters) is not ours, so the phone gets a new id, as before.
_VOTER_IN_HEADER = re.compile(r"(?:^|[;,]\s*)voter=([A-Za-z0-9_-]{16,64})(?=\s*(?:[;,]|$))")
# A body that stops before its Content-Length (the client hung up) or whose
# chunking/encoding is broken: the client's fault, a 400 (usually never delivered).
BODY_CUT_OFF = (ConnectionError, http_exceptions.HttpProcessingError)
CUT_OFF_SENTENCE = "The request's body was cut off or malformed; send it again."


def json_answer(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=json.dumps(data).encode(), status=status, headers=JSON_HEADERS)


def json_error(status: int, sentence: str, **headers: str) -> web.Response:
    head = dict(ERROR_HEADERS, **headers) if headers else ERROR_HEADERS
    return web.Response(body=json.dumps({"error": sentence}).encode(), status=status, headers=head)


# What aiohttp's own refusals (raised inside a handler) say to a person.
_SENTENCES = {
    400: "The request could not be understood.",
    403: "That is not allowed.",
    404: "There is nothing here; the phone page is at /.",
    405: "This address does not take that method.",
    413: "The request is too large; a vote is only a few bytes.",
}


def error_sentence(request: web.Request, error: Exception) -> tuple[int, str]:
    """Status and sentence for an exception a handler did not expect to see.

    aiohttp's HTTP exceptions keep their status; anything else is a bug of ours:
    logged with its traceback, answered with a sentence (tests show none happen).
    """
    if isinstance(error, web.HTTPException) and error.status >= 400:
        return error.status, _SENTENCES.get(error.status, error.reason or "The request was refused.")
    log.error("unexpected error answering %s %s", request.method, request.path, exc_info=error)
    return 500, "Something went wrong inside votedeck; try again."


def error_answer(request: web.Request, error: Exception) -> web.Response:
    """The JSON sentence for an exception a handler did not expect to see."""
    status, sentence = error_sentence(request, error)
    allow = error.headers.get("Allow") if isinstance(error, web.HTTPException) else None
    return json_error(status, sentence, **({"Allow": allow} if allow else {}))


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def answers_json(handler: Handler) -> Handler:
    """Every failure of `handler` becomes a JSON sentence (this replaces a middleware,
    which would cost every request, the vote path too, a layer of calls)."""
    @functools.wraps(handler)
    async def answering(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except Exception as error:
            if isinstance(error, ConnectionError) or \
                    (isinstance(error, web.HTTPException) and error.status < 400):
                raise
            return error_answer(request, error)
    return answering


def html_answer(text: str, status: int = 200) -> web.Response:
    return web.Response(body=text.encode(), status=status, headers=HTML_HEADERS)


def voter_of(request: web.Request) -> tuple[str, bool]:
    """This phone's voter id, and whether it is new (so the cookie must be set)."""
    found = _VOTER_IN_HEADER.search(request.headers.get("Cookie", ""))
    if found:
        return found.group(1), False
    return secrets.token_urlsafe(16), True


def remember_voter(response: web.StreamResponse, voter_id: str) -> None:
    response.set_cookie(VOTER_COOKIE, voter_id, max_age=VOTER_MAX_AGE, path="/",
                        httponly=True, samesite="Lax")


class BadBody(Exception):
    """The body is not what the endpoint takes; str() is the sentence, `status` 400 or 413."""

    def __init__(self, sentence: str, status: int = 400):
        super().__init__(sentence)
        self.status = status


async def read_body(request: web.Request) -> bytes:
    """The whole body, or BadBody with a sentence (too large, cut off)."""
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise BadBody("The request is too large; a vote is only a few bytes.", 413) from None
    except BODY_CUT_OFF:
        raise BadBody(CUT_OFF_SENTENCE) from None


def parse_object(raw: bytes) -> dict[str, Any]:
    """`raw` as a JSON object (UTF-8 only), or BadBody with a sentence."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadBody("The request body is not valid JSON; send a JSON object.") from None
    if not isinstance(data, dict):
        raise BadBody("The request body must be a JSON object.")
    return data


async def json_object(request: web.Request) -> dict[str, Any]:
    """The body as a JSON object, or BadBody with a sentence."""
    return parse_object(await read_body(request))


def refuse_unknown_keys(data: dict[str, Any], allowed: Iterable[str], example: str) -> None:
    """BadBody naming the first key not in `allowed` (a typo must not pass as a no-op)."""
    allowed = tuple(allowed)
    unknown = [key for key in data if key not in allowed]
    if unknown:
        name = unknown[0] if len(unknown[0]) <= 40 else unknown[0][:40] + "…"
        names = ", ".join(f'"{key}"' for key in allowed)
        raise BadBody(f"Unknown field {json.dumps(name, ensure_ascii=False)}: this request "
                      f"takes only {names}; send {example}.")
