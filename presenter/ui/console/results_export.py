"""The console's "Export results" action: this session's results as CSV and JSON,
and the deck as a PDF handout with the final counts, into a folder the speaker picks.

The files come from the same code as `votedeck results` (server.store.results_files) and
`votedeck export` (presenter/export.py's PDF writer with the shared renderer), read from the vote
database the running server writes, so the export says what the database says.
Imports Qt (the folder dialog), the results modules and the PDF writer.
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

ChooseFolder = Callable[[QWidget], "Path | None"]


def ask_for_folder(parent: QWidget) -> Path | None:
    """The real folder dialog; tests inject their own folder instead."""
    chosen = QFileDialog.getExistingDirectory(parent, console_text("export.ask_folder"),
                                              str(Path.home()))
    return Path(chosen) if chosen else None


class _ResultsRenderer:
    """The shared renderer drawing every slide with the session's final counts,
    in the shape the PDF writer takes (it draws with no view of its own)."""

    def __init__(self, renderer, view):
        self.renderer, self.view = renderer, view
        self.deck = renderer.deck
        self.slide_count = renderer.slide_count

    def paint(self, painter, slide_number, _view=None, rect=None):
        # A handout waits for its word clouds: the window's renderer otherwise leaves them
        # to the render worker (presenter/render/cloud/keeper.py).
        defer, self.renderer.defer_clouds = self.renderer.defer_clouds, False
        try:
            self.renderer.paint(painter, slide_number, self.view, rect)
        finally:
            self.renderer.defer_clouds = defer


def export_results(presentation, folder: Path) -> list[Path]:
    """Write <deck>-session-<id>.csv / .json / -handout.pdf into `folder`; returns the files.
    Raises server.api.ServerError (a sentence) when there is nothing to read, OSError when
    the folder cannot be written."""
    from presenter.export import export_pdf
    from presenter.results_view import load_results, revotes, room_view_for
    from server.api import ServerError
    from server.store.results_files import write_results

    server = presentation.server
    if server is None:
        raise ServerError(console_text("export.not_running"), "export.not_running")
    session_id = server.snapshot().session_id
    results = load_results(presentation.deck, None, session_id, database=server.database_path)
    stem = re.sub(r"[^\w-]+", "-", presentation.deck.path.stem).strip("-") or "votedeck"
    base = folder / f"{stem}-session-{session_id}"
    files = [write_results(results, "csv", base.with_suffix(".csv")),
             write_results(results, "json", base.with_suffix(".json"))]
    handout = base.with_name(base.name + "-handout.pdf")
    export_pdf(_ResultsRenderer(presentation.renderer, room_view_for(
        results, again=revotes(presentation.deck))), handout)
    files.append(handout)
    return files


class ExportAction(QObject):
    """The console's button and the sentence under the deck title saying where it went."""

    def __init__(self, presentation, choose_folder: ChooseFolder, parent: QWidget):
        super().__init__(parent)
        self.presentation = presentation
        self.choose_folder = choose_folder
        self.button = speak(QPushButton(), "export.button", tip="export.tip")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.run)
        self.note = QLabel()            # where the export went, or why it failed
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.note.hide()

    def run(self) -> list[Path]:
        """Ask for a folder, write the results there and say where (or why not)."""
        from server.api import ServerError

        folder = self.choose_folder(self.parent())
        if folder is None:
            return []
        try:
            files = export_results(self.presentation, Path(folder))
        except ServerError as error:
            self._show_note(failure_phrase(error), "warning")
            return []
        except OSError as error:
            self._show_note(Phrase.of("console.export.cannot_write", folder=str(folder),
                                      reason=error.strerror or str(error)), "warning")
            return []
        self._show_note(Phrase.of("console.export.saved", folder=str(folder),
                                  files=", ".join(f.name for f in files)), "muted")
        return files

    def _show_note(self, phrase: Phrase, role: str) -> None:
        speak_phrase(self.note, phrase)     # said again if the speaker picks another language
        style.set_role(self.note, role)
        self.note.show()
