"""The console's right-hand column: how phones join, the venue checks, the speaker's
own phone as a remote (its pairing code, shown only when asked for), and the
session's name (set before the talk, so it gives its place by the notes to the
answers that come in during it).

What it holds grows with what it has to say (the no-phone hint, a firewall step,
a rehearsal verdict, other addresses to pick). On a small laptop screen it first
gives up height on the console's own QR code (the room scans the big one on the
slide; this one is for checking) down to `QR_MIN`, and only then scrolls, with a
visible scroll bar, so the last button is never simply cut off.

Imports Qt and the console's own widgets only.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from . import style

QR_MAX = 170        # px; a taller code would push the evidence and the hint out of sight
QR_MIN = 112        # px; still three whole pixels a module for a version-3 code
WIDTH = 290         # the panels
SCROLL_BAR = 14     # room beside them for the scroll bar


class SideColumn(QScrollArea):
    """The join panel and the venue checks, stacked; scrolls when they cannot fit."""

    def __init__(self, join_panel, venue, *more: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.join_panel = join_panel
        self.setObjectName("SideColumn")
        body = QWidget()
        body.setObjectName("SideColumnBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.join_frame = framed(join_panel)
        self.venue_frame = framed(venue)
        column.addWidget(self.join_frame)
        column.addWidget(self.venue_frame)
        for panel in more:
            column.addWidget(framed(panel))
        column.addStretch(1)
        self.viewport().setAutoFillBackground(False)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(WIDTH + SCROLL_BAR)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        join_panel.qr.setMaximumHeight(QR_MAX)
        body.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A label changed its text (LayoutRequest on the body) or the window was
        # resized (Resize of the viewport): see whether the column still fits.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit()
        return super().eventFilter(watched, event)

    def natural_height(self) -> int:
        """The column's height with the QR code at its full size."""
        body = self.widget()
        layout = body.layout()
        width = self.viewport().width()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalMinimumSize().height())
        qr = self.join_panel.qr
        if not qr.isHidden():
            height += QR_MAX - qr.maximumHeight()
        return height

    def fit(self) -> None:
        """Shrink the QR code by what the column lacks (never below QR_MIN)."""
        qr = self.join_panel.qr
        overflow = self.natural_height() - self.viewport().height()
        limit = max(QR_MIN, min(QR_MAX, QR_MAX - overflow))
        if qr.maximumHeight() != limit:
            qr.setMaximumHeight(limit)


def framed(widget: QWidget) -> QFrame:
    """`widget` in one of the console's rounded panels."""
    frame = style.panel()
    box = QVBoxLayout(frame)
    box.setContentsMargins(12, 10, 12, 10)
    box.addWidget(widget)
    return frame
