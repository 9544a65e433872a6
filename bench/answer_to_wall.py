"""Answer-to-wall benchmark: from an answer's acknowledgement to the rendered wall
that shows it, at a steady rate of answers; and 2,000 phones upvoting a question.

One process, offscreen: the real voting server (127.0.0.1, port 0, a tmp data
folder, per-address caps off), the real ShowController and SlideRenderer on the
open-answers slide of tests/presenter/decks/kinds.md. A client thread sends
answers over loopback at `--rate` a second, each from a phone of its own, and
notes when each was acknowledged. On every `room_changed` the GUI thread renders
the slide at 1920x1080 and records, for each answer newly on the wall, the time
from its acknowledgement to the end of that render. Baseline, same run and same
path: agree votes at the same rate, from acknowledgement to the rendered bars.

Then the upvote burst: `--phones` phones (default 2,000) each upvote one room
question once, spread evenly over `--burst-seconds` (default 10), from one asyncio
client; it counts the 200s. Baseline, same run: as many agree votes over the
same time.

    .venv/bin/python bench/answer_to_wall.py [--rate 50] [--seconds 5] [--phones 2000]

Prints medians, p95s and counts; asserts nothing.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DECK = ROOT / "tests" / "presenter" / "decks" / "kinds.md"
AGREE_DECK = "---\ntitle: Base\nlanguage: da\n---\n\n# Base\n\n---\n\n```poll\nid: base\nquestion: Q\n```\n"


def _post(base: str, path: str, body: dict, voter: str) -> int:
    request = urllib.request.Request(
        base + path, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Cookie": f"voter={voter}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()
        return response.status


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)] if values else float("nan")


def stream_to_paint(app, deck_path: Path, slide: int, seconds: float, rate: float,
                    make_body, seen_in) -> list[float]:
    """Send at `rate`/s for `seconds`; ms from each ack to the render that first shows it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    data = Path(tempfile.mkdtemp(prefix="votedeck-bench-"))
    deck = load_deck(deck_path)
    controller = ShowController(deck, SlideRenderer(deck), ServerConfig(
        host="127.0.0.1", port=0, data_dir=data, max_voters_per_address=0,
        max_requests_per_second=0))
    controller.start_server()
    controller.go_to(slide)
    acked: dict[int, float] = {}
    shown: dict[int, float] = {}
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)

    def on_room() -> None:
        view = controller.room_view(for_audience=True)
        painter = QPainter(image)
        controller.renderer.paint(painter, controller.slide, view, QRectF(0, 0, 1920, 1080))
        painter.end()
        done = time.perf_counter()
        for n in seen_in(view):
            shown.setdefault(n, done)
    controller.room_changed.connect(on_room)

    def client() -> None:
        base = controller.join.url.rstrip("/")
        start = time.perf_counter()
        n = 0
        while (now := time.perf_counter()) - start < seconds:
            due = start + n / rate
            if now < due:
                time.sleep(due - now)
            _post(base, *make_body(n), voter=f"benchphone{n:012d}")
            acked[n] = time.perf_counter()
            n += 1
    sender = threading.Thread(target=client)
    sender.start()
    while sender.is_alive() or len(shown) < len(acked):
        app.processEvents()
        time.sleep(0.001)
        if not sender.is_alive() and time.perf_counter() - max(acked.values(), default=0) > 3:
            break
    sender.join()
    controller.shutdown()
    shutil.rmtree(data, ignore_errors=True)
    return [1000 * (shown[n] - acked[n]) for n in acked if n in shown]


async def burst(base: str, phones: int, seconds: float, path: str, body_of) -> int:
    import aiohttp
    ok = 0
    connector = aiohttp.TCPConnector(limit=200)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter()

        async def one(n: int) -> None:
            nonlocal ok
            await asyncio.sleep(max(0.0, start + n * seconds / phones - time.perf_counter()))
            async with session.post(base + path, json=body_of(n),
                                    headers={"Cookie": f"voter=burstphone{n:012d}"}) as r:
                await r.read()
                ok += r.status == 200
        await asyncio.gather(*(one(n) for n in range(phones)))
    return ok


def upvote_burst(phones: int, seconds: float) -> tuple[int, int]:
    """(upvotes acknowledged, agree votes acknowledged) of `phones` phones over `seconds`."""
    sys.path.insert(0, str(ROOT / "tests"))
    from server.api import ServerConfig
    from server.runtime import VotingServer
    from tests.server.kinds_support import kinds_deck

    data = Path(tempfile.mkdtemp(prefix="votedeck-bench-"))
    server = VotingServer(kinds_deck(), ServerConfig(host="127.0.0.1", port=0, data_dir=data,
                                                     max_voters_per_address=0,
                                                     max_requests_per_second=0))
    join = server.start()
    base = f"http://127.0.0.1:{join.port}"
    try:
        server.show_slide(5)
        time.sleep(0.2)
        _post(base, "/api/answer", {"poll": "ask", "text": "Hvem betaler?"}, "benchasker0000001")
        question = server.snapshot().poll("ask")
        while not question or not question.answers:
            time.sleep(0.05)
            question = server.snapshot().poll("ask")
        qid = question.answers[0].id
        upvotes = asyncio.run(burst(base, phones, seconds, "/api/upvote",
                                    lambda n: {"poll": "ask", "id": qid}))
        server.show_slide(3)
        time.sleep(0.2)
        votes = asyncio.run(burst(base, phones, seconds, "/api/vote",
                                  lambda n: {"poll": "mood", "choice": 1 + n % 5}))
        return upvotes, votes
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--phones", type=int, default=2000)
    parser.add_argument("--burst-seconds", type=float, default=10.0)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])

    base_deck = Path(tempfile.mkdtemp(prefix="votedeck-bench-deck-")) / "base.md"
    base_deck.write_text(AGREE_DECK, encoding="utf-8")
    totals: dict[int, int] = {}

    def bars_seen(view):
        pv = view.poll("base")
        total = round(sum(pv.counts.values())) if pv else 0
        return [n for n in range(total) if n not in totals]
    votes = stream_to_paint(app, base_deck, 2, args.seconds, args.rate,
                            lambda n: ("/api/vote", {"poll": "base", "choice": "agree"}), bars_seen)
    answers = stream_to_paint(
        app, DECK, 4, args.seconds, args.rate,
        lambda n: ("/api/answer", {"poll": "words", "text": f"svar {n}"}),
        lambda view: [int(a.text.split()[1]) for a in (view.poll("words").answers
                                                       if view.poll("words") else ())])
    print(f"answer -> rendered wall at {args.rate:g}/s for {args.seconds:g} s: "
          f"n={len(answers)} median {statistics.median(answers):.1f} ms, p95 {_p95(answers):.1f} ms")
    print(f"baseline agree vote -> rendered bars, same rate: n={len(votes)} "
          f"median {statistics.median(votes):.1f} ms, p95 {_p95(votes):.1f} ms; "
          f"ratio of p95s {_p95(answers) / _p95(votes):.2f}")
    upvotes, scale_votes = upvote_burst(args.phones, args.burst_seconds)
    print(f"{args.phones} phones upvoting over {args.burst_seconds:g} s: {upvotes} acknowledged; "
          f"baseline {args.phones} scale votes over the same time: {scale_votes} acknowledged")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
