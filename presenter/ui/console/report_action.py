"""The console's "Report…" button: the municipality's PDF report of this session, as
`votedeck report` writes it (presenter/report), after the last slide or whenever asked.

The speaker picks the file in a save dialog (tests pass their own `choose_file`); the
report compares the session with the tour the slides compare it with (the tour so far,
or the sessions picked) when the comparison is shown, else it reports this room alone.
It reads the vote database the running server writes, so it says what the database
says, and the sentence under the deck title says where it went (or why not).
Imports Qt (the file dialog), the report modules and the server's public errors.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from common.words import Phrase
from presenter.ui.speaker_words import console_text, failure_phrase, speak, speak_phrase

from . import style

ChooseFile = Callable[[QWidget, Path], "Path | None"]


def ask_for_file(parent: QWidget, suggested: Path) -> Path | None:
    """The real save dialog; tests inject their own file instead."""
    chosen, _ = QFileDialog.getSaveFileName(parent, console_text("report.dialog"), str(suggested),
                                            "PDF (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_report(presentation, path: Path) -> int:
    """Write the session's PDF report to `path`; its page count. ServerError (a sentence)
    when there is no session to read, OSError when `path` cannot be written."""
    from presenter.deck.spec import deck_spec
    from presenter.report.data import gather_report
    from presenter.report.pdf import write_report_pdf
    from server.api import ServerError

    server = presentation.server
    if server is None:
        raise ServerError(console_text("report.no_voting"), "report.no_voting")
    tour = presentation.tour
    compare = tour.target if tour.shown else None
    report = gather_report(server.database_path, server.session_id, compare,
                           deck_spec(presentation.deck))
    return write_report_pdf(report, presentation.deck, path, earlier=compare == "all")


def suggested_name(presentation) -> str:
    """"trondheim-kommune-report.pdf": the session's name as a file name."""
    name = presentation.session_name() or presentation.deck.path.stem
    return (re.sub(r"[^\w-]+", "-", name.lower()).strip("-") or "votedeck") + "-report.pdf"


class ReportAction(QObject):
    """The button beside "Export results…"; `note` is the line under the deck title."""

    def __init__(self, presentation, choose_file: ChooseFile, note: QLabel, parent: QWidget):
        super().__init__(parent)
        self.presentation = presentation
        self.choose_file = choose_file
        self.note = note
        self.button = speak(QPushButton(), "report.button", tip="report.tooltip")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.run)

    def refresh(self) -> None:
        """Enabled while voting runs; the primary button on the last slide."""
        p = self.presentation
        self.button.setEnabled(p.server is not None)
        kind = "primary" if p.slide == p.slide_count and p.server is not None else ""
        if self.button.property("kind") != kind:
            self.button.setProperty("kind", kind)
            self.button.style().unpolish(self.button)
            self.button.style().polish(self.button)

    def run(self) -> Path | None:
        """Ask for a file, write the report there and say where (or why not)."""
        from server.api import ServerError

        path = self.choose_file(self.parent(), Path.home() / suggested_name(self.presentation))
        if path is None:
            return None
        try:
            pages = write_report(self.presentation, Path(path))
        except ServerError as error:
            self._say(failure_phrase(error), "warning")
            return None
        except OSError as error:
            self._say(Phrase.of("console.report.not_written", path=str(path),
                                reason=error.strerror or str(error)), "warning")
            return None
        self._say(Phrase.of("console.report.saved", path=str(path), pages=pages), "muted")
        return Path(path)

    def _say(self, phrase: Phrase, role: str) -> None:
        speak_phrase(self.note, phrase)     # said again if the speaker picks another language
        style.set_role(self.note, role)
        self.note.show()
