"""The deck's slides written to files: PNG images and a 16:9 PDF, by the shared renderer.

`votedeck export` and the console's "Export results" (the PDF handout) both write
through here, so a handout and an export look the same. Qt's painting only: the
caller brings the renderer (anything with `deck`, `slide_count`, `render_image`
and `paint`) and the running QGuiApplication.
"""
from __future__ import annotations

from pathlib import Path


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

    from presenter.render.pdf_metadata import describe

    path.parent.mkdir(parents=True, exist_ok=True)
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
