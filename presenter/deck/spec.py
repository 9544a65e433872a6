"""From a deck to what the voting server needs to know about it (`DeckSpec`).

This is how the presenter hands polls to the server: the server never sees the
deck model, only these immutable values from `server.api`.
"""
from __future__ import annotations

from dataclasses import replace

from common.language import SUPPORTED, resolve_language
from common.values import DeckSpec, PollKind, PollOption, PollSpec, PollText
from common.words import group

from .model import Deck, Poll, plain


def resolved_kind(kind: PollKind, deck_moderates: bool) -> PollKind:
    """The poll's kind with `moderate` decided: its own setting, else the front matter's."""
    return kind if kind.moderate is not None else replace(kind, moderate=deck_moderates)


def deck_spec(deck: Deck) -> DeckSpec:
    polls = tuple(poll_spec(deck, poll) for poll in deck.polls)
    settings = deck.poll_settings
    return DeckSpec(
        key=str(deck.path.resolve()), title=deck.title, language=deck.language,
        slide_count=len(deck.slides), polls=polls,
        open_on_show=settings.open_on_show, close_on_leave=settings.close_on_leave,
        phone_slides=deck.phone_slides)


def poll_spec(deck: Deck, poll: Poll) -> PollSpec:
    slide = deck.slides[poll.slide - 1]
    return PollSpec(id=poll.id, question=poll.question, slide=poll.slide,
                    options=tuple(PollOption(o.id, o.label) for o in poll.options),
                    kind=resolved_kind(poll.kind, deck.poll_settings.moderate),
                    texts=poll_texts(poll, deck.language), kicker=plain(slide.title))


def poll_texts(poll: Poll, deck_language: str) -> tuple[PollText, ...]:
    """The poll's words in every other language the deck or our word tables give.

    An agree-scale label the deck left at its default (Enig) is the scale's label
    in each language (Håller med, Agree): the deck author wrote nothing, so every
    phone reads its own. A label the deck changed is translated only where the
    deck says so."""
    deck = resolve_language(deck_language)
    defaults = group(deck, "label")
    questions = dict(poll.translations)
    texts = []
    for language in SUPPORTED:
        if language == deck:
            continue
        labels = []
        for option in poll.options:
            own = dict(option.translations).get(language)
            if own is None and defaults.get(option.id) == option.label:
                own = group(language, "label")[option.id]
            if own is not None:
                labels.append((option.id, own))
        if language in questions or labels:
            texts.append(PollText(language, questions.get(language, ""), tuple(labels)))
    return tuple(texts)
