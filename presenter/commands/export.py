"""`votedeck export DECK --png DIR | --pdf FILE`: the slides as images or a PDF.

Uses the same SlideRenderer as the screen and the writers of `presenter/export.py`.
PNGs are 1920x1080 (`slide-01.png`, ...); the PDF has one 16:9 page per slide with
vector text (QPdfWriter). Without --results the deck is drawn as a preview
(RoomView.preview, as the phones and the speaker's remote get it): no room has voted,
so a poll slide says "Afstemning" and shows its options without counts, never
"Afstemning lukket" and "Ingen stemmer endnu". Unlike the phones' it has no join
address (no talk runs, and the address is the venue's): the join slide says where
the code and the address appear in the talk. --results draws a session's final
counts (every poll closed, its bars showing, the summary slide too;
presenter/results_view.py). Qt runs on the offscreen platform unless the user chose
another, so this works without a display.
Heavy imports stay inside run() so `votedeck --help` does not load Qt.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from presenter.terminal import load_deck_or_say, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="the Markdown deck file to export")
    parser.add_argument("--png", metavar="DIR", type=Path,
                        help="write slide-01.png, slide-02.png, ... (1920x1080) into DIR")
    parser.add_argument("--pdf", metavar="FILE", type=Path,
                        help="write one 16:9 PDF page per slide to FILE")
    parser.add_argument("--results", action="store_true",
                        help="draw the poll and summary slides with a session's final results "
                             "(the deck's latest session unless --session)")
    from presenter.commands.results import add_session_options
    add_session_options(parser)


def run(args: argparse.Namespace) -> int:
    if args.png is None and args.pdf is None:
        say("Nothing to export: add --png DIR or --pdf FILE (or both).")
        return 2
    deck = load_deck_or_say(args.deck)
    if deck is None:
        return 1
    from presenter.render.view import PREVIEW
    view = PREVIEW
    if args.results or args.session is not None:
        view = _results_view(deck, args)
        if view is None:
            return 1
    app = _gui_app()
    from presenter.export import export_pdf, export_png
    from presenter.render.renderer import SlideRenderer
    renderer = SlideRenderer(deck)
    try:
        if args.png is not None:
            written = export_png(renderer, args.png, view)
            print(f"Wrote {len(written)} PNG files to {args.png}")
        if args.pdf is not None:
            export_pdf(renderer, args.pdf, view)
            print(f"Wrote {len(deck.slides)} pages to {args.pdf}")
    except OSError as error:
        say(f"Could not write the export ({error.strerror or error}): "
            "choose a folder you can write to.")
        return 1
    del app
    return 0


def _results_view(deck, args: argparse.Namespace):
    """The session's final results to draw (said which), or None after saying why not.
    The data folder follows presenter/data_folder.py's rule, as `votedeck results`."""
    from presenter.commands.results import session_in
    from presenter.data_folder import data_folder
    from presenter.deck.spec import deck_spec
    from presenter.results_view import handout_view
    from server.store.reading import ResultsError
    folder = data_folder(args.data_dir)
    if folder.note():
        say(folder.note())
    try:
        session = session_in(folder, args.session, deck_spec(deck))
        view, line = handout_view(deck, folder.path, session.id)
    except ResultsError as error:
        say(str(error))
        return None
    print(line)
    return view


def _gui_app():
    """The running QGuiApplication, or a new offscreen one (no display needed)."""
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["votedeck-export"])
    return app
