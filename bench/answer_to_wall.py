"""Answer-to-paint benchmark: from an answer's acknowledgement to the audience window's
paint that shows it on the wall and in the word cloud, at 50 answers a second, and
how long the GUI thread is blocked meanwhile.

One process, offscreen: the real voting server (127.0.0.1, port 0, a tmp data folder,
per-address caps off), the real ShowController, AudienceWindow (1920x1080) and its
render worker, on a slide whose open question shows the cloud above a row of the
newest cards (`show: both`). The phones run in a process of their own and send
answers at `--rate` a second for `--seconds`, each phone one answer of three words
from a vocabulary of ~500 (so the cloud grows to hundreds of words) and its number.
For every paint of the window the bench notes which answers it showed: on the wall,
the answers of the view it painted; in the cloud, the answers the drawn layout was
made from (the GUI thread draws the last layout there is while the render worker
makes the next). Latency is from the phone's acknowledgement to the end of the first
paint showing the answer (both clocks are CLOCK_MONOTONIC). A 1 ms QTimer on the GUI
thread measures its stalls: the longest, the p99 and how many passed 16 ms, with the
work over 8 ms that the GUI thread did (bench/ui_probe.py). Baselines, same run: the
window idle on the same slide (heartbeat only) and agree votes at the same rate to
the painted bars.

    .venv/bin/python bench/answer_to_wall.py [--rate 50] [--seconds 10] [--console]

`--console` opens the speaker's console beside the window, as in a talk (its preview of
the slide, the list of answers to moderate and the thumbnails share the GUI thread).

Prints medians, p95s, the stalls and the load average; asserts nothing.
2,000 phones upvoting: bench/upvote_burst.py.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cloud_bench import distinct_words  # noqa: E402
from bench.ui_probe import Probe, ThreadClock, WorkLog  # noqa: E402
from bench.vote_to_paint import wait  # noqa: E402
from loadtest.figures import percentile  # noqa: E402

DECK = """---
title: Answers
language: da
---

# Svar

---

```poll
id: base
question: Samarbejde skaber innovation
```

---

## Ord

```poll
id: words
kind: open
question: Hvad forbinder I med innovation?
show: both
```
"""
AGREE_SLIDE, OPEN_SLIDE = 2, 3
LAYOUTS_NOTED = 16
VOCABULARY = [w for w, _ in distinct_words(500)]


def _body(kind: str, n: int) -> dict:
    if kind == "vote":
        return {"poll": "base", "choice": ("agree", "disagree", "dont-know")[n % 3]}
    words = (VOCABULARY[(n * 7) % 500], VOCABULARY[(n * 13 + 1) % 500], VOCABULARY[(n * 31 + 2) % 500])
    return {"poll": "words", "text": f"{' '.join(words)} {n}"}


async def _hostile(url: str, seconds: float, connections: int) -> int:
    """A hostile laptop's process: `connections` at once asking for the phone page again and
    again for `seconds` (a refusal costs the server a parse too); how many were answered."""
    import aiohttp
    answered = 0
    end = time.perf_counter() + seconds
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections),
                                     cookie_jar=aiohttp.DummyCookieJar()) as session:
        async def one() -> None:
            nonlocal answered
            while time.perf_counter() < end:
                async with session.get(url) as response:
                    await response.read()
                    answered += 1
        await asyncio.gather(*(one() for _ in range(connections)))
    return answered


async def _phones(url: str, kind: str, rate: float, seconds: float) -> dict[int, float]:
    """The phones' process: one request each, evenly spread; n -> when it was acknowledged."""
    import aiohttp
    acked: dict[int, float] = {}
    start = time.perf_counter() + 0.2
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64),
                                     cookie_jar=aiohttp.DummyCookieJar()) as session:
        async def one(n: int) -> None:
            await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
            async with session.post(f"{url}api/{'vote' if kind == 'vote' else 'answer'}", json=_body(kind, n),
                                    headers={"Cookie": f"voter=benchphone{n:012d}"}) as response:
                await response.read()
                if response.status == 200:
                    acked[n] = time.perf_counter()
        await asyncio.gather(*(one(n) for n in range(int(rate * seconds))))
    return acked


class Shown:
    """Per paint of the window: which answers it showed on the wall and in the cloud."""

    def __init__(self, presentation, window):
        from presenter.render import kind_panels
        from presenter.render.cloud.keeper import CLOUDS
        self.presentation, self.wall, self.cloud = presentation, {}, {}
        self.made_from: dict[int, tuple] = {}       # id(layout) -> (layout, its answers)
        make, draw = CLOUDS.make, kind_panels.draw_layout

        def noted_make(request):
            layout = make(request)
            self.made_from[id(layout)] = (layout, request.answers)
            # Only the last few: a scene draws one of those, and keeping every layout alive
            # gave the GUI thread's collections thousands of the bench's objects to walk.
            while len(self.made_from) > LAYOUTS_NOTED:
                del self.made_from[next(iter(self.made_from))]
            return layout

        def noted_draw(ctx, scene, box, layout):
            scene.bench_cloud = self.made_from.get(id(layout), (None, ()))[1]
            return draw(ctx, scene, box, layout)
        CLOUDS.make, kind_panels.draw_layout = noted_make, noted_draw
        window.painted.connect(self.on_paint)

    def on_paint(self, painted_at: float) -> None:
        p = self.presentation
        if p.slide != OPEN_SLIDE or p.screen_mode != "slide":
            return
        view = p.room_view(for_audience=True)
        pv = view.poll("words")
        # Newest first: the rest were noted at an earlier paint. (The bench's own work here
        # runs on the GUI thread too: it must not add a stall of its own.)
        for answer in pv.answers if pv else ():
            if self.wall.setdefault(int(answer.text.rsplit(" ", 1)[1]), painted_at) != painted_at:
                break
        for text in getattr(p.renderer.scene(p.slide, view), "bench_cloud", ()):
            if self.cloud.setdefault(int(text.rsplit(" ", 1)[1]), painted_at) != painted_at:
                break


class Collections:
    """Python's garbage collections while the phones send: how many, on which thread,
    the longest (a gen-2 pass over many objects is a stall of its own)."""

    def __init__(self):
        import gc
        import threading
        self.seen: list[tuple[str, int, float]] = []     # (thread, generation, ms)
        self._started = 0.0
        self._threading = threading
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seen.append((self._threading.current_thread().name, info["generation"],
                              (time.perf_counter() - self._started) * 1000))

    def summary(self) -> str:
        import gc
        gc.callbacks.remove(self._note)
        on_gui = [ms for name, _g, ms in self.seen if name == "MainThread"]
        elsewhere = [ms for name, _g, ms in self.seen if name != "MainThread"]
        return (f"{len(on_gui)} on the GUI thread (longest {max(on_gui, default=0.0):.1f} ms), "
                f"{len(elsewhere)} on others (longest {max(elsewhere, default=0.0):.1f} ms, the GIL held)")


def stream(app, presentation, probe, work, kind: str, rate: float, seconds: float,
           flood: int = 0) -> dict:
    """Phones send for `seconds`; the probe watches the GUI thread meanwhile. With `flood`,
    a hostile laptop keeps that many requests going at once for the same time."""
    collections = Collections()
    probe.start()
    work.reset()
    clock = ThreadClock()
    hostile = subprocess.Popen([sys.executable, __file__, "--hostile", presentation.join.url,
                                str(seconds), str(flood)],
                               stdout=subprocess.PIPE, text=True) if flood else None
    client = subprocess.Popen([sys.executable, __file__, "--phones", presentation.join.url, kind,
                               str(rate), str(seconds)], stdout=subprocess.PIPE, text=True)
    wait(app, lambda: client.poll() is not None, seconds + 60)
    acked = {int(n): t for n, t in json.loads(client.communicate()[0]).items()}
    flooded = int(hostile.communicate(timeout=60)[0]) if hostile is not None else 0
    wait(app, lambda: False, 1.0)           # the last answers reach the screen
    probe.stop()
    return {"acked": acked, "late": list(probe.lateness), "longest": probe.longest_block,
            "split": probe.block_split(),
            "blocks": len(probe.blocks), "latencies": list(probe.latencies), "slow": work.summary(),
            "paint": list(probe.paint_ms), "cpu": clock.since_start(), "gc": collections.summary(),
            "flooded": flooded}


def _figures(values: list[float]) -> str:
    if not values:
        return "n=0"
    return f"n={len(values)} median {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms"


def _stalls(name: str, run: dict) -> str:
    line = (f"  GUI thread, {name}: longest stall {run['longest']:.1f} ms, p99 lateness "
            f"{percentile(run['late'], 99):.1f} ms, stalls over 16 ms {run['blocks']}")
    if "split" in run and run["blocks"]:
        late, cpu, queue, asleep = run["split"]
        line += (f"\n    in those stalls ({late:.0f} ms): on a CPU {cpu:.0f} ms, waiting for a CPU (the "
                 f"machine busy) {queue:.0f} ms, asleep (the GIL held by another thread) {asleep:.0f} ms")
    return line


def main() -> int:
    if sys.argv[1:2] == ["--phones"]:
        url, kind, rate, seconds = sys.argv[2:6]
        print(json.dumps(asyncio.run(_phones(url, kind, float(rate), float(seconds)))))
        return 0
    if sys.argv[1:2] == ["--hostile"]:
        url, seconds, connections = sys.argv[2:5]
        print(asyncio.run(_hostile(url, float(seconds), int(connections))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--switch-interval", type=float, metavar="S",
                        help="sys.setswitchinterval for the run (Python's default: 0.005)")
    parser.add_argument("--flood", type=int, default=0, metavar="N",
                        help="while answers arrive, a hostile laptop (a process of its own) "
                             "keeps N requests for the phone page going at once")
    parser.add_argument("--console", action="store_true",
                        help="the speaker's console open too (1366x768), as in a talk: its "
                             "slide preview, moderation list and thumbnails share the GUI thread")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    from PySide6.QtWidgets import QApplication

    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.collector import GuiThreadCollector, freeze_startup_objects
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    app = QApplication.instance() or QApplication(["answer_to_wall"])
    work = WorkLog()
    work.instrument()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "answers.md").write_text(DECK, encoding="utf-8")
        deck = load_deck(Path(folder) / "answers.md")
        presentation = ShowController(deck, SlideRenderer(deck), ServerConfig(
            host="127.0.0.1", port=0, data_dir=Path(folder) / "data", new_session=True,
            max_voters_per_address=0, max_requests_per_second=0))
        if not presentation.start_server():
            return 1
        window = AudienceWindow(presentation)
        window.resize(1920, 1080)
        window.show()
        console = _open_console(presentation) if args.console else None
        probe, shown = Probe(presentation, window), Shown(presentation, window)
        # As the app: garbage collected on the GUI thread only, start-up objects frozen.
        collector = GuiThreadCollector(app)
        wait(app, lambda: window.paint_count > 0, 5)
        freeze_startup_objects()
        try:
            runs = _run_all(app, presentation, probe, work, args)
        finally:
            presentation.shutdown()
            window.close()
            if console is not None:
                console.close()
            collector.stop()
    _print(args, runs, shown)
    return 0


def _open_console(presentation):
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.keys import KeyRouter

    console = ConsoleWindow(presentation, KeyRouter(presentation, confirm_reset=lambda _w: False))
    console.resize(1366, 768)
    console.show()
    return console


def _run_all(app, presentation, probe, work, args) -> dict:
    runs = {}
    for name, slide, kind in (("votes", AGREE_SLIDE, "vote"), ("answers", OPEN_SLIDE, "answer")):
        presentation.go_to(slide)
        presentation.set_poll_open(True)
        wait(app, lambda: False, 1.0)
        if name == "votes":
            probe.start()
            wait(app, lambda: False, 3.0)
            probe.stop()
            runs["idle"] = {"late": list(probe.lateness), "longest": probe.longest_block,
                            "blocks": len(probe.blocks)}
        runs[name] = stream(app, presentation, probe, work, kind, args.rate, args.seconds,
                            args.flood if name == "answers" else 0)
    return runs


def _print(args, runs: dict, shown: Shown) -> None:
    answers = runs["answers"]
    acked = answers["acked"]
    wall = [1000 * (shown.wall[n] - t) for n, t in acked.items() if n in shown.wall]
    cloud = [1000 * (shown.cloud[n] - t) for n, t in acked.items() if n in shown.cloud]
    print(f"{args.rate:g} answers a second for {args.seconds:g} s onto a wall-and-cloud slide, "
          f"window 1920x1080 offscreen{' and the console (1366x768)' if args.console else ''}; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    if args.flood:
        print(f"  a hostile laptop's {args.flood} connections meanwhile: "
              f"{answers['flooded']} phone pages served in {args.seconds:g} s")
    print(f"  answer -> painted on the wall:  {_figures(wall)} (of {len(acked)} acknowledged)")
    print(f"  answer -> painted in the cloud: {_figures(cloud)}")
    print(f"  baseline, agree vote -> painted bars, same rate: {_figures(runs['votes']['latencies'])}")
    for name in ("idle", "votes", "answers"):
        print(_stalls({"idle": "baseline, idle on the slide", "votes": "baseline, votes",
                       "answers": "answers"}[name], runs[name]))
    for name in ("votes", "answers"):
        paints = runs[name]["paint"]
        print(f"  window paints while {name} arrived: {len(paints)}, median {percentile(paints, 50):.1f} ms, "
              f"p99 {percentile(paints, 99):.1f} ms")
    cpu = sorted(answers["cpu"].items(), key=lambda kv: -kv[1])
    print("  CPU ms by thread while answers arrived: " + ", ".join(f"{n} {ms:.0f}" for n, ms in cpu if ms >= 20))
    print(f"  garbage collections while answers arrived: {answers['gc']}")
    slow = answers["slow"]
    print("  GUI-thread work over 8 ms while answers arrived (kind: count, longest ms): "
          + ("; ".join(f"{k}: {n}, {ms:.1f}" for k, n, ms in slow) or "none"))


if __name__ == "__main__":
    raise SystemExit(main())
