"""A slide as the phones see it between polls: the presenter's own render, small.

PHONE_WIDTH is what PhoneSlides renders at (a phone's screen is 360-430 CSS px at
2-3 device pixels each, so 720 px is sharp at full width and twice as sharp as
needed when zoomed to half), and `encode` makes the image JPEG. JPEG was chosen
by measurement (bench/phone_image_bench.py): on the bundled talk PNG takes 1.2-1.7
times JPEG's bytes on every slide (1.48 in all; JPEG ~25 KB a slide) and 4 times
as long to encode (~20 ms against ~5 ms).
Imports Qt and the renderer only; never the windows or the server.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from presenter.render.theme import HEIGHT, WIDTH

PHONE_WIDTH = 720
PHONE_HEIGHT = PHONE_WIDTH * HEIGHT // WIDTH
# Text edges stay clean at 720 px; on the bundled talk quality 90 costs 29 % more
# bytes and 70 saves 14 %.
JPEG_QUALITY = 80


def encode(image, fmt: str = "JPEG", quality: int = JPEG_QUALITY) -> bytes:
    """`image` (a QImage) as JPEG or PNG bytes."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality if fmt == "JPEG" else -1)
    buffer.close()
    return bytes(array.data())
