"""Text that does not fit shrinks: nothing leaves the canvas, its box, or runs into
another box, even with a very long title, statement, caption or bullet list."""
from __future__ import annotations

import pytest

from presenter.deck.model import Span
from presenter.render import text as rtext
from presenter.render.renderer import SlideRenderer
from presenter.render.theme import resolve_family
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, problems


@pytest.fixture
def long(qapp):
    return SlideRenderer(F.long_deck())


@pytest.mark.parametrize("number", range(1, len(F.long_deck().slides) + 1))
@pytest.mark.parametrize("with_room", [False, True])
def test_long_text_fits(long, number, with_room):
    view = F.room_with_votes(long.deck, wifi=True) if with_room else None
    if with_room and long.deck.slides[number - 1].poll:
        view = F.join_view(polls={"long": F.poll_view()})
    boxes = layout_boxes(long, number, view)
    assert problems(boxes) == []


def test_long_statement_shrinks_but_stays_large_when_short(long, qapp):
    poll_long = next(b for b in layout_boxes(long, 3) if b.kind == "statement")
    talk = SlideRenderer(F.talk_deck())
    n = next(s.number for s in talk.deck.slides if s.layout == "poll")
    poll_short = next(b for b in layout_boxes(talk, n) if b.kind == "statement")
    assert poll_long.px < poll_short.px
    assert poll_short.px >= 60
    assert poll_long.needed.height() <= poll_long.allowed.height() + 1


def test_fit_steps_down_until_it_fits(qapp):
    family = resolve_family(None)
    paras = (rtext.para("ord " * 200),)
    fitted = rtext.fit(paras, 800, 300, family, 80, 20)
    assert fitted.fits and fitted.px < 80
    assert fitted.height <= 300 and fitted.width <= 800
    bigger = rtext.at_size(paras, 800, family, fitted.px / rtext.STEP + 1)
    assert bigger.height > 300, "a size one step larger would not have fit"


def test_unbreakable_word_is_broken_rather_than_spilling(qapp):
    family = resolve_family(None)
    fitted = rtext.fit((rtext.Para((Span("x" * 400),)),), 300, 200, family, 60, 30)
    assert fitted.width <= 300 + 0.5 and fitted.height <= 200 + 0.5


def test_rich_spans_keep_their_text(qapp):
    family = resolve_family(None)
    spans = (Span("fed ", bold=True), Span("kursiv ", italic=True), Span("kode", code=True),
             Span(" link", link="https://example.org"))
    fitted = rtext.fit((rtext.Para(spans),), 1000, 100, family, 40)
    assert fitted.fits and fitted.px == 40
    layout = fitted.lines[0][0]
    assert layout.text() == "fed kursiv kode link"
