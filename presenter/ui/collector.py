"""Keep Python's garbage collector from dropping frames during a talk.

No Qt here: the app and the vote-to-paint benchmark call it alike.
"""
from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Move everything alive after start-up out of the garbage collector's sight.

    The deck, the renderer, Qt's wrappers and the imported modules live as long as
    the talk, yet every full collection walked them all: 15-25 ms on the UI thread
    of a 2-core machine, a dropped frame in the middle of a vote. Frozen, a full
    collection during the talk took about 5 ms (bench/vote_to_paint.py).
    """
    gc.collect()
    gc.freeze()
