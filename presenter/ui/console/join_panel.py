"""How phones join, as the speaker needs to see it: QR code, URL, address and port,
and plain-words warnings when phones cannot get through.

Takes plain values: a server `JoinInfo` and the QR matrix the presentation already
built for the slides (rows of booleans, True = dark, no quiet zone). It also shows
venue evidence when given it (candidate LAN addresses, phones seen recently, the
"no phone yet" hint); where that data comes from is the server's business.
Imports Qt, `server.api` values and the open-files warning's English sentence only.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from common.values import LOOPBACK_BOUND, JoinInfo
from common.values import NO_LAN as NO_LAN_REASON
from presenter.ui.speaker_words import console_text, speak
from server.oslimits import hall_size_warning

from . import style

# Why phones cannot reach the laptop (JoinInfo.reason), one sentence per cause.
# Voting bound to loopback (--host 127.0.0.1) is a start option, not the network:
# telling that speaker "no network address" would send them hunting for wifi.
_REASONS = {LOOPBACK_BOUND: "join.loopback_only", NO_LAN_REASON: "join.no_lan"}
QUIET_ZONE = 4      # modules of white around the code, as the QR standard asks


def unreachable_reason(join: JoinInfo) -> str | None:
    """The one sentence that says why phones cannot join, or None when they can."""
    key = _REASONS.get(join.reason) if join.reason else None
    return console_text(key) if key else None


def join_warnings(join: JoinInfo) -> list[str]:
    """What the panel warns about for `join`: the cause phones cannot join (once), a
    moved port, a hall bigger than the open-files limit allows, and the server's other
    warnings, each said once. The server's own (English) sentences for the cause and
    the hall are left out: the panel says them in the speaker's words."""
    reason = unreachable_reason(join)
    warnings = [reason] if reason else []
    if join.port_changed:
        warnings.append(port_changed_warning(join.port))
    said = {join.reason_warning}
    if join.hall is not None:
        warnings.append(console_text("join.hall_size", phones=join.hall[0], limit=join.hall[1]))
        said.add(hall_size_warning(join.hall[1]))
    for sentence in join.warnings:
        if sentence not in said and sentence not in warnings:
            warnings.append(sentence)
    return warnings


def port_changed_warning(port: int) -> str:
    return console_text("join.port_moved", port=port)


def display_url(url: str) -> str:
    """The URL without `http://` and a bare trailing slash: what a person types."""
    url = url.removeprefix("http://")
    return url[:-1] if url.endswith("/") and url.count("/") == 1 else url


class QrView(QWidget):
    """A QR matrix drawn square, sharp (whole-pixel modules) and with its quiet zone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_matrix(self, matrix) -> None:
        self.matrix = tuple(tuple(row) for row in (matrix or ()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(110, 110)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        if not self.matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self.matrix) + 2 * QUIET_ZONE
        # Whole pixels per module: a fractional module size blurs edges and makes
        # a phone camera work harder.
        unit = max(1, side // modules)
        drawn = unit * modules
        left = (self.width() - drawn) // 2
        top = (self.height() - drawn) // 2
        painter.fillRect(left, top, drawn, drawn, QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self.matrix):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(left + (x + QUIET_ZONE) * unit, top + (y + QUIET_ZONE) * unit,
                                     unit, unit, dark)
        painter.end()


class JoinPanel(QWidget):
    """QR code, URL, address and port, warnings, and the venue evidence."""

    join_screen_requested = Signal()     # show the full-screen join overlay (Q)
    address_chosen = Signal(str)         # the speaker picked another candidate address

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.join: JoinInfo | None = None
        self.qr = QrView()
        # The room scans the big code on the slide; this one is for checking, and a
        # taller one would push the evidence and the hint out of sight.
        self.qr.setMaximumHeight(170)
        self.url_label = QLabel()
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setFont(style.font(14, bold=True))
        self.url_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url_label.setWordWrap(True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel()
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setProperty("role", "muted")
        self.address_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label.setWordWrap(True)
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(6)
        self.warning_labels: list[QLabel] = []
        self.candidates_box = QVBoxLayout()
        self.candidates_box.setSpacing(2)
        self.evidence_label = QLabel()
        self.evidence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence_label.setWordWrap(True)
        self.evidence_label.hide()

        self.show_button = speak(QPushButton(), "join.show", tip="join.show_tip")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.clicked.connect(self.join_screen_requested)

        header = QHBoxLayout()
        header.addWidget(speak(style.caption(""), "join.caption", upper=True))
        header.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(header)
        column.addWidget(self.qr)
        column.addWidget(self.url_label)
        column.addWidget(self.address_label)
        column.addLayout(self.candidates_box)
        column.addWidget(self.evidence_label)
        column.addLayout(self.warnings_box)
        column.addStretch(1)
        column.addWidget(self.show_button)
        self.set_join(None, None)

    # ------------------------------------------------------------ join address

    def set_join(self, join: JoinInfo | None, qr_matrix, down_reason: str | None = None,
                 starting: bool = False) -> None:
        """Show `join` (None: voting is off, down (`down_reason` may say why), or still
        `starting`: the app starts it once the first slide is on screen)."""
        self.join = join
        self.qr.set_matrix(qr_matrix if join is not None else None)
        self.qr.setVisible(join is not None and bool(qr_matrix))
        self.show_button.setEnabled(join is not None)
        if join is None:
            if starting:
                self.url_label.setText(console_text("join.voting_starting"))
                self.address_label.setText("")
            else:
                self.url_label.setText(console_text("status.voting_down" if down_reason
                                                    else "join.voting_off"))
                self.address_label.setText(down_reason or console_text("join.no_voting"))
            self._set_warnings([])
            self.set_candidates([], "")
            self.evidence_label.hide()      # old evidence would be about a server now gone
            return
        self.url_label.setText(display_url(join.url))
        if join.bound_host in (join.host, ""):
            self.address_label.setText(console_text("join.address", host=join.host, port=join.port))
        else:
            self.address_label.setText(console_text("join.address_bound", host=join.host,
                                                    port=join.port, bound=join.bound_host))
        self._set_warnings(join_warnings(join))

    def warnings(self) -> list[str]:
        return [label.text() for label in self.warning_labels]

    def _set_warnings(self, sentences: list[str]) -> None:
        for label in self.warning_labels:
            # Hidden and detached now: deleteLater alone waits for the event loop.
            self.warnings_box.removeWidget(label)
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self.warning_labels = []
        for sentence in sentences:
            label = QLabel(sentence)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setProperty("role", "warning")
            self.warnings_box.addWidget(label)
            self.warning_labels.append(label)

    # ------------------------------------------------------------ venue evidence

    def set_candidates(self, candidates: list[tuple[str, str]], in_use: str) -> None:
        """Every LAN address phones might use, as (interface name, address); the one in
        use is marked, the others are buttons that emit `address_chosen`."""
        while self.candidates_box.count():
            widget = self.candidates_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if len(candidates) < 2:
            return      # one address is already shown above; there is nothing to pick
        self.candidates_box.addWidget(speak(style.caption(""), "join.other_addresses", upper=True))
        for name, address in candidates:
            if address == in_use:
                label = QLabel(console_text("join.in_use", address=address, name=name))
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.candidates_box.addWidget(label)
                continue
            button = QPushButton(console_text("join.use", address=address, name=name))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=address: self.address_chosen.emit(a))
            self.candidates_box.addWidget(button)

    def set_evidence(self, phones_last_minute: int, nobody_yet: bool = False, *,
                     line: str, hint: str, voted: int = 0) -> None:
        """Live proof that phones get through (`line`), or, a minute after the join
        screen was shown with no phone seen, what usually causes that (`hint`). The
        words are server.net.reachability's, in the speaker's language."""
        if phones_last_minute == 0 and voted > 0:
            # Phones that voted reached this laptop: no "no phone yet" beside "40 voted".
            line = (console_text("join.voted_one") if voted == 1
                    else console_text("join.voted_many", n=voted))
            nobody_yet = False
        if nobody_yet and phones_last_minute == 0 and self.join is not None:
            self.evidence_label.setText(hint)
            style.set_role(self.evidence_label, "warning")
        else:
            self.evidence_label.setText(line)
            style.set_role(self.evidence_label, "muted")
        self.evidence_label.show()
