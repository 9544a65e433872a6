"""The console's banner for a save that broke the deck: its `file:line:` sentence.

Shown when the deck watcher (presenter/ui/deck_watcher.py) cannot read a save;
the projector keeps the last good deck, and the banner goes when a save reads
again. Imports only Qt and the console style.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from presenter.ui.speaker_words import speak

from . import style


class DeckErrorBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Banner")
        title = speak(QLabel(), "deck_banner.title")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setFont(style.font(12, bold=True))
        title.setStyleSheet(f"color: {style.DANGER};")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)     # the deck's own words, as written
        self.message.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.addWidget(title)
        box.addWidget(self.message)
        self.hide()

    def show_error(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.show()

    def clear(self) -> None:
        self.message.clear()
        self.hide()
