"""5,000 phones with an attacker in the room: `.venv/bin/python -m bench.hostile_scale`.

Prints figures and ratios, asserts nothing (issue 19, "scale with an attacker in
the room"). Each run starts a fresh server process with votedeck's DEFAULT limits
on 127.0.0.1, and in the same round:

  quiet   5,000 WebSocket phones (bench/phones.py over the loadtest client, one
          loopback address per 5 phones, 127.0.1.1 upwards, as a hall's phones
          each have their own) connect, the poll opens, all vote within 5 s, the
          slide moves on
  hold    the same while bench/attacker.py holds attacks 1-3 from 127.0.0.2/.3:
          idle keep-alive connections, every WebSocket one address may open,
          16 sockets that never read
  flood   the same while bench/attacker.py floods GET / and /api/state from
          127.0.0.2 (its own process, on the same cores)
  bare    the quiet run against bare aiohttp (bench/bare_server.py), the ceiling

For each: votes acknowledged / failed, vote p50 / p99, the poll-opening change
and the plain change afterwards (p50 / p99 until every phone has heard), the
server's peak RSS; then each attacked run against the quiet one (targets: 1.5x
under attacks 1-3, 3x under the flood) and votedeck against bare aiohttp.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time

from bench.procs import ROOT, Server
from loadtest.figures import median

PHONES_PER_ADDRESS = 5


def phones_run(url: str, phones: int, think_ms: float, ramp_s: float) -> dict:
    argv = [sys.executable, "-m", "bench.phones", url, "--phones", str(phones),
            "--think", str(think_ms), "--ramp", str(ramp_s),
            "--per-address", str(PHONES_PER_ADDRESS)]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if not done.stdout.strip():
        raise RuntimeError(f"the phones failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


class Attacker:
    def __init__(self, mode: str, port: int):
        self.argv = [sys.executable, "-m", "bench.attacker", mode, "--port", str(port)]
        self.proc: subprocess.Popen | None = None
        self.ready: dict = {}
        self.final: dict = {}

    def __enter__(self) -> Attacker:
        self.proc = subprocess.Popen(self.argv, cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        self.ready = json.loads(line.split(" ", 1)[1]) if line.startswith("ready") else {}
        return self

    def __exit__(self, *exc) -> None:
        self.proc.stdin.close()
        try:
            out = self.proc.stdout.read()
            self.proc.wait(30)
            self.final = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
        except (subprocess.TimeoutExpired, ValueError):
            self.proc.kill()
            self.proc.wait()
        finally:
            self.proc.stdout.close()


def figures(report: dict, server: Server) -> dict:
    changes = report.get("slide_changes") or []
    out = {"acked": report["votes_acknowledged"],
           "failed": report["votes_failed"] + report["phones_failed_to_connect"],
           "vote_p50": report["ack_latency_ms"]["p50"], "vote_p99": report["ack_latency_ms"]["p99"],
           "rss_mb": server.peak_rss_mb(), "seconds": report.get("elapsed_s"),
           "why_failed": {**report.get("failures", {}), **report.get("connect_errors", {})}}
    if changes:
        out.update(open_p50=changes[0]["latency"]["p50"], open_p99=changes[0]["latency"]["p99"],
                   not_told=sum(c["phones_not_told"] for c in changes))
        out.update(change_p50=changes[-1]["latency"]["p50"], change_p99=changes[-1]["latency"]["p99"])
    return out


def one_round(phones: int, think_ms: float, ramp_s: float, only: set[str],
              reverse: bool = False) -> dict:
    """One run of each kind. Every other round runs them in reverse order: a run right
    after another on the same cores (sockets in TIME_WAIT, warm caches) measured
    differently from one after a pause, and a fixed order put that on one side."""
    results = {}
    names = ("quiet", "hold", "flood")
    for name in reversed(names) if reverse else names:
        if only and name not in only:
            continue
        with Server.votedeck_default_limits() as server:
            if name == "quiet":
                report = phones_run(server.url, phones, think_ms, ramp_s)
                attack = {}
            else:
                with Attacker(name, server.port) as attacker:
                    report = phones_run(server.url, phones, think_ms, ramp_s)
                attack = {"attack_ready": attacker.ready, "attack_counts": attacker.final}
            results[name] = {**figures(report, server), **attack}
    if not only or "bare" in only:
        with Server.bare() as bare:
            results["bare"] = figures(phones_run(bare.url, phones, think_ms, ramp_s), bare)
    return results


def print_figures(rounds: list[dict]) -> None:
    def values(run: str, key: str) -> list[float]:
        found = [r[run].get(key) for r in rounds if run in r]
        return [v for v in found if v is not None and not (isinstance(v, float) and math.isnan(v))]

    def fig(run: str, key: str) -> str:
        got = values(run, key)
        return f"{median(got):.0f}" if got else "-"

    def ratio(run: str, base: str, key: str) -> str:
        pairs = [r[run][key] / r[base][key] for r in rounds
                 if run in r and base in r and r[run].get(key) is not None and r[base].get(key)]
        return f"{median(pairs):.2f}" if pairs else "-"

    runs = [run for run in ("quiet", "hold", "flood", "bare") if any(run in r for r in rounds)]
    print(f"\n{'':24}" + "".join(f"{run:>12}" for run in runs))
    for label, key in (("votes acked", "acked"), ("votes/phones failed", "failed"),
                       ("vote p50 ms", "vote_p50"), ("vote p99 ms", "vote_p99"),
                       ("poll-opening p50 ms", "open_p50"), ("poll-opening p99 ms", "open_p99"),
                       ("slide change p50 ms", "change_p50"), ("slide change p99 ms", "change_p99"),
                       ("phones not told", "not_told"), ("server peak RSS MB", "rss_mb")):
        print(f"{label:24}" + "".join(f"{fig(run, key):>12}" for run in runs))
    print("\nratios (median over rounds)")
    for run, target in (("hold", "1.5"), ("flood", "3")):
        if run in runs and "quiet" in runs:
            print(f"  {run} / quiet: vote p99 {ratio(run, 'quiet', 'vote_p99')}, "
                  f"poll-opening p99 {ratio(run, 'quiet', 'open_p99')}, "
                  f"slide change p99 {ratio(run, 'quiet', 'change_p99')}   (target <= {target})")
    if "bare" in runs and "quiet" in runs:
        print(f"  votedeck quiet / bare aiohttp: vote p99 {ratio('quiet', 'bare', 'vote_p99')}, "
              f"poll-opening p99 {ratio('quiet', 'bare', 'open_p99')}, "
              f"slide change p99 {ratio('quiet', 'bare', 'change_p99')}, "
              f"RSS {ratio('quiet', 'bare', 'rss_mb')}")
    for run in runs:
        for r in rounds:
            if r.get(run, {}).get("why_failed"):
                print(f"  {run}: why votes or phones failed: {r[run]['why_failed']}")
    for run in ("hold", "flood"):
        for r in rounds:
            if run in r:
                print(f"  attacker ({run}): ready {r[run].get('attack_ready')}, "
                      f"at the end {r[run].get('attack_counts')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=5000)
    parser.add_argument("--think", type=float, default=5000.0, metavar="MS",
                        help="phones vote within this long of the poll opening (default 5000)")
    parser.add_argument("--ramp", type=float, default=10.0, metavar="S",
                        help="phones arrive over this long (default 10)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only", action="append", choices=("quiet", "hold", "flood", "bare"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    print(f"hostile scale: {args.phones} phones, {os.cpu_count()} cores shared by the server, "
          f"the phones and the attacker; load average before: {os.getloadavg()[0]:.1f}", flush=True)
    rounds = []
    for i in range(args.rounds):
        rounds.append(one_round(args.phones, args.think, args.ramp, set(args.only or ()),
                                reverse=i % 2 == 1))
        print(f"  round {i + 1}/{args.rounds} done ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr, flush=True)
    print_figures(rounds)
    print(f"(took {time.perf_counter() - started:.0f} s; load average after: "
          f"{os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
