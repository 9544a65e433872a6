"""The red banner that says voting is down and offers to restart it.

Shown by the console when the presentation reports `server_failed`; hidden again
when voting comes back. Imports only Qt and the console style.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from presenter.ui.speaker_words import speak

from . import style


class VotingDownBanner(QFrame):
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Banner")
        self.title = speak(QLabel(), "status.voting_down")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(style.font(12, bold=True))
        self.title.setStyleSheet(f"color: {style.DANGER};")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.restart_button = speak(QPushButton(), "banner.restart")
        self.restart_button.setProperty("kind", "primary")
        self.restart_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.restart_button.clicked.connect(self.restart_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.title)
        row.addSpacing(8)
        row.addWidget(self.message, 1)
        row.addWidget(self.restart_button)
        self.hide()

    def show_failure(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.show()
