"""Block quotes on a slide: inset italic text beside an accent bar, the attribution
under it, and like any text they shrink rather than spill."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from presenter.deck import parse_deck
from presenter.deck.model import Paragraph, Quote, Span
from presenter.render.blocks import block_paras
from presenter.render.renderer import SlideRenderer
from presenter.render.theme import BODY_PX
from tests.presenter.render_checks import CANVAS, inside, is_dark, layout_boxes, problems, run_length

QUOTE = ("> The best way to **predict** the future\n> is to *invent* it.\n>\n"
         "> — Alan Kay, 1971\n")
LONG = " ".join(["Every sentence of this quote goes on and on, as speakers' favourite "
                 "quotes tend to do when they are copied whole from a book."] * 12)


def renderer(tmp_path, body: str) -> SlideRenderer:
    deck = parse_deck(f"---\ntitle: Q\nlanguage: en\n---\n{body}", tmp_path / "q.md")
    return SlideRenderer(deck)


def quote_box(r: SlideRenderer, number: int = 1):
    boxes = layout_boxes(r, number)
    assert problems(boxes) == []
    quotes = [b for b in boxes if b.kind == "quote"]
    assert len(quotes) == 1
    return quotes[0]


def accent_run(r: SlideRenderer, image, left: float, y: float) -> int:
    return run_length(image, int(y), int(left), int(left) + 16, QColor(r.deck.theme.accent))


def test_quote_slide_renders_and_fits(qapp, tmp_path):
    r = renderer(tmp_path, "# Quotes\n\nBefore it.\n\n" + QUOTE)
    q = quote_box(r)
    assert q.text == "The best way to predict the future is to invent it. — Alan Kay, 1971"
    body = next(b for b in layout_boxes(r, 1) if b.kind == "body")
    assert inside(q.needed, body.needed) and inside(q.needed, CANVAS)
    assert q.needed.top() > body.needed.top() + 40, "the quote comes after the paragraph"
    assert q.px == BODY_PX, "a short quote is not shrunk"


def test_accent_bar_beside_inset_text(qapp, tmp_path):
    r = renderer(tmp_path, "# Quotes\n\n" + QUOTE)
    q = quote_box(r)
    image = r.render_image(1)
    mid = q.needed.center().y()
    assert accent_run(r, image, q.needed.left(), mid) >= 4, "no accent bar at the quote's left"
    # The text stands in from the bar: nothing dark between the bar and the inset.
    gap = range(int(q.needed.left()) + 12, int(q.needed.left() + 0.6 * q.px))
    for y in range(int(q.needed.top()), int(q.needed.bottom()), 3):
        assert not any(is_dark(image, x, y) for x in gap)
    # The same words as a plain paragraph have no bar.
    plain_r = renderer(tmp_path, "# Quotes\n\nThe best way to predict the future is to invent it.\n")
    body = next(b for b in layout_boxes(plain_r, 1) if b.kind == "body")
    assert accent_run(plain_r, plain_r.render_image(1), body.needed.left(),
                      body.needed.center().y()) == 0


def test_quote_is_italic_a_size_up_with_a_muted_attribution(qapp, tmp_path):
    r = renderer(tmp_path, "# Q\n")
    ctx = r.context()
    quote = Quote((Paragraph((Span("said "), Span("this", italic=True))),), (Span("Someone"),))
    paras, _ = block_paras(ctx, (Paragraph((Span("body"),)), quote))
    body, said, by = paras
    assert said.size > body.size and said.quote and not body.quote
    assert [s.italic for s in said.spans] == [True, False]     # emphasis in italics is upright
    assert by.color == ctx.muted and by.size < body.size and by.quote == said.quote
    assert "".join(s.text for s in by.spans) == "— Someone"


def test_quote_in_a_column(qapp, tmp_path):
    r = renderer(tmp_path, "<!-- layout: two-cols -->\n# T\n\n## Left\n\ntext\n\n::right::\n\n"
                 "## Right\n\n" + QUOTE)
    q = quote_box(r)
    assert q.needed.left() > 900, "the quote is in the right column"
    assert accent_run(r, r.render_image(1), q.needed.left(), q.needed.center().y()) >= 4


@pytest.mark.parametrize("layout", ["default", "two-cols"])
def test_very_long_quote_shrinks_and_stays_inside(qapp, tmp_path, layout):
    body = f"> {LONG}\n>\n> {LONG}\n>\n> — Someone Who Talked For A Long Time\n"
    if layout == "two-cols":
        body = f"<!-- layout: two-cols -->\n# T\n\nleft\n\n::right::\n\n{body}"
    else:
        body = f"# A quote that is far too long\n\n{body}"
    r = renderer(tmp_path, body)
    q = quote_box(r)
    assert q.px < BODY_PX - 10, "the long quote did not shrink"
    assert inside(q.needed, q.allowed) and inside(q.needed, CANVAS)
    assert q.text.endswith("— Someone Who Talked For A Long Time")
    image = r.render_image(1)
    for y in (q.needed.top() + q.px, q.needed.center().y(), q.needed.bottom() - q.px):
        assert accent_run(r, image, q.needed.left(), y) >= 2, f"bar missing at y={y:.0f}"
