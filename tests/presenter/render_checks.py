"""Shared checks for the renderer tests: boxes fit the canvas and do not overlap,
small pixel helpers, and the test-only ways into the renderer (a slide's measured
boxes, rendering a cache's neighbours on the spot). Measures; never compares
against stored pictures."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from presenter.render.cache import SlideCache, neighbours
from presenter.render.renderer import SlideRenderer
from presenter.render.scene import Box
from presenter.render.view import RoomView

CANVAS = QRectF(0, 0, 1920, 1080)
GRAPHICS = {"bar-track", "qr", "qr-wifi", "image"}
TOL = 1.0


def layout_boxes(renderer: SlideRenderer, slide_number: int, view: RoomView | None = None) -> list[Box]:
    """The measured boxes of a slide on the 1920x1080 canvas:
    Box(kind, needed, allowed, px, text) for every text block and main graphic."""
    return list(renderer.scene(slide_number, view).boxes)


def prerender(cache: SlideCache, current: int, view: RoomView | None = None) -> list[int]:
    """Render the slides around `current` that `cache` lacks, here and now (the app leaves
    this to its worker thread through `render_plan`); returns their numbers."""
    done = []
    for number in neighbours(current, cache.renderer.slide_count):
        if not cache.contains(number, view):
            cache.image(number, view)
            done.append(number)
    return done


def inside(inner: QRectF, outer: QRectF, tol: float = TOL) -> bool:
    return (inner.left() >= outer.left() - tol and inner.top() >= outer.top() - tol
            and inner.right() <= outer.right() + tol and inner.bottom() <= outer.bottom() + tol)


def overlap(a: QRectF, b: QRectF) -> float:
    r = a.intersected(b)
    return 0.0 if r.isEmpty() else r.width() * r.height()


def problems(boxes) -> list[str]:
    """Every way the boxes break the rules: outside the canvas, bigger than allowed, overlapping."""
    out = []
    for b in boxes:
        if not inside(b.needed, CANVAS):
            out.append(f"{b.kind} {b.text[:40]!r} leaves the canvas: {b.needed}")
        if not inside(b.needed, b.allowed):
            out.append(f"{b.kind} {b.text[:40]!r} overflows its box: {b.needed} > {b.allowed}")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a.kind in GRAPHICS and b.kind in GRAPHICS:
                continue
            if {a.kind, b.kind} == {"bar-value", "bar-track"}:
                continue    # summary percentages are printed inside their segment on purpose
            if _part_of(a, b) or _part_of(b, a):
                continue    # a quote is measured on its own and as part of its text box
            if overlap(a.needed, b.needed) > 4.0:
                out.append(f"{a.kind} {a.text[:30]!r} overlaps {b.kind} {b.text[:30]!r}")
    return out


def _part_of(quote, box) -> bool:
    return quote.kind == "quote" and box.kind not in GRAPHICS and inside(quote.needed, box.needed)


def texts(boxes) -> str:
    return "\n".join(b.text for b in boxes)


def is_dark(image: QImage, x: float, y: float) -> bool:
    return QColor(image.pixel(int(x), int(y))).lightness() < 128


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def run_length(image: QImage, y: int, x0: int, x1: int, color: QColor, tol: int = 40) -> int:
    """How many pixels of `color` (within tol per channel) lie on row y between x0 and x1."""
    n = 0
    for x in range(x0, x1):
        c = QColor(image.pixel(x, y))
        if (abs(c.red() - color.red()) <= tol and abs(c.green() - color.green()) <= tol
                and abs(c.blue() - color.blue()) <= tol):
            n += 1
    return n
