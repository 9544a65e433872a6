"""Deck errors: one sentence a person can act on, with file and line."""
from __future__ import annotations

from pathlib import Path


class DeckError(Exception):
    """A deck that cannot be shown. str() is `file:line: what was expected`."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {message}")
