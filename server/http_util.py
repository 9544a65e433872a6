"""Small HTTP helpers the views share: JSON errors, reading a JSON body, the voter cookie.

Must not import PySide6.
"""
from __future__ import annotations

import json
import re
import secrets
from typing import Any

from aiohttp import http_exceptions, web

VOTER_COOKIE = "voter"
VOTER_MAX_AGE = 60 * 60 * 24 * 60          # two months: a talk, its rerun, a crash in between
_VOTER_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# A body that stops before its Content-Length (the client hung up) or whose
# chunking/encoding is broken: the client's fault, a 400 (usually never delivered).
BODY_CUT_OFF = (ConnectionError, http_exceptions.HttpProcessingError)
CUT_OFF_SENTENCE = "The request's body was cut off or malformed; send it again."


def json_error(status: int, sentence: str, **headers: str) -> web.Response:
    return web.json_response({"error": sentence}, status=status, headers=headers or None)


def voter_of(request: web.Request) -> tuple[str, bool]:
    """This phone's voter id, and whether it is new (so the cookie must be set)."""
    value = request.cookies.get(VOTER_COOKIE, "")
    if _VOTER_ID.match(value):
        return value, False
    return secrets.token_urlsafe(16), True


def remember_voter(response: web.StreamResponse, voter_id: str) -> None:
    response.set_cookie(VOTER_COOKIE, voter_id, max_age=VOTER_MAX_AGE, path="/",
                        httponly=True, samesite="Lax")


class BadBody(Exception):
    """The body is not what the endpoint takes; str() is the sentence, `status` 400 or 413."""

    def __init__(self, sentence: str, status: int = 400):
        super().__init__(sentence)
        self.status = status


async def json_object(request: web.Request) -> dict[str, Any]:
    """The body as a JSON object, or BadBody with a sentence."""
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise BadBody("The request is too large; a vote is only a few bytes.", 413) from None
    except BODY_CUT_OFF:
        raise BadBody(CUT_OFF_SENTENCE) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadBody("The request body is not valid JSON; send a JSON object.") from None
    if not isinstance(data, dict):
        raise BadBody("The request body must be a JSON object.")
    return data


def is_form(request: web.Request) -> bool:
    return request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data")
