"""The phones of bench/hostile_scale.py: the loadtest client with each few phones on a
loopback address of their own (127.0.1.1, 127.0.1.2, ...), as a hall's phones each
have one. Prints the loadtest's JSON figures. Run by the bench in its own process.
"""
from __future__ import annotations

import argparse
import json

from bench.procs import TOKEN
from common.collector import tune_for_many_phones
from loadtest.runner import LoadConfig, run


def source_hosts(phones: int, per_address: int) -> tuple[str, ...]:
    count = max(1, -(-phones // per_address))
    return tuple(f"127.0.{1 + i // 250}.{1 + i % 250}" for i in range(count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--phones", type=int, default=5000)
    parser.add_argument("--think", type=float, default=5000.0)
    parser.add_argument("--ramp", type=float, default=10.0)
    parser.add_argument("--per-address", type=int, default=5)
    args = parser.parse_args()
    config = LoadConfig(url=args.url, phones=args.phones, think_ms=args.think, ramp_s=args.ramp,
                        duration_limit_s=120.0, token=TOKEN, poll_slide=2,
                        source_hosts=source_hosts(args.phones, args.per_address))
    tune_for_many_phones()      # as `votedeck loadtest` (common/collector.py)
    print(json.dumps(run(config).as_json()))


if __name__ == "__main__":
    main()
