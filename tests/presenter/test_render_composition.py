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
