"""The join slide as a phone that follows along sees it (and the speaker's remote): the
real ShowController, the real server on loopback and the real PhoneSlides. The phone is
in already and the talk runs, so its image must not say the code and the address "appear
here while the talk runs": it says the phone is in, that the code is on the big screen,
and prints the address. An export without results (no running talk) keeps the sentence
about where the code appears. What the JPEG shows is checked by its pixels against the
renderer's own draw of each wording, and what those draws print by their boxes."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest

from common.words import WORDS
from presenter.render.blocks import short_url
from tests.presenter.render_checks import problems
from tests.presenter.test_phone_poll_image import SAME, _difference
from tests.presenter.ui_support import DECK_TEXT, Phone, make_presentation, write_deck

JOIN_SLIDE = 2
JOIN_DECK = DECK_TEXT.replace("## Anden slide\n\n- punkt et\n- punkt to",
                              "<!-- layout: join -->\n\n# Stem med din telefon\n\nScan koden.")


@pytest.fixture
def joining(qtbot, tmp_path):
    from presenter.ui.phone_slides import PhoneSlides

    presentation = make_presentation(tmp_path, deck_text=JOIN_DECK, inside=True)
    assert presentation.server is not None, presentation.voting_error
    assert presentation.deck.slides[JOIN_SLIDE - 1].layout == "join"
    slides = PhoneSlides(presentation)
    yield presentation, slides
    slides.stop()
    presentation.shutdown()


def _drawn(renderer, view) -> dict[str, str]:
    return {box.kind: box.text for box in renderer.scene(JOIN_SLIDE, view).boxes}


def _renders(presentation, url: str):
    """The join slide at the phones' size: as the phones should see it (the address `url`
    in words) and as an export draws it (PREVIEW, no running talk)."""
    from PySide6.QtCore import QSize

    from presenter.render.phone_image import PHONE_HEIGHT, PHONE_WIDTH
    from presenter.render.renderer import SlideRenderer
    from presenter.render.view import PREVIEW

    renderer = SlideRenderer(presentation.deck, cache_layers=False)
    joined = replace(PREVIEW, joined_url=url)
    drawn = _drawn(renderer, joined)
    assert drawn["url"] == short_url(url) and drawn["url-hint"] == WORDS["da"]["slide.joined"]
    assert WORDS["da"]["slide.qr_later"] not in drawn.values() and "qr" not in drawn
    assert _drawn(renderer, PREVIEW)["note"] == WORDS["da"]["slide.qr_later"]
    size = QSize(PHONE_WIDTH, PHONE_HEIGHT)
    return renderer.render_image(JOIN_SLIDE, joined, size), renderer.render_image(JOIN_SLIDE, PREVIEW, size)


def _says_joined(presentation, data: bytes, url: str, kept) -> None:
    from PySide6.QtGui import QImage

    kept.write_bytes(data)                  # to look at when it fails
    image = QImage.fromData(data, "JPEG")
    assert not image.isNull()
    joined, exported = _renders(presentation, url)
    assert _difference(image, joined) < SAME, "the phone's join slide does not print the address"
    assert _difference(image, exported) > _difference(image, joined) * 2


def test_a_phone_on_the_join_slide_is_told_it_is_in_and_shown_the_address(qtbot, joining, tmp_path):
    presentation, _ = joining
    phone = Phone(presentation.join.url)
    presentation.go_to(JOIN_SLIDE)
    qtbot.waitUntil(lambda: (phone.state()["image"] or {}).get("n") == JOIN_SLIDE, timeout=5000)
    with phone.opener.open(phone.base + phone.state()["image"]["url"], timeout=5) as response:
        data = response.read()
    _says_joined(presentation, data, presentation.join.url, tmp_path / "join.jpg")


def test_the_remote_previews_the_join_slide_the_same_way(qtbot, joining, tmp_path):
    presentation, _ = joining
    shelf = presentation.server.presentation.shelf
    qtbot.waitUntil(lambda: shelf.following is not None
                    and shelf.following.image.slide == JOIN_SLIDE, timeout=5000)
    _says_joined(presentation, shelf.following.image.data, presentation.join.url,
                 tmp_path / "next.jpg")


def test_when_the_address_moves_the_join_slide_is_drawn_again(qtbot, tmp_path, monkeypatch):
    from presenter.ui.phone_slides import PhoneSlides
    from tests.server.test_lan_follow import LO, Interfaces, adapter

    # Only the interface list is made up (the edge of the machine); the server listens on
    # every address and the test talks to 127.0.0.1 only, as tests/server/test_lan_follow.py.
    Interfaces(monkeypatch).set(LO, adapter("wlan0", "192.168.1.20"), adapter("eth0", "10.0.0.5"))
    presentation = make_presentation(tmp_path, deck_text=JOIN_DECK, host="0.0.0.0", inside=True)
    slides = PhoneSlides(presentation)
    try:
        assert presentation.server is not None, presentation.voting_error
        shelf = presentation.server.presentation.shelf
        presentation.go_to(JOIN_SLIDE)
        qtbot.waitUntil(lambda: shelf.for_phones(JOIN_SLIDE) is not None, timeout=5000)
        first = shelf.for_phones(JOIN_SLIDE)
        assert "192.168.1.20" in presentation.join.url
        presentation.choose_join_host("10.0.0.5")       # the speaker picks another address
        assert "10.0.0.5" in presentation.join.url
        qtbot.waitUntil(lambda: shelf.for_phones(JOIN_SLIDE) is not None
                        and shelf.for_phones(JOIN_SLIDE).name != first.name, timeout=5000)
        _says_joined(presentation, shelf.for_phones(JOIN_SLIDE).image.data, presentation.join.url,
                     tmp_path / "moved.jpg")
    finally:
        slides.stop()
        presentation.shutdown()


@pytest.mark.parametrize("language", sorted(WORDS))
def test_the_phones_join_slide_says_it_in_the_decks_language_and_fits(tmp_path, language):
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.render.view import PREVIEW

    deck = load_deck(write_deck(tmp_path, text=JOIN_DECK.replace("language: da",
                                                                 f"language: {language}")))
    renderer = SlideRenderer(deck, cache_layers=False)
    url = "http://192.168.100.200:54321/"
    boxes = list(renderer.scene(JOIN_SLIDE, replace(PREVIEW, joined_url=url)).boxes)
    drawn = {box.kind: box.text for box in boxes}
    assert drawn["url-hint"] == WORDS[language]["slide.joined"]
    assert drawn["url"] == short_url(url)
    assert not problems(boxes)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
def test_an_export_says_where_the_code_appears_in_the_talk(tmp_path):
    from tests.server.serve_process import votedeck

    deck = write_deck(tmp_path, text=JOIN_DECK)
    pdf = tmp_path / "slides.pdf"
    done = votedeck("export", str(deck), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr.decode()
    page = subprocess.run(["pdftotext", "-f", str(JOIN_SLIDE), "-l", str(JOIN_SLIDE), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = " ".join(page.split())
    assert "vises her, når præsentationen kører" in text and "Du er med" not in text
