"""What votedeck tells the user on the terminal: one sentence a line on stderr.

The commands and the presenter app both speak through `say`, so every sentence
reaches the terminal the same way (flushed at once, so it is not lost when the
program stops or a service manager reads the stream line by line), and load a
deck through `load_deck_or_say`, so a bad deck is the same one sentence everywhere.
"""
from __future__ import annotations

import sys
from pathlib import Path

PROGRAM_PREFIX = "votedeck: "


def say(sentence: str, *, named: bool = False) -> None:
    """Print `sentence` on stderr. `named` starts it with "votedeck: ": the presenter's
    lines share the terminal with Qt's own messages, so they say whose they are."""
    print(f"{PROGRAM_PREFIX if named else ''}{sentence}", file=sys.stderr, flush=True)


def load_deck_or_say(path: Path | str, *, named: bool = False):
    """The deck at `path`, or None after saying why it cannot be shown: the deck
    reader's own `file:line: what was expected` sentence (a file that cannot be read
    is one too)."""
    from presenter.deck.errors import DeckError
    from presenter.deck.parser import load_deck
    try:
        return load_deck(path)
    except DeckError as error:
        say(str(error), named=named)
        return None
