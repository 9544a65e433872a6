"""QR codes: the matrix from the `qrcode` package, drawn as crisp squares.

`qr_matrix(text)` gives the modules (True = dark) without the quiet zone; the
painter adds a quiet zone of 4 modules and snaps the module size and origin to
whole device pixels when the device is coarse enough for that to matter (a
projector), so a phone camera sees sharp edges, never a blurred bitmap.
"""
from __future__ import annotations

import math
from functools import lru_cache

import qrcode
import qrcode.exceptions
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QTransform
from qrcode.constants import ERROR_CORRECT_M

QUIET = 4   # modules of light margin on every side, as the QR standard asks

Matrix = tuple[tuple[bool, ...], ...]


@lru_cache(maxsize=16)
def qr_matrix(text: str) -> Matrix:
    """The QR modules of `text` (error correction M), rows of booleans, no quiet zone."""
    code = qrcode.QRCode(border=0, error_correction=ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@lru_cache(maxsize=16)
def qr_matrix_sized(text: str, size: int) -> Matrix | None:
    """`text` encoded as a code of exactly `size` modules a side (a QR version is 17 + 4 v
    modules), or None when it does not fit that version. Two codes shown side by side at
    one module size then come out exactly the same size."""
    version, rest = divmod(size - 17, 4)
    if rest or not 1 <= version <= 40:
        return None
    code = qrcode.QRCode(version=version, border=0, error_correction=ERROR_CORRECT_M)
    code.add_data(text)
    try:
        code.make(fit=False)
    except (qrcode.exceptions.DataOverflowError, ValueError):
        return None
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def placement(size: int, box: QRectF, transform: QTransform | None = None) -> tuple[QPointF, float]:
    """Top-left of the quiet zone and the module size (logical units) for a `size`-module
    code centred in `box`, snapped to whole device pixels under `transform`."""
    total = size + 2 * QUIET
    module = min(box.width(), box.height()) / total
    scale = abs(transform.m11()) if transform is not None else 1.0
    if scale > 0 and module * scale >= 1:
        module = math.floor(module * scale) / scale
    side = module * total
    origin = QPointF(box.center().x() - side / 2, box.center().y() - side / 2)
    if transform is not None and scale > 0:
        device = transform.map(origin)
        snapped = QPointF(round(device.x()), round(device.y()))
        inverse, ok = transform.inverted()
        if ok:
            origin = inverse.map(snapped)
    return origin, module


def paint_qr(painter: QPainter, matrix: Matrix, box: QRectF,
             dark: QColor = QColor("#000000"), light: QColor = QColor("#FFFFFF")) -> QRectF:
    """Draw the code with its quiet zone, as large as fits in `box`; returns the drawn square."""
    size = len(matrix)
    origin, module = placement(size, box, painter.deviceTransform())
    side = module * (size + 2 * QUIET)
    painter.save()
    # Antialiasing would grey the module edges; the snapped grid makes it unnecessary.
    painter.setRenderHint(QPainter.Antialiasing, False)
    painter.fillRect(QRectF(origin.x(), origin.y(), side, side), light)
    x0, y0 = origin.x() + QUIET * module, origin.y() + QUIET * module
    for r, row in enumerate(matrix):
        c = 0
        while c < size:
            if row[c]:
                start = c
                while c < size and row[c]:
                    c += 1
                # One rect per run of dark modules: fewer seams, faster.
                painter.fillRect(QRectF(x0 + start * module, y0 + r * module,
                                        (c - start) * module, module), dark)
            else:
                c += 1
    painter.restore()
    return QRectF(origin.x(), origin.y(), side, side)
