"""`votedeck [DECK]` / `votedeck present`: show a deck with live voting.

Only argument parsing here; Qt is imported inside `run()` so `votedeck --help`
stays fast and the other subcommands never load it.
"""
from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", nargs="?", metavar="DECK",
                        help="the Markdown deck to show (default: the bundled talk)")
    parser.add_argument("--screen", type=int, metavar="N",
                        help="the audience screen, 1-based (default: the second screen "
                             "when there is one)")
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of full-screen")
    parser.add_argument("--no-console", action="store_true",
                        help="start without the presenter console")
    parser.add_argument("--no-voting", action="store_true",
                        help="slides only: do not start the voting server")
    from presenter.commands.server_options import add_server_options
    add_server_options(parser)


def run(args: argparse.Namespace) -> int:
    from presenter.ui.app import run_presenter
    return run_presenter(args)
