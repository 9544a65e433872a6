"""Which language a phone reads the page in, and remembering a phone's own choice.

A phone that picked a language on the page (`/?lang=sv`, a plain link, so it works
with JavaScript off) gets it remembered in a `lang` cookie; otherwise its
browser's Accept-Language decides, and the deck's language when it asks for none
we have. Only the page's words follow this; a vote is the same in any language.
"""
from __future__ import annotations

from aiohttp import web

from common.language import known_language, language_from_accept, resolve_language
from common.values import DeckSpec

LANG_COOKIE = "lang"
_YEAR = 365 * 24 * 3600


def phone_language(request: web.Request, deck: DeckSpec) -> tuple[str, bool]:
    """(the phone's language, whether it was picked just now and must be remembered)."""
    picked = known_language(request.query.get("lang"))
    if picked is not None:
        return picked, True
    kept = known_language(request.cookies.get(LANG_COOKIE))
    if kept is not None:
        return kept, False
    fallback = resolve_language(deck.language)
    return language_from_accept(request.headers.get("Accept-Language"), fallback), False


def remember_language(response: web.StreamResponse, language: str) -> None:
    response.set_cookie(LANG_COOKIE, language, max_age=_YEAR, path="/", samesite="Lax",
                        httponly=True)
