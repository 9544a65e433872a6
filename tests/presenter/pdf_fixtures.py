"""PDFs made for the tests and benchmarks: pages drawn with Qt's QPdfWriter, as a
presentation program's export would be (16:9 pages, vector text and shapes), plus
a damaged one and an encrypted one (pikepdf, a test-only dependency, writes that).

Needs a QGuiApplication (fonts).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

# The colour of each page's big square, so a test can tell page 3 from page 4 by a pixel.
PAGE_COLOURS = ("#C0392B", "#27AE60", "#2980B9", "#8E44AD", "#F39C12", "#16A085")


def page_colour(page: int) -> QColor:
    """The square's colour on 1-based `page`."""
    return QColor(PAGE_COLOURS[(page - 1) % len(PAGE_COLOURS)])


def make_pdf(path: Path, pages: int, *, title: str = "Bench talk") -> Path:
    """A `pages`-page 16:9 PDF: a title, a coloured square filling the page's left
    half (its colour from `page_colour`), and a paragraph of text."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(300)
    size = QPageSize(QSizeF(338.6666, 190.5), QPageSize.Millimeter, "16:9")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        for page in range(1, pages + 1):
            if page > 1:
                writer.newPage()
            _draw_page(painter, page, writer.width(), writer.height())
    finally:
        painter.end()
    return path


def _draw_page(painter: QPainter, page: int, width: int, height: int) -> None:
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
    painter.fillRect(QRectF(0, 0, width / 2, height), page_colour(page))
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(height / 10))
    painter.setFont(font)
    painter.setPen(QColor("#1B1F2A"))
    painter.drawText(QRectF(width / 2 + 40, 40, width / 2 - 80, height / 4),
                     Qt.AlignLeft | Qt.TextWordWrap, f"Page {page}")
    font.setPixelSize(int(height / 30))
    painter.setFont(font)
    body = ("Samarbejdsdrevet innovation kræver, at aktører på tværs af sektorer mødes, "
            "deler viden og tager ejerskab. ") * 4
    painter.drawText(QRectF(width / 2 + 40, height / 3, width / 2 - 80, height / 2),
                     Qt.AlignLeft | Qt.TextWordWrap, body)


def make_damaged_pdf(path: Path) -> Path:
    """A file that starts like a PDF and then is cut off and scrambled."""
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                     b"\x00\x13garbage that is no cross-reference table\n")
    return path


def make_encrypted_pdf(source: Path, path: Path, password: str = "hemmelig") -> Path:
    """`source` encrypted with a user password (it cannot be opened without it)."""
    import pikepdf
    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner=password + "-owner", user=password))
    return path
