"""Word cloud layout times for 500 distinct words, against a baseline measured in the same run.

    .venv/bin/python bench/cloud_bench.py [--repeat N]

Runs on a worker thread, as the render worker lays clouds out (so the layouts are made
in the cloud child process, presenter/render/cloud/apart.py: the thread's CPU time is
then only handing the words over and back; wall time is the figure), and prints
medians (ms):
  measure  – the baseline: the ink rect of each of the 500 words with QFontMetricsF,
             nothing else (what any cloud must pay once per new word);
  fresh    – lay the 500 words out from nothing, ink measured cold;
  warm     – the same with the words' ink already measured (the usual case: one new
             answer adds a word or two, the rest are cached);
  one more – one more answer to a laid-out cloud of 500, with the previous layout kept
             (what each arriving answer costs);
  count    – tokenise and count 500 answers (stop words, phrases), none seen before;
  recount  – one answer more to a poll's running count of those 500 (RunningCount counts
             only the new answer, then sorts the entries);
as wall time and as this thread's CPU time, with ratios to the baseline's
CPU time, how many words were placed and hidden, and the load
average (the machine is shared: figures under load are slower). Target: fresh < 50 ms.
Run, not asserted, in CI.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from presenter.render.cloud.ink import ink_box  # noqa: E402
from presenter.render.cloud.keeper import lay_out  # noqa: E402
from presenter.render.cloud.words import RunningCount, _tokens, answer_words  # noqa: E402
from presenter.render.theme import resolve_family  # noqa: E402

WIDTH, HEIGHT = 1680.0, 634.0       # the cloud's area under a heading on a 1920x1080 slide
SYLLABLES = ("sam", "ar", "bej", "de", "til", "lid", "for", "and", "ring", "le", "del", "se",
             "bor", "ger", "ne", "mod", "tid", "ny", "tænk", "ning", "å", "ben", "hed", "øko", "læ")


def distinct_words(n: int) -> list[tuple[str, int]]:
    rng = random.Random(13)
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5))))
    counts = [max(1, int(rng.paretovariate(1.3))) for _ in range(n)]
    return sorted(zip(sorted(words), counts), key=lambda e: (-e[1], e[0]))


def _median_ms(fn, repeat: int, before=None) -> tuple[float, float]:
    """Median wall time and median CPU time of this thread (ms). The machine is shared: the
    CPU time is what the layout costs, the wall time what it costs with neighbours."""
    wall, cpu = [], []
    for _ in range(repeat):
        if before:
            before()
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _primed(running: list, answers: list) -> None:
    """A poll's running count that has counted `answers` already (into running[0])."""
    running[:] = [RunningCount("da")]
    running[0].count(tuple(answers))


def _forget_words() -> None:
    _tokens.cache_clear()
    answer_words.cache_clear()


def run(repeat: int) -> dict:
    family = resolve_family(None)
    entries = distinct_words(500)
    answers = [" og ".join(w for w, _ in entries[i:i + 3]) for i in range(0, 500)]
    base = lay_out(family, WIDTH, HEIGHT, entries)
    more = list(entries)
    more[-1] = (more[-1][0], more[-1][1] + 1)
    running: list = []
    figures = {
        "measure": _median_ms(lambda: [ink_box(family, w) for w, _ in entries], repeat, ink_box.cache_clear),
        "fresh": _median_ms(lambda: lay_out(family, WIDTH, HEIGHT, entries), repeat, ink_box.cache_clear),
        "warm": _median_ms(lambda: lay_out(family, WIDTH, HEIGHT, entries), repeat),
        "one more": _median_ms(lambda: lay_out(family, WIDTH, HEIGHT, more, base), repeat),
        "count": _median_ms(lambda: RunningCount("da").count(tuple(answers)), repeat, _forget_words),
        "recount": _median_ms(lambda: running[0].count(("tillid og mod 7",) + tuple(answers)), repeat,
                              lambda: _primed(running, answers)),
    }
    figures["placed"], figures["hidden"] = len(base.spots), base.hidden
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    resolve_family(None)            # load the bundled fonts on this (the GUI) thread first
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(run(args.repeat)), name="cloud-bench")
    worker.start()
    worker.join()
    baseline = result["measure"]
    print(f"word cloud, 500 distinct words in {WIDTH:.0f}x{HEIGHT:.0f}, on a worker thread, "
          f"median of {args.repeat} (load average {os.getloadavg()[0]:.2f})")
    for name in ("measure", "fresh", "warm", "one more", "count", "recount"):
        wall, cpu = result[name]
        print(f"  {name:9} {wall:8.2f} ms wall  {cpu:8.2f} ms CPU   x{cpu / baseline[1]:5.2f} the baseline's CPU")
    print(f"  placed {result['placed']}, under '+N more' {result['hidden']}; target: fresh < 50 ms")
    del app


if __name__ == "__main__":
    main()
