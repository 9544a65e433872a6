"""The speaker's language: what the console, the start screen and the app's dialogs speak.

The room and the phones speak the deck's language (common.language resolves it);
the speaker's own tool speaks the speaker's: the one the speaker picked (remembered
per user in UserSettings), else the system's language as Qt reads it (QLocale
covers Windows and macOS, where the POSIX variables say nothing). The sentences are
the `console.*` group of common.words, so a language is one table with every group,
and a translator reads one file.

`console_text("header.slide", n=3, total=20)` is the one way a console label gets
its words. A label whose words never change but for the language is made with
`speak(widget, key)`: it remembers its key, so `retranslate(window)` gives every such
label of a window the words of a newly picked language at once (the windows then
refresh their live labels, which call `console_text` anew). `speak_phrase(widget,
phrase)` does the same for a common.words.Phrase of any group (a venue check's verdict),
and `speak_failure(widget, error)` for a server.api.ServerError: its `reason` picks the
`console.server.<reason>` sentence, so a failure already shown changes language too.
"""
from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from common.language import SUPPORTED, resolve_language
from common.words import Phrase, error_phrase, say_all, text
from presenter.ui.user_settings import UserSettings

# Each language by its own name, as a speaker looks for it in a list.
LANGUAGE_NAMES = {"da": "Dansk", "nb": "Norsk bokmål", "nn": "Norsk nynorsk",
                  "sv": "Svenska", "en": "English"}
assert tuple(LANGUAGE_NAMES) == SUPPORTED

# Dynamic properties a `speak` label carries: its phrase and its tooltip's (JSON), upper case.
_PHRASE, _TIP, _UPPER = "console_phrase", "console_tip", "console_upper"

_language: str | None = None


def speaker_language() -> str:
    """One of common.language.SUPPORTED: the one picked, else the system's."""
    global _language
    if _language is None:
        picked = UserSettings().speaker_language
        _language = resolve_language(picked or QLocale.system().name())
    return _language


def set_speaker_language(language: str, settings: UserSettings | None = None) -> str:
    """Speak `language` from now on and remember it for this user; returns the code."""
    global _language
    _language = resolve_language(language)
    (settings if settings is not None else UserSettings()).speaker_language = _language
    return _language


def console_text(key: str, **values: object) -> str:
    """The console's sentence for `key` (without the `console.` prefix) in the speaker's language."""
    return text(speaker_language(), "console." + key, **values)


def speak(widget: QWidget, key: str | None, tip: str | None = None, upper: bool = False,
          **values: object) -> QWidget:
    """Give `widget` (a label or button) its words, and remember them for `retranslate`."""
    return speak_phrase(widget, Phrase.of("console." + key, **values) if key else None,
                        Phrase.of("console." + tip, **values) if tip else None, upper)


def speak_phrase(widget: QWidget, phrase: Phrase | Sequence[Phrase] | None,
                 tip: Phrase | None = None, upper: bool = False) -> QWidget:
    """`speak` for a phrase of any group (values may be phrases themselves), or for
    several phrases said one after another."""
    phrases = [phrase] if isinstance(phrase, Phrase) else list(phrase or ())
    widget.setProperty(_PHRASE, json.dumps([p.as_data() for p in phrases]) if phrases else "")
    widget.setProperty(_TIP, json.dumps(tip.as_data()) if tip else "")
    widget.setProperty(_UPPER, upper)
    _say(widget)
    return widget


def failure_phrase(error: BaseException) -> Phrase:
    """A failure (server.api.ServerError, or any error) as the console says it: the
    server's `console.server.<reason>` sentence, or the console's own `console.<reason>`
    (the console's refusals name their key), else its own words inside one of ours."""
    return (error_phrase(error, "console.server") or error_phrase(error, "console")
            or Phrase.of("console.server.other", detail=str(error)))


def speak_failure(widget: QWidget, error: BaseException) -> QWidget:
    return speak_phrase(widget, failure_phrase(error))


def failure_text(error: BaseException) -> str:
    return failure_phrase(error).say(speaker_language())


def _say(widget: QWidget) -> None:
    language = speaker_language()
    if widget.property(_PHRASE):
        words = say_all(language, map(Phrase.from_data, json.loads(widget.property(_PHRASE))))
        widget.setText(words.upper() if widget.property(_UPPER) else words)
    if widget.property(_TIP):
        widget.setToolTip(Phrase.from_data(json.loads(widget.property(_TIP))).say(language))


def retranslate(root: QWidget) -> None:
    """Every `speak` widget in `root` (itself included) in the speaker's language now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(_PHRASE) or widget.property(_TIP):
            _say(widget)


def language_picker(settings: UserSettings | None = None, on_change=None) -> QComboBox:
    """The five languages by their own names; picking one makes the speaker speak it
    (remembered in `settings`), then calls `on_change()` to rebuild the window's words."""
    picker = QComboBox()
    for code, name in LANGUAGE_NAMES.items():
        picker.addItem(name, code)
    picker.setCurrentIndex(list(LANGUAGE_NAMES).index(speaker_language()))
    speak(picker, None, tip="language.tip")

    def picked(index: int) -> None:
        set_speaker_language(picker.itemData(index), settings)
        if on_change is not None:
            on_change()

    picker.currentIndexChanged.connect(picked)
    return picker
