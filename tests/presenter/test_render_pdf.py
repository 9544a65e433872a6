"""The PDF handout read back with poppler: every character in the text layer (arrows
and "=" included), the reference URL a link, and the document's title and language."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from presenter.deck.parser import load_deck
from presenter.export import export_pdf
from presenter.paths import BUNDLED_DECK
from presenter.render.renderer import SlideRenderer

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def poppler(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.fixture(scope="module")
def handout(qapp, tmp_path_factory):
    deck = load_deck(BUNDLED_DECK)
    pdf = tmp_path_factory.mktemp("pdf") / "handout.pdf"
    export_pdf(SlideRenderer(deck), pdf)
    return deck, pdf


def _summary_page(deck) -> int:
    return next(s.number for s in deck.slides if s.layout == "summary")


def test_arrows_and_equals_are_in_the_text_layer(handout):
    deck, pdf = handout
    n = str(_summary_page(deck))
    text = poppler("pdftotext", "-f", n, "-l", n, str(pdf), "-")
    assert "← Uenig" in text and "Enig →" in text
    assert "n=0" in text.replace(" ", ""), text


def test_the_reference_url_is_a_link(handout):
    deck, pdf = handout
    urls = poppler("pdfinfo", "-url", str(pdf))
    assert "http://www.fdz.dk/wss/default.asp?page=2588" in urls


def test_title_author_creator_and_language(handout):
    deck, pdf = handout
    info = poppler("pdfinfo", str(pdf))
    assert f"Title:           {deck.title}" in info and "Creator:         votedeck" in info
    meta = poppler("pdfinfo", "-meta", str(pdf))
    assert "<dc:language><rdf:Bag><rdf:li>da</rdf:li></rdf:Bag></dc:language>" in meta
