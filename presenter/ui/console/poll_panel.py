"""The poll of the current slide as the speaker sees it, with its controls.

Shows the question, whether the poll is open, whether the room sees its results,
the exact counts and percentages (always, even while they are hidden from the
room), voters against phones connected, and Open/Close, Reveal/Hide and Reset
buttons. It takes plain values (a deck `Poll`, a server `PollTally`) and emits
what the speaker asked for; the console window turns that into ShowController calls.
Imports Qt, the deck model and the server's public types only.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from common.percent import whole_percentages
from common.values import QUESTIONS, PollTally
from presenter.deck.model import Poll
from presenter.ui.speaker_words import console_text, speak

from . import style
from .elided_label import ElidedLabel

# Asked before a reset: the KeyRouter's own question (Ctrl+R asks the same one), or
# a test's answer. Takes the window to show the question over; True means go ahead.
ConfirmReset = Callable[[QWidget], bool]


class TallyChart(QWidget):
    """One row per option: label, bar, count and percentage. Painted, so it stays crisp."""

    ROW = 26
    COMPACT_ROW = 19        # from COMPACT_FROM options on: nine rows of 26 px overflowed 768 px
    COMPACT_FROM = 6

    @property
    def row_height(self) -> int:
        return self.COMPACT_ROW if len(self.rows) >= self.COMPACT_FROM else self.ROW

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, int]] = []   # (option id, label, count)
        self.setFont(style.font(11))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, str, int]]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, max(1, len(self.rows)) * self.row_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(1, len(self.rows)) * self.row_height)

    def _percentages(self) -> list[int]:
        """Whole percentages that add up to 100, as the room's slide shows them."""
        return whole_percentages([count for _, _, count in self.rows])

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        total = sum(count for _, _, count in self.rows)
        percentages = self._percentages()
        widest = max((metrics.horizontalAdvance(label) for _, label, _ in self.rows), default=0)
        label_width = min(self.width() // 3, widest + 12)
        figures_width = metrics.horizontalAdvance("0000 · 100%") + 8
        bar_left = label_width
        row = self.row_height
        bar_width = max(10, self.width() - label_width - figures_width)
        for index, ((option_id, label, count), percent) in enumerate(zip(self.rows, percentages)):
            top = index * row
            text_rect = QRectF(0, top, label_width - 8, row)
            painter.setPen(style.color(style.TEXT))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width())))
            track = QRectF(bar_left, top + row // 4, bar_width, row - 2 * (row // 4))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.color(style.PANEL_RAISED))
            painter.drawRoundedRect(track, 4, 4)
            if total:
                filled = QRectF(track.left(), track.top(), track.width() * count / total, track.height())
                painter.setBrush(style.option_color(option_id))
                painter.drawRoundedRect(filled, 4, 4)
            painter.setPen(style.color(style.TEXT))
            figures = QRectF(track.right() + 8, top, figures_width - 8, row)
            painter.drawText(figures, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             f"{count} · {percent}%")
        painter.end()


class PollPanel(QWidget):
    """Poll state and controls for the current slide."""

    open_requested = Signal(bool)       # True: open the poll, False: close it
    reveal_requested = Signal(bool)     # True: show results to the room, False: hide them
    reset_requested = Signal()          # emitted only after the speaker confirmed
    compare_requested = Signal()        # show or hide the tour beside the room's bars (C)

    def __init__(self, confirm_reset: ConfirmReset, parent: QWidget | None = None):
        super().__init__(parent)
        self.confirm_reset = confirm_reset
        self.poll: Poll | None = None
        self.tally: PollTally | None = None
        self.room_sees_results = False

        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setFont(style.font(11.5, bold=True))
        # Two lines at most, so polls of as many options keep one height.
        self.question.setFixedHeight(2 * QFontMetrics(self.question.font()).lineSpacing() + 2)
        self.question.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_chip = QLabel()
        self.open_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal_chip = QLabel()
        self.reveal_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = TallyChart()
        self.voters_label = ElidedLabel()       # "n voted" first: it survives the "…"
        self.voters_label.setProperty("role", "muted")
        self.empty_label = QLabel(console_text("poll.none"))
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.open_button = speak(QPushButton(), None, tip="poll.open_tip")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(not self._is_open()))
        self.reveal_button = speak(QPushButton(), None, tip="poll.reveal_tip")
        self.reveal_button.clicked.connect(lambda: self.reveal_requested.emit(not self.room_sees_results))
        self.reset_button = speak(QPushButton(), "poll.reset", tip="poll.reset_tip")
        self.reset_button.setProperty("kind", "danger")
        self.reset_button.clicked.connect(self.ask_reset)
        self.compare_button = speak(QPushButton(), "poll.compare", tip="poll.compare_tip")
        self.compare_button.setCheckable(True)
        self.compare_button.clicked.connect(lambda _checked: self.compare_requested.emit())
        for button in (self.open_button, self.reveal_button, self.reset_button,
                       self.compare_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        header = QHBoxLayout()
        header.addWidget(speak(style.caption(""), "poll.caption", upper=True))
        header.addStretch(1)
        header.addWidget(self.open_chip)
        header.addWidget(self.reveal_chip)
        self.header_row = header        # the console adds "Paper ballots…" (hand_counts.py)
        # Two rows: in one, the buttons in Danish or Swedish made the console wider than
        # a 1024 px screen. The counts (and the tour, when there is one) above the
        # buttons; the room's verbs together, Reset apart at the end.
        footer = QHBoxLayout()
        footer.addWidget(self.voters_label, 1)
        footer.addWidget(self.compare_button)
        controls = QHBoxLayout()
        controls.addWidget(self.open_button)
        controls.addWidget(self.reveal_button)
        controls.addStretch(1)
        controls.addWidget(self.reset_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(header)
        column.addWidget(self.question)
        column.addWidget(self.chart)
        column.addWidget(self.empty_label, 1)
        column.addStretch(1)
        column.addLayout(footer)
        column.addLayout(controls)
        self.set_poll(None, None, 0, False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_question()

    def _show_question(self) -> None:
        if self.poll is None:
            return
        # Elide to what two lines hold; the whole question is in the tooltip.
        metrics = QFontMetrics(self.question.font())
        width = max(50, self.question.width())
        text = self.poll.question
        if metrics.horizontalAdvance(text) > 2 * width * 0.92:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(2 * width * 0.92))
        self.question.setText(text)
        self.question.setToolTip(self.poll.question)

    def _is_open(self) -> bool:
        return bool(self.tally and self.tally.open)

    def ask_reset(self) -> None:
        if self.poll is not None and self.confirm_reset(self.window()):
            self.reset_requested.emit()

    def set_poll(self, poll: Poll | None, tally: PollTally | None, phones: int,
                 room_sees_results: bool, voting_up: bool = True,
                 upcoming: Poll | None = None) -> None:
        """Show `poll` with its latest exact `tally`; `room_sees_results` comes from the
        audience's own RoomView, so this says what the projector really shows. Without
        a poll, say which slide has the next one (`upcoming`)."""
        self.poll, self.tally, self.room_sees_results = poll, tally, room_sees_results
        has_poll = poll is not None
        for widget in (self.question, self.voters_label, self.open_button, self.reveal_button,
                       self.reset_button, self.compare_button):
            widget.setVisible(has_poll)
        # Without a tally (voting off or down) there are no counts to show: zeros would lie.
        for widget in (self.open_chip, self.reveal_chip):
            widget.setVisible(has_poll and tally is not None)
        # Typed answers have no options to count: no empty chart between question and counts.
        self.chart.setVisible(has_poll and tally is not None and bool(poll.options))
        self.empty_label.setVisible(not has_poll)
        if upcoming is not None:
            self.empty_label.setText(console_text("poll.next", n=upcoming.slide, question=upcoming.question))
        else:
            self.empty_label.setText(console_text("poll.none"))
        controllable = has_poll and voting_up and tally is not None
        for button in (self.open_button, self.reveal_button, self.reset_button):
            button.setEnabled(controllable)
        is_open = self._is_open()
        self.open_button.setText(console_text("poll.close" if is_open else "poll.open"))
        kind = "" if is_open else "primary"
        if self.open_button.property("kind") != kind:
            self.open_button.setProperty("kind", kind)
            self.open_button.style().unpolish(self.open_button)
            self.open_button.style().polish(self.open_button)
        self.reveal_button.setText(console_text("poll.hide" if room_sees_results else "poll.reveal"))
        if not has_poll:
            self.chart.set_rows([])
            return
        self._show_question()
        counts = dict(tally.counts) if tally else {}
        self.chart.set_rows([(o.id, o.label, counts.get(o.id, 0)) for o in poll.options])
        self.open_chip.setText(console_text("poll.chip_open" if is_open else "poll.chip_closed").upper())
        style.set_role(self.open_chip, "chip-on" if is_open else "chip-off")
        self.reveal_chip.setText(console_text("poll.chip_seen" if room_sees_results else "poll.chip_hidden").upper())
        style.set_role(self.reveal_chip, "chip-on" if room_sees_results else "chip-warn")
        voters = tally.voters if tally else 0
        if not voting_up:
            self.voters_label.setText(console_text("poll.not_running"))
        elif tally is None:
            self.voters_label.setText(console_text("poll.waiting"))
        else:
            # The room's slide counts phones that voted (or the answers it shows); say
            # both, named apart, so the console and the room never seem to disagree.
            one, many = _count_keys(poll)
            count = tally.answer_count if poll.kind.typed else voters
            self.voters_label.setText(console_text(one, voted=count, answers=count) if phones == 1
                                      else console_text(many, voted=count, answers=count, n=phones))

    def set_compare(self, shown: bool, sessions: int) -> None:
        """Whether the tour is shown beside the bars, and how many sessions it pools."""
        self.compare_button.setChecked(shown)
        # Without earlier sessions there is nothing to put beside the room: no button.
        self.compare_button.setVisible(self.poll is not None and sessions > 0)
        speak(self.compare_button, "poll.compare_n" if sessions else "poll.compare",
              tip="poll.compare_tip", n=sessions)


def _count_keys(poll: Poll) -> tuple[str, str]:
    """The counts line's words: phones that voted, or the answers (questions) the room sees."""
    if not poll.kind.typed:
        return "poll.voters_one", "poll.voters_many"
    if poll.kind.name == QUESTIONS:
        return "poll.questions_one", "poll.questions_many"
    return "poll.answers_one", "poll.answers_many"
