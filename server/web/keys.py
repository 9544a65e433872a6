"""Typed keys for what the aiohttp application holds, for code that has only the request.

The views hold their own state (TalkState, limits, hub); the one thing a request
needs besides them is the deck (a refused form vote speaks the phone's language,
falling back to the deck's: server/web/phone_errors.py). The key holds a function
that returns the deck shown now, not a deck: a deck edited while shown
(TalkState.replace_deck) may change its language.
"""
from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from common.values import DeckSpec

CURRENT_DECK = web.AppKey("current_deck", Callable[[], DeckSpec])
