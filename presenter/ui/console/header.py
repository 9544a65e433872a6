"""The console's top row: where the talk is, whether voting is up, and the buttons.

Slide n of N, the deck title, the status chips (phones connected, voting off or
down, what the room's screen shows, the join screen), the note under the title
where an export went, the console's language, Export results…, All slides (G) and
the timer. It reads the
`ShowController` to fill the chips and calls none of its verbs.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from presenter.ui.speaker_words import console_text, language_picker, speak

from . import style
from .elided_label import ElidedLabel


class ConsoleHeader(QWidget):
    """The row above the slides; `export` is the ExportAction, `timer_panel` the TimerPanel."""

    def __init__(self, title: str, export, timer_panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.export = export
        self.timer_panel = timer_panel
        self.position_label = QLabel()
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)
        self.position_label.setFont(style.font(22, bold=True))
        # Never squeezed: at 1024 px the chips beside it give way, not "Slide 17 of 21".
        self.position_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.title_label = ElidedLabel(title)
        self.title_label.setProperty("role", "muted")
        self.status_label = QLabel()             # voting: phones connected, off or down
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.screen_chip = QLabel()              # the room's screen is black or white
        self.screen_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.join_chip = speak(QLabel(), "header.join_showing", upper=True)
        self.join_chip.setTextFormat(Qt.TextFormat.PlainText)
        for chip in (self.screen_chip, self.join_chip):
            chip.setProperty("role", "chip-warn")
        self.overview_button = QPushButton(console_text("header.overview"))
        self.overview_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The console's language; the window rebuilds its words when it changes.
        self.language = language_picker()
        self.language.setObjectName("LanguagePicker")
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # keys belong to the talk
        self._build_layout()

    def _build_layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        where = QVBoxLayout()
        where.setSpacing(2)
        # Lines, not one row, so a 1024 px screen holds them in any language: where the
        # talk is; whether voting is up; the deck title (it gives way first) beside the
        # rarer chips. Side by side, "Lysbilde 17 av 21" was cut by the phones chip.
        status = QHBoxLayout()
        status.addWidget(self.status_label)
        status.addStretch(1)
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.title_label, 1)
        for chip in (self.screen_chip, self.join_chip):
            second.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
        where.addWidget(self.position_label)
        where.addLayout(status)
        where.addLayout(second)
        where.addWidget(self.export.note)
        row.addLayout(where, 1)
        # The buttons stacked: side by side they took the width the position needs.
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        self.export_row = QHBoxLayout()         # Export results… and what the console adds
        self.export_row.setSpacing(4)
        self.export_row.addWidget(self.export.button, 1)
        buttons.addWidget(self.language)
        buttons.addLayout(self.export_row)
        buttons.addWidget(self.overview_button)
        row.addLayout(buttons)
        row.addSpacing(12)
        timer_frame = style.panel()
        timer_box = QVBoxLayout(timer_frame)
        timer_box.setContentsMargins(14, 6, 14, 6)
        timer_box.addWidget(self.timer_panel)
        row.addWidget(timer_frame)

    def add_beside_export(self, button: QPushButton) -> None:
        """A button of the same kind as Export results… (the report), on its line."""
        self.export_row.addWidget(button, 1)

    def show_position(self, slide: int, slide_count: int) -> None:
        self.position_label.setText(console_text("header.slide", n=slide, total=slide_count))

    def show_overview_open(self, showing: bool) -> None:
        self.overview_button.setText(console_text("header.back" if showing else "header.overview"))

    def show_room(self, presentation, view) -> None:
        """The chips for the talk as it is now; `view` is the audience's RoomView."""
        p = presentation
        if not p.voting_enabled:
            text, role = console_text("header.voting_off"), "chip-off"
        elif p.server is None and p.voting_down:
            text, role = console_text("status.voting_down"), "chip-danger"
        elif p.server is None:          # the app starts voting once the first slide is out
            text, role = console_text("join.voting_starting"), "chip-off"
        else:
            phones = p.phones()
            text = (console_text("header.phones_one") if phones == 1
                    else console_text("header.phones_many", n=phones))
            role = "chip-on"
        self.status_label.setText(text)
        style.set_role(self.status_label, role)
        self.export.button.setEnabled(p.server is not None)
        self.join_chip.setVisible(view.show_join_overlay)
        self.screen_chip.setVisible(p.screen_mode != "slide")
        if p.screen_mode in ("black", "white"):
            self.screen_chip.setText(console_text(f"header.room_sees_{p.screen_mode}").upper())
