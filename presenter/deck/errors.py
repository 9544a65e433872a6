"""Deck errors: one sentence a person can act on, with file and line."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from common.words import Phrase


class DeckError(Exception):
    """A deck that cannot be shown. str() is `file:line: what was expected`."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class DeckWarning:
    """Something in a deck that shows, but probably not as meant (an empty slide, a
    `{{placeholder}}` left in). `check` prints them; `check --strict` fails on them;
    the app lists them for the speaker (presenter/ui/console/deck_warnings.py).

    Worded as the server's failures are: `key` picks the `deck.<key>` sentence of
    common.words and `values` fill it (a value may be a Phrase: a reason said inside
    it), so the app says it in the speaker's language; `message` is the English one,
    from the same table, for the terminal and `check --json`."""

    path: Path
    line: int | None
    key: str
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, path: Path, line: int | None, key: str, **values: object) -> DeckWarning:
        return cls(path, line, key, tuple(values.items()))

    @property
    def phrase(self) -> Phrase:
        return Phrase("deck." + self.key, self.values)

    @property
    def message(self) -> str:
        return self.phrase.say("en")

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"
