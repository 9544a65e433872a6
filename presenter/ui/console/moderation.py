"""The speaker's moderation list: every incoming answer or question of the current
poll, newest first, each with Hide (or Show), Approve while a moderated poll holds
it, and Answered for questions from the room.

It takes plain values (a deck `Poll`, a server `PollTally` whose `incoming` holds
the answers) and emits `moderate_requested(answer id, flag, value)`; the console
window turns that into a ShowController call. The rows are a model drawn by a
painter (moderation_rows.py), so a stream of answers adds rows, not widgets. The
list never takes the keyboard: arrows and the clicker keep moving the slides.
Imports Qt and plain values only.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from common.values import QUESTIONS, PollTally
from presenter.deck.model import Poll
from presenter.ui.speaker_words import speak, speaker_language

from . import style
from .moderation_rows import ANSWER_ROLE, AnswerPainter, AnswerRows, Button


class AnswerView(QListView):
    """The rows, with clickable painted buttons and the hovered one lit."""

    clicked_button = Signal(int, str, bool)      # (answer id, flag, new value)

    def __init__(self, rows: AnswerRows):
        super().__init__()
        self.setObjectName("Answers")           # the console's dark panel, not Qt's white
        self.setModel(rows)
        self.painter = AnswerPainter(self)
        self.setItemDelegate(self.painter)
        self.setUniformItemSizes(True)          # one row height: no text measured per answer
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Buttons beside the words, or under them when the column is narrow (1024 px)."""
        rows = self.model()
        stacked = not self.painter.fits_beside(self.viewport().width(), rows.questions, rows.moderated)
        if stacked != self.painter.stacked:
            self.painter.stacked = stacked
            self.scheduleDelayedItemsLayout()     # a new row height

    def button_at(self, pos: QPoint) -> tuple[int, Button | None]:
        """(row, the button under `pos` or None); row -1 off the rows."""
        index = self.indexAt(pos)
        if not index.isValid():
            return -1, None
        for button, rect in self.painter.button_rects(self.visualRect(index), index):
            if rect.contains(pos):
                return index.row(), button
        return index.row(), None

    def mouseMoveEvent(self, event) -> None:
        row, button = self.button_at(event.position().toPoint())
        self._hover((row, button.key if button else "") if row >= 0 else None)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if button
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        row, button = self.button_at(event.position().toPoint())
        if button is not None and event.button() == Qt.MouseButton.LeftButton:
            answer = self.model().index(row).data(ANSWER_ROLE)
            self.clicked_button.emit(answer.id, button.flag, button.value)
        super().mouseReleaseEvent(event)

    def _hover(self, hovered: tuple[int, str] | None) -> None:
        if hovered != self.painter.hovered:
            self.painter.hovered = hovered
            self.viewport().update()


class ModerationList(QWidget):
    # (answer id, "hidden" | "approved" | "answered", the new value)
    moderate_requested = Signal(int, str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._frame: tuple | None = None        # (poll id, questions, moderated, language)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.caption = speak(style.caption(""), "moderation.answers", upper=True)
        outer.addWidget(self.caption)
        self.rows = AnswerRows(self)
        self.view = AnswerView(self.rows)
        self.view.clicked_button.connect(self.moderate_requested)
        outer.addWidget(self.view, 1)
        self.setVisible(False)

    def set_poll(self, poll: Poll | None, tally: PollTally | None, moderated: bool = False) -> None:
        """Show the poll's incoming answers; hide the list for polls without typed answers.
        Only what changed reaches the view (AnswerRows.follow)."""
        typed = poll is not None and poll.kind.typed
        self.setVisible(typed)
        incoming = tally.incoming if typed and tally is not None else ()
        questions = typed and poll.kind.name == QUESTIONS
        frame = (poll.id if poll else None, questions, moderated, speaker_language())
        if frame != self._frame:
            self._frame = frame
            self.rows.start(incoming, questions, moderated)
            self.view.fit_rows()            # another poll kind or language: other buttons
        else:
            bar = self.view.verticalScrollBar()
            reading = bar.value() > 0         # scrolled down to read: keep those rows still
            added = self.rows.follow(incoming)
            if reading and added:
                self.view.doItemsLayout()       # the new rows in the scroll range first
                bar.setValue(bar.value() + added * self.view.painter.row_height())
        if typed:
            total = len(tally.incoming) if tally is not None else 0
            speak(self.caption, "moderation.questions_n" if questions else "moderation.answers_n",
                  upper=True, n=total)
