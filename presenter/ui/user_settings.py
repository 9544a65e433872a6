"""What the presenter chose, remembered per user between runs: the recent decks,
the last session name (the municipality the talk is given in), the language the
console speaks, the notes' font size and the screen the room's window goes to. (The
data folder the presenter chose is remembered apart, without Qt, for the command-line
tools too: presenter/data_folder.py.)

Stored with QSettings in the user's profile (the registry on Windows, a plist on
macOS, ~/.config/votedeck/votedeck.ini on Linux), never in the repository or the
app folder. Tests pass their own QSettings on a file in a temp folder (and
tests/presenter/conftest.py points the default one at a temp folder too).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "votedeck"
APPLICATION = "votedeck"
MAX_RECENT = 8


class UserSettings:
    """Typed access to the few settings votedeck remembers."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    def _text(self, key: str) -> str:
        return str(self.store.value(key, "") or "")

    def _set(self, key: str, value) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    @property
    def recent_decks(self) -> list[Path]:
        """Most recent first; decks that no longer exist are left out."""
        value = self.store.value("recent_decks", [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(name) for name in names if Path(name).is_file()]

    def remember_deck(self, path: Path) -> None:
        path = Path(path).resolve()
        others = [p for p in self.recent_decks if p.resolve() != path]
        self._set("recent_decks", [str(p) for p in [path, *others][:MAX_RECENT]])

    @property
    def last_session_name(self) -> str:
        return self._text("last_session_name")

    @last_session_name.setter
    def last_session_name(self, name: str) -> None:
        self._set("last_session_name", name.strip())

    @property
    def speaker_language(self) -> str | None:
        """The language the speaker picked for the console (a code), None: the system's."""
        return self._text("speaker_language") or None

    @speaker_language.setter
    def speaker_language(self, code: str) -> None:
        self._set("speaker_language", code)

    @property
    def notes_point_size(self) -> int | None:
        """The notes' font size the speaker set with A-/A+, None: never set."""
        try:
            return int(self.store.value("notes_point_size", 0) or 0) or None
        except (TypeError, ValueError):
            return None         # a hand-edited profile: the default size, not a crash

    @notes_point_size.setter
    def notes_point_size(self, size: int) -> None:
        self._set("notes_point_size", int(size))

    @property
    def audience_screen(self) -> str | None:
        """The name of the screen the room's window went to last (QScreen.name())."""
        return self._text("audience_screen") or None

    @audience_screen.setter
    def audience_screen(self, name: str) -> None:
        self._set("audience_screen", name)
