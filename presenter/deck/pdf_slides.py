"""PDF pages among a deck's slides: `![pdf](talk.pdf#7)` alone on a slide.

    ![pdf](talk.pdf)        every page, each a slide of its own
    ![pdf](talk.pdf#7)      page 7
    ![pdf](talk.pdf#3-9)    pages 3 to 9

The image syntax is Marp's and reads sensibly in any Markdown viewer; the
`#7` is the page, as a browser's PDF viewer reads `#page=7` (also accepted).
Such a slide holds nothing but that line and speaker notes: the notes belong
to its (first) page, so a deck that wants notes for every page writes one
slide per page, as `votedeck import` does. A whole PDF opened on its own
(`votedeck talk.pdf`) is `pdf_deck()`.

Must not import Qt, aiohttp or the server (the deck model's contract).
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from .directives import read_comments
from .errors import DeckError
from .markdown import Comment, Located, Piece
from .model import PDF_LAYOUT, Deck, PdfPage, PdfPages, Slide
from .pdf_source import PdfFile, open_pdf

_PAGES = re.compile(r"(?:page=)?(\d+)(?:\s*-\s*(\d+))?")
_WEB = ("http://", "https://", "ftp://", "//")


def pdf_reference(src: str, line: int, path: Path) -> PdfPages:
    """`talk.pdf#3-9` as `PdfPages`: the file next to the deck, the pages asked for."""
    if src.lower().startswith(_WEB):
        raise DeckError(path, line, f"PDF \"{src}\" is on the web; expected a PDF file next to "
                        "the deck (votedeck works offline: download it first)")
    name, _, fragment = src.partition("#")
    target = (path.parent / unquote(name)).resolve()
    if not fragment:
        return PdfPages(target)
    match = _PAGES.fullmatch(fragment.strip())
    if match is None or int(match.group(1)) < 1 or \
            (match.group(2) is not None and int(match.group(2)) < int(match.group(1))):
        raise DeckError(path, line, f"\"#{fragment}\" is not a page of \"{name}\"; expected a "
                        f"page such as \"{name}#7\" or a range such as \"{name}#3-9\"")
    first = int(match.group(1))
    return PdfPages(target, first, int(match.group(2)) if match.group(2) else first)


def pdf_slides(pieces: list[Piece], number: int, line: int, path: Path) -> list[Slide] | None:
    """The slides of a slide that shows PDF pages (numbered from `number`), or None when
    the slide brings in no PDF."""
    refs = [p for p in pieces if isinstance(p, Located) and isinstance(p.block, PdfPages)]
    if not refs:
        return None
    ref = refs[0]
    others = [p for p in pieces if p is not ref and not isinstance(p, Comment)]
    if others:
        raise DeckError(path, getattr(others[0], "line", ref.line), "a slide that shows PDF "
                        "pages holds only its \"![pdf](...)\" line and speaker notes; expected "
                        "this on a slide of its own (separate it with ---)")
    pages = ref.block
    info = open_pdf(pages.path, path, ref.line)
    first, last = pages.first or 1, pages.last or info.page_count
    if last > info.page_count:
        past = first if first > info.page_count else last
        raise DeckError(path, ref.line, f"page {past} is past the end of \"{info.path.name}\", "
                        f"which has {info.page_count} page{'s' if info.page_count != 1 else ''}; "
                        f"expected a page from 1 to {info.page_count}")
    notes = "\n\n".join(read_comments([p for p in pieces if isinstance(p, Comment)], path).notes)
    return [Slide(number=number + i, line=line, layout=PDF_LAYOUT,
                  notes=notes if i == 0 else "", pdf_page=PdfPage(info, page))
            for i, page in enumerate(range(first, last + 1))]


def pdf_deck(path: Path) -> Deck:
    """A PDF presented as it is: every page a slide, the deck's title from the PDF's."""
    from common.language import resolve_language, system_language
    info: PdfFile = open_pdf(path.resolve())
    slides = tuple(Slide(number=i, line=1, layout=PDF_LAYOUT, pdf_page=PdfPage(info, i))
                   for i in range(1, info.page_count + 1))
    return Deck(path=path, title=info.title or path.stem, language=resolve_language(system_language()), slides=slides)
