"""Which PDF library renders our pages: pypdfium2 against PySide6's QtPdf, measured.

    .venv/bin/python bench/pdf_bench.py [--pages 20] [--repeat 3]

Makes a 20-page 16:9 PDF with Qt's QPdfWriter (tests/presenter/pdf_fixtures.py),
then renders every page at 1920x1080 with each library and prints the median ms
per page, the ratio between them (pypdfium2 is the baseline, measured in the same
run), the size of each library's wheel as installed here (and of the extra wheel
QtPdf would add: we depend on PySide6-Essentials, QtPdf is in PySide6-Addons), and
the licence. QtPdf is measured only when PySide6-Addons is installed (it is not
one of our dependencies); otherwise its line says so. Run, not asserted, in CI.
The choice is written in docs/pdf.md. The pages of a real export (LibreOffice Impress,
the tests' fixture) are rendered too, against the same baseline.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from tests.presenter.pdf_fixtures import make_pdf  # noqa: E402

WIDTH, HEIGHT = 1920, 1080


def pdfium_times(path: Path, repeat: int) -> list[float]:
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage
    document = pdfium.PdfDocument(str(path))
    times = []
    for _ in range(repeat):
        for index in range(len(document)):
            start = time.perf_counter()
            page = document[index]
            scale = min(WIDTH / page.get_width(), HEIGHT / page.get_height())
            bitmap = page.render(scale=scale, rev_byteorder=False, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format_RGB32).copy()
            times.append((time.perf_counter() - start) * 1000)
            assert not image.isNull()
            page.close()
    document.close()
    return times


def qtpdf_times(path: Path, repeat: int) -> list[float] | None:
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    document = QPdfDocument()
    document.load(str(path))
    times = []
    for _ in range(repeat):
        for index in range(document.pageCount()):
            start = time.perf_counter()
            image = document.render(index, QSize(WIDTH, HEIGHT))
            times.append((time.perf_counter() - start) * 1000)
            assert not image.isNull()
    document.close()
    return times


def installed_mb(distribution: str) -> float | None:
    """The size of a distribution's files as installed (its wheel unpacked), in MB."""
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    total = 0
    for file in files:
        located = Path(file.locate())
        if located.is_file():
            total += located.stat().st_size
    return total / 1e6


def licence(distribution: str) -> str:
    try:
        meta = importlib.metadata.metadata(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"
    return meta.get("License-Expression") or meta.get("License") or "see its classifiers"


EXPORTED = Path(__file__).resolve().parent.parent / "tests/presenter/decks/libreoffice/talk.pdf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = make_pdf(Path(folder) / "bench.pdf", args.pages)
        size_kb = path.stat().st_size / 1000
        pdfium = pdfium_times(path, args.repeat)
        qtpdf = qtpdf_times(path, args.repeat)
        exported = statistics.median(pdfium_times(EXPORTED, args.repeat))
    base = statistics.median(pdfium)
    print(f"{args.pages}-page PDF made with QPdfWriter ({size_kb:.0f} kB), each page at "
          f"{WIDTH}x{HEIGHT}, {args.repeat} rounds; load average {os.getloadavg()[0]:.1f}")
    print(f"  pypdfium2  median {base:6.1f} ms/page  (baseline)   "
          f"installed {installed_mb('pypdfium2') or 0:6.1f} MB   licence {licence('pypdfium2')}")
    print(f"  pypdfium2  median {exported:6.1f} ms/page  ({exported / base:.2f}x)   on a PDF "
          "LibreOffice Impress exported (tests/presenter/decks/libreoffice/talk.pdf, a picture)")
    if qtpdf is None:
        print("  QtPdf      not measured: PySide6-Addons is not installed "
              "(pip install PySide6-Addons matching PySide6-Essentials)")
    else:
        median = statistics.median(qtpdf)
        print(f"  QtPdf      median {median:6.1f} ms/page  ({median / base:.2f}x)      "
              f"installed {installed_mb('PySide6_Addons') or 0:6.1f} MB   "
              f"licence {licence('PySide6_Addons')}")
    del app


if __name__ == "__main__":
    main()
