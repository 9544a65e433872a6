"""`votedeck report [DECK] --session ID [--compare all|ID,ID] --output FILE.pdf|.csv|.json`.

The report after the talk, for the municipality: a PDF (title page, each poll beside
the comparison, the room's answers, the method note; presenter/report/pdf.py) or,
with `--format csv|json`, one row per session × poll × option for a spreadsheet
(presenter/report/files.py). Which session and deck: as `votedeck results` reads
them. Heavy imports stay inside run() so `votedeck --help` does not load Qt.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from presenter.commands.compare_table import compare_choice
    from presenter.commands.results import add_session_options
    parser.add_argument("deck", nargs="?", metavar="DECK",
                        help="the deck of the session (default: the deck it was recorded with, "
                             "else the bundled talk)")
    add_session_options(parser)
    parser.add_argument("--compare", type=compare_choice, metavar="all|ID,ID",
                        help="put the session beside the deck's earlier sessions (all) or the "
                             "ones named")
    parser.add_argument("--format", choices=("pdf", "csv", "json"),
                        help="pdf (default), or csv/json with one row per session, poll and "
                             "option (default: from --output's suffix)")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", required=True,
                        help="the file to write (FILE.pdf, FILE.csv or FILE.json)")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = args.output.suffix.lower().lstrip(".")
    return suffix if suffix in ("csv", "json") else "pdf"


def run(args: argparse.Namespace) -> int:
    from presenter.commands.results import resolve_session
    from presenter.deck.errors import DeckError
    from presenter.report.data import gather_report
    from server.store.reading import ResultsError

    fmt = _format(args)
    try:
        deck, spec, session, database = resolve_session(args)
        if deck is None and fmt == "pdf":
            print("The PDF report draws the deck's slides; give the deck file as DECK.",
                  file=sys.stderr)
            return 1
        report = gather_report(database, session.id, args.compare, spec)
    except (ResultsError, DeckError) as error:
        print(str(error), file=sys.stderr)
        return 1
    try:
        pages = _write(report, deck, args.output, fmt, args.compare)
    except OSError as error:
        print(f"Could not write {args.output} ({error.strerror or error}); choose a file in a "
              "folder you can write to.", file=sys.stderr)
        return 1
    what = f"{pages} pages" if fmt == "pdf" else fmt.upper()
    beside = (f" beside {len(report.compared)} other session"
              f"{'s' if len(report.compared) != 1 else ''}") if args.compare else ""
    print(f"Wrote the report of session {report.session.id} {report.session.name!r}{beside} "
          f"({what}) to {args.output}.", file=sys.stderr)
    return 0


def _write(report, deck, output: Path, fmt: str, compare) -> int:
    if fmt == "pdf":
        from presenter.commands.export import _gui_app
        from presenter.report.pdf import write_report_pdf
        app = _gui_app()
        pages = write_report_pdf(report, deck, output, earlier=compare == "all")
        del app
        return pages
    from presenter.report.files import report_csv, report_json
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(report_csv(report) if fmt == "csv" else report_json(report))
    return 0
