"""Vote-to-paint benchmark: from a vote's acknowledgement to the paint that shows it.

Runs in one process, offscreen: the real voting server (127.0.0.1, port 0, a tmp
data folder, per-address caps off), the real ShowController, RoomAnimator and
AudienceWindow at 1920×1080 on the bundled deck's first poll slide. A client
thread streams votes over loopback at a fixed rate (each vote a new phone). For
every snapshot the GUI receives, its `acked_at` (perf_counter of the newest
acknowledged vote in it) is matched with the first audience-window paint whose
frame includes it. The phones run in a separate process (as real phones are not
in the presenter's process), so they do not compete for the presenter's GIL.
Alongside: slide-change time (key to painted frame) while votes arrive, and the
longest UI-thread block (a 1 ms QTimer heartbeat's lateness), split into the UI
thread's own CPU time, time waiting for a CPU and time asleep (the GIL), and each
thread's CPU time (bench/ui_probe.py). Each rate runs `--runs` times and the
medians are printed beside baselines measured in the same process: a blank frame's
paint, a static slide's paint and a slide change with no votes arriving.
Prints figures and the load average; asserts nothing.

    .venv/bin/python bench/vote_to_paint.py [--rates 200 500] [--seconds 5] [--runs 3]
                                            [--deck DECK] [--switch-interval S]

Run it on a quiet machine: other processes competing for the CPUs show up as
UI-thread blocks ("waiting for a CPU") and paint time.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.ui_probe import Probe, ThreadClock, WorkLog  # noqa: E402
from loadtest.figures import percentile  # noqa: E402  (one arithmetic for every bench


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


CHECK_MS = 2            # how often `wait` checks its condition


def wait(app: QApplication, condition, timeout_s: float) -> bool:
    """Run Qt's own event loop, as the app does (`app.exec()`), until `condition()` holds
    (checked every CHECK_MS) or `timeout_s` passes. A loop of `processEvents()` and a 1 ms
    sleep, as this was until session 7, gave the GIL away and took it back a thousand
    times a second, and each take could wait for another thread's 5 ms switch interval:
    the GUI thread's stalls it measured were partly its own."""
    if condition():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(CHECK_MS)
    check.timeout.connect(lambda: condition() and loop.quit())
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start(max(1, round(timeout_s * 1000)))
    loop.exec()
    check.stop()
    deadline.stop()
    return bool(condition())


def slide_change_ms(app, presentation, window, target: int) -> float:
    """From go_to() to the end of the paint that shows the new slide."""
    painted = []
    window.painted.connect(painted.append)
    started = time.perf_counter()
    presentation.go_to(target)
    wait(app, lambda: bool(painted), 2)
    window.painted.disconnect(painted.append)
    return (painted[0] - started) * 1000 if painted else float("nan")


def paint_ms(app, presentation, window, slide: int, mode: str, repeat: int = 40) -> float:
    """Median time of one audience-window paint of `slide` in screen `mode` (the baselines)."""
    presentation.go_to(slide)
    presentation.set_screen_mode(mode)
    samples = []
    for _ in range(repeat):
        before = window.paint_count
        window.update()
        wait(app, lambda before=before: window.paint_count > before, 2)
        samples.append(window.last_paint_ms)
    presentation.set_screen_mode("slide")
    return statistics.median(samples)


def run_rate(app, presentation, window, probe, work, poll, rate, seconds) -> dict:
    poll_slide = poll.slide
    presentation.go_to(poll_slide)
    presentation.set_poll_open(True)
    wait(app, lambda: presentation.tally(poll.id) is not None and presentation.tally(poll.id).open, 5)
    probe.start()
    work.reset()
    clock = ThreadClock()
    load_before = os.getloadavg()[0]
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
    cpu = clock.since_start()
    lat = probe.latencies
    late, b_cpu, b_queue, b_wait = probe.block_split()
    return dict(
        ok=result["ok"], refused=result["refused"], failed=result["failed"],
        snapshots=probe.snapshots, paints=probe.paints, n=len(lat),
        p50=percentile(lat, 50), p95=percentile(lat, 95), max=max(lat, default=float("nan")),
        change_off=changes[0], change_on=changes[1],
        paint_p50=percentile(probe.paint_ms, 50), paint_p95=percentile(probe.paint_ms, 95),
        paint_max=max(probe.paint_ms, default=0.0),
        block=probe.longest_block, blocks=len(probe.blocks),
        block_cpu=b_cpu, block_queue=b_queue, block_wait=b_wait, block_late=late,
        cpu=cpu, load=(load_before + os.getloadavg()[0]) / 2, slow=work.summary())


def print_run(rate: float, seconds: float, r: dict) -> None:
    print(f"  {rate:.0f}/s: acked {r['ok']} refused {r['refused']} failed {r['failed']} | "
          f"v2p p50 {r['p50']:.1f} p95 {r['p95']:.1f} max {r['max']:.1f} (n={r['n']}) | "
          f"paint p50 {r['paint_p50']:.1f} p95 {r['paint_p95']:.1f} max {r['paint_max']:.1f} | "
          f"change {r['change_off']:.1f}/{r['change_on']:.1f} | "
          f"block max {r['block']:.1f}, {r['blocks']} over 16 ms | load {r['load']:.1f}")


def print_summary(rate: float, seconds: float, runs: list[dict], base: dict) -> None:
    med = {k: statistics.median(r[k] for r in runs)
           for k in runs[0] if isinstance(runs[0][k], (int, float))}
    blank = base["blank_paint"]
    print(f"\n{rate:.0f} votes/s for {seconds:.0f} s, median of {len(runs)} runs "
          f"(load average {med['load']:.1f} on {os.cpu_count()} CPUs):")
    print(f"  acknowledged {med['ok']:.0f}, refused {med['refused']:.0f} (while the poll was "
          f"closed by the mid-run slide change), failed {med['failed']:.0f}; "
          f"snapshots {med['snapshots']:.0f}, paints {med['paints']:.0f}")
    print(f"  vote-to-paint ms: p50 {med['p50']:.1f}  p95 {med['p95']:.1f}  max {med['max']:.1f}"
          f"   (target p95 < 100)")
    print(f"  audience paint ms: p50 {med['paint_p50']:.2f}  p95 {med['paint_p95']:.2f}  "
          f"max {med['paint_max']:.1f}; p50 = {med['paint_p50'] / blank:.1f}x a blank frame "
          f"({blank:.2f} ms)")
    print(f"  slide change ms (go_to -> painted): off the poll {med['change_off']:.1f}, back "
          f"{med['change_on']:.1f}; = {med['change_off'] / base['change']:.1f}x / "
          f"{med['change_on'] / base['change']:.1f}x the change with no votes "
          f"({base['change']:.1f} ms)   (target <= 16.7)")
    print(f"  longest UI-thread block ms: {med['block']:.1f}; blocks over 16 ms: "
          f"{med['blocks']:.0f}   (target: none)")
    if med["block_late"] > 0 and not math.isnan(med["block_cpu"]):
        print(f"    inside those blocks: UI thread on a CPU {med['block_cpu']:.0f} ms, waiting for "
              f"a CPU (machine busy) {med['block_queue']:.0f} ms, asleep (GIL held by another "
              f"thread, or idle) {med['block_wait']:.0f} ms")
    names = sorted({n for r in runs for n in r["cpu"]})
    cpu = {n: statistics.median(r["cpu"].get(n, 0.0) for r in runs) for n in names}
    shown = ", ".join(f"{n} {ms:.0f}" for n, ms in sorted(cpu.items(), key=lambda kv: -kv[1])
                      if ms >= 1)
    slow: dict[str, list] = {}
    for r in runs:
        for kind, count, longest in r["slow"]:
            entry = slow.setdefault(kind, [0, 0.0])
            entry[0] += count
            entry[1] = max(entry[1], longest)
    if slow:
        print("  work over 8 ms, all runs (kind: count, longest ms): " + "; ".join(
            f"{k}: {n}, {ms:.1f}" for k, (n, ms) in sorted(slow.items(), key=lambda kv: -kv[1][0])))
    else:
        print("  work over 8 ms, all runs: none")
    print(f"  CPU ms by thread over the run (~{seconds + 1:.0f} s): {shown}")


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
    parser.add_argument("--runs", type=int, default=3, help="runs per rate; medians are printed")
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
    from presenter.ui.collector import freeze_startup_objects
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    app = QApplication.instance() or QApplication(["vote_to_paint"])
    work = WorkLog()
    work.instrument()           # before the window and animator exist: Qt keeps their slots
    deck = load_deck(Path(args.deck) if args.deck else BUNDLED_DECK)
    if not any(p.kind.name == "agree" for p in deck.polls):
        print("the deck has no agree poll (the phones vote agree / disagree / don't know); "
              "pass --deck with one", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as data:
        config = ServerConfig(host="127.0.0.1", port=0, data_dir=Path(data), new_session=True,
                              max_voters_per_address=0, max_requests_per_second=0)
        presentation = ShowController(deck, SlideRenderer(deck), config)
        if not presentation.start_server():
            return 1
        window = AudienceWindow(presentation)
        window.resize(1920, 1080)
        window.show()
        probe = Probe(presentation, window)
        wait(app, lambda: window.paint_count > 0, 5)
        freeze_startup_objects()        # as the app does once its first frame is out
        changes = [slide_change_ms(app, presentation, window, n) for n in (2, 3, 2, 1, 2, 3, 2, 1)]
        # Agree polls only: the phones vote agree / disagree / don't know (the bundled
        # talk's first poll is a word cloud, which refused every vote of the first rate).
        agree = [p for p in deck.polls if p.kind.name == "agree"]
        poll = agree[0]
        base = dict(change=statistics.median(changes),
                    blank_paint=paint_ms(app, presentation, window, 1, "black"),
                    title_paint=paint_ms(app, presentation, window, 1, "slide"),
                    poll_paint=paint_ms(app, presentation, window, poll.slide, "slide"))
        print(f"deck {deck.path.name}: {len(deck.slides)} slides, poll '{poll.id}' on slide "
              f"{poll.slide}; window 1920x1080 offscreen; load average "
              + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs")
        print(f"baselines, no votes (median ms): blank frame paint {base['blank_paint']:.2f}, "
              f"title slide paint {base['title_paint']:.2f}, poll slide paint "
              f"{base['poll_paint']:.2f}, slide change {base['change']:.1f}")
        try:
            for i, rate in enumerate(args.rates):
                runs = []
                for _ in range(args.runs):
                    runs.append(run_rate(app, presentation, window, probe, work,
                                         agree[i % len(agree)], rate, args.seconds))
                    print_run(rate, args.seconds, runs[-1])
                print_summary(rate, args.seconds, runs, base)
        finally:
            presentation.shutdown()
            window.close()
    print("load average at the end: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
