"""The red banner that says voting is down and offers the ways out: restart it, or
keep the votes in another folder (a data folder that cannot be written is the one
failure a restart alone cannot fix, and a speaker without a terminal cannot pass
--data-dir).

Shown by the console when the presentation reports `server_failed`; hidden again
when voting comes back. Imports only Qt and the console style.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from presenter.ui.speaker_words import console_text, speak, speak_failure

from . import style


def ask_for_data_folder(parent: QWidget) -> Path | None:
    """The real folder dialog; tests put their own function in `choose_folder`."""
    chosen = QFileDialog.getExistingDirectory(parent, console_text("banner.data_dir_title"),
                                              str(Path.home()))
    return Path(chosen) if chosen else None


class VotingDownBanner(QFrame):
    restart_requested = Signal()
    data_dir_chosen = Signal(str)       # the folder the speaker picked for the votes

    choose_folder: Callable[[QWidget], Path | None] = staticmethod(ask_for_data_folder)

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
        self.folder_button = speak(QPushButton(), "banner.data_dir", tip="banner.data_dir_tip")
        self.folder_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.folder_button.clicked.connect(self._pick_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.title)
        row.addSpacing(8)
        row.addWidget(self.message, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.restart_button)
        self.hide()

    def _pick_folder(self) -> None:
        folder = self.choose_folder(self.window())
        if folder is not None:
            self.data_dir_chosen.emit(str(folder))

    def show_failure(self, error) -> None:
        """`error`: the server.api.ServerError, said in the speaker's language (again when
        the speaker picks another)."""
        speak_failure(self.message, error)
        self.show()
