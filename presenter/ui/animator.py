"""Coalesces the server's tally snapshots into smooth bar animation frames.

The server may send hundreds of snapshots a second; the room needs at most ~30
frames a second. `RoomAnimator` keeps only the newest snapshot, eases each bar
from where it is drawn now to its new count (ease-out over ~250 ms), and emits
`frame` from a ~33 ms timer that runs only while something is still moving.
A snapshot arriving after a quiet spell is shown at once (the next event-loop
turn), so a single vote does not wait a whole timer period.

Lives on the GUI thread. Must not import widgets or the renderer, nor call the
server: it turns values into values.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

FRAME_MS = 33            # ~30 frames a second at most
DURATION_S = 0.25        # how long a bar takes to reach a new count


def ease_out(t: float) -> float:
    """Cubic ease-out on 0..1: fast at first, so a new vote shows at once."""
    t = min(max(t, 0.0), 1.0)
    return 1.0 - (1.0 - t) ** 3


class _Bar:
    """One option's drawn count moving towards its target."""

    __slots__ = ("start", "target", "began")

    def __init__(self, value: float):
        self.start = value
        self.target = value
        self.began = 0.0

    def value(self, now: float) -> float:
        if self.start == self.target:
            return self.target
        t = (now - self.began) / DURATION_S
        if t >= 1.0:
            self.start = self.target
            return self.target
        return self.start + (self.target - self.start) * ease_out(t)

    def retarget(self, target: float, now: float) -> None:
        if target == self.target:
            return
        self.start = self.value(now)
        self.target = float(target)
        self.began = now


class RoomAnimator(QObject):
    """Newest snapshot in, at most ~30 animated frames a second out."""

    # no payload: read `counts()` / `frame_snapshot` in the slot
    frame = Signal()

    def __init__(self, parent: QObject | None = None, clock=time.perf_counter):
        super().__init__(parent)
        self._clock = clock
        self._bars: dict[str, dict[str, _Bar]] = {}
        self.latest = None              # newest TallySnapshot received
        self.frame_snapshot = None      # the snapshot the last emitted frame moves towards
        self.frames = 0                 # frames emitted (tests and the benchmark read it)
        self._last_frame = -1.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._tick)

    # ------------------------------------------------------------ input

    @Slot(object)
    def push(self, snapshot) -> None:
        """Take a new snapshot; nothing is painted until the next frame."""
        self.latest = snapshot
        now = self._clock()
        for tally in snapshot.polls:
            bars = self._bars.setdefault(tally.poll_id, {})
            for option_id, count in tally.counts:
                bar = bars.get(option_id)
                if bar is None:
                    # First sight of a poll (start, or returning after a restart):
                    # grow from zero so the room sees the results so far arrive.
                    bar = bars[option_id] = _Bar(0.0)
                bar.retarget(float(count), now)
        self._schedule(now)

    def jump(self) -> None:
        """Skip the animation: every bar at its target (a slide change shows results so far)."""
        for bars in self._bars.values():
            for bar in bars.values():
                bar.start = bar.target
        self._emit(self._clock())

    # ------------------------------------------------------------ output

    def counts(self, poll_id: str) -> dict[str, float]:
        """The counts as drawn now (fractional while moving)."""
        now = self._clock()
        return {o: bar.value(now) for o, bar in self._bars.get(poll_id, {}).items()}

    def moving(self) -> bool:
        now = self._clock()
        return any(bar.value(now) != bar.target
                   for bars in self._bars.values() for bar in bars.values())

    # ------------------------------------------------------------ timing

    def _schedule(self, now: float) -> None:
        if self._timer.isActive():
            return                       # the running timer picks it up: coalesced
        if now - self._last_frame >= FRAME_MS / 1000:
            self._soon.start(0)          # quiet until now: show it on the next loop turn
        else:
            self._timer.start()

    @Slot()
    def _tick(self) -> None:
        now = self._clock()
        self._emit(now)
        if self.moving():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()           # nothing moves: no timer, no repaint

    def _emit(self, now: float) -> None:
        self._last_frame = now
        self.frame_snapshot = self.latest
        self.frames += 1
        self.frame.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
