"""Every layout renders, shows its text, and keeps all text inside its boxes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from presenter.render.renderer import SlideRenderer
from presenter.render.theme import resolve_family
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import distinct_colours, layout_boxes, problems, texts


@pytest.fixture
def talk(qapp):
    return SlideRenderer(F.talk_deck())


def test_bundled_font_is_used(qapp):
    assert resolve_family(None) == "Inter"
    assert resolve_family("No Such Font 123") == "Inter"


@pytest.mark.parametrize("number", range(1, len(F.talk_deck().slides) + 1))
@pytest.mark.parametrize("with_room", [False, True])
def test_every_slide_renders_and_fits(talk, number, with_room):
    view = F.room_with_votes(talk.deck) if with_room else None
    image = talk.render_image(number, view)
    assert image.size() == QSize(1920, 1080)
    assert distinct_colours(image) > 3, "slide is blank"
    boxes = layout_boxes(talk, number, view)
    assert boxes, "no measured boxes"
    assert problems(boxes) == []


def _slide_of(deck, layout):
    return next(s.number for s in deck.slides if s.layout == layout)


@pytest.mark.parametrize("layout,expected", [
    ("title", ["Samarbejdsdrevet innovation i den offentlige sektor", "Eva Sørensen"]),
    ("two-cols", ["Krisefortælling", "Få visionsfortællinger", "Velfærdsstaten er i fare"]),
    ("phases", ["Ideudvikling", "Ideudvælgelse", "Spredning", "Mange ambassadører"]),
    ("roles", ["Interaktion", "Samarbejde", "Igangsætter", "Facilitator", "Katalysator", "Aktører"]),
    ("section", ["Strategiskift på vej"]),
    ("summary", ["Viljen til at lære af andre er begrænset", "Uenig", "Enig", "Ved ikke", "n = 0"]),
])
def test_layout_text_present(talk, layout, expected):
    words = texts(layout_boxes(talk, _slide_of(talk.deck, layout)))
    for text in expected:
        assert text in words.replace("\u00ad", "")


def test_title_is_biggest_type(talk):
    boxes = layout_boxes(talk, 2)
    title = next(b for b in boxes if b.kind == "title")
    body = next(b for b in boxes if b.kind == "body")
    assert title.px >= 1.4 * body.px
    assert body.px >= 40, "body text must read from the back of a hall"


def test_nested_list_indents_and_numbered_markers(talk):
    # The two-cols slide has nested items; its body box is wider than its first line's indent.
    boxes = [b for b in layout_boxes(talk, 3) if b.kind == "body"]
    assert len(boxes) == 2 and boxes[0].px == boxes[1].px, "columns share one body size"


def test_danish_letters_render(qapp):
    deck = F.talk_deck()
    r = SlideRenderer(deck)
    from PySide6.QtGui import QFont, QFontMetricsF
    font = QFont(resolve_family(None))
    for ch in "æøåÆØÅ":
        assert QFontMetricsF(font).inFontUcs4(ord(ch))
    assert "ØÅ" not in texts(layout_boxes(r, 1))     # sanity: the search below is real
    assert "Sørensen" in texts(layout_boxes(r, 1))


def test_language_words(qapp):
    from dataclasses import replace
    deck = replace(F.talk_deck(), language="nb-NO")
    r = SlideRenderer(deck)
    n = next(s.number for s in deck.slides if s.layout == "poll")
    words = texts(layout_boxes(r, n, F.join_view(polls={deck.slides[n - 1].poll.id: F.poll_view()})))
    assert "Avstemning åpen" in words and "20 har stemt" in words
    en = SlideRenderer(replace(deck, language="en"))
    assert "Voting closed" in texts(layout_boxes(en, n))


def test_invert_class_swaps_colours(qapp):
    from dataclasses import replace
    deck = F.talk_deck()
    slides = list(deck.slides)
    slides[1] = replace(slides[1], theme_class="invert")
    image = SlideRenderer(replace(deck, slides=tuple(slides))).render_image(2)
    assert image.pixelColor(5, 5).lightness() < 80
