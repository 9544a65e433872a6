"""Typed keys for what the aiohttp application holds (one place, so views agree).
"""
from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from common.values import ControlEvent, DeckSpec
from server.net.reachability import ReachabilityLog
from server.web.hub import PhoneHub
from server.web.limits import AddressLimits
from server.web.talk_state import TalkState

DECK = web.AppKey("deck", DeckSpec)
PRESENTATION = web.AppKey("presentation", TalkState)
HUB = web.AppKey("hub", PhoneHub)
LIMITS = web.AppKey("limits", AddressLimits)
TOKEN = web.AppKey("token", str)
REACHABILITY = web.AppKey("reachability", ReachabilityLog)
# Told of every change the control API made (runs on the server thread); optional.
ON_CONTROL = web.AppKey("on_control", Callable[[ControlEvent], None])
