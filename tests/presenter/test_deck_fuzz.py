"""Whatever text a deck holds, the parser answers with a Deck or one DeckError."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presenter.deck import DeckError, load_deck, parse_deck
from presenter.deck.model import LAYOUTS, Deck

DECKS = Path(__file__).parent / "decks"

# Pieces of real decks, so generated text reaches the interesting code paths.
FRAGMENTS = [
    "---", "", "# Titel", "## Under", "- punkt", "  - under", "    - dybere", "1. en",
    "**fed** *kursiv* `kode`", "[link](http://x.dk)", "<http://x.dk>", "![b](photo.png)",
    "![b](mangler.png)", "::right::", "::left::", "```poll", "```", "~~~", "question: Q?",
    "question:", "id: a", "id: a b", "scale: agree", "scale: 7", "options:", "  - Ja",
    "  - {id: x}", "options: []", "<!-- notes: husk -->", "<!--", "-->", "<!-- layout: ",
    "<!-- sort: agreement -->", "<!-- polls: [a, zz] -->", "flow: [a, b]", "centre: X",
    "title: T", "language: no", "theme:", "  accent: '#FFF'", "  accent: red", "labels: [1]",
    "polls:", "  results: reveal", "  open_on_show: maybe", "æøå ÆØÅ", "\t", ":", "- ", "> citat",
    "***", "   ```", "{", "[", "&", "*", "|a|b|", "\\", "<div>", "<!-- x: [ -->",
    "![](%00)", "![](" + "a" * 300 + ".png)", "![](.)", "<!-- _class: [ -->", "5: y",
] + [f"<!-- layout: {name} -->" for name in LAYOUTS + ("three-cols", "cover")]


def _check(text: str) -> None:
    try:
        deck = parse_deck(text, DECKS / "fuzz.md")
    except DeckError as error:
        assert str(error).startswith(str(DECKS / "fuzz.md"))
        assert "\n" not in error.message
        return
    assert isinstance(deck, Deck) and deck.slides
    assert [s.number for s in deck.slides] == list(range(1, len(deck.slides) + 1))
    assert all(s.layout in LAYOUTS for s in deck.slides)
    ids = [p.id for p in deck.polls]
    assert len(ids) == len(set(ids))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_deck_like_text_never_raises_anything_else(lines):
    _check("\n".join(lines))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_anything_else(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_from_a_file(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "deck.md"
    path.write_bytes(data)
    try:
        load_deck(path)
    except DeckError as error:
        assert str(error).startswith(str(path))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_derived_ids_are_url_safe_and_stable(question):
    import re

    from presenter.deck.polls import slug
    derived = slug(question)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", derived)
    assert len(derived) <= 48
    assert slug(question) == derived
