"""The phones' slide image: JPEG against PNG at 720 px, bytes and time, per slide.

    nice .venv/bin/python bench/phone_image_bench.py [DECK] [--repeat N]

For every slide of the deck (default: the bundled talk) it renders the slide at
720 x 405 (presenter.render.phone_image) and prints the first (cold: laid out
anew) and the median render time, the bytes and the median encode time of JPEG
(the quality phone_image uses) and PNG, with the ratio: PhoneSlides pays one cold
render and one JPEG encode on the GUI thread for each slide it has not seen. Run, not asserted.
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
    args = parser.parse_args()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from presenter.deck.parser import load_deck
    from presenter.render.phone_image import PHONE_HEIGHT, PHONE_WIDTH, encode
    from presenter.render.renderer import SlideRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = SlideRenderer(load_deck(args.deck))
    size = QSize(PHONE_WIDTH, PHONE_HEIGHT)
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


if __name__ == "__main__":
    main()
