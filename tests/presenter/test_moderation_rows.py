"""The speaker's moderation list keeps up with a stream of answers: only the rows that
changed are made again (a new answer adds one row, the 51st goes), rows stay newest
first, a hidden answer's row changes at once, and questions move as their votes do.
Real widgets offscreen, the kinds deck's polls, plain tallies as the server sends them."""
from __future__ import annotations

import time

import pytest

from common.values import Answer, PollTally
from presenter.deck.parser import load_deck
from presenter.ui.console.moderation import SHOWN, ModerationList
from tests.presenter.ui_support import KINDS_DECK


@pytest.fixture
def listing(qtbot):
    deck = load_deck(KINDS_DECK)
    moderation = ModerationList()
    qtbot.addWidget(moderation)
    moderation.show()
    return {poll.id: poll for poll in deck.polls}, moderation


def _tally(poll_id: str, incoming: tuple[Answer, ...]) -> PollTally:
    return PollTally(poll_id, (), len(incoming), True, True, incoming=incoming)


def _rows(moderation) -> list:
    return [moderation.rows.itemAt(i).widget() for i in range(moderation.rows.count() - 1)]


def test_each_new_answer_adds_one_row_and_the_rest_stay(listing):
    polls, moderation = listing
    answers: tuple[Answer, ...] = ()
    for n in range(1, SHOWN + 6):
        before = {row.answer.id: row for row in _rows(moderation)}
        answers = (Answer(n, "words", f"svar {n}", time.time()),) + answers
        moderation.set_poll(polls["words"], _tally("words", answers))
        rows = _rows(moderation)
        assert [row.answer.id for row in rows] == [a.id for a in answers[:SHOWN]]
        # The same widgets for the answers already shown: nothing made again.
        assert all(before[row.answer.id] is row for row in rows[1:])
    assert len(rows) == SHOWN and rows[0].text.text() == f"svar {SHOWN + 5}"


def test_a_hidden_answer_gets_a_new_row_that_says_so(listing):
    polls, moderation = listing
    answers = tuple(Answer(n, "words", f"svar {n}", time.time()) for n in (3, 2, 1))
    moderation.set_poll(polls["words"], _tally("words", answers))
    kept = _rows(moderation)
    hidden = (answers[0], answers[1]._replace(hidden=True), answers[2])
    moderation.set_poll(polls["words"], _tally("words", hidden))
    rows = _rows(moderation)
    assert rows[0] is kept[0] and rows[2] is kept[2]
    assert rows[1] is not kept[1] and rows[1].buttons["hide"].text() == "Show"


def test_questions_move_as_their_votes_change(listing):
    polls, moderation = listing
    first = (Answer(2, "ask", "Hvorfor?", time.time(), votes=3),
             Answer(1, "ask", "Hvordan?", time.time(), votes=1))
    moderation.set_poll(polls["ask"], _tally("ask", first))
    upvoted = (first[1]._replace(votes=5), first[0])      # the server sorts by votes
    moderation.set_poll(polls["ask"], _tally("ask", upvoted))
    assert [row.text.text() for row in _rows(moderation)] == ["Hvordan?", "Hvorfor?"]
    assert [row.state.text() for row in _rows(moderation)] == ["▲ 5", "▲ 3"]


def test_another_poll_starts_the_list_afresh(listing):
    polls, moderation = listing
    moderation.set_poll(polls["words"], _tally("words", (Answer(1, "words", "svar", time.time()),)))
    moderation.set_poll(polls["ask"], _tally("ask", (Answer(1, "ask", "Hvorfor?", time.time()),)))
    rows = _rows(moderation)
    assert [row.text.text() for row in rows] == ["Hvorfor?"] and "answered" in rows[0].buttons
