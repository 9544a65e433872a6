"""Text a phone typed, made safe to keep and show: one line, no invisible tricks.

Control and format characters (Unicode categories Cc and Cf: NUL, escape
sequences, zero-width joiners, the bidi overrides that make "gnp.exe" read as
"exe.png") are dropped; line and paragraph separators and ordinary whitespace
become one space, so an answer card is one paragraph. Text is NFC-normalised, so
"å" typed two ways is one word. Showing it as text, never markup, is each
renderer's job (the phone page escapes, Qt labels are plain text).
"""
from __future__ import annotations

import unicodedata

_DROP = frozenset(("Cc", "Cf", "Cs"))     # Cs: a lone surrogate from JSON "\\ud800"
_SPACE = frozenset(("Zl", "Zp", "Zs"))


class BadText(ValueError):
    """The text cannot be kept; str() is the sentence for the phone."""


def clean_text(raw: object, max_length: int) -> str:
    """`raw` as one tidy line, or BadText when it is empty or longer than `max_length`."""
    if not isinstance(raw, str):
        raise BadText("Send your answer as text.")
    kept = []
    for ch in unicodedata.normalize("NFC", raw):
        if ch in "\t\n\r" or unicodedata.category(ch) in _SPACE:
            kept.append(" ")
        elif unicodedata.category(ch) not in _DROP:
            kept.append(ch)
    text = " ".join("".join(kept).split())
    if not text:
        raise BadText("The answer is empty; type a few words and send again.")
    if len(text) > max_length:
        raise BadText(f"The answer is {len(text)} characters long; this question takes at most "
                      f"{max_length}. Shorten it and send again.")
    return text
