"""The phones' slide image: JPEG against PNG at 720 px, bytes and time, per slide.

    nice .venv/bin/python bench/phone_image_bench.py [DECK] [--repeat N]

For every slide of the deck (default: the bundled talk) it renders the slide at
720 x 405 (presenter.render.phone_image) and prints the first (cold: laid out
anew) and the median render time, the bytes and the median encode time of JPEG
(the quality phone_image uses) and PNG, with the ratio: PhoneSlides pays one cold
render and one JPEG encode on the GUI thread for each slide it has not seen. Run, not asserted.

With --polls it prints, for the poll slides only, what the phones' image costs as the
neutral preview PhoneSlides makes (RoomView.preview: made once per slide, kept)
against the alternative of drawing the room's live state into it (poll open, counts,
join code: to stay true that image must be made again at every open, close, reveal
and tally change), and the old render without a view, as the baseline, each as a
median render and a median render + JPEG encode.
"""
from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUNDLED = Path(__file__).resolve().parent.parent / "slides" / "samarbejdsdrevet-innovation.md"


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck", nargs="?", default=str(BUNDLED))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--polls", action="store_true", help="the poll slides' preview against live state")
    args = parser.parse_args()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from presenter.deck.parser import load_deck
    from presenter.render.phone_image import PHONE_HEIGHT, PHONE_WIDTH, encode
    from presenter.render.renderer import SlideRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = SlideRenderer(load_deck(args.deck), cache_layers=False)     # as PhoneSlides' worker
    size = QSize(PHONE_WIDTH, PHONE_HEIGHT)
    if args.polls:
        _polls(renderer, size, args.repeat)
        return
    print(f"{'slide':>5} {'cold ms':>7} {'render ms':>9} {'jpeg B':>8} {'jpeg ms':>7} {'png B':>8} {'png ms':>7} "
          f"{'png/jpeg':>8}")
    totals = [0, 0]
    for n in range(1, renderer.slide_count + 1):
        cold_ms = _median_ms(functools.partial(renderer.render_image, n, None, size), 1)
        render_ms = _median_ms(functools.partial(renderer.render_image, n, None, size), args.repeat)
        image = renderer.render_image(n, None, size)
        jpeg, png = encode(image, "JPEG"), encode(image, "PNG")
        jpeg_ms = _median_ms(functools.partial(encode, image, "JPEG"), args.repeat)
        png_ms = _median_ms(functools.partial(encode, image, "PNG"), args.repeat)
        totals[0] += len(jpeg)
        totals[1] += len(png)
        print(f"{n:>5} {cold_ms:>7.1f} {render_ms:>9.1f} {len(jpeg):>8} {jpeg_ms:>7.1f} {len(png):>8} {png_ms:>7.1f} "
              f"{len(png) / len(jpeg):>8.2f}")
    print(f"total: jpeg {totals[0]} B, png {totals[1]} B, png/jpeg {totals[1] / totals[0]:.2f}; "
          f"load average {os.getloadavg()[0]:.2f}")
    del app


def _live_view(deck, votes: int):
    """The room in the middle of a poll: a join code, every poll open with `votes` in."""
    from types import MappingProxyType

    from presenter.render.qr import qr_matrix
    from presenter.render.view import JoinView, PollView, RoomView

    url = "http://192.168.1.23:8080/"
    polls = {p.id: PollView(counts=MappingProxyType({o.id: float(votes + i) for i, o in enumerate(p.options)}),
                            voters=votes * 3, open=True) for p in deck.polls}
    return RoomView(join=JoinView(url, qr_matrix(url)), phones=37, polls=MappingProxyType(polls))


def _made_anew(renderer, n: int, size, design: str, repeat: int) -> tuple[float, float]:
    """Median ms to lay out and render slide n, and with the JPEG encode, as `design` pays
    for each image it makes: "none" and "preview" once per slide (the caches emptied
    before each), "live" once per change of the room (one more vote each time)."""
    from presenter.render.phone_image import encode
    from presenter.render.view import PREVIEW

    renders, boths = [], []
    for i in range(repeat):
        view = {"none": None, "preview": PREVIEW}.get(design) or _live_view(renderer.deck, 10 + i)
        renderer.replace_deck(renderer.deck)
        start = time.perf_counter()
        image = renderer.render_image(n, view, size)
        renders.append((time.perf_counter() - start) * 1000)
        encode(image)
        boths.append((time.perf_counter() - start) * 1000)
    return statistics.median(renders), statistics.median(boths)


def _polls(renderer, size, repeat: int) -> None:
    designs = ("none", "preview", "live")
    print(f"{'slide':>5}" + "".join(f" {name + ' ms':>10} {'+jpeg':>6}" for name in designs))
    sums: dict[str, list[float]] = {name: [] for name in designs}
    for n in range(1, renderer.slide_count + 1):
        if renderer.slide(n).poll is None:
            continue
        row = f"{n:>5}"
        for name in designs:
            render_ms, both_ms = _made_anew(renderer, n, size, name, repeat)
            sums[name].append(both_ms)
            row += f" {render_ms:>10.1f} {both_ms:>6.1f}"
        print(row)
    base = statistics.median(sums["none"])
    print("median per image, laid out + rendered + JPEG: " + ", ".join(
        f"{name} {statistics.median(v):.1f} ms ({statistics.median(v) / base:.2f}x none)"
        for name, v in sums.items()) + f"; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
