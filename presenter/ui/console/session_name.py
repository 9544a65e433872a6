"""The session's name from the console: the municipality the talk is given in.

Set or changed before or during the talk: stored in the sessions table at once (through
the voting server's one store writer, VotingServer.rename_session), so `votedeck
sessions`, the report and the exports call the session by it from then on, and
remembered in the user's settings as the last session name (the start screen offers it
next time). Imports Qt and the console's words only; the ShowController does the rest.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from common.words import Phrase, error_phrase
from presenter.ui.palette import BORDER, PANEL_RAISED, TEXT
from presenter.ui.speaker_words import console_text, failure_phrase, speak, speak_phrase

from . import style

# The console's own look for a field (its style sheet styles fields in dialogs only).
FIELD_STYLE = (f"QLineEdit {{ color: {TEXT}; background: {PANEL_RAISED}; border: 1px solid "
               f"{BORDER}; border-radius: 4px; padding: 3px 6px; }}")


class SessionNamePanel(QWidget):
    """Caption, the name field, Save, and a line saying what happened."""

    def __init__(self, presentation, settings=None, parent: QWidget | None = None,
                 confirm=None):
        super().__init__(parent)
        self.presentation = presentation
        # Asks the speaker before a new session begins (tests pass their own answer).
        self._confirm = confirm or _ask_for_new_session
        self._settings = settings       # presenter.ui.user_settings.UserSettings; made on first save
        self.field = QLineEdit()
        self.field.setPlaceholderText(console_text("session.placeholder"))
        speak(self.field, None, tip="session.tooltip")
        # Only a click puts the cursor here: the console's keys (→, Space, B) must keep
        # moving the slides, and Return or Esc hands them back.
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.field.returnPressed.connect(self.save)
        self.save_button = speak(QPushButton(), "session.save")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        self.new_button = speak(QPushButton(), "session.new", tip="session.new_tooltip")
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.clicked.connect(self.begin_new)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.field.setStyleSheet(FIELD_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        # On a line of its own: beside Save it made the console too wide for 1024 px.
        new_row = QHBoxLayout()
        new_row.addStretch(1)
        new_row.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(speak(style.caption(""), "session.caption", upper=True))
        column.addLayout(row)
        column.addLayout(new_row)
        column.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        """The stored name, unless the speaker is typing a new one; disabled without voting."""
        up = self.presentation.server is not None
        self.field.setEnabled(up)
        self.save_button.setEnabled(up)
        self.new_button.setEnabled(up)
        if up and not self.field.hasFocus() and not self.field.isModified():
            self.field.setText(self.presentation.session_name())

    def save(self) -> str | None:
        """Name the session after the field; the name kept, or None with the sentence shown."""
        from server.api import ServerError

        try:
            name = self.presentation.rename_session(self.field.text())
        except ServerError as error:
            refused = error_phrase(error, "console.session.refused")   # a name refused
            self._say(refused or (failure_phrase(error) if str(error)
                                  else Phrase.of("console.session.not_saved")), "warning")
            return None
        self.field.setText(name)
        self.field.setModified(False)
        self.window().setFocus()
        self._user_settings().last_session_name = name
        self._say(Phrase.of("console.session.saved", name=name), "muted")
        return name

    def begin_new(self) -> bool:
        """A new session under the name in the field, once the speaker says yes: the
        next municipality's votes start from nothing, the earlier session keeps its own."""
        name = self.field.text().strip()
        self.presentation.start_voting_ahead()     # while the speaker reads the question
        if not self._confirm(self, name or self.presentation.session_name()):
            return False
        self.presentation.start_new_session(name)
        self.field.setModified(False)
        self.refresh()
        if self.presentation.server is None:
            self._say(Phrase.of("console.session.not_saved"), "warning")
            return False
        self._user_settings().last_session_name = self.presentation.session_name()
        self._say(Phrase.of("console.session.new_started", name=self.presentation.session_name()),
                  "muted")
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:        # leave the field as it was stored
            self.field.setModified(False)
            self.field.setText(self.presentation.session_name())
            self.window().setFocus()
            return
        super().keyPressEvent(event)

    def _user_settings(self):
        if self._settings is None:
            from presenter.ui.user_settings import UserSettings
            self._settings = UserSettings()
        return self._settings

    def _say(self, phrase: Phrase, role: str) -> None:
        speak_phrase(self.note, phrase)     # said again if the speaker picks another language
        style.set_role(self.note, role)
        self.note.show()


def _ask_for_new_session(parent: QWidget, name: str) -> bool:
    from PySide6.QtWidgets import QMessageBox
    answer = QMessageBox.question(parent, console_text("session.new"),
                                  console_text("session.new_question", name=name))
    return answer == QMessageBox.StandardButton.Yes
