"""What the GUI thread did during a vote stream: latency, paints, blocks and why they blocked.

`Probe` watches one `ShowController` + `AudienceWindow` (snapshots in, paints out,
a 1 ms heartbeat whose lateness is a UI-thread block). For every block over
16 ms it splits the time, from Linux's per-thread scheduler statistics, into
  cpu    the UI thread was running (our own Python/Qt work),
  queue  it was runnable but the OS ran something else (the machine is busy),
  wait   it was asleep: waiting for the GIL (held by the server thread) or idle.
`ThreadClock` reads every thread's CPU time, so a run says how much of the
process's CPU the server and store threads took next to the UI thread.
`WorkLog` times the UI-thread work itself (paints, renders, layer builds, animator
frames) and keeps what took over 8 ms, so a block can be put down to its cause.
Linux only for the split; elsewhere those columns are empty. Bench code: imports
votedeck only inside `WorkLog.instrument()`.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer


def _schedstat(tid: int) -> tuple[float, float] | None:
    """(ms on a CPU, ms runnable but waiting for a CPU) of thread `tid`, or None."""
    try:
        return _parse(Path(f"/proc/self/task/{tid}/schedstat").read_bytes())
    except OSError:
        return None


def _parse(raw: bytes) -> tuple[float, float] | None:
    try:
        run_ns, queue_ns, _slices = raw.split()
    except ValueError:
        return None
    return int(run_ns) / 1e6, int(queue_ns) / 1e6


class _OwnSchedstat:
    """The GUI thread's schedstat, read at every 1 ms beat from a file kept open: opening
    it each time cost ~0.13 ms a beat, 13 % of the GUI thread the probe is there to watch."""

    def __init__(self, tid: int):
        try:
            self._fd = os.open(f"/proc/self/task/{tid}/schedstat", os.O_RDONLY)
        except OSError:
            self._fd = None

    def read(self) -> tuple[float, float] | None:
        if self._fd is None:
            return None
        try:
            return _parse(os.pread(self._fd, 128, 0))
        except OSError:
            return None


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
        self.lateness: list[float] = []     # every heartbeat's lateness, ms (for percentiles)
        self.blocks: list[tuple[float, float, float, float]] = []   # (late, cpu, queue, wait) ms
        self.paint_ms: list[float] = []
        self._window = window
        self._seen = 0.0
        self._own = _OwnSchedstat(threading.get_native_id())
        self._sched = self._own.read()
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
        self.lateness.clear()
        self.blocks.clear()
        self.paint_ms.clear()
        self._sched = self._own.read()
        self._clock.start()
        self._beat.start()

    def stop(self) -> None:
        self._beat.stop()

    def on_beat(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        sched = self._own.read()
        late = elapsed - 1.0
        self.lateness.append(late)
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


class WorkLog:
    """Times the work that could block the UI thread: every paint, slide render, static-layer
    build, scene layout, animator frame and snapshot (on a worker thread: marked so), by
    patching those functions on their classes and modules (bench only: call `instrument()`
    before the objects are built, since Qt keeps
    the bound slots it was given). Work over `slow_ms` is kept with its kind; nested
    work (a layer build inside a paint) is logged at both levels."""

    def __init__(self, slow_ms: float = 8.0):
        self.slow_ms = slow_ms
        self.slow: list[tuple[str, float, float]] = []     # (kind, started, ms)
        self._main = threading.get_ident()

    def instrument(self) -> None:
        from presenter.render import layers
        from presenter.render.cache import SlideCache
        from presenter.render.renderer import SlideRenderer
        from presenter.ui.animator import RoomAnimator
        from presenter.ui.audience_window import AudienceWindow
        from presenter.ui.show_controller import ShowController
        for owner, name, kind in (
                (AudienceWindow, "paintEvent", "paint"),
                (AudienceWindow, "_prerender_one", "prerender (idle, UI thread)"),
                (AudienceWindow, "_plan_renders", "render plan"),
                (AudienceWindow, "_adopt", "adopt a worker image"),
                (SlideCache, "image", "slide render into the cache"),
                (SlideRenderer, "render_image", "whole slide render"),
                (layers, "render_layer", "static layer build"),
                (SlideRenderer, "_build", "scene layout"),
                (RoomAnimator, "_tick", "animator frame"),
                (ShowController, "_on_snapshot", "snapshot in"),
                (ShowController, "go_to", "go_to (server call)")):
            if hasattr(owner, name):
                setattr(owner, name, self._timed(getattr(owner, name), kind))

    def _timed(self, fn, kind: str):
        log = self

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                ms = (time.perf_counter() - started) * 1000
                if ms > log.slow_ms:
                    where = "" if threading.get_ident() == log._main else " [worker]"
                    log.slow.append((kind + where, started, ms))
        timed.__name__ = getattr(fn, "__name__", kind)
        return timed

    def reset(self) -> None:
        self.slow.clear()

    def summary(self) -> list[tuple[str, int, float]]:
        """(kind, how many over slow_ms, longest ms), most frequent first."""
        kinds: dict[str, list[float]] = {}
        for kind, _started, ms in self.slow:
            kinds.setdefault(kind, []).append(ms)
        return sorted(((k, len(v), max(v)) for k, v in kinds.items()), key=lambda r: -r[1])
