"""`votedeck export`: PNG files at 1920x1080 and a PDF with one page per slide and
vector text, through the same renderer as the screen."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from presenter.commands import export
from presenter.deck.parser import load_deck
from presenter.paths import BUNDLED_DECK, PROJECT_ROOT


def _args(**kw):
    parser = argparse.ArgumentParser()
    export.add_arguments(parser)
    argv = [str(kw.pop("deck", BUNDLED_DECK))]
    for key, value in kw.items():
        argv += [f"--{key}", str(value)]
    return parser.parse_args(argv)


def _page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", out).group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def test_png_export_writes_one_file_per_slide(qapp, tmp_path, capsys):
    slides = len(load_deck(BUNDLED_DECK).slides)
    assert export.run(_args(png=tmp_path / "png")) == 0
    files = sorted((tmp_path / "png").glob("*.png"))
    assert [f.name for f in files][:2] == ["slide-01.png", "slide-02.png"]
    assert len(files) == slides
    for f in files:
        image = QImage(str(f))
        assert (image.width(), image.height()) == (1920, 1080)
    assert f"Wrote {slides} PNG files" in capsys.readouterr().out


def test_pdf_export_pages_and_vector_text(qapp, tmp_path):
    deck = load_deck(BUNDLED_DECK)
    pdf = tmp_path / "deck.pdf"
    assert export.run(_args(pdf=pdf)) == 0
    assert _page_count(pdf) == len(deck.slides)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
        assert w / h == pytest.approx(16 / 9, rel=0.01)
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    title = "".join(s.text for s in deck.slides[1].title)
    assert title in text, "slide titles are text in the PDF, not pictures"
    assert "æ" in text or "ø" in text or "å" in text


def test_bad_deck_is_one_sentence(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe not utf-8")
    assert export.run(_args(deck=bad, png=tmp_path / "out")) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_nothing_to_export_says_what_to_add(tmp_path, capsys):
    assert export.run(_args()) == 2
    assert "--png" in capsys.readouterr().err


def test_export_needs_no_display(tmp_path):
    """Run as a user would, in a fresh process with no QT_QPA_PLATFORM and no DISPLAY."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    code = ("import sys, argparse; from presenter.commands import export; "
            "p = argparse.ArgumentParser(); export.add_arguments(p); "
            "sys.exit(export.run(p.parse_args(sys.argv[1:])))")
    out = tmp_path / "png"
    done = subprocess.run([sys.executable, "-c", code, str(BUNDLED_DECK), "--png", str(out)],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("slide-*.png"))) == len(load_deck(BUNDLED_DECK).slides)
