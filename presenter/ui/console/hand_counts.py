"""Paper ballots from the console: the speaker types the hand-counted tally of a poll.

When the network fails (or the talk was written for paper: "Klar med stemmesedlerne"),
"Paper ballots…" in the poll panel opens `HandCountDialog`: one whole-number field per
option of the current poll, prefilled with what is stored. Saving goes through the
ShowController to the voting server's one store writer (VotingServer.set_hand_counts),
which keeps them apart from the phones' votes; the slide then shows them in the bars and
says so ("incl. 12 on paper"). Typing again corrects them; all fields empty removes
them. A poll of typed answers has nothing to count: the dialog says so.

Imports Qt, the deck model and the server's public errors; no server internals.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from common.values import TEXT_KINDS
from presenter.deck.model import Poll
from presenter.ui.speaker_words import console_text, failure_text, speak

from . import style


class HandCountDialog(QDialog):
    """The fields for one poll's paper ballots; `save()` stores them or says why not."""

    def __init__(self, presentation, poll: Poll, parent: QWidget | None = None):
        super().__init__(parent)
        self.presentation = presentation
        self.poll = poll
        self.stored: int | None = None          # ballots saved, once saved
        self.setWindowTitle(console_text("paper.title"))
        self.fields: dict[str, QLineEdit] = {}
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        style.set_role(self.error, "warning")
        self.error.hide()
        column = QVBoxLayout(self)
        lead = QLabel(console_text("paper.lead", question=poll.question))
        lead.setTextFormat(Qt.TextFormat.PlainText)
        lead.setWordWrap(True)
        column.addWidget(lead)
        buttons = QDialogButtonBox()
        if poll.kind.name in TEXT_KINDS:
            lead.setText(console_text("paper.typed"))
            buttons.addButton(console_text("paper.close"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            column.addLayout(self._form(presentation.hand_counts(poll.id)))
            self.save_button = buttons.addButton(console_text("paper.save"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(console_text("paper.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    def _form(self, stored: dict[str, int]) -> QFormLayout:
        form = QFormLayout()
        for option in self.poll.options:
            field = QLineEdit(str(stored[option.id]) if stored.get(option.id) else "")
            field.setPlaceholderText("0")
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setMaxLength(9)
            self.fields[option.id] = field
            form.addRow(option.label, field)
        return form

    def save(self) -> bool:
        """Store the typed counts (replacing what was stored); False with the sentence shown."""
        from server.api import ServerError
        from server.store.hand_counts import HandCountError

        counts = {option_id: field.text() for option_id, field in self.fields.items()}
        try:
            self.stored = self.presentation.set_hand_counts(self.poll.id, counts)
        except HandCountError as error:
            self.error.setText(self._refusal(error))
            self.error.show()
            return False
        except ServerError as error:
            self.error.setText(failure_text(error) if str(error) else console_text("paper.not_saved"))
            self.error.show()
            return False
        self.accept()
        return True

    def _refusal(self, error) -> str:
        """The refusal in the speaker's language, naming the option by its label."""
        if not error.reason:
            return str(error)
        labels = {o.id: o.label for o in self.poll.options}
        values = dict(error.values)
        if "option" in values:
            values["option"] = labels.get(values["option"], values["option"])
        if "most" in values:
            values["most"] = f"{values['most']:,}"
        return console_text("paper.refused." + error.reason, **values)


class PaperBallotsAction(QObject):
    """The poll panel's "Paper ballots…" button: opens the dialog for the current poll."""

    def __init__(self, presentation, parent: QWidget):
        super().__init__(parent)
        self.presentation = presentation
        self.dialog: HandCountDialog | None = None
        self.button = speak(QPushButton(), "paper.button", tip="paper.tooltip")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.run)

    def refresh(self, panel) -> None:
        """The button for the current poll, and the poll panel's chart and count line with
        the paper ballots in them, as the room's slide has them (`panel`: the PollPanel)."""
        p = self.presentation
        self.button.setVisible(p.current_poll() is not None)
        self.button.setEnabled(p.server is not None)
        tally = panel.tally
        if panel.poll is None or tally is None or not tally.hand:
            return
        hand = dict(tally.hand)
        panel.chart.set_rows([(o, label, n + hand.get(o, 0)) for o, label, n in panel.chart.rows])
        panel.voters_label.setText(panel.voters_label.text() + " · "
                                   + console_text("paper.on_paper", n=tally.hand_total))

    def run(self) -> HandCountDialog | None:
        """Open the dialog for the current poll (window-modal, not blocking: tests fill it)."""
        poll = self.presentation.current_poll()
        if poll is None:
            return None
        self.dialog = HandCountDialog(self.presentation, poll, self.parent())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
