"""PDF files a deck brings in: opened once, read for their pages, shared by the renderers.

A deck may show the pages of a PDF that PowerPoint or Keynote exported (see
docs/deck-format.md, "PDF pages", and docs/pdf.md for why pypdfium2). The deck
reads each file's page count and page sizes when it is loaded, so a page past
the end, a missing, damaged or password-protected file is one `file:line:`
sentence before anything is shown.

Each file is opened once (`open_pdf`) and the same `PdfDocument` serves every
later page, on any thread: PDFium is not thread-safe, so every call into it,
here and in presenter/render/pdf_pages.py, holds `PDFIUM_LOCK`. A file saved
again (a new size or modification time) is opened afresh.

Must not import Qt, aiohttp or the server (the deck model's contract).
"""
from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdfium2 as pdfium

from .errors import DeckError

# Every call into PDFium, on any thread, holds this lock.
PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True)
class PdfFile:
    """What the deck knows of one PDF: where it is, which version (`stamp`), its pages' sizes."""

    path: Path
    stamp: tuple[int, int]                      # (size, mtime_ns) when it was read
    sizes: tuple[tuple[float, float], ...]      # each page's (width, height) in points
    title: str = ""

    @property
    def page_count(self) -> int:
        return len(self.sizes)


_open: dict[Path, tuple[tuple[int, int], pdfium.PdfDocument, PdfFile]] = {}


def open_pdf(path: Path, deck: Path | None = None, line: int | None = None) -> PdfFile:
    """The PDF at `path` (resolved), read once per version of the file; a `DeckError`
    naming `deck` and `line` (or the PDF itself) when it cannot be shown."""
    where = deck if deck is not None else path
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise DeckError(where, line, f"PDF \"{path.name}\" not found; expected a file at {path} "
                        "(export it from PowerPoint or Keynote: File > Export > PDF)") from None
    except OSError as exc:
        raise DeckError(where, line, f"cannot read PDF \"{path.name}\" ({exc.strerror or exc}); "
                        "expected a readable PDF file") from None
    stamp = (stat.st_size, stat.st_mtime_ns)
    with PDFIUM_LOCK:
        held = _open.get(path)
        if held is not None and held[0] == stamp:
            return held[2]
        document = _load(path, where, line)
        # Loaded with the first PDF (here and in _load): a Markdown deck never pays for it.
        import pypdfium2 as pdfium
        try:
            sizes = tuple(document.get_page_size(i) for i in range(len(document)))
            title = (document.get_metadata_value("Title") or "").strip()
        except pdfium.PdfiumError:
            document.close()
            raise _damaged(path, where, line) from None
        if not sizes:
            document.close()
            raise DeckError(where, line, f"PDF \"{path.name}\" has no pages; expected a PDF "
                            "exported from your slides")
        if held is not None:
            held[1].close()
        info = PdfFile(path, stamp, sizes, title)
        _open[path] = (stamp, document, info)
        return info


def close_all() -> None:
    """Close every open PDF (at exit, before PDFium says on stderr that some were left open)."""
    with PDFIUM_LOCK:
        for _stamp, held, _info in _open.values():
            held.close()
        _open.clear()


def document(info: PdfFile) -> pdfium.PdfDocument:
    """The open document of `info` (call with `PDFIUM_LOCK` held). When the file changed
    since, the newer version is opened: the deck reloads with it soon after."""
    held = _open.get(info.path)
    if held is None or held[0] != info.stamp:
        try:
            open_pdf(info.path)
        except DeckError:
            if held is None:
                raise
            return held[1]      # the file is mid-save or broken: keep showing the last good one
        held = _open[info.path]
    return held[1]


def _load(path: Path, where: Path, line: int | None) -> pdfium.PdfDocument:
    import pypdfium2 as pdfium
    # After pypdfium2's own exit handler is registered (on its import), so this one runs
    # first (atexit is last in, first out) and PDFium finds nothing left open to warn of.
    atexit.unregister(close_all)
    atexit.register(close_all)
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DeckError(where, line, f"PDF \"{path.name}\" is protected by a password; "
                            "expected a PDF without one (export it again without a password, "
                            "or remove it: in Preview, File > Export, untick Encrypt)") from None
        raise _damaged(path, where, line) from None


def _damaged(path: Path, where: Path, line: int | None) -> DeckError:
    return DeckError(where, line, f"PDF \"{path.name}\" is damaged or not a PDF; expected a PDF "
                     "exported from your slides (export it again: File > Export > PDF)")
