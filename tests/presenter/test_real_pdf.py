"""A PDF exported by a presentation program (LibreOffice Impress), not by the project:
imported with its .pptx's notes, polls added between its pages, checked, exported and
drawn as the PDF draws it. With `soffice` on the machine, a fresh export goes the
same way (skipped without it: CI does not depend on LibreOffice)."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage

from presenter.cli import main
from presenter.deck.parser import load_deck
from presenter.render.renderer import SlideRenderer
from tests.presenter.libreoffice_talk import (
    FIXTURE,
    NOTES,
    PAGES,
    PICTURE_BOTTOM,
    PICTURE_TOP,
    make_talk_pptx,
    with_polls,
)


@pytest.fixture
def talk(tmp_path):
    for name in ("talk.pptx", "talk.pdf"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    return tmp_path


def _import(folder, capsys):
    assert main(["import", str(folder / "talk.pptx")]) == 0
    assert "speaker notes on 4" in capsys.readouterr().out
    return folder / "talk.md"


def test_the_exported_pdf_imports_with_the_pptx_notes(qapp, talk, capsys):
    deck = load_deck(_import(talk, capsys))
    assert [s.pdf_page.page for s in deck.slides] == list(range(1, PAGES + 1))
    assert {s.pdf_page.page: s.notes for s in deck.slides if s.notes} == NOTES
    assert deck.warnings == ()


def test_polls_between_its_pages_check_and_export(qapp, talk, capsys, tmp_path):
    path = _import(talk, capsys)
    path.write_text(with_polls(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "4  poll      Employees are the main source of innovation" in out
    assert "5  pdf       page 4 of talk.pdf" in out
    assert main(["export", "--png", str(tmp_path / "png"), str(path)]) == 0
    assert len(list((tmp_path / "png").glob("slide-*.png"))) == PAGES + 2


def _near(colour: QColor, expected: str, tolerance: int = 40) -> bool:
    want = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3]))


def test_its_pages_draw_as_the_pdf_shows_them(qapp, talk, capsys):
    deck = load_deck(_import(talk, capsys))
    image = SlideRenderer(deck).render_image(3)
    # The 16:9 page fills the 16:9 slide (no bars), and the picture is where Impress put it.
    assert _near(image.pixelColor(5, 5), "#FFFFFF") and _near(image.pixelColor(1914, 1074), "#FFFFFF")
    assert _near(image.pixelColor(*PICTURE_TOP), "#4682B4")       # steelblue
    assert _near(image.pixelColor(*PICTURE_BOTTOM), "#FFA500")    # orange
    assert _near(image.pixelColor(300, 600), "#FFFFFF")           # left of the picture
    title = SlideRenderer(deck).render_image(2)
    # "Three kinds of leaders" (pdftoppm puts its ink at x 230..1204, y 101..169), and
    # nothing dark below the list.
    assert _dark_pixels(title, 230, 100, 1204, 170) > 1000
    assert _dark_pixels(title, 0, 700, 1920, 1000) == 0


def _dark_pixels(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    return sum(1 for x in range(left, right, 2) for y in range(top, bottom, 2)
               if image.pixelColor(x, y).lightness() < 100)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_a_fresh_libreoffice_export_presents_like_the_pdf(qapp, tmp_path, capsys):
    picture = QImage(800, 600, QImage.Format_RGB32)
    picture.fill(QColor("#4682B4"))
    picture.save(str(tmp_path / "photo.png"))
    make_talk_pptx(tmp_path / "talk.pptx", tmp_path / "photo.png")
    # A profile of its own: a LibreOffice already open on the machine would otherwise take
    # the conversion and write nothing here.
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(tmp_path / "talk.pptx")],
                   check=True, capture_output=True, timeout=120)
    deck = load_deck(_import(tmp_path, capsys))
    assert len(deck.slides) == PAGES
    assert {s.pdf_page.page: s.notes for s in deck.slides if s.notes} == NOTES
    assert _near(SlideRenderer(deck).render_image(3).pixelColor(*PICTURE_BOTTOM), "#4682B4")
