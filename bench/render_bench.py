"""Slide render times at 1920x1080, against baselines measured in the same run.

    .venv/bin/python bench/render_bench.py [DECK] [--repeat N]

For every slide of the deck (default: the bundled deck; the renderer's test deck
if that is missing) it prints the median and p95 of
  cold  – lay out and paint (text fitting included; what a poll slide pays per tally),
  warm  – paint an already laid-out slide into a fresh 1920x1080 image,
  blit  – draw the cached image onto the screen-sized target (what a slide change costs
          with presenter.render.cache.SlideCache),
then the same per layout, beside the baselines: filling a 1920x1080 image and
drawing one line of text. One frame at 60 Hz is 16.7 ms. Run, not asserted, in CI.
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


def _times(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _stats(samples: list[float]) -> str:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return f"{statistics.median(s):7.2f} {p95:7.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deck", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtCore import QPointF, QRectF, QSize, Qt
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
          f"{args.repeat} runs each; times in ms: median p95")
    print(f"baseline fill 1920x1080        {_stats(_times(fill, args.repeat))}")
    print(f"baseline one line of text      {_stats(_times(one_line, args.repeat))}")

    def cold(n):
        renderer._scenes.clear()
        rtext.fit.cache_clear()
        renderer.render_image(n, view, size)

    cache = SlideCache(renderer, size, capacity=len(deck.slides) + 2)

    def blit(n):
        image = cache.image(n, view)
        p = QPainter(target)
        p.drawImage(QRectF(0, 0, 1920, 1080), image)
        p.end()

    per_layout = defaultdict(lambda: defaultdict(list))
    print(f"{'slide':>5} {'layout':<9} {'cold':>15} {'warm':>15} {'blit':>15}")
    for slide in deck.slides:
        n = slide.number
        c = _times(lambda: cold(n), max(5, args.repeat // 3))
        w = _times(lambda: renderer.render_image(n, view, size), args.repeat)
        cache.image(n, view)
        b = _times(lambda: blit(n), args.repeat)
        for name, samples in (("cold", c), ("warm", w), ("blit", b)):
            per_layout[slide.layout][name] += samples
        print(f"{n:5d} {slide.layout:<9} {_stats(c):>15} {_stats(w):>15} {_stats(b):>15}")
    print("per layout:")
    for layout, d in sorted(per_layout.items()):
        print(f"      {layout:<9} {_stats(d['cold']):>15} {_stats(d['warm']):>15} {_stats(d['blit']):>15}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
