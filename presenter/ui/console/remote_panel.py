"""The console's second QR code: the speaker pairs their own phone as a remote.

Hidden until the speaker asks ("Pair my phone"): a code on the laptop screen is
only for the speaker, and it never reaches the projector. The code is of a one-time
URL (`/remote?pair=...`, VotingServer.remote_link) that works once and for ten
minutes; the code is taken down when that time is up, and "New code" makes another
(a spare phone, or a code that went stale). Words are console.remote.* in the
speaker's language. Imports Qt, the console's style and its QR view only.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.ui.speaker_words import console_text, speak

from . import style
from .join_panel import QrView


class RemotePanel(QWidget):
    pair_requested = Signal()           # the speaker wants a (new) pairing code

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.link: str | None = None
        self.qr = QrView()
        self.qr.setMaximumHeight(150)
        self.qr.hide()
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.hint.hide()
        self.button = speak(QPushButton(), "remote.pair")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.pair_requested)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.take_down)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(speak(style.caption(""), "remote.title", upper=True))
        column.addWidget(self.qr)
        column.addWidget(self.hint)
        column.addWidget(self.button)

    def show_link(self, found: tuple[str, float] | None) -> None:
        """Show the pairing code of `found` (url, seconds it works); None: voting is down."""
        from presenter.render.qr import qr_matrix
        if found is None:
            self.take_down()
            self.hint.setText(console_text("remote.down"))
            self.hint.show()
            return
        self.link, lifetime = found
        self.qr.set_matrix(qr_matrix(self.link))
        self.qr.show()
        self.hint.setText(console_text("remote.hint", minutes=round(lifetime / 60)))
        self.hint.show()
        speak(self.button, "remote.renew")
        self._expiry.start(int(lifetime * 1000))

    def take_down(self) -> None:
        """The code is spent or stale: nothing left to scan."""
        self.link = None
        self.qr.set_matrix(None)
        self.qr.hide()
        self.hint.hide()
        speak(self.button, "remote.pair")
