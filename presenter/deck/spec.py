"""From a deck to what the voting server needs to know about it (`DeckSpec`).

This is how the presenter hands polls to the server: the server never sees the
deck model, only these immutable values from `server.api`.
"""
from __future__ import annotations

from dataclasses import replace

from common.values import DeckSpec, PollKind, PollSpec

from .model import Deck


def resolved_kind(kind: PollKind, deck_moderates: bool) -> PollKind:
    """The poll's kind with `moderate` decided: its own setting, else the front matter's."""
    return kind if kind.moderate is not None else replace(kind, moderate=deck_moderates)


def deck_spec(deck: Deck) -> DeckSpec:
    settings = deck.poll_settings
    polls = tuple(
        PollSpec(id=poll.id, question=poll.question, slide=poll.slide,
                 options=poll.options, kind=resolved_kind(poll.kind, settings.moderate))
        for poll in deck.polls)
    return DeckSpec(
        key=str(deck.path.resolve()), title=deck.title, language=deck.language,
        slide_count=len(deck.slides), polls=polls,
        open_on_show=settings.open_on_show, close_on_leave=settings.close_on_leave)
