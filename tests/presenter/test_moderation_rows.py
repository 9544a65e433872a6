"""The speaker's moderation list keeps up with a stream of answers: a new answer is one
row inserted at the top (the view keeps the others), the oldest past the server's cap
leaves at the bottom, a hidden answer changes its one row, questions move with their
votes. Its painted buttons are clicked like buttons, a row shows a phone's markup as
text, and a speaker who scrolled down to read keeps those rows in place.
Real widgets offscreen, the kinds deck's polls, plain tallies as the server sends them."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from common.values import Answer, PollTally
from presenter.deck.parser import load_deck
from presenter.ui.console.moderation import ModerationList
from presenter.ui.console.moderation_rows import ANSWER_ROLE, BUTTONS_ROLE, STATE_ROLE
from tests.presenter.ui_support import KINDS_DECK

CAP = 5     # the server sends the newest INCOMING_ANSWERS; a small cap keeps the test short


@pytest.fixture
def listing(qtbot):
    deck = load_deck(KINDS_DECK)
    moderation = ModerationList()
    qtbot.addWidget(moderation)
    moderation.resize(420, 300)
    moderation.show()
    return {poll.id: poll for poll in deck.polls}, moderation


def button_rect(view, row: int, key: str) -> QRect:
    """Where a moderation row's button is painted, in the view's viewport (to click it)."""
    index = view.model().index(row)
    return next(rect for button, rect in view.painter.button_rects(view.visualRect(index), index)
                if button.key == key)


def _tally(poll_id: str, incoming: tuple[Answer, ...]) -> PollTally:
    return PollTally(poll_id, (), len(incoming), True, True, incoming=incoming)


def _answers(moderation) -> list[Answer]:
    rows = moderation.rows
    return [rows.index(n).data(ANSWER_ROLE) for n in range(rows.rowCount())]


def _labels(moderation, row: int) -> dict[str, str]:
    return {button.key: button.label for button in moderation.rows.index(row).data(BUTTONS_ROLE)}


def _changes(moderation) -> list[tuple]:
    """What the model tells its view, in order."""
    seen: list[tuple] = []
    rows = moderation.rows
    rows.rowsInserted.connect(lambda _parent, first, last: seen.append(("inserted", first, last)))
    rows.rowsRemoved.connect(lambda _parent, first, last: seen.append(("removed", first, last)))
    rows.dataChanged.connect(lambda first, last: seen.append(("changed", first.row(), last.row())))
    rows.modelReset.connect(lambda: seen.append(("reset",)))
    return seen


def test_each_new_answer_is_one_row_at_the_top_and_the_oldest_leaves_at_the_cap(listing):
    polls, moderation = listing
    seen = _changes(moderation)
    moderation.set_poll(polls["words"], _tally("words", ()))
    seen.clear()
    answers: tuple[Answer, ...] = ()
    for n in range(1, CAP + 3):
        answers = ((Answer(n, "words", f"svar {n}", time.time()),) + answers)[:CAP]
        moderation.set_poll(polls["words"], _tally("words", answers))
        assert [a.id for a in _answers(moderation)] == [a.id for a in answers]
    # Never a reset (the view would lay out every row again): one insert per answer,
    # and one removal at the bottom once the cap is reached.
    assert seen == [("inserted", 0, 0)] * CAP + [("removed", CAP - 1, CAP - 1), ("inserted", 0, 0)] * 2
    assert moderation.caption.text().endswith(f"({CAP})")


def test_a_hidden_answer_changes_its_row_only(listing):
    polls, moderation = listing
    answers = tuple(Answer(n, "words", f"svar {n}", time.time()) for n in (3, 2, 1))
    moderation.set_poll(polls["words"], _tally("words", answers))
    seen = _changes(moderation)
    hidden = (answers[0], answers[1]._replace(hidden=True), answers[2])
    moderation.set_poll(polls["words"], _tally("words", hidden))
    assert seen == [("changed", 1, 1)]
    assert _labels(moderation, 1)["hide"] == "Show" and _labels(moderation, 0)["hide"] == "Hide"
    assert moderation.rows.index(1).data(STATE_ROLE) == "hidden"


def test_a_held_answer_can_be_approved_and_says_it_waits(listing):
    polls, moderation = listing
    held = Answer(1, "words", "svar", time.time(), approved=False)
    moderation.set_poll(polls["words"], _tally("words", (held,)), moderated=True)
    assert list(_labels(moderation, 0)) == ["approve", "hide"]
    assert moderation.rows.index(0).data(STATE_ROLE) == "waiting"


def test_questions_move_as_their_votes_change(listing):
    polls, moderation = listing
    first = (Answer(2, "ask", "Hvorfor?", time.time(), votes=3),
             Answer(1, "ask", "Hvordan?", time.time(), votes=1))
    moderation.set_poll(polls["ask"], _tally("ask", first))
    upvoted = (first[1]._replace(votes=5), first[0])      # sorted by votes
    moderation.set_poll(polls["ask"], _tally("ask", upvoted))
    assert [a.text for a in _answers(moderation)] == ["Hvordan?", "Hvorfor?"]
    assert [moderation.rows.index(n).data(STATE_ROLE) for n in (0, 1)] == ["▲ 5", "▲ 3"]
    assert list(_labels(moderation, 0)) == ["answered", "hide"]


def test_another_poll_starts_the_list_afresh(listing):
    polls, moderation = listing
    moderation.set_poll(polls["words"], _tally("words", (Answer(1, "words", "svar", time.time()),)))
    moderation.set_poll(polls["ask"], _tally("ask", (Answer(1, "ask", "Hvorfor?", time.time()),)))
    assert [a.text for a in _answers(moderation)] == ["Hvorfor?"]
    assert "answered" in _labels(moderation, 0)


def test_clicking_a_painted_button_asks_for_that_answer(listing, qtbot):
    polls, moderation = listing
    answers = (Answer(2, "ask", "Hvorfor?", time.time()), Answer(1, "ask", "Hvordan?", time.time()))
    moderation.set_poll(polls["ask"], _tally("ask", answers))
    asked = []
    moderation.moderate_requested.connect(lambda *request: asked.append(request))
    view = moderation.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button_rect(view, 1, "hide").center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button_rect(view, 0, "answered").center())
    # Beside the buttons, on the words, a click asks for nothing.
    words = QPoint(12, button_rect(view, 0, "hide").center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=words)
    assert asked == [(1, "hidden", True), (2, "answered", True)]


def test_the_list_never_takes_the_keyboard_from_the_slides(listing):
    _, moderation = listing
    assert moderation.view.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_speaker_reading_further_down_keeps_the_rows_in_place(listing, qtbot):
    polls, moderation = listing
    answers = tuple(Answer(n, "words", f"svar {n}", time.time()) for n in range(40, 0, -1))
    moderation.set_poll(polls["words"], _tally("words", answers))
    view = moderation.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)     # laid out
    view.verticalScrollBar().setValue(3 * view.painter.row_height())
    reading = view.indexAt(QPoint(5, 5)).data(ANSWER_ROLE)
    answers = tuple(Answer(n, "words", f"svar {n}", time.time()) for n in (42, 41)) + answers
    moderation.set_poll(polls["words"], _tally("words", answers))
    assert view.indexAt(QPoint(5, 5)).data(ANSWER_ROLE) == reading
    # At the top, the newest answers come into sight.
    view.verticalScrollBar().setValue(0)
    moderation.set_poll(polls["words"], _tally("words", (Answer(43, "words", "svar 43", time.time()),) + answers))
    assert view.indexAt(QPoint(5, 5)).data(ANSWER_ROLE).id == 43


def _ink_right(moderation, text: str) -> int:
    """How far right a row's painted words reach (a row of one answer, no buttons lit)."""
    polls = {p.id: p for p in load_deck(KINDS_DECK).polls}
    moderation.set_poll(polls["words"], _tally("words", (Answer(1, "words", text, time.time()),)))
    index = moderation.rows.index(0)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 420, moderation.view.painter.row_height())
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    moderation.view.painter.paint(painter, option, index)
    painter.end()
    words_end = button_rect(moderation.view, 0, "hide").left() - 8
    return max((x for x in range(words_end) for y in range(option.rect.height())
                if QColor(image.pixel(x, y)).lightness() > 160), default=0)


def test_markup_a_phone_typed_is_painted_as_its_characters(listing):
    _, moderation = listing
    plain = _ink_right(moderation, "Tillid")
    assert _ink_right(moderation, "<i>Tillid</i>") > plain + 30   # the tags drawn, not obeyed
    assert moderation.rows.index(0).data(Qt.ItemDataRole.DisplayRole) == "<i>Tillid</i>"


def test_in_a_narrow_column_the_buttons_go_under_the_words(listing, qtbot):
    polls, moderation = listing
    questions = (Answer(2, "ask", "Hvordan kommer vi i gang med borgerne?", time.time()),
                 Answer(1, "ask", "Hvorfor?", time.time()))
    moderation.set_poll(polls["ask"], _tally("ask", questions))
    view = moderation.view
    assert not view.painter.stacked                 # 420 px: beside the words
    moderation.resize(230, 300)                     # a 1024 px console's column
    qtbot.waitUntil(lambda: view.painter.stacked)
    index = moderation.rows.index(0)
    plan = view.painter.plan(view.visualRect(index), index)
    assert plan.words.width() >= 200                # the question readable, not "Hv…"
    assert all(rect.top() >= plan.words.bottom() for _, rect in plan.buttons)
    asked = []
    moderation.moderate_requested.connect(lambda *request: asked.append(request))
    qtbot.waitUntil(lambda: view.visualRect(moderation.rows.index(1)).height() == view.painter.row_height())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button_rect(view, 1, "hide").center())
    assert asked == [(1, "hidden", True)]
