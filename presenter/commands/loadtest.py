"""`votedeck loadtest URL --phones N`: rehearse a full hall against a running votedeck.

The work is done by `loadtest.runner` (headless, aiohttp only); this module reads
the command line and prints the summary or the JSON.
"""
from __future__ import annotations

import argparse
import json
import sys

from presenter.terminal import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from loadtest.runner import MAX_DURATION_S, MAX_PHONES

    parser.add_argument("url", nargs="?", default="",
                        help="address of the running votedeck, e.g. http://192.168.1.20:8080/")
    parser.add_argument("--phones", type=int, default=None,
                        help=f"how many phones to simulate (1..{MAX_PHONES})")
    parser.add_argument("--votes-per-phone", type=int, default=1, metavar="K",
                        help="votes each phone sends; above 1 it changes its vote (default 1)")
    parser.add_argument("--ramp", type=float, default=0.0, metavar="S",
                        help="spread the phones' arrivals over S seconds (default 0: all at once)")
    parser.add_argument("--think", type=float, default=500.0, metavar="MS",
                        help="each phone waits a random 0..MS milliseconds before each vote (default 500)")
    parser.add_argument("--duration-limit", type=float, default=60.0, metavar="S",
                        help="hard deadline: stop after S seconds whatever happens "
                             f"(default 60, at most {MAX_DURATION_S:g})")
    parser.add_argument("--max-rate", type=float, default=0.0, metavar="VOTES_PER_S",
                        help="never send more votes a second than this, in all (default: no limit)")
    parser.add_argument("--token", default=None,
                        help="the presenter's control token: the tool then opens the poll itself "
                             "and measures how fast slide changes reach the phones")
    parser.add_argument("--slide", type=int, default=None, metavar="N",
                        help="with --token: the slide whose poll the phones answer (default: the first with a poll)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")


def run(args: argparse.Namespace) -> int:
    from common.collector import tune_for_many_phones
    from loadtest.runner import LoadConfig, LoadError
    from loadtest.runner import run as run_load

    if args.phones is None:
        say("Say how many phones to simulate, e.g. --phones 200.")
        return 2
    config = LoadConfig(
        url=args.url, phones=args.phones, votes_per_phone=args.votes_per_phone,
        ramp_s=args.ramp, think_ms=args.think, duration_limit_s=args.duration_limit,
        token=args.token, poll_slide=args.slide, max_rate=args.max_rate,
    )
    progress = sys.stderr if sys.stderr.isatty() else None
    tune_for_many_phones()      # thousands of phones in this process: no full collection mid-run
    try:
        report = run_load(config, progress=progress)
    except LoadError as exc:
        say(str(exc))
        return 2
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(report.text())
    return 0 if report.clean else 1
