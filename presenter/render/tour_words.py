"""The tour's words on slides and in the report, per language, until they join
`common.words` (one dict per language, the same keys and placeholders in each, so
the lead can fold them into `common/words/*.py` as a `tour.*` group).

Which table a deck's language tag means is `common.language.resolve_language`'s answer.
Plain data, no Qt.
"""
from __future__ import annotations

from common.language import resolve_language

TOUR_WORDS: dict[str, dict[str, str]] = {
    "da": {"room": "Jer", "room_n": "Jer (n = {n})",
           "earlier": "Tidligere kommuner ({sessions}, n = {n})",
           "picked": "Andre kommuner ({sessions}, n = {n})",
           "earlier_short": "Tidligere kommuner ({sessions})",
           "picked_short": "Andre kommuner ({sessions})",
           "before": "Før", "after": "Efter", "hand_counted": "håndtalt"},
    "nb": {"room": "Dere", "room_n": "Dere (n = {n})",
           "earlier": "Tidligere kommuner ({sessions}, n = {n})",
           "picked": "Andre kommuner ({sessions}, n = {n})",
           "earlier_short": "Tidligere kommuner ({sessions})",
           "picked_short": "Andre kommuner ({sessions})",
           "before": "Før", "after": "Etter", "hand_counted": "håndtelt"},
    "nn": {"room": "De", "room_n": "De (n = {n})",
           "earlier": "Tidlegare kommunar ({sessions}, n = {n})",
           "picked": "Andre kommunar ({sessions}, n = {n})",
           "earlier_short": "Tidlegare kommunar ({sessions})",
           "picked_short": "Andre kommunar ({sessions})",
           "before": "Før", "after": "Etter", "hand_counted": "handtalt"},
    "sv": {"room": "Ni", "room_n": "Ni (n = {n})",
           "earlier": "Tidigare kommuner ({sessions}, n = {n})",
           "picked": "Andra kommuner ({sessions}, n = {n})",
           "earlier_short": "Tidigare kommuner ({sessions})",
           "picked_short": "Andra kommuner ({sessions})",
           "before": "Före", "after": "Efter", "hand_counted": "handräknat"},
    "en": {"room": "You", "room_n": "You (n = {n})",
           "earlier": "Earlier municipalities ({sessions}, n = {n})",
           "picked": "Other municipalities ({sessions}, n = {n})",
           "earlier_short": "Earlier municipalities ({sessions})",
           "picked_short": "Other municipalities ({sessions})",
           "before": "Before", "after": "After", "hand_counted": "hand-counted"},
}


def tour_words(tag: str | None) -> dict[str, str]:
    """The tour's words for a deck's language tag ("da", "nob", "sv-FI", ...)."""
    return TOUR_WORDS[resolve_language(tag)]


def others_label(words: dict[str, str], sessions: int, voters: int | None, earlier: bool) -> str:
    """"Tidligere kommuner (8, n = 412)": the pooled sessions as the room reads them
    (without the n when `voters` is None: the summary prints each row's n)."""
    key = ("earlier" if earlier else "picked") + ("_short" if voters is None else "")
    return words[key].format(sessions=sessions, n=voters)
