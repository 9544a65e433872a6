"""The 16:9 canvas scaled into any target, with black bars, and the blank screens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from presenter.render.cache import SlideCache
from presenter.render.renderer import SlideRenderer, fit_rect
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, prerender


@pytest.fixture
def talk(qapp):
    return SlideRenderer(F.talk_deck())


def _paint(r, size, number=2, rect=None):
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FF00FF"))
    painter = QPainter(image)
    r.paint(painter, number, None, rect)
    painter.end()
    return image


def test_4_by_3_gets_bars_top_and_bottom(talk):
    image = _paint(talk, QSize(1024, 768))
    inner = fit_rect(QRectF(0, 0, 1024, 768))
    assert inner.height() == pytest.approx(576) and inner.top() == pytest.approx(96)
    assert image.pixelColor(500, 40) == QColor(Qt.black)
    assert image.pixelColor(500, 740) == QColor(Qt.black)
    assert image.pixelColor(1010, 200) == QColor("#FFFFFF")   # slide background, right margin
    assert image.pixelColor(3, 300) == QColor("#FFFFFF")


def test_21_by_9_gets_bars_left_and_right(talk):
    image = _paint(talk, QSize(2560, 1080))
    assert image.pixelColor(100, 500) == QColor(Qt.black)
    assert image.pixelColor(2500, 500) == QColor(Qt.black)
    assert image.pixelColor(330, 500) == QColor("#FFFFFF")


def test_paint_into_a_given_rect_leaves_the_rest(talk):
    image = _paint(talk, QSize(800, 800), rect=QRectF(0, 0, 400, 225))
    assert image.pixelColor(10, 10) == QColor("#FFFFFF")
    assert image.pixelColor(600, 600) == QColor("#FF00FF")


def test_render_image_size(talk):
    assert talk.render_image(1, None, QSize(960, 540)).size() == QSize(960, 540)


def test_slide_number_out_of_range(talk):
    with pytest.raises(IndexError):
        talk.render_image(0)
    with pytest.raises(IndexError):
        layout_boxes(talk, len(talk.deck.slides) + 1)


def test_cache_reuses_static_slides_and_prerenders_neighbours(talk):
    cache = SlideCache(talk, QSize(1920, 1080))
    first = cache.image(2)
    assert cache.image(2) is first and cache.hits == 1
    assert prerender(cache, 2) == [3, 4, 1]
    assert cache.contains(3) and cache.contains(1)
    deck = talk.deck
    poll = next(s for s in deck.slides if s.layout == "poll")
    a = cache.image(poll.number, F.join_view(polls={poll.poll.id: F.poll_view(1, 0, 0)}))
    b = cache.image(poll.number, F.join_view(polls={poll.poll.id: F.poll_view(2, 0, 0)}))
    assert a is not b, "a poll slide is re-rendered when its counts change"
    # A static slide does not depend on the room: any view hits the same image.
    assert cache.image(2, F.join_view()) is first
    cache.resize(QSize(1280, 720))
    assert cache.image(2).size() == QSize(1280, 720)
