"""Hold the laptop awake for as long as the app presents, and say so in the console.

The app calls `stay_awake(console)` once its windows are up and `release()` on
the way out (quit, Ctrl+Q, the audience window closed, SIGTERM). The sentence,
"Sleep blocked while presenting." or why not and what to do, goes to stdout and
to a small line at the foot of the presenter console, where the speaker looks.
The platform work is in presenter/ui/sleep_inhibit.py, which needs no Qt.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from presenter.ui.sleep_inhibit import SleepBlock, block_sleep
from presenter.ui.speaker_words import speak

NOTE_NAME = "SleepNote"


def stay_awake(console: QWidget | None, block: Callable[[], SleepBlock] = block_sleep) -> SleepBlock:
    """Take the system's keep-awake hold; show what happened. Never raises."""
    hold = block()
    print(hold.sentence, flush=True)
    if console is not None:
        show_note(console, hold)
    return hold


def show_note(console: QWidget, hold: SleepBlock) -> QLabel:
    """The console's foot line: muted when held, a warning when not."""
    label = console.findChild(QLabel, NOTE_NAME)
    if label is None:
        label = QLabel(console)
        label.setObjectName(NOTE_NAME)
        layout = console.layout()
        if isinstance(layout, QBoxLayout):
            layout.addWidget(label)
    # The speaker's words (retranslated with the console); when not held, what to do
    # in the speaker's language and the system's own reason as a detail.
    if hold.held:
        speak(label, "awake.held")
    else:
        speak(label, "awake.not_held", why=hold.why_phrase or hold.why)
    label.setWordWrap(True)
    label.setProperty("role", "muted" if hold.held else "warning")
    label.style().unpolish(label)       # re-read the style sheet for the new role
    label.style().polish(label)
    return label
