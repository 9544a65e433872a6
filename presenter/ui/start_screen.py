"""The start screen: pick a deck without a terminal.

Shown when the installed app starts without a deck (a double-click). It offers
Open…, the recent decks, the bundled talk, and a session name (the municipality,
remembered for next time); a `.md` file dropped on the window opens too. It speaks
the speaker's language, which a list at its top switches (remembered too). A deck
that does not parse shows its `file:line: what was expected` sentence here, in
the window, and the screen stays up for another try. A deck that reads but has
warnings (console/deck_warnings.py) is not refused: the screen lists them, `line N:
sentence`, beside one button that starts the talk; a deck with none starts at once.

`choose_deck(app, settings)` runs the screen until a deck is chosen (returns it
with the session name) or the window is closed (returns None).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presenter.paths import BUNDLED_DECK
from presenter.ui.console import style
from presenter.ui.console.deck_warnings import StartWarnings
from presenter.ui.console.session_name import FIELD_STYLE
from presenter.ui.speaker_words import console_text, language_picker, retranslate, speak
from presenter.ui.user_settings import UserSettings

DECK_SUFFIXES = (".md", ".markdown")


def ask_for_deck(parent: QWidget) -> Path | None:
    """The system's Open dialog, for Markdown decks."""
    name, _ = QFileDialog.getOpenFileName(parent, console_text("start.open_title"), str(Path.home()),
                                          console_text("start.filter"))
    return Path(name) if name else None


class StartScreen(QWidget):
    """Open…, recent decks, the bundled talk, a session name, drag and drop."""

    # The parsed Deck the speaker chose (a presenter.deck.model.Deck).
    deck_chosen = Signal(object)
    # The window was closed without choosing.
    dismissed = Signal()

    def __init__(self, settings: UserSettings,
                 ask: Callable[[QWidget], Path | None] = ask_for_deck, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._ask = ask
        self._chosen = False
        self._read = None       # the deck read last, while its warnings are shown
        self.setWindowTitle("votedeck")
        self.setAcceptDrops(True)
        # The console's look (dark, the slides' Inter): the speaker's first window and
        # the one they work in all talk are one app, not a plain dialog and a console.
        self.setObjectName("ConsoleRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(style.style_sheet())
        app_font = self.font()
        app_font.setFamily(style.family())
        self.setFont(app_font)
        self.open_button = speak(QPushButton(), "start.open")
        self.open_button.clicked.connect(self.open_from_dialog)
        self.bundled_button = speak(QPushButton(), "start.bundled")
        self.bundled_button.setProperty("kind", "primary")
        self.bundled_button.clicked.connect(lambda: self.open_deck(BUNDLED_DECK))
        self.session_name = QLineEdit(settings.last_session_name)
        self.session_name.setStyleSheet(FIELD_STYLE)
        self.language = language_picker(settings, self.language_changed)
        self.language.setObjectName("LanguagePicker")
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.open_deck(Path(item.data(Qt.ItemDataRole.UserRole))))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_role(self.error, "warning")
        self.error.hide()               # a warning box only when there is something to say
        self.deck_warnings = StartWarnings()
        self.deck_warnings.start_requested.connect(self.start_talk)
        self.deck_warnings.read_again_requested.connect(lambda: self.open_deck(self._read.path))
        self._build_layout()
        self.language_changed()
        self.refresh_recent()

    def _build_layout(self) -> None:
        title = QLabel("votedeck")
        title.setStyleSheet("font-size: 28px; font-weight: bold;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.bundled_button)
        buttons.addStretch(1)
        name_row = QHBoxLayout()
        name_row.addWidget(speak(QLabel(), "start.session"))
        name_row.addWidget(self.session_name, 1)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(speak(QLabel(), "language.label"))
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(speak(QLabel(), "start.intro"))
        layout.addLayout(buttons)
        layout.addLayout(name_row)
        layout.addWidget(speak(QLabel(), "start.recent"))
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.deck_warnings)
        self.resize(640, 480)

    def language_changed(self) -> None:
        """The speaker picked another language: every word of the screen in it now."""
        retranslate(self)
        self.session_name.setPlaceholderText(console_text("start.session_hint"))

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in self.settings.recent_decks:
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)

    def open_from_dialog(self) -> None:
        path = self._ask(self)
        if path is not None:
            self.open_deck(path)

    def _warn(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def open_deck(self, path: Path) -> bool:
        """Parse the deck and remember it; without warnings emit deck_chosen, with some
        list them beside Start the talk (`start_talk`). False, and why, when it cannot be read."""
        from presenter.deck.errors import DeckError
        from presenter.deck.parser import load_deck
        self._read = None
        self.deck_warnings.clear()
        try:
            deck = load_deck(Path(path))
        except DeckError as error:
            self._warn(console_text("start.fix_deck", error=error))
            return False
        except OSError as error:
            self._warn(console_text("start.cannot_read", path=path, reason=error.strerror or error))
            return False
        self.error.clear()
        self.error.hide()
        if Path(path).resolve() != BUNDLED_DECK.resolve():
            self.settings.remember_deck(Path(path))
        self._read = deck
        if deck.warnings:
            self.deck_warnings.show_warnings(deck.warnings, str(deck.path))
            # Taller if need be, so the list is read rather than squeezed beside the recent decks.
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        else:
            self.start_talk()
        return True

    def start_talk(self) -> None:
        """Present the deck read last (its warnings are advice: the console keeps them)."""
        self.settings.last_session_name = self.session_name.text()
        self._chosen = True
        self.deck_chosen.emit(self._read)

    # ------------------------------------------------------------ drag and drop

    @staticmethod
    def _dropped_deck(event) -> Path | None:
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(DECK_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_deck(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_deck(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_deck(path)

    def closeEvent(self, event) -> None:
        if not self._chosen:
            self.dismissed.emit()
        super().closeEvent(event)


def choose_deck(settings: UserSettings | None = None) -> tuple[object, str] | None:
    """Show the start screen until a deck is chosen: (deck, session name), or None."""
    screen = StartScreen(settings or UserSettings())
    loop = QEventLoop()
    chosen: list = []
    screen.deck_chosen.connect(lambda deck: (chosen.append(deck), loop.quit()))
    screen.dismissed.connect(loop.quit)
    screen.show()
    loop.exec()
    name = screen.session_name.text().strip()
    screen.hide()
    screen.deleteLater()
    return (chosen[0], name) if chosen else None


def start_screen_deck(config):
    """For the app started without a deck: (the deck picked on the start screen, the
    voting server's config with its session name unless one was given), or None
    when the window was closed. `config` is a ServerConfig, or None without voting."""
    import sys
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication
    QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "votedeck"])
    picked = choose_deck()
    if picked is None:
        return None
    deck, session_name = picked
    if config is not None and session_name and not config.session_name:
        config = replace(config, session_name=session_name)
    return deck, config
