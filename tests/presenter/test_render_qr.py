"""QR codes: the painted module grid matches the matrix, sharp, with a quiet zone, big
enough on the join slide, and the URL beside it without the scheme."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from presenter.render.qr import QUIET, paint_qr, placement, qr_matrix
from presenter.render.renderer import SlideRenderer, fit_rect
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import is_dark, layout_boxes, texts


def _grid_matches(image: QImage, matrix, origin, module) -> None:
    n = len(matrix)
    for r in range(-QUIET, n + QUIET):
        for c in range(-QUIET, n + QUIET):
            x = origin.x() + (c + QUIET + 0.5) * module
            y = origin.y() + (r + QUIET + 0.5) * module
            want = 0 <= r < n and 0 <= c < n and matrix[r][c]
            assert is_dark(image, x, y) == want, f"module ({r},{c})"


def test_matrix_has_no_quiet_zone_and_is_square(qapp):
    m = qr_matrix("http://192.168.1.23:8080/")
    assert len(m) == len(m[0]) and len(m) in range(21, 60, 4)
    assert all(m[0][:7]) and all(row[0] for row in m[:7])     # finder pattern at the edge


def test_join_slide_qr_is_big_and_decodes_module_by_module(qapp):
    deck = F.talk_deck()
    r = SlideRenderer(deck)
    n = next(s.number for s in deck.slides if s.layout == "join")
    view = F.join_view()
    image = r.render_image(n, view)
    qr_box = next(b for b in layout_boxes(r, n, view) if b.kind == "qr")
    assert qr_box.needed.height() >= 0.25 * 1080
    matrix = view.join.qr
    origin, module = placement(len(matrix), qr_box.needed, QTransform())
    assert module == int(module) and module >= 8
    _grid_matches(image, matrix, origin, module)
    url = next(b for b in layout_boxes(r, n, view) if b.kind == "url")
    assert url.text == "192.168.1.23:8080"
    assert url.px >= 60, "the URL is printed in large type"


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768), QSize(1024, 768)])
def test_qr_is_crisp_when_scaled(qapp, size):
    """Snapped to device pixels: only pure black and white inside the code, and still the grid."""
    matrix = qr_matrix("http://10.0.0.5:8080/")
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("#888888"))
    painter = QPainter(image)
    inner = fit_rect(QRectF(0, 0, size.width(), size.height()))
    painter.translate(inner.topLeft())
    painter.scale(inner.width() / 1920, inner.height() / 1080)
    box = QRectF(1000.3, 200.7, 640, 640)
    drawn = paint_qr(painter, matrix, box)
    device = painter.deviceTransform().mapRect(drawn)
    origin_dev, module_dev = placement(len(matrix), box, painter.deviceTransform())
    painter.end()
    colours = {image.pixel(x, y) for x in range(int(device.left()) + 1, int(device.right()) - 1)
               for y in range(int(device.top()) + 1, int(device.bottom()) - 1)}
    assert colours <= {QColor("black").rgb(), QColor("white").rgb()}
    module_px = device.width() / (len(matrix) + 2 * QUIET)
    assert abs(module_px - round(module_px)) < 1e-6
    from PySide6.QtCore import QPointF
    _grid_matches(image, matrix, QPointF(device.left(), device.top()), module_px)


def test_wifi_qr_comes_first(qapp):
    deck = F.talk_deck()
    r = SlideRenderer(deck)
    n = next(s.number for s in deck.slides if s.layout == "join")
    boxes = layout_boxes(r, n, F.join_view(wifi=True))
    wifi = next(b for b in boxes if b.kind == "qr-wifi")
    url = next(b for b in boxes if b.kind == "qr")
    assert wifi.needed.right() < url.needed.left()
    assert "votedeck" in texts(boxes)


def test_join_overlay_on_any_slide(qapp):
    deck = F.talk_deck()
    r = SlideRenderer(deck)
    view = F.join_view(overlay=True)
    boxes = layout_boxes(r, 2, view)
    qr = next(b for b in boxes if b.kind == "qr")
    assert qr.needed.height() >= 0.5 * 1080
    assert "Stem med din telefon" in texts(boxes)
    assert "Temaer" not in texts(boxes)
    image = r.render_image(2, view)
    origin, module = placement(len(view.join.qr), qr.needed, QTransform())
    _grid_matches(image, view.join.qr, origin, module)


def test_poll_corner_qr_only_while_open(qapp):
    deck = F.talk_deck()
    r = SlideRenderer(deck)
    s = next(s for s in deck.slides if s.layout == "poll")
    open_view = F.join_view(polls={s.poll.id: F.poll_view(open=True)})
    closed_view = F.join_view(polls={s.poll.id: F.poll_view(open=False)})
    assert any(b.kind == "qr" for b in layout_boxes(r, s.number, open_view))
    assert not any(b.kind == "qr" for b in layout_boxes(r, s.number, closed_view))
