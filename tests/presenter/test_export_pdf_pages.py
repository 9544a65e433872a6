"""`votedeck export` of a mixed deck: PDF pages and Markdown slides in one PNG set and
one PDF. In the PDF the Markdown slides stay vector text and the PDF pages are images
at print resolution (pypdfium2 cannot draw into a QPainter as vectors; docs/pdf.md)."""
from __future__ import annotations

from PySide6.QtGui import QImage

from presenter.cli import main
from tests.presenter.pdf_fixtures import make_pdf, page_colour

DECK = """---
title: Mixed export
language: en
---

![pdf](talk.pdf#2)

---

# Our own slide

Text that stays text.

---

![pdf](talk.pdf#3)
"""


def _near(colour, expected, slack: int = 8) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))


def test_a_mixed_deck_exports_to_png_and_pdf(qapp, tmp_path):
    import pypdfium2 as pdfium

    make_pdf(tmp_path / "talk.pdf", 3)
    (tmp_path / "deck.md").write_text(DECK, encoding="utf-8")
    assert main(["export", str(tmp_path / "deck.md"), "--png", str(tmp_path / "png"),
                 "--pdf", str(tmp_path / "out.pdf")]) == 0
    pngs = sorted((tmp_path / "png").glob("*.png"))
    assert len(pngs) == 3
    assert _near(QImage(str(pngs[0])).pixelColor(400, 540), page_colour(2))
    assert _near(QImage(str(pngs[2])).pixelColor(400, 540), page_colour(3))
    document = pdfium.PdfDocument(str(tmp_path / "out.pdf"))
    try:
        assert len(document) == 3
        text = document[1].get_textpage().get_text_range()
        assert "Our own slide" in text              # the Markdown slide is text
        assert "Page 2" not in document[0].get_textpage().get_text_range()   # the page is an image
        bitmap = document[2].render(scale=1, prefer_bgrx=True, rev_byteorder=False)
        width, height = bitmap.width, bitmap.height
        image = QImage(bitmap.buffer, width, height, bitmap.stride, QImage.Format_RGB32).copy()
        assert _near(image.pixelColor(width // 4, height // 2), page_colour(3), slack=16)
    finally:
        document.close()
