"""The speaker notes of the current slide: large, scrollable, with A−/A+ buttons.

Takes plain text (the deck's notes for a slide) and shows it; knows nothing of
decks or presentations. Imports only Qt and the console style.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from presenter.ui.speaker_words import speak

from . import style

MIN_POINT_SIZE = 10
MAX_POINT_SIZE = 40
DEFAULT_POINT_SIZE = 17


class NotesPanel(QWidget):
    """Read-only notes. The font size outlives slide changes: the speaker set it for their eyes."""

    point_size_changed = Signal(int)    # the speaker pressed A- or A+ (the console remembers it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.point_size = DEFAULT_POINT_SIZE
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        # The console's keys (arrows, Space) must reach the presentation, not scroll
        # the notes; the mouse wheel and scroll bar still scroll.
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.empty_label = speak(QLabel(), "notes.none")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.smaller = speak(QPushButton("A-"), None, tip="notes.smaller")
        self.smaller.clicked.connect(lambda: self._step(-2))
        self.larger = speak(QPushButton("A+"), None, tip="notes.larger")
        self.larger.clicked.connect(lambda: self._step(+2))
        for button in (self.smaller, self.larger):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # As wide as "A+" needs, not Qt's 80 px button: the column must fit 1024 px.
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("A+") + 30)

        header = QHBoxLayout()
        header.addWidget(speak(style.caption(""), "notes.caption", upper=True))
        header.addStretch(1)
        header.addWidget(self.smaller)
        header.addWidget(self.larger)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(header)
        column.addWidget(self.text, 1)
        column.addWidget(self.empty_label, 1)
        self.set_point_size(DEFAULT_POINT_SIZE)
        self.set_notes("")

    def set_notes(self, notes: str) -> None:
        notes = notes.strip()
        self.text.setPlainText(notes)
        self.text.verticalScrollBar().setValue(0)
        self.text.setVisible(bool(notes))
        self.empty_label.setVisible(not notes)

    def notes(self) -> str:
        return self.text.toPlainText()

    def _step(self, points: int) -> None:
        self.set_point_size(self.point_size + points)
        self.point_size_changed.emit(self.point_size)

    def set_point_size(self, size: int) -> None:
        self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self.text.setFont(style.font(self.point_size))
        self.smaller.setEnabled(self.point_size > MIN_POINT_SIZE)
        self.larger.setEnabled(self.point_size < MAX_POINT_SIZE)
