"""A deck's warnings as the speaker reads them in the app: advice, never a refusal.

A deck that shows, but probably not as meant, carries `Deck.warnings` (presenter/deck:
lint.py, marp.py's directives left out, the parser's code blocks). `votedeck check`
prints them; here the app says them too. The start screen lists them under the deck
just read, beside one button that starts the talk (`StartWarnings`); the console keeps
a quiet notice, "3 things to check in the deck", that opens to the list and can be put
away, and that follows every save the deck watcher reads (`DeckWarningsNotice`). Only
the speaker's windows show them: never the audience window, never a phone.

Everything here is in the speaker's language and changes with it (`speak`,
`retranslate`): the frame (the count, "line N", the buttons) and each warning's own
sentence, its `deck.*` phrase (DeckWarning.phrase) with the deck's values in it; only
`votedeck check` keeps the English. Every label is plain text: a warning quotes the
deck, and deck text is never markup here. Imports Qt, the console style and
speaker_words only.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from presenter.ui.speaker_words import speak, speak_phrase

from . import style

# px: then the list scrolls. The console's keeps the slide previews in sight; the
# start screen has room to spare before the talk.
CONSOLE_LIST_HEIGHT = 120
START_LIST_HEIGHT = 240


def _plain_label(role: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)     # a warning quotes the deck as written
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def _count_label(points: int) -> QLabel:
    """The count line, in the warning colour."""
    label = _plain_label()
    label.setFont(style.font(points, bold=True))
    label.setStyleSheet(f"color: {style.WARN};")
    return label


def speak_count(label: QLabel, count: int) -> QLabel:
    """"1 thing to check in the deck" / "3 things to check in the deck"."""
    if count == 1:
        return speak(label, "deck_warnings.count_one")
    return speak(label, "deck_warnings.count_many", n=count)


class WarningList(QScrollArea):
    """Each warning on a line of its own, `line N: sentence`; scrolls when there are many."""

    def __init__(self, max_height: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DeckWarningList")
        self._max_height = max_height
        body = QWidget()
        body.setObjectName("DeckWarningListBody")
        self._box = QVBoxLayout(body)
        self._box.setContentsMargins(0, 0, 6, 0)
        self._box.setSpacing(4)
        self.labels: list[QLabel] = []
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)

    def set_warnings(self, warnings: Sequence) -> None:
        """`warnings`: presenter.deck.errors.DeckWarning values (a line, a phrase)."""
        for label in self.labels:
            # Detached now: deleteLater alone would leave it in the layout until the loop runs.
            self._box.removeWidget(label)
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self.labels = []
        for warning in warnings:
            label = _plain_label()
            if warning.line:
                speak(label, "deck_warnings.line", line=warning.line, sentence=warning.phrase)
            else:
                speak_phrase(label, warning.phrase)     # the whole deck's: no line to name
            self._box.addWidget(label)
            self.labels.append(label)
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def lines(self) -> list[str]:
        return [label.text() for label in self.labels]

    def sizeHint(self) -> QSize:
        # As tall as the warnings need, up to the maximum; a scroll area's own hint is
        # a fixed guess that left two warnings in a box made for ten.
        width = max(self.viewport().width(), 200)
        layout = self._box
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        return QSize(super().sizeHint().width(), min(self._max_height, height + 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, min(self.sizeHint().height(), 48))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()       # a new width wraps the sentences to another height


class StartWarnings(QFrame):
    """On the start screen, under the deck just read: its warnings and Start the talk."""

    start_requested = Signal()
    read_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DeckWarnings")
        self.count = _count_label(12)
        self.deck_name = _plain_label("muted")
        self.hint = speak(_plain_label("muted"), "deck_warnings.start_hint")
        self.list = WarningList(START_LIST_HEIGHT)
        self.start_button = speak(QPushButton(), "deck_warnings.start")
        self.start_button.setProperty("kind", "primary")
        self.start_button.setDefault(True)      # Enter starts it too
        self.start_button.clicked.connect(self.start_requested)
        self.read_again_button = speak(QPushButton(), "deck_warnings.read_again")
        self.read_again_button.clicked.connect(self.read_again_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.read_again_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 10)
        box.addWidget(self.count)
        box.addWidget(self.deck_name)
        box.addWidget(self.list)
        box.addWidget(self.hint)
        box.addLayout(buttons)
        self.hide()

    def show_warnings(self, warnings: Sequence, deck_name: str) -> None:
        speak_count(self.count, len(warnings))
        self.deck_name.setText(deck_name)
        self.list.set_warnings(warnings)
        self.show()
        self.start_button.setFocus()

    def clear(self) -> None:
        self.list.set_warnings(())
        self.hide()


class DeckWarningsNotice(QFrame):
    """The console's quiet notice: the count, Show/Hide for the list, Dismiss. It goes
    when a save leaves nothing to check, and after Dismiss until a save brings a
    warning the speaker has not put away yet."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DeckWarnings")
        self.count = _count_label(11)
        self.toggle_button = QPushButton()
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # keys drive the slides
        self.toggle_button.clicked.connect(self.toggle_list)
        self.dismiss_button = speak(QPushButton(), "deck_warnings.dismiss",
                                    tip="deck_warnings.dismiss_tip")
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hint = speak(_plain_label("muted"), "deck_warnings.console_hint")
        self.list = WarningList(CONSOLE_LIST_HEIGHT)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.toggle_button)
        row.addWidget(self.dismiss_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 4, 8, 4)
        box.setSpacing(4)
        box.addLayout(row)
        box.addWidget(self.list)
        box.addWidget(self.hint)
        self._said: frozenset[str] = frozenset()
        self._dismissed: frozenset[str] = frozenset()
        self._open = False
        self._show_list(False)
        self.hide()

    def set_warnings(self, warnings: Sequence) -> None:
        """The deck's warnings now (at the start, and after each save that reads)."""
        self.list.set_warnings(warnings)
        speak_count(self.count, len(warnings))
        # By the English sentence: the same warning in whatever language the speaker reads.
        self._said = frozenset(w.message for w in warnings)
        self.setVisible(bool(self._said) and not self._said <= self._dismissed)

    def toggle_list(self) -> None:
        self._show_list(not self._open)

    def dismiss(self) -> None:
        # By message, not line: an edit above a warning moves its line, not its cause.
        self._dismissed = self._said
        self.hide()

    def _show_list(self, open_: bool) -> None:
        self._open = open_
        self.list.setVisible(open_)
        self.hint.setVisible(open_)
        speak(self.toggle_button, "deck_warnings.hide" if open_ else "deck_warnings.show")
