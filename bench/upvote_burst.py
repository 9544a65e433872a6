"""2,000 phones upvoting one question over 10 s: are they all acknowledged, and how fast?

    .venv/bin/python bench/upvote_burst.py [--phones 2000] [--seconds 10] [--per-address 5]

The real voting server (server.runtime.VotingServer) in this process with its default
caps (per-address voters, requests a second, open connections), on 127.0.0.1 port 0,
SQLite in a tmp folder, on the questions-from-the-room slide of the kinds deck. The
phones run in a process of their own (as a hall's phones are not in the presenter's
process), each few of them on a loopback address of their own (127.0.1.1, 127.0.1.2,
..., as each phone in a hall has one), each phone one upvote, evenly spread over the
time, all in flight at once if the server is slow. Baseline, same run: as many phones
voting on a scale poll over the same time. Prints acknowledged / failed, and p50 /
p99 / max of the time to the acknowledgement, and the load average; asserts nothing.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.phones import source_hosts  # noqa: E402
from loadtest.figures import percentile  # noqa: E402


async def _phones(base: str, kind: str, target: str, phones: int, seconds: float,
                  per_address: int) -> dict:
    """The client side: every phone's one request; figures as a dict."""
    import aiohttp
    hosts = source_hosts(phones, per_address)
    sessions = [aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(h, 0), limit=0),
                                      cookie_jar=aiohttp.DummyCookieJar()) for h in hosts]
    waits: list[float] = []
    failures: dict[str, int] = {}
    start = time.perf_counter() + 0.2

    async def one(n: int) -> None:
        await asyncio.sleep(max(0.0, start + n * seconds / phones - time.perf_counter()))
        body = {"poll": "ask", "id": int(target)} if kind == "upvote" else {"poll": "mood", "choice": 1 + n % 5}
        sent = time.perf_counter()
        try:
            async with sessions[n // per_address].post(
                    f"{base}/api/{kind}", json=body, headers={"Cookie": f"voter=burstphone{n:012d}"},
                    timeout=aiohttp.ClientTimeout(total=30)) as response:
                await response.read()
                status = str(response.status)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            status = type(error).__name__
        if status == "200":
            waits.append((time.perf_counter() - sent) * 1000)
        else:
            failures[status] = failures.get(status, 0) + 1
    try:
        await asyncio.gather(*(one(n) for n in range(phones)))
    finally:
        for session in sessions:
            await session.close()
    return {"acked": len(waits), "failed": failures, "p50": percentile(waits, 50),
            "p99": percentile(waits, 99), "max": max(waits, default=float("nan")),
            "addresses": len(hosts)}


def _run_phones(base: str, kind: str, target: str, args) -> dict:
    out = subprocess.run([sys.executable, __file__, "--client", base, kind, target, "--phones", str(args.phones),
                          "--seconds", str(args.seconds), "--per-address", str(args.per_address)],
                         capture_output=True, text=True, timeout=args.seconds + 120, check=False)
    if out.returncode != 0:
        raise SystemExit(f"the phones' process failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _question(server, base: str) -> str:
    """Ask one question from a phone of its own; its id once the room has it."""
    import urllib.request
    request = urllib.request.Request(f"{base}/api/answer", method="POST",
                                     data=json.dumps({"poll": "ask", "text": "Hvem betaler?"}).encode(),
                                     headers={"Content-Type": "application/json",
                                              "Cookie": "voter=burstasker0000001"})
    urllib.request.urlopen(request, timeout=10).read()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        poll = server.snapshot().poll("ask")
        if poll is not None and poll.answers:
            return str(poll.answers[0].id)
        time.sleep(0.05)
    raise SystemExit("the question never reached the room")


def main() -> None:
    if sys.argv[1:2] == ["--client"]:
        parser = argparse.ArgumentParser()
        parser.add_argument("base")
        parser.add_argument("kind")
        parser.add_argument("target")
        for name, kind, default in (("--phones", int, 2000), ("--seconds", float, 10.0), ("--per-address", int, 5)):
            parser.add_argument(name, type=kind, default=default)
        args = parser.parse_args(sys.argv[2:])
        print(json.dumps(asyncio.run(_phones(args.base, args.kind, args.target, args.phones, args.seconds,
                                             args.per_address))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--per-address", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from server.api import ServerConfig
    from server.runtime import VotingServer
    from tests.server.kinds_support import kinds_deck

    data = Path(tempfile.mkdtemp(prefix="votedeck-bench-"))
    server = VotingServer(kinds_deck(), ServerConfig(host="127.0.0.1", port=0, data_dir=data))
    join = server.start()
    base = f"http://127.0.0.1:{join.port}"
    try:
        server.show_slide(5)
        time.sleep(0.2)
        upvotes = _run_phones(base, "upvote", _question(server, base), args)
        server.show_slide(3)
        time.sleep(0.2)
        votes = _run_phones(base, "vote", "", args)
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)
    print(f"{args.phones} phones over {args.seconds:g} s, {args.per_address} a loopback address "
          f"({upvotes['addresses']} addresses), default caps; load average {os.getloadavg()[0]:.2f}")
    for name, r in (("upvotes", upvotes), ("baseline: scale votes", votes)):
        print(f"  {name:22} acknowledged {r['acked']}, failed {sum(r['failed'].values())} {r['failed'] or ''}"
              f"  p50 {r['p50']:.1f} ms  p99 {r['p99']:.1f} ms  max {r['max']:.1f} ms")
    print(f"  ratio of p99s (upvotes / votes) {upvotes['p99'] / votes['p99']:.2f}")


if __name__ == "__main__":
    main()
