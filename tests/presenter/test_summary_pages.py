"""A summary that names more polls than one page holds is split into slides when the
deck is parsed; every statement on every page stays at 28 px or more on the 1920x1080
canvas, and later slides are numbered on."""
from __future__ import annotations

import pytest

from presenter.deck import load_deck, parse_deck
from presenter.deck.summary_pages import CHARS_PER_ROW, ROWS_PER_PAGE
from presenter.paths import PROJECT_ROOT
from presenter.render.renderer import SlideRenderer
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, problems

READABLE_PX = 28.0
LONG = ("Dette er en meget lang påstand om offentlig innovation, der bliver ved og ved, fordi "
        "nogen har skrevet et helt afsnit i stedet for en kort sætning. ") * 6


def _deck(questions: list[str]):
    slides = [f"# Barriere {i + 1}\n\n```poll\nid: p{i}\nquestion: \"{q}\"\n```\n"
              for i, q in enumerate(questions)]
    slides += ["<!-- layout: summary -->\n\n# Salens svar\n", "# Tak\n"]
    return parse_deck("---\nlanguage: da\n---\n\n" + "\n---\n\n".join(slides), "pages.md")


def _twelve() -> list[str]:
    return [q for _, q in F.BARRIERS] + [q + " i kommunen" for _, q in F.BARRIERS]


def _check_pages(deck) -> list[list[float]]:
    """Each summary page's statement sizes; asserts every page fits and reads."""
    renderer = SlideRenderer(deck)
    view = F.room_with_votes(deck)
    sizes = []
    for slide in (s for s in deck.slides if s.layout == "summary"):
        boxes = layout_boxes(renderer, slide.number, view)
        assert problems(boxes) == [], slide.number
        sizes.append([b.px for b in boxes if b.kind == "row-label"])
        assert len(sizes[-1]) == len(slide.summary_of)
        assert min(sizes[-1]) >= READABLE_PX, (slide.number, sizes[-1])
    return sizes


def test_twelve_polls_make_two_summary_slides_numbered_on(qapp):
    deck = _deck(_twelve())
    summaries = [s for s in deck.slides if s.layout == "summary"]
    assert [s.number for s in summaries] == [13, 14] and deck.slides[-1].number == 15
    assert [s.summary_page for s in summaries] == [(1, 2), (2, 2)]
    assert sum((s.summary_of for s in summaries), ()) == tuple(f"p{i}" for i in range(12))
    assert [p.slide for p in deck.polls] == list(range(1, 13))
    assert [s.number for s in deck.slides] == list(range(1, 16))
    _check_pages(deck)
    boxes = layout_boxes(SlideRenderer(deck), 14, F.room_with_votes(deck))
    assert next(b.text for b in boxes if b.kind == "title") == "Salens svar (2/2)"


def test_an_870_character_statement_gets_a_page_of_its_own_and_stays_readable(qapp):
    long = LONG[:870]
    assert len(long) == 870
    questions = [q for _, q in F.BARRIERS][:3] + [long] + [q for _, q in F.BARRIERS][3:]
    deck = _deck(questions)
    pages = [s.summary_of for s in deck.slides if s.layout == "summary"]
    assert ("p3",) in pages and len(pages) == 3
    _check_pages(deck)


@pytest.mark.parametrize("count", [1, ROWS_PER_PAGE])
def test_a_summary_that_fits_stays_one_slide(qapp, count):
    deck = _deck([f"Udsagn nummer {i + 1}: det er svært at samarbejde på tværs af faggrænser"
                  for i in range(count)])
    summaries = [s for s in deck.slides if s.layout == "summary"]
    assert len(summaries) == 1 and summaries[0].summary_page == ()
    _check_pages(deck)


def test_the_bundled_summary_stays_one_slide(qapp):
    deck = load_deck(PROJECT_ROOT / "slides" / "samarbejdsdrevet-innovation.md")
    assert [s.summary_page for s in deck.slides if s.layout == "summary"] == [()]


def test_the_deck_format_page_states_the_budget_the_code_uses():
    doc = (PROJECT_ROOT / "docs" / "deck-format.md").read_text(encoding="utf-8")
    assert f"**{ROWS_PER_PAGE} rows**" in doc and f"one row per {CHARS_PER_ROW} characters" in doc
