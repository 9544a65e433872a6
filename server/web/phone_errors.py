"""A refused vote from a phone with JavaScript off: a small page in the phone's
language saying what went wrong and what to do, with a way back to the question.

The JSON API keeps its English sentences (tools read them); phone.js shows its own
translation of each status (phone-view.js's errorText), so both paths say the
same thing in the phone's language.
"""
from __future__ import annotations

from html import escape

from aiohttp import web

from common.language import page_language_tag
from common.words import phone_texts
from server.web.http_util import html_answer
from server.web.keys import CURRENT_DECK
from server.web.phone_language import phone_language

# Which sentence (a phone.* key) answers which refusal.
SENTENCE_OF_STATUS = {400: "error_bad", 403: "error_forbidden", 404: "error_gone",
                      408: "error_slow", 409: "error_not_open", 413: "error_too_large",
                      503: "error_not_saved"}


def error_key(status: int, retry_later: bool) -> str:
    """The phone.* key for a refusal; a 429 without Retry-After is the per-network cap,
    which waiting does not lift."""
    if status == 429:
        return "error_busy" if retry_later else "error_too_many_phones"
    return SENTENCE_OF_STATUS.get(status, "error_other")


def form_error_page(request: web.Request, status: int, retry_later: bool) -> web.Response:
    language, _ = phone_language(request, request.app[CURRENT_DECK]())
    texts = phone_texts(language)
    body = (f'<!doctype html><html lang="{escape(page_language_tag(language))}"><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/static/phone.css"><title>votedeck</title>'
            f'<main class="wrap"><p class="msg err">{escape(texts[error_key(status, retry_later)])}</p>'
            f'<p><a class="reload" href="/">{escape(texts["back"])}</a></p></main></html>')
    return html_answer(body, status)
