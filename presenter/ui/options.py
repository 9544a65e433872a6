"""What the presenter's windows are asked to do, as one frozen value.

The command line (`presenter/commands/present.py`) builds a `PresenterOptions`
from its arguments; the app (`presenter/ui/app.py`) and the console read only
this and the server's `ServerConfig`, never an argparse namespace.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PresenterOptions:
    deck: Path | None = None        # None: the bundled talk
    screen: int | None = None       # the audience screen, 1-based; None: the second one when there is one
    windowed: bool = False          # a normal window instead of full-screen
    console: bool = True            # open the presenter console beside the audience window
    watch: bool = True              # reload the deck when its file (or a PDF it shows) is saved
