"""PDF pages as slides: `votedeck talk.pdf`, `![pdf](talk.pdf#7)` among Markdown slides,
bad PDFs as sentences, pages drawn crisp and letterboxed, rendered ahead into the
audience window's cache, and a 500-page PDF that works with memory bounded.

PDFs are made here with Qt's QPdfWriter (tests/presenter/pdf_fixtures.py).
"""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSize

from presenter.deck.errors import DeckError
from presenter.deck.parser import load_deck
from presenter.render.renderer import SlideRenderer
from tests.presenter.pdf_fixtures import (
    make_damaged_pdf,
    make_encrypted_pdf,
    make_pdf,
    page_colour,
)


@pytest.fixture
def talk_pdf(qapp, tmp_path):
    return make_pdf(tmp_path / "talk.pdf", 6)


def _deck(tmp_path, body: str):
    path = tmp_path / "deck.md"
    path.write_text("---\ntitle: Mixed\nlanguage: en\n---\n\n" + body, encoding="utf-8")
    return load_deck(path)


def _near(colour, expected, slack: int = 6) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))


def test_a_pdf_on_its_own_is_a_deck_of_its_pages(talk_pdf):
    deck = load_deck(talk_pdf)
    assert deck.title == "Bench talk"
    assert [s.pdf_page.page for s in deck.slides] == [1, 2, 3, 4, 5, 6]
    assert {s.layout for s in deck.slides} == {"pdf"} and deck.polls == ()


def test_one_page_a_range_and_all_pages_with_a_poll_after_page_two(talk_pdf, tmp_path):
    deck = _deck(tmp_path, "![pdf](talk.pdf#2)\n\n<!-- notes: Page two's notes -->\n\n---\n\n"
                 "```poll\nid: after-two\nquestion: Good?\n```\n\n---\n\n![pdf](talk.pdf#page=4-5)"
                 "\n\n---\n\n# Markdown slide\n\n---\n\n![pdf](talk.pdf)\n")
    layouts = [(s.layout, s.pdf_page.page if s.pdf_page else None) for s in deck.slides]
    assert layouts[:5] == [("pdf", 2), ("poll", None), ("pdf", 4), ("pdf", 5), ("default", None)]
    assert [p for _, p in layouts[5:]] == [1, 2, 3, 4, 5, 6]
    assert [s.number for s in deck.slides] == list(range(1, 12))
    assert deck.slides[0].notes == "Page two's notes"
    assert deck.poll("after-two").slide == 2


@pytest.mark.parametrize("body, words", [
    ("![pdf](missing.pdf#2)", ["deck.md:6:", "\"missing.pdf\" not found", "File > Export > PDF"]),
    ("![pdf](talk.pdf#9)", ["deck.md:6:", "page 9 is past the end", "has 6 pages", "from 1 to 6"]),
    ("![pdf](talk.pdf#5-8)", ["deck.md:6:", "page 8 is past the end"]),
    ("![pdf](talk.pdf#seven)", ["deck.md:6:", "\"#seven\"", "talk.pdf#3-9"]),
    ("![pdf](talk.pdf#0)", ["deck.md:6:", "is not a page"]),
    ("# Hi\n\n![pdf](talk.pdf#1)", ["deck.md:6:", "holds only its \"![pdf](...)\" line"]),
    ("![pdf](https://example.org/talk.pdf)", ["deck.md:6:", "is on the web", "offline"]),
])
def test_bad_pdf_references_are_one_sentence_with_the_line(talk_pdf, tmp_path, body, words):
    with pytest.raises(DeckError) as caught:
        _deck(tmp_path, body + "\n")
    for word in words:
        assert word in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_damaged_pdf_is_a_sentence(qapp, tmp_path):
    make_damaged_pdf(tmp_path / "talk.pdf")
    with pytest.raises(DeckError, match=r"deck.md:6: PDF \"talk.pdf\" is damaged or not a PDF"):
        _deck(tmp_path, "![pdf](talk.pdf#1)\n")
    with pytest.raises(DeckError, match="is damaged or not a PDF; expected"):
        load_deck(tmp_path / "talk.pdf")


def test_an_encrypted_pdf_is_a_sentence_with_the_way_out(talk_pdf, tmp_path):
    make_encrypted_pdf(talk_pdf, tmp_path / "locked.pdf")
    with pytest.raises(DeckError) as caught:
        _deck(tmp_path, "![pdf](locked.pdf#1)\n")
    assert "deck.md:6: PDF \"locked.pdf\" is protected by a password" in str(caught.value)
    assert "without one" in str(caught.value)


def test_a_missing_pdf_deck_is_a_sentence(qapp, tmp_path):
    with pytest.raises(DeckError, match="talk.pdf: PDF \"talk.pdf\" not found"):
        load_deck(tmp_path / "talk.pdf")


def test_pages_are_drawn_crisp_at_any_size_and_letterboxed(qapp, tmp_path):
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    deck = load_deck(make_pdf(tmp_path / "talk.pdf", 3))
    renderer = SlideRenderer(deck)
    for size in (QSize(1920, 1080), QSize(3840, 2160), QSize(320, 180)):
        image = renderer.render_image(3, size=size)
        assert _near(image.pixelColor(size.width() // 4, size.height() // 2), page_colour(3))
        assert _near(image.pixelColor(size.width() * 3 // 4, 2), page_colour(0).fromRgb(255, 255, 255))
    # A 4:3 page on the 16:9 canvas: black bars left and right.
    path = tmp_path / "square.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(200, 150), QPageSize.Millimeter, "4:3"),
                                     QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    painter.fillRect(0, 0, writer.width(), writer.height(), page_colour(2))
    painter.end()
    image = SlideRenderer(load_deck(path)).render_image(1)
    assert image.pixelColor(100, 540).name() == "#000000"
    assert _near(image.pixelColor(960, 540), page_colour(2))


def test_a_500_page_pdf_works_with_one_document_and_a_window_of_pages(qapp, tmp_path):
    from presenter.deck import pdf_source
    from presenter.render import pdf_pages
    from presenter.render.cache import SlideCache

    deck = load_deck(make_pdf(tmp_path / "long.pdf", 500))
    assert len(deck.slides) == 500
    cache = SlideCache(SlideRenderer(deck), QSize(960, 540))
    for number in (1, 2, 250, 499, 500):
        image = cache.image(number)
        assert _near(image.pixelColor(240, 270), page_colour(number))
    opened = [held for held in pdf_source._open.values() if held[2].path == deck.slides[0].pdf_page.source.path]
    assert len(opened) == 1                     # opened once, not per page
    assert len(pdf_pages._per_thread.pages) <= pdf_pages.PAGES_KEPT
    assert len(cache._images) <= cache.capacity


def test_a_pdf_saved_again_is_read_afresh(qapp, tmp_path):
    import os
    path = make_pdf(tmp_path / "talk.pdf", 2)
    assert len(load_deck(path).slides) == 2
    make_pdf(path, 4)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert len(load_deck(path).slides) == 4


@pytest.fixture
def pdf_window(qtbot, talk_pdf, tmp_path):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter
    from presenter.ui.show_controller import ShowController

    deck = _deck(tmp_path, "# Start\n\n---\n\n![pdf](talk.pdf#2-4)\n")
    presentation = ShowController(deck, SlideRenderer(deck), None)
    window = AudienceWindow(presentation, KeyRouter(presentation, confirm_reset=lambda w: False))
    qtbot.addWidget(window)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    yield presentation, window
    window.close()
    presentation.shutdown()
    del presentation, window
    gc.collect()        # on the GUI thread (see tests/presenter/test_deck_reload.py)


def test_a_pdf_page_is_rendered_ahead_so_the_change_is_a_blit(qtbot, pdf_window):
    presentation, window = pdf_window
    view = presentation.room_view(for_audience=True)
    qtbot.waitUntil(lambda: window._cache.contains(2, view) and window._cache.contains(3, view),
                    timeout=5000)
    hits = window._cache.hits
    with qtbot.waitSignal(window.painted, timeout=1000):
        presentation.next()
    assert window._cache.hits == hits + 1
    grabbed = window.grab().toImage()
    assert _near(grabbed.pixelColor(grabbed.width() // 4, grabbed.height() // 2), page_colour(2))
