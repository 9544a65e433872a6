"""`votedeck sessions [--data-dir DIR] [--json]` lists the recorded sessions;
`votedeck sessions --delete ID` deletes one with its votes (no question asked: the
command is the decision; it prints what it deleted). `--export ID FILE` and
`--import FILE [--deck DECK]` move a session between laptops (session_transfer.py).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from presenter.terminal import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from presenter.commands.results import _session_id
    from presenter.data_folder import DATA_DIR_HELP
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help=DATA_DIR_HELP)
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument("--delete", type=_session_id, metavar="ID",
                        help="delete session ID and all its votes")
    parser.add_argument("--export", nargs=2, metavar=("ID", "FILE"),
                        help="write session ID with its polls and votes to FILE, for "
                             "--import on another laptop")
    parser.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                        help="add the session in FILE (from --export) to this laptop's sessions")
    parser.add_argument("--deck", type=Path, metavar="DECK",
                        help="with --export/--import: the deck the session's polls must match "
                             "(default: the deck file it was recorded with, else the bundled talk)")


def _when(session) -> str:
    from server.store.results_files import started_iso
    return started_iso(session).replace("T", " ")[:16]


def run(args: argparse.Namespace) -> int:
    from presenter.data_folder import data_folder
    from server.store.reading import ResultsError
    from server.store.session_list import list_sessions

    folder = data_folder(args.data_dir)        # presenter/data_folder.py's rule
    if folder.note():
        say(folder.note())
    database = folder.database
    if args.export is not None or args.import_file is not None:
        return _transfer(args, folder)
    if args.delete is not None:
        return _delete(folder, args.delete)
    try:
        sessions = list_sessions(database)
    except ResultsError as error:
        from presenter.data_folder import with_elsewhere
        say(str(with_elsewhere(error, folder, _how_many)))
        return 1
    if args.json:
        from server.store.results_files import started_iso
        print(json.dumps([{"id": s.id, "name": s.name, "deck_title": s.deck_title,
                           "deck_key": s.deck_key, "started": started_iso(s),
                           "started_at": s.started_at, "polls": s.polls, "voters": s.voters,
                           "votes": s.votes, "place": s.place, "date": s.held_on,
                           "uid": s.uid} for s in sessions], ensure_ascii=False, indent=2))
    elif sessions:
        print(_table(sessions))
        print(f"\n{len(sessions)} session{'s' if len(sessions) != 1 else ''} in {database}.")
    else:
        print(f"No sessions in {database} yet.")
    if not sessions:
        from presenter.data_folder import found_elsewhere
        hint = found_elsewhere(folder, _how_many)
        if hint:
            say(hint)
    return 0


def _how_many(database: Path) -> str | None:
    """"3 sessions" when `database` has any (for the sentence that names another folder)."""
    from server.store.session_list import list_sessions
    count = len(list_sessions(database))
    return f"{count} session{'s' if count != 1 else ''}" if count else None


def _has_session(session_id: int):
    from server.store.session_list import find_session

    def find(database: Path) -> str:
        find_session(database, session_id)
        return f"session {session_id}"
    return find


def _delete(folder, session_id: int) -> int:
    """Delete a session; one that is not there is a sentence (saying where it is, if elsewhere)."""
    from presenter.data_folder import with_elsewhere
    from server.store.reading import ResultsError
    from server.store.session_list import delete_session
    try:
        gone = delete_session(folder.database, session_id)
    except ResultsError as error:
        say(str(with_elsewhere(error, folder, _has_session(session_id))))
        return 1
    print(f"Deleted session {gone.id} {gone.name!r} of {gone.deck_title!r} "
          f"(started {_when(gone)}): {gone.votes} vote{'s' if gone.votes != 1 else ''} "
          f"from {gone.voters} voter{'s' if gone.voters != 1 else ''}.")
    return 0


def _table(sessions) -> str:
    head = ("ID", "Deck", "Name", "Place", "Started", "Polls", "Voters", "Votes")
    rows = [(str(s.id), s.deck_title, s.name, s.place or "-", _when(s), str(s.polls),
             str(s.voters), str(s.votes)) for s in sessions]
    widths = [min(40, max(len(r[i]) for r in [head] + rows)) for i in range(len(head))]
    right = {0, 5, 6, 7}

    def line(cells) -> str:
        out = []
        for i, cell in enumerate(cells):
            cell = cell if len(cell) <= widths[i] else cell[:widths[i] - 1] + "…"
            out.append(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]))
        return "  ".join(out).rstrip()
    return "\n".join([line(head)] + [line(r) for r in rows])


def _transfer(args: argparse.Namespace, folder) -> int:
    from presenter.commands import session_transfer
    if args.import_file is not None:
        return session_transfer.import_session(folder.database, args.import_file, args.deck)
    from presenter.commands.results import _session_id
    from presenter.data_folder import with_elsewhere
    from server.store.reading import ResultsError
    from server.store.session_list import find_session
    try:
        session_id = _session_id(args.export[0])
    except argparse.ArgumentTypeError as error:
        say(f"--export: {error}.")
        return 2
    try:
        find_session(folder.database, session_id)   # not here: say where it is, if elsewhere
    except ResultsError as error:
        say(str(with_elsewhere(error, folder, _has_session(session_id))))
        return 1
    return session_transfer.export_session(folder.database, session_id, Path(args.export[1]),
                                           args.deck)
