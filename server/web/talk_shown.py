"""What the talk state shows its readers: the phones' state (common and per voter),
the control API's results of a poll, and the room's TallySnapshot. Built from
TalkState, never changing it.

TalkState (talk_state.py) owns the live state and every change of it; this module
only reads it, into the three shapes its readers want. The seam is there because
what a phone is shown (results only once revealed, the paper ballots beside the
votes, the other languages' words, "question n of m") grows with every question
kind, while the rules for changing the state do not.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from common.values import PollSpec, PollTally, TallySnapshot
from server.web.answer_book import answer_json
from server.web.choices import kind_fields
from server.web.slide_shelf import phone_json

if TYPE_CHECKING:
    from server.web.talk_state import TalkState


def phones_common_state(talk: TalkState) -> dict[str, Any]:
    """The state every phone is sent, without a voter's own choice."""
    poll = talk.current_poll
    deck = talk.deck
    return {
        "session": {"id": talk.session.id, "name": talk.session.name},
        "deck": {"title": deck.title, "language": deck.language},
        "slide": talk.slide,
        "poll": None if poll is None else _poll_for_phones(talk, poll),
        # The current slide's image between polls (None: not yet rendered, a
        # `votedeck serve` without a window, or the deck's `phone_slides: off`).
        "image": phone_json(talk.shelf.for_phones(talk.slide)) if deck.phone_slides else None,
        # Past the last poll: the phones say thank you instead of "wait".
        "finished": poll is None and bool(deck.polls)
        and talk.slide > max(p.slide for p in deck.polls),
    }


def voter_state(talk: TalkState, voter_id: str | None) -> dict[str, Any]:
    """The common state (as TalkState caches it) with this voter's own choice and answers."""
    state = dict(talk.common_state())
    poll = state["poll"]
    if poll is not None:
        choice = None if voter_id is None else talk.tallies.choices.get((poll["id"], voter_id))
        state["poll"] = dict(poll, choice=choice)
        own = talk.own_part(voter_id, poll["id"])
        if own is not None:
            state["me"] = own
    return state


def _poll_for_phones(talk: TalkState, poll: PollSpec) -> dict[str, Any]:
    revealed = talk.revealed[poll.id]
    return {
        "id": poll.id,
        "question": poll.question,
        "options": [{"id": o.id, "label": o.label} for o in poll.options],
        "open": talk.open[poll.id],
        "revealed": revealed,
        "choice": None,
        "results": talk.tallies.shown(poll.id) if revealed else None,
        "on_paper": talk.tallies.on_paper(poll.id) if revealed else 0,
        **kind_fields(poll),
        "wall": talk.answers.phone_list(poll),
        # Other languages' words (a phone picks its own; the vote is the same).
        "texts": {t.language: {"question": t.question, "labels": dict(t.labels)}
                  for t in poll.texts},
        "progress": {"n": talk.poll_number[poll.id], "of": len(talk.poll_number),
                     "kicker": poll.kicker},
    }


def poll_results(talk: TalkState, poll_id: str) -> dict[str, Any]:
    """One poll as the control API answers it: counts, paper ballots, typed answers."""
    poll = talk.deck.poll(poll_id)
    tallies = talk.tallies
    result = {"question": poll.question, "kind": poll.kind.name, "open": talk.open[poll_id],
              "revealed": talk.revealed[poll_id], "voters": tallies.voters[poll_id],
              "counts": dict(tallies.counts[poll_id]),
              "hand_counts": dict(tallies.hand.get(poll_id, {}))}
    if poll.kind.typed:
        result["answers"] = [answer_json(a) for a in talk.answers.all_of(poll_id)]
    return result


def room_snapshot(talk: TalkState, phones: int) -> TallySnapshot:
    """Everything the room's screen draws, frozen, for the presenter's thread."""
    current = talk.current_poll
    polls = tuple(_tally(talk, p) for p in talk.deck.polls)
    return TallySnapshot(session_id=talk.session.id, slide=talk.slide,
                         current_poll=None if current is None else current.id, phones=phones,
                         polls=polls, acked_at=talk.acked_at, taken_at=time.perf_counter())


def _tally(talk: TalkState, p: PollSpec) -> PollTally:
    shown, count, incoming = talk.answers.room(p) if p.kind.typed else ((), 0, ())
    counts, hand = talk.tallies.counts[p.id], talk.tallies.hand.get(p.id, {})
    return PollTally(poll_id=p.id, counts=tuple((o.id, counts[o.id]) for o in p.options),
                     voters=talk.tallies.voters[p.id], open=talk.open[p.id],
                     revealed=talk.revealed[p.id], answers=shown, answer_count=count,
                     incoming=incoming, hand=tuple((o.id, hand[o.id]) for o in p.options
                                                   if hand.get(o.id)))
