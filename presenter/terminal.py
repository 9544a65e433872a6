"""What votedeck tells the user on the terminal: one sentence a line on stderr.

The commands and the presenter app both speak through `say`, so every sentence
reaches the terminal the same way (flushed at once, so it is not lost when the
program stops or a service manager reads the stream line by line).
"""
from __future__ import annotations

import sys

PROGRAM_PREFIX = "votedeck: "


def say(sentence: str, *, named: bool = False) -> None:
    """Print `sentence` on stderr. `named` starts it with "votedeck: ": the presenter's
    lines share the terminal with Qt's own messages, so they say whose they are."""
    print(f"{PROGRAM_PREFIX if named else ''}{sentence}", file=sys.stderr, flush=True)
