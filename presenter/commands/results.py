"""`votedeck results [DECK] [--session ID] [--data-dir DIR] --format csv|json [--output FILE]`.

One row per poll and option (CSV) or the same numbers nested with the session's
metadata (JSON), for the deck's latest session unless --session says which. Without
DECK: the deck the session was recorded with when --session is given (if that file
is still there), else the bundled talk. Formats: docs/results.md.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presenter.terminal import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", nargs="?", metavar="DECK",
                        help="the deck whose results to export (default: the bundled talk, or "
                             "the deck of --session)")
    add_session_options(parser)
    parser.add_argument("--format", choices=("csv", "json"),
                        help="csv (UTF-8 with BOM, for Excel and LibreOffice) or json "
                             "(default: from --output's suffix, else csv)")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write to FILE (default: print to the terminal)")
    from presenter.commands.compare_table import compare_choice
    parser.add_argument("--compare", type=compare_choice, metavar="all|ID,ID",
                        help="print the session beside the deck's earlier sessions (all) or the "
                             "ones named, poll by poll, as a table")


def add_session_options(parser: argparse.ArgumentParser) -> None:
    """--session and --data-dir, shared with `votedeck export --results`."""
    from presenter.data_folder import DATA_DIR_HELP
    parser.add_argument("--session", type=_session_id, metavar="ID",
                        help="the session to read (default: the deck's latest; "
                             "`votedeck sessions` lists them)")
    if not any("--data-dir" in action.option_strings for action in parser._actions):
        parser.add_argument("--data-dir", type=Path, metavar="DIR",
                            help=DATA_DIR_HELP)


def _session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a session id (a whole number, "
                                         "see `votedeck sessions`)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a session id (they start at 1)")
    return value


def resolve(args: argparse.Namespace):
    """(deck or None, SessionResults) for DECK/--session/--data-dir; raises ResultsError,
    DeckError. The deck is None only when --session's deck file is gone."""
    from server.store.results import session_results
    deck, spec, session, database = resolve_session(args)
    return deck, session_results(database, session.id, spec)


def resolve_session(args: argparse.Namespace):
    """(deck or None, its DeckSpec or None, SessionSummary, the vote database) for
    DECK/--session/--data-dir. The folder follows presenter/data_folder.py's rule (said
    when it is the remembered one); a session not found there but in the other folder
    is a sentence that names it."""
    from presenter.data_folder import data_folder
    from presenter.deck.parser import load_deck
    from presenter.deck.spec import deck_spec
    from presenter.paths import BUNDLED_DECK

    folder = data_folder(args.data_dir)
    if folder.note():
        say(folder.note())
    session = _session(folder, args.session) if args.session is not None else None
    if args.deck:
        deck = load_deck(Path(args.deck))
    elif session is not None:
        recorded = Path(session.deck_key)
        deck = load_deck(recorded) if recorded.is_file() else None
        if deck is None:
            say(f"The deck {session.deck_key} of session {session.id} is gone; questions and "
                 "labels are left out (give the deck file as DECK to get them).")
    else:
        deck = load_deck(BUNDLED_DECK)
    spec = deck_spec(deck) if deck is not None else None
    if session is None:
        session = _latest(folder, spec)
    elif spec is not None and session.deck_key != spec.key:
        say(f"Session {session.id} was recorded with {session.deck_key}; its questions and "
             f"labels are taken from {spec.key}.")
    return deck, spec, session, folder.database


def session_in(folder, session_id: int | None, spec):
    """Session `session_id`, else the deck's latest, in `folder` (a DataFolder); a
    ResultsError says where else it is, when another folder has it."""
    return _session(folder, session_id) if session_id is not None else _latest(folder, spec)


def _session(folder, session_id: int):
    """Session `session_id` in `folder` (ResultsError: not there, and where it is)."""
    from server.store.session_list import find_session

    return _found(folder, lambda database: find_session(database, session_id), f"session {session_id}")


def _latest(folder, spec):
    """The deck's latest session in `folder` (ResultsError: none, and where there are)."""
    from server.store.session_list import latest_session

    return _found(folder, lambda database: latest_session(database, spec),
                  f"sessions of the deck {spec.title!r}")


def _found(folder, look, what: str):
    """`look(database)` in `folder`; when it is not there, the ResultsError also names the
    folder that has `what`."""
    from presenter.data_folder import with_elsewhere
    from server.store.reading import ResultsError

    def find(database: Path) -> str:
        look(database)
        return what
    try:
        return look(folder.database)
    except ResultsError as error:
        raise with_elsewhere(error, folder, find) from None


def run(args: argparse.Namespace) -> int:
    from presenter.deck.errors import DeckError
    from server.store.reading import ResultsError
    from server.store.results_files import encode

    if args.compare is not None:
        from presenter.commands.compare_table import run_compare
        return run_compare(args)
    fmt = args.format or ("json" if args.output and args.output.suffix.lower() == ".json"
                          else "csv")
    try:
        _, results = resolve(args)
    except ResultsError as error:
        say(str(error))
        return 1
    except DeckError as error:
        say(str(error))
        return 2
    data = encode(results, fmt)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_bytes(data)
    except OSError as error:
        say(f"Could not write {args.output} ({error.strerror or error}); choose a file in a "
             "folder you can write to.")
        return 1
    polls = len(results.polls)
    say(f"Wrote the results of session {results.session.id} ({results.session.name!r}, "
         f"{polls} poll{'s' if polls != 1 else ''}) to {args.output}.")
    return 0
