"""Run one votedeck subcommand as `votedeck NAME ...` would: `python -m bench.cmd serve ...`.

The benchmarks start `serve` and `loadtest` through this, building the parser of
that one subcommand only, so a benchmark never depends on every other subcommand
of the CLI importing cleanly. The code that runs is the subcommand's own run().
"""
from __future__ import annotations

import argparse
import importlib
import sys

from presenter.cli import SUBCOMMANDS


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in SUBCOMMANDS:
        print(f"Name a votedeck subcommand: {', '.join(SUBCOMMANDS)}.", file=sys.stderr)
        return 2
    module = importlib.import_module(f"presenter.commands.{SUBCOMMANDS[argv[0]][0]}")
    parser = argparse.ArgumentParser(prog=f"votedeck {argv[0]}")
    module.add_arguments(parser)
    try:
        return int(module.run(parser.parse_args(argv[1:])) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
