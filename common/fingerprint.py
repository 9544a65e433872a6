"""A poll's fingerprint: which polls of two sessions may be compared.

Two sessions' answers to a poll are put side by side only when the poll asked the
same thing in the same way: the same kind (agree, choice, ...), the same question
text and the same option ids. Labels are left out on purpose: "Enig" and "Enig "
or a relabelled option in another language still count the same choice; the ids
are what a vote stores. Whitespace in the question is collapsed, so re-wrapping a
line in the deck file does not break the tour.

Standard library only: the store (server) and the deck (presenter) both use it.
"""
from __future__ import annotations

import hashlib
import json

DEFAULT_KIND = "agree"
_PREFIX = "fp1:"        # the recipe's version; a new recipe gets a new prefix


def poll_fingerprint(kind: str | None, question: str, option_ids) -> str:
    """A short stable hash of (kind, question, option ids in order)."""
    recipe = {"kind": (kind or DEFAULT_KIND).strip().lower(),
              "question": " ".join(str(question).split()),
              "options": [str(option).strip() for option in option_ids]}
    canonical = json.dumps(recipe, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]


def spec_fingerprint(poll) -> str:
    """The fingerprint of a PollSpec (common.values): its kind when it has one, else agree.

    What changes the meaning of the counts is part of the kind: a pick of up to k options
    ("choice/pick3"), and a scale's range (its numbers stand in for option ids)."""
    kind = getattr(poll, "kind", None)
    option_ids = [option.id for option in poll.options]
    if getattr(kind, "name", None) == "scale":
        option_ids = [str(n) for n in range(kind.low, kind.high + 1)]
    return poll_fingerprint(kind_name(poll), poll.question, option_ids)


def kind_name(poll) -> str:
    """The poll's kind as the tour stores and compares it: "agree", "scale", "open", ...,
    and "choice/pick3" for a pick of up to three (its shares mean something else)."""
    kind = getattr(poll, "kind", None)
    if kind is None:
        return DEFAULT_KIND
    if isinstance(kind, str):
        return kind or DEFAULT_KIND
    if kind.name == "choice" and kind.pick > 1:
        return f"choice/pick{kind.pick}"
    return kind.name
