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
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="folder of the vote database (default: the user data folder)")
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
    from server.store.reading import ResultsError
    from server.store.schema import database_path
    from server.store.session_list import delete_session, list_sessions

    database = database_path(args.data_dir)
    if args.export is not None or args.import_file is not None:
        return _transfer(args, database)
    try:
        if args.delete is not None:
            gone = delete_session(database, args.delete)
            print(f"Deleted session {gone.id} {gone.name!r} of {gone.deck_title!r} "
                  f"(started {_when(gone)}): {gone.votes} vote{'s' if gone.votes != 1 else ''} "
                  f"from {gone.voters} voter{'s' if gone.voters != 1 else ''}.")
            return 0
        sessions = list_sessions(database)
    except ResultsError as error:
        say(str(error))
        return 1
    if args.json:
        from server.store.results_files import started_iso
        print(json.dumps([{"id": s.id, "name": s.name, "deck_title": s.deck_title,
                           "deck_key": s.deck_key, "started": started_iso(s),
                           "started_at": s.started_at, "polls": s.polls, "voters": s.voters,
                           "votes": s.votes, "place": s.place, "date": s.held_on,
                           "uid": s.uid} for s in sessions], ensure_ascii=False, indent=2))
        return 0
    if not sessions:
        print(f"No sessions in {database} yet.")
        return 0
    print(_table(sessions))
    print(f"\n{len(sessions)} session{'s' if len(sessions) != 1 else ''} in {database}.")
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


def _transfer(args: argparse.Namespace, database: Path) -> int:
    from presenter.commands import session_transfer
    if args.import_file is not None:
        return session_transfer.import_session(database, args.import_file, args.deck)
    from presenter.commands.results import _session_id
    try:
        session_id = _session_id(args.export[0])
    except argparse.ArgumentTypeError as error:
        say(f"--export: {error}.")
        return 2
    return session_transfer.export_session(database, session_id, Path(args.export[1]), args.deck)
