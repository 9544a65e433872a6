"""What a phone chose, as the one string the vote store keeps, and back.

An agree or one-answer choice poll stores the option id; a pick-k poll stores the
chosen set in one row, as option ids in the deck's order joined by ","
(`common.values.PICK_SEPARATOR`; option ids never hold one), so the same set is
always the same string and UNIQUE (session, poll, voter) still means one vote per
phone; a scale stores its number as text ("4"). The server refuses more than k
picks whatever the phone page did.
"""
from __future__ import annotations

from typing import Any

from common.values import CHOICE, PICK_SEPARATOR, SCALE, PollSpec

MAX_PICKS = 32                  # list entries a vote may hold; a deck has fewer options


class BadChoice(ValueError):
    """The choice does not fit the poll; str() is the sentence for the phone."""


def canonical_choice(poll: PollSpec, raw: object) -> str:
    """The stored form of `raw` (an option id, a list of them, or a scale's number)."""
    if poll.kind.name == SCALE and isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, str):
        raw = raw.split(PICK_SEPARATOR) if PICK_SEPARATOR in raw else [raw]
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
        raise BadChoice("That is not one of this question's answers; pick one of the buttons.")
    chosen = set(raw)
    order = [o.id for o in poll.options]
    if not chosen <= set(order):
        raise BadChoice("That is not one of this question's answers; pick one of the buttons.")
    pick = poll.kind.pick
    if len(chosen) > pick:
        raise BadChoice(f"This question takes at most {pick} answers; untick one and send again."
                        if pick > 1 else "This question takes one answer; pick one of the buttons.")
    return PICK_SEPARATOR.join(o for o in order if o in chosen)


def parts(choice: str | None) -> tuple[str, ...]:
    """The option ids in a stored choice (none for None)."""
    if not choice:
        return ()
    return tuple(choice.split(PICK_SEPARATOR)) if PICK_SEPARATOR in choice else (choice,)


def kind_fields(poll: PollSpec) -> dict[str, Any]:
    """What a phone needs to know to answer the poll's kind (docs/api.md, GET /api/state)."""
    kind = poll.kind
    fields: dict[str, Any] = {"kind": kind.name}
    if kind.name == CHOICE:
        fields.update(pick=kind.pick, other=kind.other)
    elif kind.name == SCALE:
        fields.update(labels=[kind.low_label, kind.high_label])
    if kind.typed:
        fields.update(max_length=kind.max_length, answers_per_phone=kind.answers
                      if kind.name != CHOICE else 1, moderated=bool(kind.moderate))
    return fields
