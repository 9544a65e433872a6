"""Typed keys for what the aiohttp application holds, for code that has only the request.

The views hold their own state (TalkState, limits, hub); the one thing a request
needs besides them is the deck (a refused form vote speaks the phone's language,
falling back to the deck's: server/web/phone_errors.py).
"""
from __future__ import annotations

from aiohttp import web

from common.values import DeckSpec

DECK = web.AppKey("deck", DeckSpec)
