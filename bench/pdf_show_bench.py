"""PDF pages on screen: how fast the first page shows, how fast a page change is from
the cache, and how much memory a 200-page deck takes.

    .venv/bin/python bench/pdf_show_bench.py

Prints (targets from issue 15; run, not asserted, in CI):
  first page  – a 60-page PDF: from loading it to the audience window's first painted
                frame (target < 1 s), beside the same for a 3-page Markdown deck (baseline);
  page change – median time of the paint after `next()` when the page was rendered ahead
                (a blit from the cache; target <= one 60 Hz frame, 16.7 ms), and the
                median of a page rendered in the paint itself (cache cleared) for contrast;
  memory      – the process's RSS after showing every page of a 200-page PDF deck at
                1920x1080 (target < 400 MB), beside the RSS before the deck was opened.
Runs offscreen; the machine is shared, so the load average is printed too.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.presenter.pdf_fixtures import make_pdf  # noqa: E402

MARKDOWN = "---\ntitle: Base\n---\n\n# One\n\nText\n\n---\n\n# Two\n\n- a\n- b\n\n---\n\n# Three\n"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def show(app, deck_path: Path, size=(1920, 1080)):
    """Load the deck and show its first slide: (controller, window, seconds to the first frame)."""
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter
    from presenter.ui.show_controller import ShowController

    start = time.perf_counter()
    deck = load_deck(deck_path)
    presentation = ShowController(deck, SlideRenderer(deck), None)
    window = AudienceWindow(presentation, KeyRouter(presentation, confirm_reset=lambda w: False))
    window.resize(*size)
    painted = []
    window.painted.connect(lambda *a: painted.append(time.perf_counter()))
    window.show()
    while not painted:
        app.processEvents()
    return presentation, window, painted[0] - start


def settle(app, window, seconds: float = 5.0) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        if window._worker.idle():
            break
        time.sleep(0.002)


def page_changes(app, presentation, window, count: int, ahead: bool) -> list[float]:
    times = []
    for _ in range(count):
        if ahead:
            settle(app, window)
        else:
            window._cache.clear()
        start = time.perf_counter()
        presentation.next()
        window.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def close(presentation, window) -> None:
    window.stop_rendering()
    window.close()
    presentation.shutdown()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "base.md").write_text(MARKDOWN, encoding="utf-8")
        make_pdf(folder / "sixty.pdf", 60)
        make_pdf(folder / "two-hundred.pdf", 200)
        p, w, base = show(app, folder / "base.md")
        close(p, w)
        p, w, first = show(app, folder / "sixty.pdf")
        ahead = page_changes(app, p, w, 15, ahead=True)
        cold = page_changes(app, p, w, 15, ahead=False)
        close(p, w)
        before = rss_mb()
        p, w, _ = show(app, folder / "two-hundred.pdf")
        for _ in range(199):
            p.next()
            w.repaint()
            app.processEvents()
        after = rss_mb()
        close(p, w)
    print(f"load average {os.getloadavg()[0]:.1f}; window 1920x1080 offscreen")
    print(f"  first page   60-page PDF {first * 1000:6.0f} ms   (3-slide Markdown deck "
          f"{base * 1000:.0f} ms, {first / base:.2f}x)   target < 1000 ms")
    print(f"  page change  from the cache median {statistics.median(ahead):5.1f} ms   "
          f"(rendered in the paint {statistics.median(cold):.1f} ms)   target <= 16.7 ms")
    print(f"  memory       RSS after showing all 200 pages {after:.0f} MB   "
          f"(before opening the deck {before:.0f} MB)   target < 400 MB")


if __name__ == "__main__":
    main()
