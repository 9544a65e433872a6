"""A one-line label that gives way to its neighbours: it ends in "…" when it lacks the
room, and its whole text is in the tooltip. The deck title in the header and the
poll's "n voted" line use it, so a 1024 px screen holds the console in any of its
languages. Imports Qt only.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line, elided on the right when narrow."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("…") * 6)
        return hint

    def paintEvent(self, event) -> None:
        # Drawn by hand: QLabel clips a long line rather than eliding it. The style
        # sheet's colour is the palette's, which the painter takes from the widget.
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(self.alignment()), shown)
        painter.end()
