"""The bundled talk's opening question ("Hvad forbinder I med innovation?", show:
cloud) draws the room's answers as a word cloud on its slide: stop words gone, the
most said word largest, every word inside the slide, and the words keep their
places when more answers arrive."""
from __future__ import annotations

import time
from types import MappingProxyType

from common.values import Answer
from presenter.deck.parser import load_deck
from presenter.paths import BUNDLED_DECK
from presenter.render.renderer import SlideRenderer
from presenter.render.view import PollView, RoomView
from tests.presenter.render_checks import inside, layout_boxes, overlap

ANSWERS = ["Nye ideer", "samarbejde med borgerne", "Nye løsninger", "mod", "Forandring",
           "nye ideer og mod", "Samarbejde", "borgerne", "kreativitet", "Samarbejde på tværs"]


def _view(poll_id: str, texts: list[str]) -> RoomView:
    answers = tuple(Answer(i + 1, poll_id, text, time.time()) for i, text in enumerate(reversed(texts)))
    pv = PollView(counts=MappingProxyType({}), voters=len(texts), open=True, results_visible=True,
                  answers=answers, answer_count=len(texts))
    return RoomView(polls=MappingProxyType({poll_id: pv}))


def _cloud_words(renderer, number, view):
    return {b.text: b for b in layout_boxes(renderer, number, view) if b.kind == "cloud-word"}


def test_the_opening_question_is_a_word_cloud_that_keeps_its_words_in_place(qapp):
    deck = load_deck(BUNDLED_DECK)
    poll = next(p for p in deck.polls if p.kind.show == "cloud")
    renderer = SlideRenderer(deck)
    first = _cloud_words(renderer, poll.slide, _view(poll.id, ANSWERS))
    assert {"samarbejde", "nye", "borgerne", "mod"} <= set(first)
    assert not {"og", "med", "på"} & set(first)              # Danish stop words dropped
    assert first["samarbejde"].px >= max(b.px for b in first.values()) - 0.5
    words = list(first.values())
    for i, a in enumerate(words):
        assert inside(a.needed, a.allowed), a.text              # inside the cloud's box
        for b in words[i + 1:]:
            assert overlap(a.needed, b.needed) == 0, (a.text, b.text)
    later = _cloud_words(renderer, poll.slide, _view(poll.id, ANSWERS + ["ledelse", "tillid"]))
    assert {"ledelse", "tillid"} <= set(later)
    moved = [w for w in first if w in later and later[w].px == first[w].px and later[w].needed != first[w].needed]
    assert not moved, f"words that did not grow moved: {moved}"
