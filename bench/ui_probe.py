"""What the GUI thread did during a vote stream: latency, paints, blocks and why they blocked.

`Probe` watches one `Presentation` + `AudienceWindow` (snapshots in, paints out,
a 1 ms heartbeat whose lateness is a UI-thread block). For every block over
16 ms it splits the time, from Linux's per-thread scheduler statistics, into
  cpu    the UI thread was running (our own Python/Qt work),
  queue  it was runnable but the OS ran something else (the machine is busy),
  wait   it was asleep: waiting for the GIL (held by the server thread) or idle.
`ThreadClock` reads every thread's CPU time, so a run says how much of the
process's CPU the server and store threads took next to the UI thread.
Linux only for the split; elsewhere those columns are empty. Bench code: imports
nothing of votedeck.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer


def _schedstat(tid: int) -> tuple[float, float] | None:
    """(ms on a CPU, ms runnable but waiting for a CPU) of thread `tid`, or None."""
    try:
        run_ns, queue_ns, _slices = Path(f"/proc/self/task/{tid}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(run_ns) / 1e6, int(queue_ns) / 1e6


class ThreadClock:
    """CPU ms per thread of this process (Python threads by name, Qt's by their OS name)."""

    def __init__(self):
        self._start = self._read()

    @staticmethod
    def _read() -> dict[str, float]:
        names = {t.native_id: t.name for t in threading.enumerate()}
        out: dict[str, float] = {}
        for task in Path("/proc/self/task").glob("*"):
            stat = _schedstat(int(task.name))
            if stat is None:
                continue
            try:
                comm = (task / "comm").read_text().strip()
            except OSError:
                comm = "?"
            name = names.get(int(task.name), f"{comm} (not Python)")
            out[name] = out.get(name, 0.0) + stat[0]
        return out

    def since_start(self) -> dict[str, float]:
        now = self._read()
        return {name: ms - self._start.get(name, 0.0) for name, ms in now.items()}


class Probe:
    """Watches the GUI thread: snapshots in, paints out, heartbeat lateness."""

    def __init__(self, presentation, window):
        self.presentation = presentation
        self.pending: list[float] = []       # acked_at of snapshots not yet painted
        self.latencies: list[float] = []
        self.snapshots = 0
        self.paints = 0
        self.longest_block = 0.0
        self.blocks: list[tuple[float, float, float, float]] = []   # (late, cpu, queue, wait) ms
        self.paint_ms: list[float] = []
        self._window = window
        self._seen = 0.0
        self._tid = threading.get_native_id()
        self._sched = _schedstat(self._tid)
        presentation.bridge.snapshot_arrived.connect(self.on_snapshot)
        window.painted.connect(self.on_paint)
        self._beat = QTimer()
        self._beat.setInterval(1)
        self._clock = QElapsedTimer()
        self._beat.timeout.connect(self.on_beat)

    def start(self) -> None:
        self.pending.clear()
        self.latencies.clear()
        self.snapshots = self.paints = 0
        self.longest_block = 0.0
        self.blocks.clear()
        self.paint_ms.clear()
        self._sched = _schedstat(self._tid)
        self._clock.start()
        self._beat.start()

    def stop(self) -> None:
        self._beat.stop()

    def on_beat(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        sched = _schedstat(self._tid)
        late = elapsed - 1.0
        self.longest_block = max(self.longest_block, late)
        if late > 16:
            cpu = queue = float("nan")
            if sched is not None and self._sched is not None:
                cpu, queue = sched[0] - self._sched[0], sched[1] - self._sched[1]
            self.blocks.append((late, cpu, queue, max(0.0, elapsed - cpu - queue)))
        self._sched = sched

    def on_snapshot(self, snapshot) -> None:
        self.snapshots += 1
        if snapshot.acked_at > self._seen:
            self._seen = snapshot.acked_at
            self.pending.append(snapshot.acked_at)

    def on_paint(self, painted_at: float) -> None:
        self.paints += 1
        self.paint_ms.append(self._window.last_paint_ms)
        shown = self.presentation.animator.frame_snapshot
        if shown is None:
            return
        keep = []
        for acked in self.pending:
            if acked <= shown.acked_at:
                self.latencies.append((painted_at - acked) * 1000)
            else:
                keep.append(acked)
        self.pending = keep

    def block_split(self) -> tuple[float, float, float, float]:
        """Summed (late, cpu, queue, wait) ms over the blocks longer than 16 ms."""
        sums = [0.0, 0.0, 0.0, 0.0]
        for block in self.blocks:
            for i, v in enumerate(block):
                sums[i] += v
        return tuple(sums)
