"""From a deck to what the voting server needs to know about it (`DeckSpec`).

This is how the presenter hands polls to the server: the server never sees the
deck model, only these immutable values from `server.api`.
"""
from __future__ import annotations

from common.values import DeckSpec, PollSpec

from .model import Deck


def deck_spec(deck: Deck) -> DeckSpec:
    polls = tuple(
        PollSpec(id=poll.id, question=poll.question, slide=poll.slide,
                 options=poll.options)
        for poll in deck.polls)
    settings = deck.poll_settings
    return DeckSpec(
        key=str(deck.path.resolve()), title=deck.title, language=deck.language,
        slide_count=len(deck.slides), polls=polls,
        open_on_show=settings.open_on_show, close_on_leave=settings.close_on_leave)
