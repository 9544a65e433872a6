"""`votedeck [DECK]` / `votedeck present`: show a deck with live voting.

The arguments become typed options here and go no further: a `PresenterOptions`
for the windows and the server's `ServerConfig` (None with --no-voting). Qt is
imported inside `run()` so `votedeck --help` stays fast and the other subcommands
never load it.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from presenter.commands.server_options import add_server_options, server_config
from presenter.data_folder import recording_folder
from presenter.terminal import say
from presenter.ui.options import PresenterOptions
from server.api import ServerConfig


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
    parser.add_argument("--no-watch", action="store_true",
                        help="do not reload the deck when its file is saved")
    add_server_options(parser)


def presenter_options(args: argparse.Namespace) -> PresenterOptions:
    return PresenterOptions(deck=Path(args.deck) if args.deck else None, screen=args.screen,
                            windowed=args.windowed, console=not args.no_console,
                            watch=not args.no_watch)


def voting_config(args: argparse.Namespace) -> ServerConfig | None:
    """The server's configuration, or None with --no-voting (slides only). Its data folder
    follows presenter/data_folder.py's rule, said on the terminal when it is not the one
    given or the default."""
    if args.no_voting:
        return None
    folder = recording_folder(args.data_dir)
    if folder.note():
        say(folder.note(), named=True)
    return server_config(args, folder)


def run(args: argparse.Namespace) -> int:
    from presenter.ui.app import run_presenter
    return run_presenter(presenter_options(args), voting_config(args))
