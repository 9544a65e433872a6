"""The `votedeck` command line: picks a subcommand and runs it.

`votedeck [DECK]` presents; `votedeck check|export|serve|results|sessions|report|loadtest|rehearse|import`
do the rest. Each subcommand lives in its own module under `presenter/commands/` and is
imported only when used, so `check` and `serve` never load Qt.

Output piped into a program that stops reading (`votedeck check deck.md | head`)
ends quietly, for every command, instead of in a BrokenPipeError traceback.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

# name -> (module under presenter.commands, one-line help)
SUBCOMMANDS = {
    "present": ("present", "show a deck full-screen with live voting (the default)"),
    "check": ("check", "validate a deck and summarise it"),
    "export": ("export", "write a deck's slides as PNG files or a PDF"),
    "serve": ("serve", "run the voting server without a window"),
    "results": ("results", "export a session's results as CSV or JSON"),
    "sessions": ("sessions", "list or delete recorded sessions"),
    "report": ("report", "write the report after the talk (PDF, CSV or JSON)"),
    "loadtest": ("loadtest", "simulate many phones against a running votedeck"),
    "rehearse": ("rehearse", "check that phones on the venue network can vote"),
    "import": ("import_deck", "write a starter deck for a .pptx or .pdf made elsewhere"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only `command`'s module is imported to add its arguments, so one
    subcommand never pays for (or breaks on) another's imports."""
    parser = argparse.ArgumentParser(
        prog="votedeck",
        description="Present a Markdown deck and let the room vote from their phones.",
        epilog="Without a subcommand, `votedeck [DECK]` presents (the bundled talk when no DECK).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == command:
            _command(module).add_arguments(sub_parser)
    return parser


def _command(module: str):
    return importlib.import_module(f"presenter.commands.{module}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `votedeck`, `votedeck DECK` and `votedeck --windowed` mean `votedeck present ...`.
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "present")
    command = argv[0] if argv[0] in SUBCOMMANDS else None
    args = build_parser(command).parse_args(argv)
    if args.command is None:
        return 0
    try:
        code = int(_command(SUBCOMMANDS[args.command][0]).run(args) or 0)
        sys.stdout.flush()          # here, where a closed pipe can still be caught
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()


def _reader_went_away() -> int:
    """The program reading our output stopped (`| head`): stop quietly, as Unix tools
    do. stdout is pointed at devnull so Python's flush at exit does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass                    # stdout is not a real file (a test's capture): nothing to flush
    return 141                  # 128 + SIGPIPE, what a shell reports for a closed pipe
