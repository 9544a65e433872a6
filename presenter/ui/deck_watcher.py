"""A deck that reloads while you write it: saving the Markdown (or a PDF it shows)
puts the new slides up within a second.

`DeckWatcher` watches the deck file, the PDFs its slides show, and their folders
with Qt's own `QFileSystemWatcher` (no extra dependency, and its signals arrive on
the GUI thread, where the controller lives; `watchfiles` would need a thread of
its own and a Rust wheel for the same events). Many editors save by writing a new
file and renaming it over the old one: the watcher then loses the file, so it is
armed again after every change, and the folder's change notices the new file.

A save is read after a short pause (`SETTLE_MS`: an editor may write in pieces)
and only when a watched file's size or time changed. A good deck goes to
`ShowController.replace_deck` (slide, session and votes kept); a broken one is
said as its `file:line:` sentence on `failed` (the console shows it; the terminal
hears it too) and the last good deck stays on the projector.
"""
from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from presenter.deck.errors import DeckError
from presenter.deck.parser import load_deck
from presenter.terminal import say

SETTLE_MS = 150


class DeckWatcher(QObject):
    """Reloads the presentation's deck when its files are saved."""

    failed = Signal(str)        # the file:line: sentence of a save that broke the deck
    reloaded = Signal()         # a save was read and is on screen

    def __init__(self, presentation, parent: QObject | None = None):
        super().__init__(parent)
        self.presentation = presentation
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload_if_changed)
        self._stamps = self._arm()

    def stop(self) -> None:
        """Watch nothing more and drop a pending reload: the talk is over (a reload
        arriving after the controller shut down would touch what is gone)."""
        self._settle.stop()
        watching = self._watcher.files() + self._watcher.directories()
        if watching:
            self._watcher.removePaths(watching)
        self._watcher.fileChanged.disconnect(self._changed)
        self._watcher.directoryChanged.disconnect(self._changed)

    def watched(self) -> list[Path]:
        """The deck file and the PDFs its slides show."""
        deck = self.presentation.deck
        files = {Path(deck.path).resolve()}
        files.update(s.pdf_page.source.path for s in deck.slides if s.pdf_page is not None)
        return sorted(files)

    def _arm(self) -> dict[Path, tuple[int, int] | None]:
        """Watch the files and their folders (again: a save by rename drops a file)."""
        stamps = {}
        for path in self.watched():
            stamps[path] = _stamp(path)
            for target in (path, path.parent):
                if target.exists() and str(target) not in self._watcher.files() + \
                        self._watcher.directories():
                    self._watcher.addPath(str(target))
        return stamps

    @Slot(str)
    def _changed(self, _path: str) -> None:
        self._settle.start()

    @Slot()
    def reload_if_changed(self) -> None:
        stamps = {path: _stamp(path) for path in self._stamps}
        if stamps == self._stamps:
            self._arm()
            return
        if any(stamp is None for stamp in stamps.values()):
            return          # mid-rename: the folder's next change brings the new file
        try:
            deck = load_deck(self.presentation.deck.path)
        except DeckError as error:
            self._stamps = stamps
            self._arm()
            say(f"{error} (the last good version stays on screen)", named=True)
            self.failed.emit(str(error))
            return
        self.presentation.replace_deck(deck)
        # The old deck's scenes hold Qt objects (text layouts, pictures) in reference
        # cycles: collect them now, on the GUI thread. Left to a later collection they
        # were freed on whichever thread ran it (the server's, a phone's) and Qt crashed.
        gc.collect()
        self._stamps = self._arm()
        self.reloaded.emit()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns
