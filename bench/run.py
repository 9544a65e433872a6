"""votedeck's benchmarks: `.venv/bin/python -m bench.run` prints figures, asserts nothing.

Each round starts fresh server processes on 127.0.0.1 (votedeck `serve` with caps
off and a new data folder; the bare aiohttp ceiling in bench/bare_server.py) and
measures, in the same round:
  vote path   wrk + bench/vote.lua on POST /api/vote: votedeck vs bare aiohttp vs raw SQLite
  burst       `votedeck loadtest` (its own process): 2,000 phones voting over 2 s,
              1,000 voting at once (vs the same on bare aiohttp), slide-change fan-out,
              the server's peak RSS
  cold start  `serve` until /healthz answers; `votedeck` until its first slide is painted
and prints the median of the rounds with the ratios. See docs/performance.md.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time

from bench import cold_start
from bench.procs import Server, loadtest
from bench.vote_path import sqlite_inserts, wrk_votes
from loadtest.figures import median

POLL_SLIDE = "2"


def vote_path_round(seconds: float) -> dict:
    out = {}
    with Server.votedeck() as real:
        real.show_slide(int(POLL_SLIDE))
        poll = real.state()["poll"]
        wrk_votes(real.url, poll["id"], poll["options"][0]["id"], seconds=1)     # warm up
        got = wrk_votes(real.url, poll["id"], poll["options"][0]["id"], seconds=seconds)
        out.update(votedeck_votes_per_s=got.acked_per_s, votedeck_wrk_p99_ms=got.p99_ms,
                   votedeck_non_2xx=got.non_2xx + got.socket_errors, serve_ready_s=real.ready_after_s)
    with Server.bare() as bare:
        wrk_votes(bare.url, "bench", "agree", seconds=1)
        got = wrk_votes(bare.url, "bench", "agree", seconds=seconds)
        out.update(bare_votes_per_s=got.acked_per_s, bare_wrk_p99_ms=got.p99_ms)
    out.update(sqlite_inserts())
    return out


def burst_round() -> dict:
    out = {}
    common = ("--slide", POLL_SLIDE, "--duration-limit", "60")
    with Server.votedeck() as real:
        room = loadtest(real.url, "--phones", "2000", "--ramp", "4", "--think", "2000", *common)
        out["rss_2000_mb"] = real.peak_rss_mb()
        instant = loadtest(real.url, "--phones", "1000", "--think", "0", *common)
        out["serve_ready_s"] = real.ready_after_s
    with Server.bare() as bare:
        bare_instant = loadtest(bare.url, "--phones", "1000", "--think", "0", *common)
        bare_room = loadtest(bare.url, "--phones", "2000", "--ramp", "4", "--think", "2000", *common)
        out["bare_rss_2000_mb"] = bare.peak_rss_mb()
    for name, rep in (("room", room), ("instant", instant), ("bare_instant", bare_instant),
                      ("bare_room", bare_room)):
        out[f"{name}_acked"] = rep["votes_acknowledged"]
        out[f"{name}_failed"] = rep["votes_failed"] + rep["phones_failed_to_connect"]
        out[f"{name}_p99_ms"] = rep["ack_latency_ms"]["p99"]
        out[f"{name}_p50_ms"] = rep["ack_latency_ms"]["p50"]
        # the quiet change (after the votes) is the fan-out figure; the opening one is shown too
        changes = rep["slide_changes"]
        if changes:
            out[f"{name}_fanout_p50_ms"] = changes[-1]["latency"]["p50"]
            out[f"{name}_fanout_p99_ms"] = changes[-1]["latency"]["p99"]
            out[f"{name}_open_p99_ms"] = changes[0]["latency"]["p99"]
            out[f"{name}_not_told"] = sum(c["phones_not_told"] for c in changes)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="votedeck benchmarks: print figures, assert nothing.")
    parser.add_argument("--rounds", type=int, default=3, help="rounds to take the median of (default 3)")
    parser.add_argument("--only", choices=("vote", "burst", "cold"), help="run one part")
    parser.add_argument("--wrk-seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    print(f"votedeck bench: {os.cpu_count()} CPU cores; every server and its load generator "
          "share them (figures are lower bounds for a laptop with more cores); "
          f"load average before: {_load()}", flush=True)
    if _busy():
        print("WARNING: other programs are already using the cores (load average above 1.5): "
              "the figures will be noisy and low; run again on a quiet machine.", flush=True)
    rounds: list[dict] = []
    for i in range(args.rounds):
        figures = {}
        if args.only in (None, "vote"):
            figures.update(vote_path_round(args.wrk_seconds))
        if args.only in (None, "burst"):
            figures.update(burst_round())
        if args.only == "cold":
            figures["serve_ready_s"] = cold_start.serve_ready_s()
        if args.only in (None, "cold"):
            figures["gui_first_slide_s"] = cold_start.gui_first_slide_s()
        rounds.append(figures)
        print(f"  round {i + 1}/{args.rounds} done ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr, flush=True)
    print_figures(rounds)
    print(f"(bench took {time.perf_counter() - started:.0f} s; median of {args.rounds} rounds, "
          f"each round's value in brackets; load average after: {_load()}: anything above "
          "the benchmark's own ~2 means other programs shared the cores)")
    return 0


def _load() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def _busy() -> bool:
    try:
        return os.getloadavg()[0] > 1.5
    except OSError:
        return False


def print_figures(rounds: list[dict]) -> None:
    def fig(key: str, unit: str = "", fmt: str = "{:.0f}") -> str:
        values = [r[key] for r in rounds if r.get(key) is not None]
        if not values:
            return "-"
        each = ", ".join(fmt.format(v) for v in values)
        return f"{fmt.format(median(values))}{unit}  [{each}]"

    def ratio(top: str, bottom: str) -> str:
        values = [r[top] / r[bottom] for r in rounds
                  if r.get(top) is not None and r.get(bottom) and not math.isnan(r[bottom])]
        return f"{median(values):.2f}" if values else "-"

    keys = set().union(*rounds) if rounds else set()
    if "votedeck_votes_per_s" in keys:
        print("\nVote path (wrk, POST /api/vote, a new voter cookie per request)")
        print(f"  votedeck, durable store  {fig('votedeck_votes_per_s', ' votes/s')}"
              f"   (non-2xx {fig('votedeck_non_2xx')}, wrk p99 {fig('votedeck_wrk_p99_ms', ' ms', '{:.1f}')})")
        print(f"  bare aiohttp ceiling     {fig('bare_votes_per_s', ' votes/s')}"
              f"   (wrk p99 {fig('bare_wrk_p99_ms', ' ms', '{:.1f}')})")
        print(f"  raw SQLite INSERT        {fig('insert_rows_per_s', ' rows/s')}  (one transaction)")
        print(f"  store's SQL per vote     {fig('store_sql_rows_per_s', ' rows/s')}  (SELECT+INSERT, one transaction)")
        print(f"  ratio votedeck / bare    {ratio('votedeck_votes_per_s', 'bare_votes_per_s')}   (target >= 0.60)")
        print(f"  ratio votedeck / SQLite  {ratio('votedeck_votes_per_s', 'insert_rows_per_s')}")
    if "room_acked" in keys:
        print("\nBurst (votedeck loadtest in its own process, WebSocket phones)")
        print(f"  2,000 phones over 2 s    acked {fig('room_acked')}, failed {fig('room_failed')}, "
              f"p50 {fig('room_p50_ms', ' ms', '{:.1f}')}, p99 {fig('room_p99_ms', ' ms', '{:.1f}')}"
              "   (target p99 < 250 ms)")
        print(f"    same on bare aiohttp   p99 {fig('bare_room_p99_ms', ' ms', '{:.1f}')}")
        print(f"  1,000 phones at once     acked {fig('instant_acked')}, failed {fig('instant_failed')}, "
              f"p99 {fig('instant_p99_ms', ' ms', '{:.1f}')}")
        print(f"    same on bare aiohttp   p99 {fig('bare_instant_p99_ms', ' ms', '{:.1f}')}")
        print(f"    ratio votedeck / bare  {ratio('instant_p99_ms', 'bare_instant_p99_ms')}   (target <= 2)")
        print(f"  slide change, 2,000      p50 {fig('room_fanout_p50_ms', ' ms', '{:.1f}')}, "
              f"p99 {fig('room_fanout_p99_ms', ' ms', '{:.1f}')}, not told {fig('room_not_told')}"
              "   (target p99 < 500 ms)")
        print(f"    the poll-opening change p99 {fig('room_open_p99_ms', ' ms', '{:.1f}')}")
        print(f"    same on bare aiohttp   p50 {fig('bare_room_fanout_p50_ms', ' ms', '{:.1f}')}, "
              f"p99 {fig('bare_room_fanout_p99_ms', ' ms', '{:.1f}')}")
        print(f"  peak RSS, 2,000 phones   {fig('rss_2000_mb', ' MB')}   (target < 300 MB; bare aiohttp "
              f"{fig('bare_rss_2000_mb', ' MB')})")
    if "serve_ready_s" in keys:
        print("\nCold start")
        print(f"  serve until /healthz     {fig('serve_ready_s', ' s', '{:.2f}')}")
        print(f"  votedeck to first slide  {fig('gui_first_slide_s', ' s', '{:.2f}')}   (target < 2 s)")


if __name__ == "__main__":
    raise SystemExit(main())
