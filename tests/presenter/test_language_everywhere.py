"""One deck tag, one language, everywhere the room or a phone reads: the slide
renderer's words, the default poll labels, the phone page and the reachability
lines (issue 12: `language: dk` once gave Danish phones and English slides,
`nob` Bokmål slides and English phones).

Each part is asked through the real code path (the deck parser, SlideRenderer,
the phone page's renderer, server.net.reachability), and the sentence it gives is
looked up in common.words to see which language it is in."""
from __future__ import annotations

import time
import urllib.request

import pytest
from PySide6.QtGui import QImage

from common.language import SUPPORTED
from common.words import WORDS
from presenter.deck.parser import parse_deck
from presenter.deck.spec import deck_spec
from presenter.render.renderer import SlideRenderer
from server.net.reachability import Reachability, reachability_line
from server.web.phone_page import render_page
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import distinct_colours, layout_boxes, texts
from tests.server.conftest import start_server

TAGS = [
    ("da", "da"), ("da-DK", "da"), ("dk", "da"), ("DAN", "da"),
    ("nb", "nb"), ("nb-NO", "nb"), ("nob", "nb"), ("no", "nb"),
    ("nn", "nn"), ("nn-NO", "nn"), ("nno", "nn"),
    ("sv", "sv"), ("sv-SE", "sv"), ("swe", "sv"),
    ("en", "en"), ("en-GB", "en"), ("en_US", "en"), ("eng", "en"),
    ("fr", "en"),
]

DECK = """---
title: Sprogprøve
language: {tag}
---
# Velkommen

---
# Påstand

```poll
id: leaders
question: Ledere er hovedkilden til innovation
scale: agree
```
"""


def languages_saying(key: str, sentence: str) -> set[str]:
    """The languages whose table has exactly `sentence` for `key`."""
    return {language for language in SUPPORTED if WORDS[language][key] == sentence}


def languages_of_labels(labels: list[str]) -> set[str]:
    keys = ("label.agree", "label.disagree", "label.dont-know")
    return {language for language in SUPPORTED
            if [WORDS[language][k] for k in keys] == labels}


def parse(tmp_path, tag: str):
    path = tmp_path / "talk.md"
    path.write_text(DECK.format(tag=tag), encoding="utf-8")
    return parse_deck(path.read_text(encoding="utf-8"), path)


@pytest.mark.parametrize("tag, language", TAGS)
def test_every_part_resolves_the_tag_to_the_same_language(qapp, tmp_path, tag, language):
    deck = parse(tmp_path, tag)
    assert languages_of_labels([o.label for o in deck.labels]) == {language}

    renderer = SlideRenderer(deck)
    assert languages_saying("slide.poll_open", renderer.context().words.poll_open) == {language}
    closed = texts(layout_boxes(renderer, 2, F.join_view(polls={"leaders": F.poll_view(open=False)})))
    assert {lang for lang in SUPPORTED if WORDS[lang]["slide.poll_closed"] in closed} == {language}

    page = render_page({"session": 1, "slide": 2, "poll": None}, deck_spec(deck))
    assert {lang for lang in SUPPORTED if WORDS[lang]["phone.wait_hint"] in page} == {language}

    nobody = Reachability(phones=0, ranges=())
    assert languages_saying("reach.none", reachability_line(nobody, tag)) == {language}


def fetch_page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:    # loopback only
        assert response.status == 200
        return response.read().decode("utf-8")


@pytest.mark.parametrize("tag, words, labels, phone_words, lang_attr", [
    ("dk", ["Afstemning åben", "20 har stemt", "60 %"], ["Enig", "Uenig", "Ved ikke"],
     ["Vælg dit svar"], "da"),
    ("nob", ["Avstemning åpen", "20 har stemt", "60 %"], ["Enig", "Uenig", "Vet ikke"],
     ["Velg svaret ditt"], "nb"),
])
def test_a_dk_and_a_nob_deck_on_the_projector_and_on_the_phone(qapp, tmp_path, tag, words, labels,
                                                               phone_words, lang_attr):
    """The slide rendered to PNG by the real renderer, and the phone page from the
    real server on a loopback port, in the deck's language both."""
    deck = parse(tmp_path, tag)
    renderer = SlideRenderer(deck)
    view = F.join_view(polls={"leaders": F.poll_view(agree=12, disagree=5, dont_know=3)})
    png = tmp_path / "slide-2.png"
    assert renderer.render_image(2, view).save(str(png), "PNG")
    image = QImage(str(png))
    assert image.width() == 1920 and distinct_colours(image) > 3
    shown = texts(layout_boxes(renderer, 2, view))
    for word in words + labels:
        assert word in shown, (word, shown)

    run = start_server(tmp_path, deck=deck_spec(deck))
    try:
        run.server.show_slide(2)            # the poll's slide: it opens, phones see it
        pages: list[str] = []

        def question_shown() -> bool:
            pages.append(fetch_page(run.url("/")))
            return "Ledere er hovedkilden" in pages[-1]
        _wait(question_shown)
        page = pages[-1]
    finally:
        run.server.stop()
    assert f'<html lang="{lang_attr}">' in page
    for word in labels + phone_words:
        assert word in page, (word, page)


def _wait(condition, timeout: float = 5.0) -> None:
    """The slide change crosses to the server's thread: ask again until it landed."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the phone page never showed the poll"
        time.sleep(0.05)
