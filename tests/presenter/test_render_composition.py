"""The designer's rules, measured on the real renderer's boxes and pixels: a diagram
sits on one axis with visible connectors; hierarchy reads the right way up; short
content is balanced under the title; one heading style everywhere."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from presenter.deck.parser import load_deck
from presenter.paths import BUNDLED_DECK
from presenter.render.renderer import SlideRenderer
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, problems


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(scope="module")
def bundled(qapp):
    return SlideRenderer(load_deck(BUNDLED_DECK))


def _numbers(renderer, layout):
    return [s.number for s in renderer.deck.slides if s.layout == layout]


@pytest.mark.parametrize("deck", ["bundled", "talk", "long"])
def test_roles_diagram_sits_on_one_axis_with_visible_connectors(qapp, bundled, deck):
    r = {"bundled": bundled, "talk": SlideRenderer(F.talk_deck()),
         "long": SlideRenderer(F.long_deck())}[deck]
    n = _numbers(r, "roles")[0]
    boxes = layout_boxes(r, n)
    assert problems(boxes) == []
    centre = next(b for b in boxes if b.kind == "centre").allowed.center().x()
    flow = [b.allowed for b in boxes if b.kind == "flow"]
    roles = [b.allowed for b in boxes if b.kind == "role"]
    flow_x = (flow[0].left() + flow[-1].right()) / 2
    roles_x = (roles[0].left() + roles[-1].right()) / 2
    assert abs(flow_x - centre) <= 1 and abs(roles_x - centre) <= 1, (flow_x, centre, roles_x)
    actors = next(b for b in boxes if b.kind == "actors")
    assert actors.needed.right() < min(r.left() for r in roles), "the label stands outside the row"
    # Each role's drop, just above its frame, straight over the frame's centre (no slant).
    image = r.render_image(n)
    y = int(roles[0].top() - 10 - 8)     # the name box sits 10 px inside the frame
    background = image.pixelColor(5, y)
    for role in roles:
        ink = image.pixelColor(int(role.center().x()), y)
        assert contrast(ink, background) >= 3.0, ink.name()


@pytest.mark.parametrize("deck", ["bundled", "talk", "long"])
def test_phase_names_are_never_smaller_than_their_captions(qapp, bundled, deck):
    r = {"bundled": bundled, "talk": SlideRenderer(F.talk_deck()),
         "long": SlideRenderer(F.long_deck())}[deck]
    boxes = layout_boxes(r, _numbers(r, "phases")[0])
    assert problems(boxes) == []
    names = [b.px for b in boxes if b.kind == "phase"]
    captions = [b.px for b in boxes if b.kind == "caption"]
    assert min(names) >= max(captions), (names, captions)


def _content(boxes):
    """The union of what sits under the title (not the title, not the slide number)."""
    out = None
    for b in boxes:
        if b.kind not in ("title", "footer"):
            out = b.needed if out is None else out.united(b.needed)
    return out


@pytest.mark.parametrize("number", [4, 8, 9, 18, 19, 21])
def test_short_content_is_balanced_under_the_title(bundled, number):
    """No sparse slide leaves 40 % of its height empty at the bottom: short content sits
    in the middle of the space under the title, a little above rather than below."""
    boxes = layout_boxes(bundled, number)
    title = next(b for b in boxes if b.kind == "title").needed
    content = _content(boxes)
    above = content.top() - title.bottom()
    below = 1080 - 60 - content.bottom()         # to the slide number's line
    assert below < 0.4 * 1080, (number, below)
    assert above <= below + 40, (number, above, below)
    assert problems(boxes) == []


def test_one_heading_style_for_column_headings_and_body_headings(bundled):
    """A two-column slide's headings and a `##` in a slide's text: same colour, weight and
    size relative to the text they head, and no rule under either."""
    from dataclasses import replace

    from presenter.deck.model import Heading, Span
    from presenter.render.blocks import HEADING_SIZE, block_paras, heading_para
    ctx = bundled.context()
    body_heading = block_paras(ctx, (Heading(2, (Span("Definitioner"),)),))[0][0]
    assert body_heading == replace(heading_para(ctx, (Span("Definitioner"),)), space_before=0.0)
    accent = QColor(ctx.accent)
    for n in _numbers(bundled, "two-cols"):
        boxes = layout_boxes(bundled, n)
        heads = [b for b in boxes if b.kind == "heading"]
        body = next(b for b in boxes if b.kind == "body")
        if not heads:
            continue        # two columns without headings
        assert all(h.px == round(body.px * HEADING_SIZE) for h in heads), n
        image = bundled.render_image(n)
        h = heads[0].needed
        inked = [image.pixelColor(x, y) for x in range(int(h.left()), int(h.right()), 2)
                 for y in range(int(h.top()), int(h.bottom()), 2)]
        assert any(_near(c, accent) for c in inked), "column headings are in the accent colour"
        # Nothing but background between the heading and the text under it: no rule.
        gap_y = int((h.bottom() + body.needed.top()) / 2)
        row = {image.pixel(x, gap_y) for x in range(int(h.left()), int(body.allowed.right()), 3)}
        assert len(row) == 1, f"slide {n}: a rule under the heading"


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 30


def _summary_with_a_long_statement():
    from dataclasses import replace
    deck = F.talk_deck()
    slides = list(deck.slides)
    first = next(i for i, s in enumerate(slides) if s.layout == "poll")
    long_poll = replace(slides[first].poll, question=("Et meget langt udsagn om innovation " * 25)[:870])
    slides[first] = replace(slides[first], poll=long_poll)
    return replace(deck, slides=tuple(slides))


def test_one_long_statement_does_not_shrink_the_other_summary_rows(qapp):
    deck = _summary_with_a_long_statement()
    r = SlideRenderer(deck)
    n = _numbers(r, "summary")[0]
    labels = [b for b in layout_boxes(r, n) if b.kind == "row-label"]
    short = [b.px for b in labels if len(b.text) < 200]
    assert len(short) == 5 and min(short) >= 30, short


def test_n_is_printed_once_when_every_row_shares_it(qapp):
    r = SlideRenderer(F.talk_deck())
    n = _numbers(r, "summary")[0]
    same = F.join_view(polls={p.id: F.poll_view(20, 15, 5) for p in r.deck.polls})
    ns = [b.text for b in layout_boxes(r, n, same) if b.kind == "n"]
    assert ns == ["n = 40"]
    varied = F.room_with_votes(r.deck)
    assert len([b for b in layout_boxes(r, n, varied) if b.kind == "n"]) == len(r.deck.polls)
    assert problems(layout_boxes(r, n, same)) == []
