"""The one door from the server thread into the GUI thread.

`ServerBridge` is created on the GUI thread. The voting server calls its
callbacks on the server's own thread; they do nothing but emit a signal, which
Qt queues to the receivers living on the GUI thread. Only immutable values cross:
a frozen `TallySnapshot`, a frozen `ControlEvent` or a `str`.

It must never touch a widget: it is a post box, not a controller.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ServerBridge(QObject):
    """Turns the server's thread callbacks into queued Qt signals."""

    # payload: server.api.TallySnapshot (frozen), taken after a commit
    snapshot_arrived = Signal(object)
    # payload: a server.api.ServerError: str() says what failed and what to do next,
    # `reason` lets the console say it in the speaker's language
    server_failed = Signal(object)
    # payload: common.values.ControlEvent (frozen): the control API moved the talk
    control_arrived = Signal(object)

    def on_snapshot(self, snapshot) -> None:
        """Called on the server thread; emits, Qt queues it to the GUI thread."""
        self.snapshot_arrived.emit(snapshot)

    def on_failure(self, error) -> None:
        """Called on the server thread when the server stopped on its own."""
        from server.api import ServerError

        self.server_failed.emit(error if isinstance(error, ServerError) else ServerError(str(error)))

    def on_control(self, event) -> None:
        """Called on the server thread after the control API changed the slide or a poll."""
        self.control_arrived.emit(event)
