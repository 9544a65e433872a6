"""`votedeck export DECK --png DIR | --pdf FILE`: the slides as images or a PDF.

Uses the same SlideRenderer as the screen. PNGs are 1920x1080 (`slide-01.png`, ...);
the PDF has one 16:9 page per slide with vector text (QPdfWriter). Poll slides are
drawn with empty results, unless --results draws a session's final counts (every poll
closed, its bars showing, the summary slide too; presenter/results_view.py). Qt runs on the
offscreen platform unless the user chose another, so this works without a display.
Heavy imports stay inside run() so `votedeck --help` does not load Qt.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


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
        print("Nothing to export: add --png DIR or --pdf FILE (or both).", file=sys.stderr)
        return 2
    from presenter.deck.errors import DeckError
    from presenter.deck.parser import load_deck
    try:
        deck = load_deck(args.deck)
    except DeckError as error:
        print(f"{error}", file=sys.stderr)
        return 1
    view = None
    if args.results or args.session is not None:
        from presenter.results_view import handout_view
        from server.store.results import ResultsError
        try:
            view, line = handout_view(deck, args.data_dir, args.session)
        except ResultsError as error:
            print(f"{error}", file=sys.stderr)
            return 1
        print(line)
    app = _gui_app()
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
        print(f"Could not write the export ({error.strerror or error}): "
              "choose a folder you can write to.", file=sys.stderr)
        return 1
    del app
    return 0


def _gui_app():
    """The running QGuiApplication, or a new offscreen one (no display needed)."""
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["votedeck-export"])
    return app


def export_png(renderer, folder: Path, view=None) -> list[Path]:
    """Write every slide as a 1920x1080 PNG (with `view`, a RoomView, if given)."""
    folder.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(renderer.slide_count)))
    paths = []
    for number in range(1, renderer.slide_count + 1):
        path = folder / f"slide-{number:0{width}d}.png"
        image = renderer.render_image(number, view)
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        paths.append(path)
    return paths


def export_pdf(renderer, path: Path, view=None) -> None:
    """One 16:9 page per slide, vector text and shapes (with `view`, a RoomView, if given)."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    from presenter.render.pdf_metadata import describe
    writer = QPdfWriter(str(path))
    describe(writer, renderer.deck)
    writer.setResolution(1200)
    # 16:9 at 338.67 x 190.5 mm (PowerPoint widescreen). The size is already wide, so
    # "Portrait" keeps it as given; "Landscape" would turn it on its side.
    page = QPageSize(QSizeF(338.6666, 190.5), QPageSize.Millimeter, "16:9")
    writer.setPageLayout(QPageLayout(page, QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        for number in range(1, renderer.slide_count + 1):
            if number > 1:
                writer.newPage()
            target = QRectF(0, 0, writer.width(), writer.height())
            renderer.paint(painter, number, view, target)
    finally:
        painter.end()
