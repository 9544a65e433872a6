"""ServerLoop: calls from any thread reach the loop while it runs, and are dropped
(never raised) before it exists, after a stop was asked for, or once it closed."""
from __future__ import annotations

import threading

from server.server_loop import ServerLoop


def _serve(door: ServerLoop, opened: threading.Event) -> None:
    door.open()
    opened.set()
    door.run_until_stopped()
    door.close()


def test_calls_reach_the_running_loop_and_are_dropped_around_it():
    door, seen, opened = ServerLoop(), [], threading.Event()
    door.soon(seen.append, "before")                 # no loop yet: dropped
    thread = threading.Thread(target=_serve, args=(door, opened))
    thread.start()
    opened.wait(5)
    ran = threading.Event()

    async def coroutine() -> None:
        seen.append("task")
        ran.set()

    door.soon(seen.append, "soon")
    door.run(coroutine)
    assert ran.wait(5)
    door.stop()
    thread.join(5)
    door.soon(seen.append, "after stop")            # stopping: dropped
    door.stopping = False
    door.soon(seen.append, "after close")           # the loop is closed: dropped, no error
    assert not thread.is_alive() and seen == ["soon", "task"]
