"""Cold start: from the command to the server answering, and (later) to the first slide.

`serve_ready_s` times `python -m presenter serve` until /healthz answers. The GUI's
cold start to the first slide shown is measured by the presenter's owner:
`gui_first_slide_s` is the hook for it, and returns None until it is filled in
(bench/run.py then prints "not measured here").
"""
from __future__ import annotations

from bench.procs import Server


def serve_ready_s() -> float:
    server = Server.votedeck()
    try:
        server.start()
        return server.ready_after_s
    finally:
        server.stop()


def gui_first_slide_s() -> float | None:
    """Seconds from `votedeck DECK` to the first slide painted; None: not measured here yet."""
    return None
