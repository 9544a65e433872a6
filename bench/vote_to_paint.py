"""Vote-to-paint benchmark: from a vote's acknowledgement to the paint that shows it.

Runs in one process, offscreen: the real voting server (127.0.0.1, port 0, a tmp
data folder, per-address caps off), the real Presentation, RoomAnimator and
AudienceWindow at 1920×1080 on the bundled deck's first poll slide. A client
thread streams votes over loopback at a fixed rate (each vote a new phone). For
every snapshot the GUI receives, its `acked_at` (perf_counter of the newest
acknowledged vote in it) is matched with the first audience-window paint whose
frame includes it. The phones run in a separate process (as real phones are not
in the presenter's process), so they do not compete for the presenter's GIL. Alongside: slide-change time (key to painted frame) while
votes arrive, and the longest UI-thread block (a 1 ms QTimer heartbeat's
lateness). Prints figures; asserts nothing.

    .venv/bin/python bench/vote_to_paint.py [--rates 200 500] [--seconds 5] [--deck DECK]
                                            [--switch-interval S]

Run it on a quiet machine: other processes competing for the CPUs show up as
UI-thread blocks and paint time.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def stream_votes(base_url: str, poll_id: str, rate: float, seconds: float, result: dict) -> None:
    """The phones: `rate` votes a second for `seconds`, each from a new phone."""
    async def main() -> None:
        choices = ("agree", "disagree", "dont-know")
        connector = aiohttp.TCPConnector(limit=64)
        async with aiohttp.ClientSession(connector=connector,
                                         cookie_jar=aiohttp.DummyCookieJar()) as session:
            async def one(i: int) -> None:
                try:
                    async with session.post(base_url + "api/vote",
                                            json={"poll": poll_id, "choice": choices[i % 3]}) as r:
                        await r.read()
                        result["ok" if r.status == 200 else "refused"] += 1
                except (aiohttp.ClientError, OSError):
                    result["failed"] += 1
            tasks = []
            start = time.perf_counter()
            total = int(rate * seconds)
            for i in range(total):
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(one(i)))
            await asyncio.gather(*tasks)
    asyncio.run(main())


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


class Probe:
    """Watches the GUI thread: snapshots in, paints out, heartbeat lateness."""

    def __init__(self, presentation, window):
        self.presentation = presentation
        self.pending: list[float] = []       # acked_at of snapshots not yet painted
        self.latencies: list[float] = []
        self.snapshots = 0
        self.paints = 0
        self.longest_block = 0.0
        self.blocks: list[float] = []       # heartbeat lateness over 16 ms
        self.paint_ms: list[float] = []
        self._window = window
        self._seen = 0.0
        presentation.bridge.snapshot_arrived.connect(self.on_snapshot)
        window.painted.connect(self.on_paint)
        self._beat = QTimer()
        self._beat.setInterval(1)
        self._clock = QElapsedTimer()
        self._beat.timeout.connect(self.on_beat)

    def start(self) -> None:
        self.pending.clear(); self.latencies.clear()
        self.snapshots = self.paints = 0
        self.longest_block = 0.0
        self.blocks.clear(); self.paint_ms.clear()
        self._clock.start()
        self._beat.start()

    def stop(self) -> None:
        self._beat.stop()

    def on_beat(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        late = elapsed - 1.0
        self.longest_block = max(self.longest_block, late)
        if late > 16:
            self.blocks.append(late)

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


def wait(app: QApplication, condition, timeout_s: float) -> bool:
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


def slide_change_ms(app, presentation, window, target: int) -> float:
    """From go_to() to the end of the paint that shows the new slide."""
    painted = []
    window.painted.connect(painted.append)
    started = time.perf_counter()
    presentation.go_to(target)
    wait(app, lambda: bool(painted), 2)
    window.painted.disconnect(painted.append)
    return (painted[0] - started) * 1000 if painted else float("nan")


def run_rate(app, presentation, window, probe, poll, rate, seconds) -> None:
    poll_slide = poll.slide
    presentation.go_to(poll_slide)
    presentation.set_poll_open(True)
    wait(app, lambda: presentation.tally(poll.id) is not None and presentation.tally(poll.id).open, 5)
    probe.start()
    client = subprocess.Popen([sys.executable, __file__, "--phones", presentation.join.url,
                               poll.id, str(rate), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    # Mid-stream: step off and back onto the poll slide, timing each change.
    changes = []
    wait(app, lambda: False, seconds / 2)
    neighbour = poll_slide + 1 if poll_slide < presentation.slide_count else poll_slide - 1
    changes.append(slide_change_ms(app, presentation, window, neighbour))
    wait(app, lambda: False, 0.2)
    changes.append(slide_change_ms(app, presentation, window, poll_slide))
    presentation.set_poll_open(True)        # leaving closed it (close_on_leave)
    wait(app, lambda: client.poll() is not None, seconds + 30)
    result = json.loads(client.communicate()[0])
    wait(app, lambda: not presentation.animator.moving(), 2)
    wait(app, lambda: False, 0.2)
    probe.stop()
    lat = probe.latencies
    print(f"\n{rate:.0f} votes/s for {seconds:.0f} s: {result['ok']} acknowledged, "
          f"{result['refused']} refused (a few, while the poll was closed mid-run), "
          f"{result['failed']} failed")
    print(f"  snapshots received {probe.snapshots}, audience paints {probe.paints}")
    print(f"  vote-to-paint ms: p50 {percentile(lat, 50):.1f}  p95 {percentile(lat, 95):.1f}  "
          f"max {max(lat) if lat else float('nan'):.1f}  (n={len(lat)})")
    print(f"  slide change ms (go_to -> painted): "
          + ", ".join(f"{c:.1f}" for c in changes))
    print(f"  audience paint ms: p50 {percentile(probe.paint_ms, 50):.1f}  "
          f"p95 {percentile(probe.paint_ms, 95):.1f}  max {max(probe.paint_ms, default=0):.1f}")
    print(f"  longest UI-thread block ms: {probe.longest_block:.1f}; blocks over 16 ms: "
          f"{len(probe.blocks)} " + str(sorted((round(b) for b in probe.blocks), reverse=True)[:8]))


def phones_main(argv: list[str]) -> int:
    """`--phones URL POLL RATE SECONDS`: the client process; prints its counts as JSON."""
    url, poll_id, rate, seconds = argv
    result = {"ok": 0, "refused": 0, "failed": 0}
    stream_votes(url, poll_id, float(rate), float(seconds), result)
    print(json.dumps(result))
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--phones"]:
        return phones_main(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=float, nargs="+", default=[200, 500])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--deck")
    parser.add_argument("--switch-interval", type=float, metavar="S",
                        help="sys.setswitchinterval for the run (Python's default: 0.005), "
                             "to see how GIL hand-over between the GUI and server threads matters")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

    from presenter.deck.parser import load_deck
    from presenter.paths import BUNDLED_DECK
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.presentation import Presentation
    from server.api import ServerConfig

    app = QApplication.instance() or QApplication(["vote_to_paint"])
    deck = load_deck(Path(args.deck) if args.deck else BUNDLED_DECK)
    if not deck.polls:
        print("the deck has no poll; pass --deck with one", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as data:
        config = ServerConfig(host="127.0.0.1", port=0, data_dir=Path(data), new_session=True,
                              max_voters_per_address=0, max_requests_per_second=0)
        presentation = Presentation(deck, SlideRenderer(deck), config)
        if not presentation.start_server():
            return 1
        window = AudienceWindow(presentation)
        window.resize(1920, 1080)
        window.show()
        probe = Probe(presentation, window)
        wait(app, lambda: window.paint_count > 0, 5)
        baseline = [slide_change_ms(app, presentation, window, n)
                    for n in (2, 3, 2, 1)]
        print(f"deck {deck.path.name}: {len(deck.slides)} slides, poll '{deck.polls[0].id}' "
              f"on slide {deck.polls[0].slide}; window 1920x1080 offscreen")
        print("baseline slide change ms (no votes): " + ", ".join(f"{c:.1f}" for c in baseline))
        try:
            for i, rate in enumerate(args.rates):
                run_rate(app, presentation, window, probe, deck.polls[i % len(deck.polls)],
                         rate, args.seconds)
        finally:
            presentation.shutdown()
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
