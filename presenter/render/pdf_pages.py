"""PDF pages drawn onto a slide, crisp at whatever resolution the slide is shown.

A page is rendered by PDFium (pypdfium2, see docs/pdf.md) at the exact device
pixels its rect covers, and drawn 1:1: sharp on a 4K projector and in the
console's small previews alike. A vector device (a PDF export) gets the page as
an image at print resolution (`PRINT_PIXELS` wide): pypdfium2 cannot draw into a
QPainter as vectors.

Any thread may call `paint_pdf_page` (the render worker does): PDFium calls hold
the deck's `PDFIUM_LOCK`, and the QImage made from the bitmap is the thread's
own. Each thread keeps its last few rendered pages (`PAGES_KEPT`, by
`keys.PdfPageKey`), so a preview repainted each second does not render again;
the slide caches (SlideCache) hold the rest, a window of slides, never a whole
500-page PDF.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from presenter.deck.model import PdfPage
from presenter.deck.pdf_source import PDFIUM_LOCK, document
from presenter.render.keys import PdfPageKey
from presenter.render.layers import raster_target

PAGES_KEPT = 4              # per thread: the page shown and a preview or two
PRINT_PIXELS = 3840         # a page's width in a PDF export (300 dpi on a 13.3-inch page)

_per_thread = threading.local()


def page_rect(page: PdfPage, box: QRectF) -> QRectF:
    """The largest rect with the page's aspect ratio, centred in `box` (letterboxed)."""
    width, height = page.size
    scale = min(box.width() / width, box.height() / height)
    w, h = width * scale, height * scale
    return QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)


def paint_pdf_page(painter: QPainter, page: PdfPage, target: QRectF) -> None:
    """Draw `page` into `target` (the painter's logical coordinates), sharp on the device."""
    if raster_target(painter):
        device = painter.deviceTransform()
        mapped = device.mapRect(target)
        pixels = QRect(round(mapped.left()), round(mapped.top()),
                       max(1, round(mapped.width())), max(1, round(mapped.height())))
        inverse, ok = device.inverted()
        drawn = inverse.mapRect(QRectF(pixels)) if ok else target
    else:
        scale = PRINT_PIXELS / max(1.0, target.width())
        pixels = QRect(0, 0, PRINT_PIXELS, max(1, round(target.height() * scale)))
        drawn = target
    image = page_image(page, pixels.width(), pixels.height())
    painter.save()
    try:
        if image is None:
            _placeholder(painter, page, target)
        else:
            painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
            painter.drawImage(drawn, image)
    finally:
        painter.restore()


def page_image(page: PdfPage, width: int, height: int) -> QImage | None:
    """`page` rendered at `width` x `height` pixels (None when PDFium cannot render it)."""
    key = PdfPageKey.of(page, width, height)
    kept: OrderedDict = getattr(_per_thread, "pages", None) or OrderedDict()
    _per_thread.pages = kept
    image = kept.get(key)
    if image is not None:
        kept.move_to_end(key)
        return image
    image = _render(page, width, height)
    if image is not None:
        kept[key] = image
        while len(kept) > PAGES_KEPT:
            kept.popitem(last=False)
    return image


def _render(page: PdfPage, width: int, height: int) -> QImage | None:
    import pypdfium2 as pdfium
    with PDFIUM_LOCK:
        try:
            pdf_page = document(page.source)[page.page - 1]
        except (pdfium.PdfiumError, IndexError, Exception):  # noqa: BLE001 - a damaged page draws a placeholder
            return None
        try:
            page_width, page_height = pdf_page.get_size()
            scale = min(width / page_width, height / page_height)
            bitmap = pdf_page.render(scale=scale, prefer_bgrx=True, rev_byteorder=False)
            # BGRx bytes are Qt's RGB32 on little-endian machines; copy(): the image owns them.
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format_RGB32).copy()
            bitmap.close()
        except pdfium.PdfiumError:
            return None
        finally:
            pdf_page.close()
    return image


def _placeholder(painter: QPainter, page: PdfPage, target: QRectF) -> None:
    painter.fillRect(target, QColor("#FFFFFF"))
    painter.setPen(QPen(QColor("#5B6475"), 3, Qt.DashLine))
    painter.drawRect(target)
    painter.drawText(target, Qt.AlignCenter,
                     f"{page.source.path.name}, page {page.page}: cannot be drawn")
