"""From a session's stored results to the RoomView the renderer draws.

The PDF handout with results and the console's export draw the slides with the
session's final counts: every poll closed, its results visible, no join details
(the talk is over, a QR code on paper leads nowhere): the join slide prints, in words,
the address the session's room last used, when the store kept one. Plain values, no
Qt, so tests can compare the view with the database without a display.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from common.values import SHOWN_ANSWERS, Answer
from presenter.render.view import ComparisonView, PollView, RoomView
from server.store.join_url import last_join_url
from server.store.results import SessionResults, session_results
from server.store.schema import database_path
from server.store.session_list import latest_session


def room_view_for(results: SessionResults, last_join_url: str | None = None,
                  again: Mapping[str, str] | None = None) -> RoomView:
    """Each poll closed with its final counts showing; the summary slide reads the same;
    the join slide says where the room voted (`last_join_url`, if known). Typed polls
    show what the room saw: visible answers, newest first (questions by votes). A re-vote
    (`again`: its id -> the earlier poll's, `revotes(deck)`) shows the earlier answer
    beside it, before/after, as its slide did."""
    polls = {}
    for poll in results.polls:
        shown = [Answer(a.id, poll.id, a.text, a.created, a.hidden, a.approved, a.answered,
                        a.votes) for a in poll.answers if a.approved and not a.hidden]
        shown = sorted(shown, key=lambda a: (a.answered, -a.votes, a.id)) \
            if poll.kind == "questions" else shown[::-1]
        paper = sum(n for _, n in poll.hand)
        polls[poll.id] = PollView(      # paper ballots in the bars, marked on the slide
            counts=MappingProxyType({o.id: float(o.count + poll.hand_count(o.id))
                                     for o in poll.options}),
            voters=poll.voters + paper, open=False, results_visible=True,
            answers=tuple(shown[:SHOWN_ANSWERS]), answer_count=len(shown), hand=paper)
    for later, first in (again or {}).items():
        before = polls.get(first)
        if later in polls and before is not None and before.voters:
            polls[later] = replace(polls[later], comparison=ComparisonView(
                tuple((o, round(n)) for o, n in before.counts.items()), before.voters, 1, True,
                before.hand, before=True))
    return RoomView(polls=MappingProxyType(polls), last_join_url=last_join_url)


def revotes(deck) -> dict[str, str]:
    """A deck's re-votes: poll id -> the earlier poll it asks again (deck `again:`)."""
    return {poll.id: poll.again for poll in deck.polls if poll.again}


def load_results(deck, data_dir: Path | None, session_id: int | None = None,
                 *, database: Path | None = None) -> SessionResults:
    """The session's results labelled from `deck` (a presenter Deck): `session_id`, or the
    deck's latest. Raises server.store.reading.ResultsError (a sentence)."""
    from presenter.deck.spec import deck_spec
    spec = deck_spec(deck)
    path = database if database is not None else database_path(data_dir)
    if session_id is None:
        session_id = latest_session(path, spec).id
    return session_results(path, session_id, spec)


def handout_view(deck, data_dir: Path | None, session_id: int | None) -> tuple[RoomView, str]:
    """For `votedeck export --results`: the RoomView of the session's final results and a
    line saying which session it is (and if it was recorded with another deck file).
    Raises server.store.reading.ResultsError (a sentence)."""
    from presenter.deck.spec import deck_spec
    results = load_results(deck, data_dir, session_id)
    session = results.session
    line = (f"Results of session {session.id} {session.name!r}: "
            f"{session.voters} voter{'s' if session.voters != 1 else ''}.")
    if session.deck_key != deck_spec(deck).key:
        line += (f" It was recorded with {session.deck_key}; polls this deck does not have "
                 f"are left out.")
    url = last_join_url(database_path(data_dir), session.id)
    return room_view_for(results, url, revotes(deck)), line
