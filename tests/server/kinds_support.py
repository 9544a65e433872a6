"""A deck with one poll of every kind, for the server's question-kind tests."""
from __future__ import annotations

from common.values import CHOICE, OPEN, QUESTIONS, SCALE, DeckSpec, PollKind, PollOption, PollSpec

TASKS = tuple(PollOption(i, label) for i, label in (
    ("vision", "Sætte retning"), ("rum", "Skabe rum"), ("netvaerk", "Netværk"),
    ("risiko", "Tage risiko"), ("other", "Andet")))
SCALE_OPTIONS = tuple(PollOption(str(n), str(n)) for n in range(1, 6))


def kinds_deck(moderate: bool = False) -> DeckSpec:
    return DeckSpec(key="/decks/kinds.md", title="Kinds", language="da", slide_count=6, polls=(
        PollSpec("tasks", "Hvilke 3?", TASKS, 2, PollKind(CHOICE, pick=3, other=True,
                                                          moderate=moderate)),
        PollSpec("mood", "Hvor enig?", SCALE_OPTIONS, 3, PollKind(SCALE, low_label="Lidt",
                                                                  high_label="Meget")),
        PollSpec("words", "Hvad forbinder I med innovation?", (), 4,
                 PollKind(OPEN, answers=2, max_length=40, moderate=moderate)),
        PollSpec("ask", "Spørgsmål?", (), 5, PollKind(QUESTIONS, answers=3, moderate=moderate)),
    ))
