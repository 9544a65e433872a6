"""The rows of the speaker's moderation list as a Qt model, and how one row is drawn.

A row is an answer (or a question from the room): its words on up to two lines, its
state ("hidden", "waiting", "▲ 5") and its buttons (Approve while a moderated poll
holds it, Answered for questions, Hide or Show). Rows are painted, not made of
widgets: at 50 answers a second, widgets per answer (and the style sheet's polish
and layout of each) kept the console's GUI thread busy past a frame
(bench/answer_to_wall.py --console). What a phone typed is drawn as plain text.

`AnswerRows.follow(answers)` tells the view only what changed: new answers are rows
inserted at the top, the oldest past the cap leave at the bottom, a changed answer is
one changed row; anything else (questions re-sorted by votes) resets the rows.
Imports Qt and plain values only.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from common.values import Answer
from presenter.ui.palette import ACCENT, BORDER, MUTED, PANEL_RAISED, TEXT, WARN
from presenter.ui.speaker_words import console_text

from . import style

ANSWER_ROLE = Qt.ItemDataRole.UserRole + 1     # the row's Answer
STATE_ROLE = Qt.ItemDataRole.UserRole + 2      # "hidden", "waiting", "▲ 5" or ""
BUTTONS_ROLE = Qt.ItemDataRole.UserRole + 3    # ((key, label, flag, new value), ...)

PAD = 6             # around a row's contents, in pixels
GAP = 6             # between the text, the state and the buttons
BUTTON_HEIGHT = 26
TEXT_POINTS = 10.5
MIN_WORDS = 170     # px an answer keeps beside its buttons; narrower, they go under it


class Button(NamedTuple):
    key: str        # "approve" | "answered" | "hide": what tests and hover name
    label: str      # in the speaker's language
    flag: str       # the answer's flag the click sets: "approved" | "answered" | "hidden"
    value: bool


def buttons_for(answer: Answer, questions: bool, moderated: bool) -> tuple[Button, ...]:
    """The buttons of one row, left to right; Hide (or Show) always last, at the edge."""
    row: list[Button] = []
    if moderated and not answer.approved:
        row.append(Button("approve", console_text("moderation.approve"), "approved", True))
    if questions:
        mark = "moderation.unmark" if answer.answered else "moderation.answered"
        row.append(Button("answered", console_text(mark), "answered", not answer.answered))
    hide = "moderation.show" if answer.hidden else "moderation.hide"
    row.append(Button("hide", console_text(hide), "hidden", not answer.hidden))
    return tuple(row)


def state_of(answer: Answer, questions: bool) -> str:
    if answer.hidden:
        return console_text("moderation.hidden")
    if not answer.approved:
        return console_text("moderation.waiting")
    if not questions:
        return ""
    if answer.answered:
        return console_text("moderation.answered_state", votes=answer.votes)
    return f"▲ {answer.votes}"


class AnswerRows(QAbstractListModel):
    """The answers the console lists, newest first (questions in the server's order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.answers: tuple[Answer, ...] = ()
        self.questions = False
        self.moderated = False

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.answers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.answers):
            return None
        answer = self.answers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return answer.text      # plain text; the delegate never reads it as markup
        if role == ANSWER_ROLE:
            return answer
        if role == STATE_ROLE:
            return state_of(answer, self.questions)
        if role == BUTTONS_ROLE:
            return buttons_for(answer, self.questions, self.moderated)
        return None

    def start(self, answers: tuple[Answer, ...], questions: bool, moderated: bool) -> None:
        """Another poll (or language): every row afresh."""
        self.beginResetModel()
        self.answers, self.questions, self.moderated = answers, questions, moderated
        self.endResetModel()

    def follow(self, answers: tuple[Answer, ...]) -> int:
        """The same poll's newer list; returns how many rows came in at the top."""
        old = self.answers
        if answers == old:
            return 0
        old_ids = [a.id for a in old]
        new_ids = [a.id for a in answers]
        known = set(old_ids)
        added = next((i for i, answer_id in enumerate(new_ids) if answer_id in known), len(new_ids))
        kept = len(new_ids) - added
        if new_ids[added:] != old_ids[:kept]:
            self.start(answers, self.questions, self.moderated)   # re-sorted: a new order
            return 0
        if kept < len(old):
            self.beginRemoveRows(QModelIndex(), kept, len(old) - 1)
            self.answers = old[:kept]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self.answers = answers[:added] + self.answers
            self.endInsertRows()
        self.answers = answers
        for row in range(added, len(answers)):
            if answers[row] != old[row - added]:     # hidden, approved, upvoted, answered
                changed = self.index(row)
                self.dataChanged.emit(changed, changed)
        return added


def button_rects(row: QRect, buttons: tuple[Button, ...], metrics: QFontMetrics,
                 top: int | None = None) -> list[QRect]:
    """Where each button of a row sits: right-aligned, at `top` (default: centred)."""
    rects: list[QRect] = []
    right = row.right() - PAD
    if top is None:
        top = row.top() + (row.height() - BUTTON_HEIGHT) // 2
    for button in reversed(buttons):
        width = metrics.horizontalAdvance(button.label) + 20
        rects.append(QRect(right - width + 1, top, width, BUTTON_HEIGHT))
        right -= width + GAP
    return rects[::-1]


class RowPlan(NamedTuple):
    """Where a row's parts go: its words, its state's right edge and line, its buttons."""

    words: QRect
    state_right: int
    state_line: QRect
    buttons: list[tuple[Button, QRect]]


class AnswerPainter(QStyledItemDelegate):
    """Draws a row: its text on two lines (elided), its state, its buttons. The view
    says which button the pointer is over (`hovered`), to light it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text_font = style.font(TEXT_POINTS)
        self.button_font = style.font(9.5, bold=True)
        self.text_metrics = QFontMetrics(self.text_font)
        self.button_metrics = QFontMetrics(self.button_font)
        self.hovered: tuple[int, str] | None = None     # (row, button key or "")
        self.stacked = False            # the buttons under the words: a narrow console

    def row_height(self) -> int:
        words = 2 * self.text_metrics.lineSpacing()
        if self.stacked:
            return words + GAP + BUTTON_HEIGHT + 2 * PAD
        return max(words, BUTTON_HEIGHT) + 2 * PAD

    def fits_beside(self, width: int, questions: bool, moderated: bool) -> bool:
        """Whether the words keep MIN_WORDS px beside the widest buttons and state in
        `width`; else (a 1024 px console) the buttons go under the words (`stacked`)."""
        labels = [max(console_text("moderation.hide"), console_text("moderation.show"), key=len)]
        if questions:
            labels.append(max(console_text("moderation.answered"), console_text("moderation.unmark"), key=len))
        if moderated:
            labels.append(console_text("moderation.approve"))
        buttons = sum(self.button_metrics.horizontalAdvance(label) + 20 + GAP for label in labels)
        state = self.button_metrics.horizontalAdvance(console_text("moderation.waiting")) + GAP
        return width - 2 * PAD - buttons - state >= MIN_WORDS

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setHeight(self.row_height())
        return size

    def button_rects(self, row: QRect, index: QModelIndex) -> list[tuple[Button, QRect]]:
        return self.plan(row, index).buttons

    def plan(self, row: QRect, index: QModelIndex) -> RowPlan:
        buttons = index.data(BUTTONS_ROLE) or ()
        top = row.bottom() - PAD - BUTTON_HEIGHT + 1 if self.stacked else None
        placed = list(zip(buttons, button_rects(row, buttons, self.button_metrics, top), strict=True))
        right = (placed[0][1].left() if placed else row.right()) - GAP
        if self.stacked:
            # The words over the whole width, the state and the buttons on a line under them.
            words = QRect(row.left() + PAD, row.top() + PAD, row.width() - 2 * PAD,
                          2 * self.text_metrics.lineSpacing())
            return RowPlan(words, right, QRect(row.left(), top, row.width(), BUTTON_HEIGHT), placed)
        state = index.data(STATE_ROLE)
        beside = right - (self.button_metrics.horizontalAdvance(state) + GAP if state else 0)
        words = QRect(row.left() + PAD, row.top() + PAD, max(0, beside - row.left() - PAD),
                      row.height() - 2 * PAD)
        return RowPlan(words, right, row, placed)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        answer: Answer = index.data(ANSWER_ROLE)
        row = option.rect
        plan = self.plan(row, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hovered is not None and self.hovered[0] == index.row():
            painter.fillRect(row, QColor("#1F232C"))
        painter.setPen(QColor(BORDER))
        painter.drawLine(row.left() + PAD, row.bottom(), row.right() - PAD, row.bottom())
        state = index.data(STATE_ROLE)
        if state:
            painter.setFont(self.button_font)
            width = self.button_metrics.horizontalAdvance(state)
            painter.setPen(QColor(WARN if not answer.approved and not answer.hidden else MUTED))
            line = plan.state_line
            painter.drawText(QRect(plan.state_right - width, line.top(), width, line.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, state)
        painter.setFont(self.text_font)
        painter.setPen(QColor(MUTED if answer.hidden else TEXT))
        self._draw_words(painter, plan.words, answer.text, centred=not self.stacked)
        painter.setFont(self.button_font)
        for button, rect in plan.buttons:
            lit = self.hovered == (index.row(), button.key)
            painter.setPen(QColor(ACCENT if lit else BORDER))
            painter.setBrush(QColor("#2C3240" if lit else PANEL_RAISED))
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.setPen(QColor(TEXT))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, button.label)
        painter.restore()

    def _draw_words(self, painter: QPainter, rect: QRect, text: str, centred: bool) -> None:
        """The answer on at most two lines, vertically centred (or at the top, over the
        buttons); the second line ends in "…" when the answer is longer (the tooltip
        has all of it)."""
        if rect.width() <= 0:
            return
        layout = QTextLayout(text.replace("\n", " "), self.text_font)
        # A word wider than the row (a URL, "xxxx…") breaks anywhere rather than run
        # under the buttons.
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        layout.beginLayout()
        lines = []
        while len(lines) < 2:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            lines.append(line)
        more = layout.createLine().isValid()
        layout.endLayout()
        spacing = self.text_metrics.lineSpacing()
        top = rect.top() + ((rect.height() - len(lines) * spacing) // 2 if centred else 0)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        for n, line in enumerate(lines):
            words = layout.text()[line.textStart():line.textStart() + line.textLength()]
            if n == len(lines) - 1 and more:
                words = self.text_metrics.elidedText(layout.text()[line.textStart():],
                                                     Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top + n * spacing, rect.width(), spacing),
                             flags, words.rstrip())
