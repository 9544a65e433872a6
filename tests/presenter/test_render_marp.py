"""Marp's directives as drawn: colours, backgrounds beside and behind the text, the
header, footer and page number, a `<!--fit-->` title, a picture on the web."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from presenter.deck.parser import load_deck
from presenter.render.renderer import SlideRenderer

DECKS = Path(__file__).parent / "decks" / "marp"


@pytest.fixture
def basics(qapp):
    return SlideRenderer(load_deck(DECKS / "marp-basics.md"))


def _texts(renderer, number: int) -> dict[str, str]:
    return {box.kind: box.text for box in renderer.scene(number).boxes if box.text}


def _near(colour: QColor, expected: str, tolerance: int = 24) -> bool:
    want = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3]))


def test_scoped_colours_paint_that_slide_only(basics):
    dark = basics.render_image(3)
    assert _near(dark.pixelColor(20, 540), "#112233")
    assert _near(basics.render_image(2).pixelColor(20, 540), "#FFFFFF")
    title = next(b for b in basics.scene(3).boxes if b.kind == "title")
    ink = [dark.pixelColor(x, y) for x in range(int(title.needed.left()), int(title.needed.right()), 3)
           for y in range(int(title.needed.top()), int(title.needed.bottom()), 3)]
    assert any(c.lightness() > 200 for c in ink)                 # color: white on the dark slide


def test_header_footer_and_page_number(basics):
    texts = _texts(basics, 2)
    assert texts["marp-header"] == "Marp for beginners"
    assert texts["marp-footer"] == "Kari Nordmann · 2026"
    assert texts["footer"] == "2"


def test_a_split_background_keeps_the_text_on_the_other_side(basics):
    image = basics.render_image(4)
    assert _near(image.pixelColor(384, 340), "#4A80AE", 40)      # the photo, 80 % of the left 40 %
    assert _near(image.pixelColor(384, 280), "#FFFFFF")          # not stretched to cover it
    boxes = {b.kind: b for b in basics.scene(4).boxes}
    assert boxes["title"].needed.left() >= 1920 * 0.4
    assert boxes["body"].needed.left() >= 1920 * 0.4


def test_a_contained_background_shows_the_whole_picture(basics):
    image = basics.render_image(5)
    # 4:3 in 16:9: 1440 wide, centred, white bars left and right of it.
    assert _near(image.pixelColor(100, 540), "#FFFFFF") and _near(image.pixelColor(1820, 540), "#FFFFFF")
    assert _near(image.pixelColor(960, 5), "#4682B4", 40) and _near(image.pixelColor(960, 1074), "#FFA500", 40)


def test_a_picture_on_the_web_is_a_placeholder(basics):
    box = next(b for b in basics.scene(10).boxes if b.kind == "image")
    assert box.needed.width() > 200
    image = basics.render_image(10)
    centre = box.needed.center()
    assert _near(image.pixelColor(int(centre.x()), int(centre.y()) - 100), "#FFFFFF")


def test_a_fit_title_is_larger_than_any_title(basics):
    fit = next(b for b in basics.scene(7).boxes if b.kind == "title")
    plain_title = next(b for b in basics.scene(2).boxes if b.kind == "title")
    assert fit.px > plain_title.px * 1.5


def test_paginate_false_hides_the_number(qapp):
    renderer = SlideRenderer(load_deck(DECKS / "marp-gaia.md"))
    assert "footer" in _texts(renderer, 4) and "marp-footer" not in _texts(renderer, 4)
    assert "footer" not in _texts(renderer, 5) and _texts(renderer, 5)["marp-footer"] == "marp.app"
    assert _near(renderer.render_image(6).pixelColor(20, 540), "aliceblue", 6)
    assert _near(renderer.render_image(4).pixelColor(20, 540), "#1B1F2A", 6)      # invert


def test_beside_a_split_picture_the_number_and_lines_keep_to_the_text(qapp):
    renderer = SlideRenderer(load_deck(DECKS / "marp-gaia.md"))     # slide 3: bg right:30%
    boxes = {b.kind: b for b in renderer.scene(3).boxes}
    for kind in ("footer", "marp-footer", "marp-header", "title", "body"):
        assert boxes[kind].allowed.right() <= 1920 * 0.7, kind
