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
    """The fingerprint of a PollSpec (common.values): its kind when it has one, else agree."""
    return poll_fingerprint(getattr(poll, "kind", None), poll.question,
                            [option.id for option in poll.options])
