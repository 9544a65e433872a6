"""Where a slide change's time goes: `.venv/bin/python -m bench.fanout_probe [--phones N]`.

Runs the voting server in this process (the bench deck, default limits) and the
phones (bench/phones.py) in their own, and prints for every change that reached
the phones: the server's wall time from the broadcast until the last phone's
state was written, and the CPU the server's loop thread spent meanwhile, beside
the phones' own p50/p99. Wall time far above CPU time means the server was
waiting for a core, not working. This is how the poll-opening change (slower
than a plain change as the phones measure it, issue 19) was found to cost the
server no more CPU than a plain change; the rest is the phones' own reaction to
an open poll on the same cores (bare aiohttp shows the same gap).

With `--hold`, bench/attacker.py holds attacks 1-3 meanwhile (as hostile_scale's hold
run): that is how full garbage collections in the middle of a broadcast were found
(common/collector.py). The server here is tuned as `votedeck serve` tunes it.

Asserts nothing. The probe wraps two methods of the hub and its links; it is a
diagnostic for this machine, not part of the server.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.hostile_scale import Attacker
from bench.procs import DECK, ROOT, TOKEN, free_port
from common.collector import tune_for_many_phones
from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.api import ServerConfig
from server.runtime import VotingServer
from server.web.hub import PhoneHub
from server.web.phone_link import PhoneLink


class FanoutProbe:
    """Times each broadcast until every link it fed has written its state."""

    def __init__(self) -> None:
        self.records: list[tuple[int, int, float, float]] = []
        self._current: dict | None = None

    def install(self) -> None:
        broadcast, send = PhoneHub._broadcast, PhoneLink._send_pending
        probe = self

        def timed_broadcast(hub: PhoneHub) -> None:
            probe._current = {"slide": hub.presentation.slide, "phones": len(hub.links), "done": 0,
                              "wall": time.perf_counter(), "cpu": time.thread_time()}
            broadcast(hub)

        async def timed_send(link: PhoneLink) -> None:
            await send(link)
            now = probe._current
            if now is not None:
                now["done"] += 1
                # 99 % of the links: a stalled reader (--hold) never finishes its send.
                if now["done"] == max(1, now["phones"] * 99 // 100):
                    probe.records.append((now["slide"], now["phones"],
                                          (time.perf_counter() - now["wall"]) * 1000,
                                          (time.thread_time() - now["cpu"]) * 1000))
        PhoneHub._broadcast = timed_broadcast          # type: ignore[method-assign]
        PhoneLink._send_pending = timed_send           # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=2000)
    parser.add_argument("--think", type=float, default=2000.0)
    parser.add_argument("--ramp", type=float, default=4.0)
    parser.add_argument("--hold", action="store_true",
                        help="while bench/attacker.py holds attacks 1-3 (as hostile_scale's hold)")
    args = parser.parse_args()
    probe = FanoutProbe()
    probe.install()
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        server = VotingServer(deck_spec(load_deck(DECK)), ServerConfig(
            host="127.0.0.1", port=port, data_dir=Path(data), token=TOKEN))
        tune_for_many_phones()          # as `votedeck serve` does (common/collector.py)
        server.start()
        try:
            with Attacker("hold", port) if args.hold else contextlib.nullcontext():
                done = subprocess.run([sys.executable, "-m", "bench.phones", f"http://127.0.0.1:{port}/",
                                       "--phones", str(args.phones), "--think", str(args.think),
                                       "--ramp", str(args.ramp)], cwd=ROOT, capture_output=True,
                                      text=True, timeout=300)
        finally:
            server.stop()
    report = json.loads(done.stdout)
    measured = {c["slide"]: c["latency"] for c in report.get("slide_changes", [])}
    print(f"{'slide':>5} {'phones':>7} {'server wall ms':>15} {'loop CPU ms':>12} "
          f"{'phones p50 ms':>14} {'phones p99 ms':>14}")
    for slide, phones, wall, cpu in probe.records:
        if phones >= args.phones // 2 and slide in measured:
            lat = measured[slide]
            print(f"{slide:>5} {phones:>7} {wall:>15.0f} {cpu:>12.1f} {lat['p50']:>14.0f} "
                  f"{lat['p99']:>14.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
