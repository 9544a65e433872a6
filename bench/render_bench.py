"""Slide render times at 1920x1080, against baselines measured in the same run.

    .venv/bin/python bench/render_bench.py [DECK] [--repeat N] [--rounds R]

For every slide of the deck (default: the bundled deck; the renderer's test deck
if that is missing) it prints the median and p95 of
  cold  – lay out and paint (text fitting and the static layer included),
  warm  – paint an already laid-out slide into a fresh 1920x1080 image,
  blit  – draw the cached image onto the screen-sized target (what a slide change costs
          with presenter.render.cache.SlideCache),
  live  – one animation frame of a live slide (poll, summary, join): new counts every
          frame, so the layout is rebuilt and the bars and numbers painted over the
          cached static layer (what the audience window pays ~30 times a second
          while votes arrive); "flat" is the same frame painted item by item, as
          before the static layer was cached (SlideRenderer(cache_layers=False)),
then the same per layout, beside the baselines measured in the same run: filling a
1920x1080 image (a blank frame) and drawing one line of text, with ratios to the
blank frame. Each figure is the median of `--rounds` rounds. One frame at 60 Hz is
16.7 ms. Prints the load average. Run, not asserted, in CI.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from loadtest.figures import percentile  # noqa: E402  (one arithmetic for every bench


def _times(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


COLUMNS = ("cold", "warm", "blit", "live", "flat")


def _median_of(rounds, number, column):
    """(median, p95) of one slide's column: the median over rounds of each round's figures."""
    got = [r["slides"][number].get(column) for r in rounds]
    got = [g for g in got if g is not None]
    if not got:
        return None
    return statistics.median(g[0] for g in got), statistics.median(g[1] for g in got)


def _cell(value) -> str:
    return f"{value[0]:7.2f} {value[1]:7.2f}" if value is not None else f"{'-':>15}"


def _figures(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples), percentile(samples, 95)


def animated(view, i: int):
    """`view` with every count grown by frame `i` (fractional, as the animator draws them)."""
    from types import MappingProxyType

    from presenter.render.view import PollView, RoomView
    polls = {pid: PollView(MappingProxyType({o: c + 0.37 * i for o, c in pv.counts.items()}),
                           pv.voters + i, pv.open, pv.results_visible)
             for pid, pv in view.polls.items()}
    return RoomView(view.join, view.phones + i, MappingProxyType(polls), view.show_join_overlay,
                    view.voting_down)


def measure_round(args, deck, renderer, flat, view, size, fill, one_line, cold, blit,
                  live) -> dict:
    out = {"base": {"fill": _figures(_times(fill, args.repeat)),
                    "line": _figures(_times(one_line, args.repeat))}, "slides": {}}
    for slide in deck.slides:
        n = slide.number
        row = {"cold": _figures(_times(lambda n=n: cold(n), max(5, args.repeat // 3))),
               "warm": _figures(_times(lambda n=n: renderer.render_image(n, view, size), args.repeat))}
        blit(n)
        row["blit"] = _figures(_times(lambda n=n: blit(n), args.repeat))
        if renderer.depends_on_view(n, view):
            live(renderer, n)
            row["live"] = _figures(_times(lambda n=n: live(renderer, n), args.repeat))
            row["flat"] = _figures(_times(lambda n=n: live(flat, n), args.repeat))
        out["slides"][n] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deck", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QPointF, QRectF, QSize
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    app = QGuiApplication([])      # noqa: F841  (fonts need it)
    from presenter.paths import BUNDLED_DECK
    from presenter.render import text as rtext
    from presenter.render.cache import SlideCache
    from presenter.render.renderer import SlideRenderer
    from presenter.render.theme import resolve_family

    path = args.deck or BUNDLED_DECK
    if path.is_file():
        from presenter.deck.parser import load_deck
        deck, source = load_deck(path), str(path)
    else:
        from tests.presenter.render_fixtures import talk_deck
        deck, source = talk_deck(), "renderer test deck (bundled deck not found)"
    from tests.presenter.render_fixtures import room_with_votes
    view = room_with_votes(deck)
    renderer = SlideRenderer(deck)
    size = QSize(1920, 1080)

    target = QImage(size, QImage.Format_ARGB32_Premultiplied)
    family = resolve_family(None)

    def fill():
        target.fill(QColor("#FFFFFF"))

    def one_line():
        p = QPainter(target)
        f = QFont(family)
        f.setPixelSize(46)
        p.setFont(f)
        p.drawText(QPointF(120, 400), "Samarbejdsdrevet innovation i den offentlige sektor")
        p.end()

    print(f"deck: {source} ({len(deck.slides)} slides), {size.width()}x{size.height()}, "
          f"{args.repeat} runs each, median of {args.rounds} rounds; times in ms: median p95; "
          f"load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} CPUs")

    def cold(n):
        renderer._scenes.clear()
        renderer.layers.clear()
        rtext.fit.cache_clear()
        renderer.render_image(n, view, size)

    cache = SlideCache(renderer, size, capacity=len(deck.slides) + 2)

    def blit(n):
        image = cache.image(n, view)
        p = QPainter(target)
        p.drawImage(QRectF(0, 0, 1920, 1080), image)
        p.end()

    frame_no = [0]

    def live(r, n):
        """One animation frame: every bar a little further, the static layer cached."""
        frame_no[0] += 1
        p = QPainter(target)
        r.paint(p, n, animated(view, frame_no[0]), QRectF(0, 0, 1920, 1080))
        p.end()

    flat = SlideRenderer(deck, cache_layers=False)
    rounds = [measure_round(args, deck, renderer, flat, view, size, fill, one_line, cold, blit,
                             live)
              for _ in range(args.rounds)]
    base = {k: statistics.median(r["base"][k][0] for r in rounds) for k in rounds[0]["base"]}
    for name, label in (("fill", "blank frame (fill 1920x1080)"), ("line", "one line of text")):
        p95 = statistics.median(r["base"][name][1] for r in rounds)
        print(f"baseline {label:<30} {base[name]:7.2f} {p95:7.2f}")
    print(f"{'slide':>5} {'layout':<9} {'cold':>15} {'warm':>15} {'blit':>15} {'live':>15} "
          f"{'flat':>15}")
    per_layout = defaultdict(lambda: defaultdict(list))
    for slide in deck.slides:
        row = {k: _median_of(rounds, slide.number, k) for k in COLUMNS}
        for k in COLUMNS:
            if row[k] is not None:
                per_layout[slide.layout][k].append(row[k])
        print(f"{slide.number:5d} {slide.layout:<9} "
              + " ".join(_cell(row[k]) for k in COLUMNS))
    print("per layout (median of its slides; x = times a blank frame):")
    for layout, d in sorted(per_layout.items()):
        cells = []
        for k in COLUMNS:
            if d[k]:
                med = statistics.median(m for m, _ in d[k])
                cells.append(f"{med:7.2f} {med / base['fill']:6.1f}x")
            else:
                cells.append(f"{'-':>15}")
        print(f"      {layout:<9} " + " ".join(cells))
    print("load average at the end: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
