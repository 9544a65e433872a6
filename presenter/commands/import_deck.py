"""`votedeck import talk.pptx` (or `talk.pdf`): a starter deck for slides made elsewhere.

Writes `talk.md` next to the file: front matter, then one slide per page of the
PDF in order (`![pdf](talk.pdf#3)`), and for a .pptx each slide's speaker notes
copied from the file (python-pptx reads them). The pages themselves always come
from the PDF exported beside the .pptx, which the command asks for by name, with
the menu path, when it is missing. The user then adds polls between the pages.

Slides hidden in PowerPoint are left out of its PDF export, so they are skipped
here too, and the notes stay with their pages.

Headless: must not import Qt or start the server.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from common.language import resolve_language, system_language
from presenter.deck.errors import DeckError
from presenter.terminal import say

EXPORT_HOW = ("export it from PowerPoint (File > Export > PDF, or on a Mac File > Export, "
              "File Format: PDF) or Keynote (File > Export To > PDF)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE", type=Path,
                        help="talk.pptx (with talk.pdf exported beside it) or talk.pdf")
    parser.add_argument("--pdf", metavar="PDF", type=Path,
                        help="the PDF of the slides, when it is not the .pptx's name with .pdf")
    parser.add_argument("--out", metavar="DECK", type=Path,
                        help="the deck to write (default: FILE's name with .md)")
    parser.add_argument("--force", action="store_true", help="replace DECK if it exists")


def run(args: argparse.Namespace) -> int:
    source: Path = args.source
    out = args.out or source.with_suffix(".md")
    if out.exists() and not args.force:
        say(f"{out} exists already; give another name with --out, or add --force to replace it.")
        return 1
    try:
        text, pages, noted = starter_deck(source, args.pdf, out)
        out.write_text(text, encoding="utf-8")
    except DeckError as error:
        say(str(error))
        return 1
    except OSError as error:
        say(f"Could not write {out} ({error.strerror or error}); choose a folder you can write to.")
        return 1
    notes = f", speaker notes on {noted}" if source.suffix.lower() == ".pptx" else ""
    print(f"Wrote {out}: {pages} slide{'s' if pages != 1 else ''}{notes}. Add polls between the "
          f"pages (a ```poll block on a slide of its own), then present it: votedeck {out}")
    return 0


def starter_deck(source: Path, pdf: Path | None, out: Path) -> tuple[str, int, int]:
    """(the deck's text, its number of pages, how many have notes)."""
    from presenter.deck.pdf_source import open_pdf
    suffix = source.suffix.lower()
    if suffix not in (".pptx", ".pdf"):
        raise DeckError(source, None, "is neither a .pptx nor a .pdf; expected a PowerPoint "
                        f"file (.pptx) or the PDF of your slides ({EXPORT_HOW})")
    if suffix == ".pptx" and not source.is_file():
        raise DeckError(source, None, "file not found; expected the PowerPoint file at this path")
    pdf = pdf or source.with_suffix(".pdf")
    if not pdf.is_file():
        raise DeckError(pdf, None, f"not found; {EXPORT_HOW} as \"{pdf.name}\" next to "
                        f"\"{source.name}\", then run votedeck import again")
    info = open_pdf(pdf.resolve())
    notes = pptx_notes(source) if suffix == ".pptx" else []
    title = info.title or (pptx_title(source) if suffix == ".pptx" else "") or source.stem
    link = _relative(pdf, out)
    slides = []
    for page in range(1, info.page_count + 1):
        entry = f"![pdf]({link}#{page})\n"
        note = notes[page - 1] if page <= len(notes) else ""
        if note:
            entry += "\n<!-- notes:\n" + note.replace("-->", "- ->") + "\n-->\n"
        slides.append(entry)
    front = (f"---\ntitle: {_yaml_text(title)}\nlanguage: "
             f"{resolve_language(system_language())}\n---\n\n")
    return front + "\n---\n\n".join(slides), info.page_count, sum(1 for n in notes if n)


def pptx_notes(path: Path) -> list[str]:
    """Each shown slide's speaker notes, in order ("" for a slide without)."""
    presentation = _open_pptx(path)
    notes = []
    for slide in presentation.slides:
        if slide.element.get("show") == "0":
            continue                    # hidden: not in the PDF export either
        text = ""
        if slide.has_notes_slide:
            text = slide.notes_slide.notes_text_frame.text.strip()
        notes.append(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n"))
    return notes


def pptx_title(path: Path) -> str:
    return (_open_pptx(path).core_properties.title or "").strip()


def _open_pptx(path: Path):
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError
    try:
        return Presentation(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise DeckError(path, None, f"cannot be read as a PowerPoint file ({error}); expected a "
                        ".pptx saved by PowerPoint, Keynote (File > Export To > PowerPoint) or "
                        "LibreOffice") from None


def _relative(pdf: Path, out: Path) -> str:
    try:
        return pdf.resolve().relative_to(out.resolve().parent).as_posix().replace(" ", "%20")
    except ValueError:
        return pdf.resolve().as_posix().replace(" ", "%20")


def _yaml_text(text: str) -> str:
    """A title as a YAML scalar that stays a string (quoted, with " escaped)."""
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'
