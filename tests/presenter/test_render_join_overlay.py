"""The Q overlay is one group centred on the screen: heading, code and URL together,
over whatever slide is showing, not a title hung top-left and a URL adrift mid-left."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from presenter.render.renderer import SlideRenderer
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, problems

CENTRE_TOL = 6.0


@pytest.mark.parametrize("number", [1, 9, 15])     # a title slide, a poll, the summary
@pytest.mark.parametrize("url", ["http://192.168.1.23:8080/", "http://10.0.0.7:41234/"])
def test_overlay_is_one_group_centred_on_the_slide(qapp, number, url):
    deck = F.talk_deck()
    view = F.join_view(url=url, overlay=True)
    boxes = layout_boxes(SlideRenderer(deck), number, view)
    assert problems(boxes) == []
    parts = {b.kind: b.needed for b in boxes if b.kind in ("title", "qr", "url")}
    assert set(parts) == {"title", "qr", "url"}
    group = QRectF(parts["title"]).united(parts["qr"]).united(parts["url"])
    assert abs(group.center().x() - 960) <= CENTRE_TOL, group
    assert abs(group.center().y() - 540) <= CENTRE_TOL, group
    title, qr, url_box = parts["title"], parts["qr"], parts["url"]
    assert title.bottom() < qr.top(), "the heading stands over the code"
    assert qr.right() < url_box.left() and qr.top() < url_box.center().y() < qr.bottom(), \
        "the URL stands beside the code"
