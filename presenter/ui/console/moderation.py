"""The speaker's moderation list: every incoming answer or question of the current
poll, newest first, each with Hide (or Show), Approve while a moderated poll holds
it, and Answered for questions from the room.

It takes plain values (a deck `Poll`, a server `PollTally` whose `incoming` holds
the answers) and emits `moderate_requested(answer id, flag, value)`; the console
window turns that into a ShowController call. What a phone typed is shown as
plain text (Qt.PlainText), never as rich text. Imports Qt and plain values only.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from common.values import QUESTIONS, Answer, PollTally
from presenter.deck.model import Poll
from presenter.ui.speaker_words import console_text, speak, speaker_language

from . import style

SHOWN = 25          # rows the console keeps (~8 show at once); the exports hold every answer


class AnswerRow(QWidget):
    """One answer: its words, its state, and the buttons that change it."""

    def __init__(self, answer: Answer, questions: bool, moderated: bool, emit):
        super().__init__()
        self.answer = answer
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        self.text = QLabel(answer.text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setFont(style.font(11))
        state = console_text("moderation.hidden") if answer.hidden else \
            console_text("moderation.waiting") if not answer.approved else \
            _votes(answer) if questions else ""
        self.state = QLabel(state)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.text, 1)
        box.addWidget(self.state)
        self.buttons: dict[str, QPushButton] = {}
        if moderated and not answer.approved:
            self._button(box, "approve", console_text("moderation.approve"), lambda: emit(answer.id, "approved", True))
        if questions:
            mark = "moderation.unmark" if answer.answered else "moderation.answered"
            self._button(box, "answered", console_text(mark),
                         lambda: emit(answer.id, "answered", not answer.answered))
        self._button(box, "hide", console_text("moderation.show" if answer.hidden else "moderation.hide"),
                     lambda: emit(answer.id, "hidden", not answer.hidden))

    def _button(self, box: QHBoxLayout, key: str, label: str, clicked) -> None:
        button = QPushButton(label)
        button.clicked.connect(clicked)
        box.addWidget(button)
        self.buttons[key] = button


def _votes(answer: Answer) -> str:
    """A question's upvotes, and whether the speaker marked it answered."""
    if answer.answered:
        return console_text("moderation.answered_state", votes=answer.votes)
    return f"▲ {answer.votes}"


class ModerationList(QWidget):
    # (answer id, "hidden" | "approved" | "answered", the new value)
    moderate_requested = Signal(int, str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown: tuple = ()                 # (poll, kind, moderated, language), answers
        self._rows: dict[int, AnswerRow] = {}   # answer id -> its row, newest first in `rows`
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.caption = speak(style.caption(""), "moderation.answers", upper=True)
        outer.addWidget(self.caption)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("Answers")        # the console's dark panel, not Qt's white
        self.scroll.setWidgetResizable(True)
        self.rows_host = QWidget()
        self.rows_host.setObjectName("AnswersBody")
        self.rows = QVBoxLayout(self.rows_host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addStretch(1)
        self.scroll.setWidget(self.rows_host)
        outer.addWidget(self.scroll, 1)
        self.setVisible(False)

    def set_poll(self, poll: Poll | None, tally: PollTally | None, moderated: bool = False) -> None:
        """Show the poll's incoming answers; hide the list for polls without typed answers.
        Only the rows that changed are made again: at 50 answers a second, making all 50
        rows (~250 widgets) for each new answer took the GUI thread ~20 ms every time
        (bench/answer_to_wall.py --console)."""
        typed = poll is not None and poll.kind.typed
        self.setVisible(typed)
        incoming = tally.incoming[:SHOWN] if typed and tally is not None else ()
        questions = typed and poll.kind.name == QUESTIONS
        frame = (poll.id if poll else None, questions, moderated, speaker_language())
        if (frame, incoming) == self._shown:
            return              # nothing changed (the animator refreshes the console often)
        if frame != (self._shown[0] if self._shown else None):
            self._clear()       # another poll or language: every row afresh
        self._shown = (frame, incoming)
        if not typed:
            return
        total = len(tally.incoming) if tally is not None else 0
        speak(self.caption, "moderation.questions_n" if questions else "moderation.answers_n",
              upper=True, n=total)
        wanted = {answer.id: answer for answer in incoming}
        for answer_id in [i for i, row in self._rows.items() if wanted.get(i) != row.answer]:
            self._drop(answer_id)           # gone from the newest 50, or hidden/approved/voted
        for i, answer in enumerate(incoming):
            row = self._rows.get(answer.id)
            if row is None:
                row = self._rows[answer.id] = AnswerRow(answer, questions, moderated,
                                                         self.moderate_requested.emit)
                self.rows.insertWidget(i, row)
            elif self.rows.indexOf(row) != i:  # questions move as their votes change
                self.rows.removeWidget(row)
                self.rows.insertWidget(i, row)

    def _drop(self, answer_id: int) -> None:
        row = self._rows.pop(answer_id)
        self.rows.removeWidget(row)
        row.deleteLater()

    def _clear(self) -> None:
        for answer_id in list(self._rows):
            self._drop(answer_id)
