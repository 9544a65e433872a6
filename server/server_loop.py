"""ServerLoop: the voting server's asyncio loop, and the one door into it from any thread.

The GUI thread (and `votedeck serve`, and the console's worker threads) drive the
talk while the loop runs on a thread of its own. Every such call has to do the
same three things: do nothing before the loop exists or once a stop was asked for,
hand the callback over with `call_soon_threadsafe`, and swallow the RuntimeError
of a loop that closed in between. Written once here, so that VotingServer's
methods say what they do and not how they reach the loop. The loop is made, run
and closed here too (on the server thread), so that one object knows its state.

The tasks it starts on the loop are kept (a task nobody holds may be collected
mid-run) and cancelled together at shutdown; a task that fails is logged, never
raised into the loop.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from server.quiet_log import quiet_loop_errors

log = logging.getLogger(__name__)


class ServerLoop:
    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.stopping = False
        self._tasks: set[asyncio.Task] = set()

    # ------------------------------------------------------------ on the server thread

    def open(self) -> asyncio.AbstractEventLoop:
        """A new loop, current on this thread; accept errors are logged quietly (quiet_log)."""
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(quiet_loop_errors)
        asyncio.set_event_loop(loop)
        self.loop = loop
        return loop

    def run_until_stopped(self) -> None:
        """Run the loop until stop() (or its own death, which is logged)."""
        try:
            self.loop.run_forever()
        except Exception:  # noqa: BLE001
            log.exception("the voting server's loop failed")

    def close(self) -> None:
        """After the shutdown: async generators finished, the loop closed."""
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def spawn(self, make_coroutine: Callable[[], Awaitable[object]]) -> None:
        """On the loop: start `make_coroutine()` as a task that is kept until it ends."""
        task = asyncio.get_running_loop().create_task(make_coroutine())
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def cancel_all(self) -> None:
        """On the loop, at shutdown: cancel every task still running."""
        for task in list(self._tasks):
            task.cancel()

    # ------------------------------------------------------------ from any thread

    def soon(self, callback: Callable[..., object], *args: object) -> None:
        """From any thread: `callback(*args)` on the loop; nothing once the loop is gone."""
        loop = self.loop
        if loop is None or self.stopping:
            return
        try:
            loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:
            pass                # the loop is already closed

    def run(self, make_coroutine: Callable[[], Awaitable[object]]) -> None:
        """From any thread: the coroutine `make_coroutine()` as a task on the loop."""
        self.soon(self.spawn, make_coroutine)

    def stop(self) -> None:
        """From any thread: no more calls get through, and the loop stops. Idempotent."""
        self.stopping = True
        loop = self.loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(loop.stop)
            except RuntimeError:
                pass            # the loop is already closed

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("%s", task.exception())
