"""Pictures from the deck (PNG, JPEG, SVG next to the deck file), drawn to fit a box.

SVG is drawn as vectors (sharp on any screen and in the PDF); bitmaps are scaled
smoothly. A file that cannot be read draws a quiet placeholder naming the file
instead of failing the whole talk.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer


def _load(path: str):
    # Pictures loaded per thread, and gone with it: a QSvgRenderer must not render in two
    # threads at once (the audience window renders neighbour slides on a worker thread).
    cached = getattr(_per_thread, "load", None)
    if cached is None:
        cached = _per_thread.load = lru_cache(maxsize=64)(_load_now)
    return cached(path)


_per_thread = threading.local()


def _load_now(path: str):
    if path.lower().endswith(".svg"):
        svg = QSvgRenderer(path)
        return svg if svg.isValid() else None
    image = QImage(path)
    return None if image.isNull() else image


def natural_size(path: Path) -> QSizeF:
    pic = _load(str(path))
    if isinstance(pic, QSvgRenderer):
        return QSizeF(pic.defaultSize())
    if isinstance(pic, QImage):
        return QSizeF(pic.size())
    return QSizeF(4, 3)


def fitted_rect(path: Path, box: QRectF) -> QRectF:
    """The largest rect with the picture's aspect ratio, centred in `box`."""
    size = natural_size(path)
    if size.width() <= 0 or size.height() <= 0:
        return QRectF(box)
    scale = min(box.width() / size.width(), box.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    return QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)


def paint_picture(painter: QPainter, path: Path, target: QRectF, muted: QColor) -> None:
    pic = _load(str(path))
    if isinstance(pic, QSvgRenderer):
        pic.render(painter, target)
    elif isinstance(pic, QImage):
        painter.save()
        painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
        painter.drawImage(target, pic)
        painter.restore()
    else:
        painter.save()
        painter.setPen(QPen(muted, 3, Qt.DashLine))
        painter.drawRect(target)
        font = painter.font()
        font.setPixelSize(max(14, min(32, int(target.height() / 8))))   # readable in the room
        painter.setFont(font)
        painter.drawText(target, Qt.AlignCenter | Qt.TextWordWrap, path.name)
        painter.restore()
