"""spawn_child: a helper process and the one pipe to it, started the one way votedeck does.

Spawned, never forked: the parent runs Qt's threads (and the render worker's), and a
forked child would inherit locks that another thread of the parent held. Daemonic: the
child is ended when the parent's interpreter exits. The packaged app starts a child by
running itself (`multiprocessing.freeze_support()` in presenter/__main__.py).

Used for the word cloud's layouts (presenter/render/cloud/apart.py) and the voting
server (server/apart.py). Standard library only.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess


def spawn_child(target: Callable[[Connection], None], name: str) -> tuple[BaseProcess, Connection]:
    """Start `target(its end of the pipe)` in a new process; (the process, our end).
    OSError (or RuntimeError, ValueError) when the process cannot be started."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=True)
    process = context.Process(target=target, args=(theirs,), daemon=True, name=name)
    try:
        process.start()
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()          # the child has its own end now
    return process, ours
