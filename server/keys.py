"""Typed keys for what the aiohttp application holds (one place, so views agree).

Must not import PySide6.
"""
from __future__ import annotations

from aiohttp import web

from .api import DeckSpec
from .hub import PhoneHub
from .limits import AddressLimits
from .presentation import Presentation
from .reachability import ReachabilityLog

DECK = web.AppKey("deck", DeckSpec)
PRESENTATION = web.AppKey("presentation", Presentation)
HUB = web.AppKey("hub", PhoneHub)
LIMITS = web.AppKey("limits", AddressLimits)
TOKEN = web.AppKey("token", str)
REACHABILITY = web.AppKey("reachability", ReachabilityLog)
