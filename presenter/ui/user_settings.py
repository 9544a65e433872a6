"""What the presenter chose, remembered per user between runs: the recent decks
and the last session name (the municipality the talk is given in).

Stored with QSettings in the user's profile (the registry on Windows, a plist on
macOS, ~/.config/votedeck/votedeck.ini on Linux), never in the repository or the
app folder. Tests pass their own QSettings on a file in a temp folder.
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

    @property
    def recent_decks(self) -> list[Path]:
        """Most recent first; decks that no longer exist are left out."""
        value = self.store.value("recent_decks", [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(name) for name in names if Path(name).is_file()]

    def remember_deck(self, path: Path) -> None:
        path = Path(path).resolve()
        others = [p for p in self.recent_decks if p.resolve() != path]
        self.store.setValue("recent_decks", [str(p) for p in [path, *others][:MAX_RECENT]])
        self.store.sync()

    @property
    def last_session_name(self) -> str:
        return str(self.store.value("last_session_name", "") or "")

    @last_session_name.setter
    def last_session_name(self, name: str) -> None:
        self.store.setValue("last_session_name", name.strip())
        self.store.sync()
