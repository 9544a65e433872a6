"""The speaker's language: what the console, the start screen and the app's dialogs speak.

The room and the phones speak the deck's language (common.language resolves it);
the speaker's own tool speaks the speaker's: the system's language as Qt reads it
(QLocale covers Windows and macOS, where the POSIX variables say nothing), or the
one the speaker picked. The sentences are the `console.*` group of common.words,
so a language is one table with every group, and a translator reads one file.

`console_text("header.slide", n=3, total=20)` is the one way a console label gets
its words.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale

from common.language import resolve_language
from common.words import text

_language: str | None = None


def speaker_language() -> str:
    """One of common.language.SUPPORTED: the system's language as Qt reads it."""
    global _language
    if _language is None:
        _language = resolve_language(QLocale.system().name())
    return _language


def console_text(key: str, **values: object) -> str:
    """The console's sentence for `key` (without the `console.` prefix) in the speaker's language."""
    return text(speaker_language(), "console." + key, **values)
