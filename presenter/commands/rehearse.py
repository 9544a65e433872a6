"""`votedeck rehearse [URL]`: before the talk, check that votes get through and how fast.

Without URL it starts a scratch voting server (temporary database, a one-poll
rehearsal deck) on this laptop's network address, lets test phones vote on it,
and throws it away: the real session never sees a rehearsal vote. With URL (the
join URL of a votedeck that is running, for example from a second laptop on the
venue wifi) test phones only connect, as the phone page does, and vote nothing.

The work is `venue.rehearsal` (headless); this module reads the command line and
prints the verdict.
"""
from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import asdict

from presenter.terminal import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from venue.rehearsal import MAX_PHONES, MAX_SECONDS

    parser.add_argument("url", nargs="?", default=None,
                        help="join URL of a running votedeck (test phones connect but do not vote); "
                             "without it, a scratch server on this laptop is rehearsed with votes")
    parser.add_argument("--phones", type=int, default=30,
                        help=f"how many test phones (default 30, at most {MAX_PHONES})")
    parser.add_argument("--seconds", type=float, default=20.0,
                        help=f"stop after this many seconds whatever happens (default 20, at most {MAX_SECONDS:g})")
    parser.add_argument("--host", default="0.0.0.0",
                        help="without URL: the address the scratch server listens on (default 0.0.0.0)")
    parser.add_argument("--port", type=int, default=8080,
                        help="without URL: the scratch server's port (default 8080, the talk's "
                             "port, so the firewall is tested for it; the next free one when taken)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")


def run(args: argparse.Namespace) -> int:
    from server.api import ServerError
    from venue.rehearsal import RehearsalError, check_request

    try:
        check_request(args.url, args.phones, args.seconds)
        result, reachable = _rehearse_url(args) if args.url else _rehearse_scratch(args)
    except (RehearsalError, ServerError) as exc:
        say(str(exc))
        return 2
    verdict = result.text()
    if not reachable:
        verdict += (" But the server listened on this computer only: phones cannot join until "
                    "votedeck listens on a network address (see the warning above).")
    if args.json:
        print(json.dumps({**asdict(result), "ok": result.ok and reachable, "verdict": verdict},
                         indent=2))
    else:
        print(verdict)
    return 0 if result.ok and reachable else 1


def _own_addresses() -> list[str]:
    from server.net.lan import lan_addresses

    try:
        return [ip for _, ip in lan_addresses()]
    except OSError:
        return []


def _rehearse_url(args: argparse.Namespace):
    from venue.rehearsal import is_this_machine, rehearse_reach

    here = is_this_machine(args.url, _own_addresses())
    say(f"Rehearsing {args.phones} test phones against {args.url} (connecting only, no votes) …")
    result = asyncio.run(rehearse_reach(args.url, args.phones, args.seconds, from_this_laptop=here))
    return result, True


def _rehearse_scratch(args: argparse.Namespace):
    from venue.rehearsal import run_scratch_rehearsal

    def started(join) -> None:
        for warning in join.warnings:
            say(warning)
        if join.port_changed:
            say(f"Port {args.port} is in use (votedeck itself?), so the rehearsal uses "
                 f"{join.port}: the firewall is tested for that port, not {args.port}.")
        say(f"Rehearsing {args.phones} test phones voting at {join.url} (a scratch session) …")

    result, join = run_scratch_rehearsal(args.host, args.port, args.phones, args.seconds,
                                         on_started=started)
    return result, join.lan
