"""A laid-out slide: what to draw, in order, and the boxes it occupies.

Layouts build a `Scene` on the 1920x1080 canvas; the renderer paints it on any
device, and tests read its `boxes` (the measurement API) to check that text
fits and nothing overlaps. Painting and measuring come from the same layout, so
what is tested is what is drawn. Must not import the layouts or the window.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from presenter.render import text as rtext
from presenter.render.text import Fitted, Para


class Box(NamedTuple):
    """One measured thing on a slide. `needed` is what it takes, `allowed` what it was given."""

    kind: str           # "title", "body", "statement", "bar-track", "qr", ...
    needed: QRectF
    allowed: QRectF
    px: float           # font size in canvas pixels (0 for graphics)
    text: str = ""      # the plain text of a text box, so tests can find it


@dataclass
class Scene:
    background: QColor
    family: str
    items: list[Callable[[QPainter], None]] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)

    def paint(self, painter: QPainter) -> None:
        for item in self.items:
            item(painter)

    def draw(self, fn: Callable[[QPainter], None], box: Box | None = None) -> None:
        """Add a graphic; with a box, it also counts for fit and overlap checks."""
        self.items.append(fn)
        if box is not None:
            self.boxes.append(box)

    def text(self, kind: str, paras: tuple[Para, ...] | list[Para], allowed: QRectF, *,
             max_px: float, min_px: float = 0.0, valign: str = "top",
             halign: str = "left", fitted: Fitted | None = None) -> QRectF:
        """Fit paragraphs into `allowed`, add them, and return the rect the text needs."""
        paras = tuple(paras)
        if fitted is None:
            fitted = rtext.fit(paras, allowed.width(), allowed.height(), self.family, max_px, min_px)
        origin, needed = rtext.place(fitted, allowed, valign, halign)
        self.items.append(lambda p, f=fitted, o=origin: rtext.draw(p, f, o))
        words = " ".join("".join(s.text for s in q.spans) for q in paras)
        self.boxes.append(Box(kind, needed, QRectF(allowed), fitted.px, words))
        return needed

    def fit(self, paras, width: float, height: float, max_px: float, min_px: float = 0.0) -> Fitted:
        return rtext.fit(tuple(paras), width, height, self.family, max_px, min_px)

    def measure(self, paras, width: float, px: float) -> Fitted:
        return rtext.at_size(tuple(paras), width, self.family, px)


def rect(x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x, y, max(0.0, w), max(0.0, h))


def point(x: float, y: float) -> QPointF:
    return QPointF(x, y)
