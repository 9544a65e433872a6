"""Decks written as Marp's documentation writes them (tests/presenter/decks/marp/):
they open, each Marp directive is drawn where it means something on votedeck's
slides or named in one warning, and a deck without a language is in the system's."""
from __future__ import annotations

from pathlib import Path

import pytest

from presenter.cli import main
from presenter.deck.model import Image, plain
from presenter.deck.parser import load_deck, parse_deck

DECKS = Path(__file__).parent / "decks" / "marp"


def _warnings(deck) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in deck.warnings]


def test_the_basics_deck_opens_with_one_warning_per_thing_left_out():
    deck = load_deck(DECKS / "marp-basics.md")
    assert [plain(s.title) for s in deck.slides] == [
        "Marp for beginners", "Why Markdown?", "A dark slide with a level-3 title",
        "Split backgrounds", "", "Image sizes", "A heading that fits the slide",
        "A small heading becomes the title", "Code keeps its ---", "From the web", ""]
    warnings = _warnings(deck)
    assert [line for line, _ in warnings] == [3, 83]
    assert warnings[0][1].startswith("Marp's \"theme\" is left out")
    assert "https://upload.wikimedia.org/" in warnings[1][1] and "placeholder" in warnings[1][1]


def test_the_basics_deck_directives_and_pictures():
    slides = load_deck(DECKS / "marp-basics.md").slides
    first, dark = slides[0], slides[2]
    assert first.layout == "title" and first.look.paginate is False     # _class: lead, _paginate
    assert slides[1].look.paginate is True                              # the global one again
    assert plain(slides[1].look.header) == "Marp for beginners"
    assert plain(slides[1].look.footer) == "Kari Nordmann · 2026"
    assert slides[1].look.background == "#fff" and slides[1].look.color == "#333"
    assert (dark.look.background, dark.look.color) == ("#123", "white")
    assert slides[3].look.background == "#fff"                          # scoped: slide 3 only
    split, = slides[3].backdrops
    assert (split.split, split.share, split.size) == ("left", 0.4, "80%")
    assert [b.size for b in slides[4].backdrops] == ["contain"]
    assert [(b.width, b.height) for b in slides[5].blocks if isinstance(b, Image)] == \
        [(300, 0), (0, 150)]                                            # Marp px x 1.5
    assert slides[6].fit_title and not slides[7].fit_title
    assert plain(slides[8].blocks[0].text).startswith("---\ntitle: front matter inside code")
    remote, = slides[9].blocks
    assert remote.remote.startswith("https://") and remote.path.name == "Cat03.jpg"
    assert first.notes == "Welcome everyone. This is a speaker note, as Marp writes them."
    assert slides[1].notes == "Remember to show the VS Code extension."


def test_the_gaia_deck_inherits_and_scopes_as_marp_does():
    deck = load_deck(DECKS / "marp-gaia.md")
    named = [message.split("\"")[1] for _, message in _warnings(deck)]
    assert named == ["theme", "size", "math", "headingDivider", "backgroundImage", "style"]
    slides = deck.slides
    assert slides[0].layout == "title" and slides[0].theme_class == "lead invert"
    assert all("invert" in s.theme_class.split() for s in slides)       # class: in front matter
    assert [plain(s.look.header) for s in slides] == ["", *["Part one"] * 5]
    assert [plain(s.look.footer) for s in slides] == ["", "marp.app", "marp.app", "",
                                                      "marp.app", "marp.app"]
    assert [s.look.paginate for s in slides] == [True, True, True, True, False, False]
    assert [s.look.background for s in slides] == [None] * 4 + ["aliceblue"] * 2
    assert slides[4].look.color == "#0a141e"                            # rgb(10, 20, 30)
    assert [b.image.path.name for b in slides[1].backdrops] == ["a.png", "b.png"]
    assert (slides[2].backdrops[0].split, slides[2].backdrops[0].share) == ("right", 0.3)
    assert slides[5].notes == "Speaker note on two lines,\nas Marp writes them."


def test_a_norwegian_marp_deck_titles_every_heading_level():
    deck = load_deck(DECKS / "marp-nb.md")
    assert deck.language == "nb" and [o.label for o in deck.labels] == ["Enig", "Uenig", "Vet ikke"]
    assert [plain(s.title) for s in deck.slides] == ["Innovasjon i kommunen", "Hvem har ideene?",
                                                     "", "", "Takk!"]
    poll = deck.slides[2]
    assert poll.poll.id == "kilde" and plain(poll.blocks[0].text) == "Hva mener dere?"
    assert deck.slides[0].look.footer == () and deck.slides[1].look.footer != ()
    assert deck.warnings == ()


def test_check_passes_every_marp_deck(capsys):
    for name in ("marp-basics.md", "marp-gaia.md", "marp-nb.md"):
        assert main(["check", str(DECKS / name)]) == 0
    assert "unknown front matter key" not in capsys.readouterr().err


def test_unquoted_hex_colours_are_colours_as_in_marp():
    deck = parse_deck("---\nbackgroundColor: #fff\ncolor: #1B1F2A\n---\n\n# A\n\n---\n\n"
                      "<!-- _backgroundColor: #000 -->\n\n# B\n", "talk.md")
    assert [(s.look.background, s.look.color) for s in deck.slides] == \
        [("#fff", "#1B1F2A"), ("#000", "#1B1F2A")]


def test_a_colour_votedeck_cannot_draw_is_named_once():
    deck = parse_deck("---\nbackgroundColor: linear-gradient(red, blue)\n---\n\n# A\n\n---\n\n# B\n",
                      "talk.md")
    assert [s.look.background for s in deck.slides] == [None, None]
    assert len(deck.warnings) == 1 and "linear-gradient" in deck.warnings[0].message


@pytest.mark.parametrize(("lang", "expected"), [("sv_SE.UTF-8", "sv"), ("C", "en"),
                                                ("nn_NO.UTF-8", "nn"), ("fr_FR.UTF-8", "en")])
def test_a_deck_without_a_language_takes_the_systems(monkeypatch, lang, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert parse_deck("# A\n", "talk.md").language == expected
    assert load_deck(DECKS / "marp-basics.md").language == expected
    assert load_deck(DECKS / "marp-nb.md").language == "nb"             # lang: nb wins


def test_front_matter_scoped_directives_are_for_the_first_slide():
    # Marp's own example: `_class: lead` in the front matter makes only slide 1 a lead slide.
    deck = parse_deck("---\nmarp: true\n_class: lead\n_paginate: false\npaginate: true\n---\n\n"
                      "# Title\n\n---\n\n# Next\n", "talk.md")
    assert [(s.layout, s.look.paginate) for s in deck.slides] == [("title", False), ("default", True)]


def test_a_spaced_fit_comment_and_a_web_background_named_once():
    deck = parse_deck("# <!-- fit --> Big\n\n---\n\n![bg](https://example.org/a.jpg)\n\n# A\n\n"
                      "---\n\n![bg](https://example.org/a.jpg)\n\n# B\n", "talk.md")
    assert deck.slides[0].fit_title and plain(deck.slides[0].title) == "Big"
    assert deck.slides[1].backdrops[0].image.remote == "https://example.org/a.jpg"
    assert [w.line for w in deck.warnings] == [5]


def test_a_style_block_is_named_once_and_not_shown():
    deck = parse_deck("# A\n\n<style>\nsection { color: red; }\n</style>\n\n---\n\n"
                      "<style scoped>\nh1 { color: blue; }\n</style>\n\n# B\n\n"
                      "```html\n<style>in code</style>\n```\n", "talk.md")
    assert [(w.line, w.message.split(":")[0]) for w in deck.warnings] == \
        [(3, "a <style> block (Marp's CSS) is left out")]
    assert [len(s.blocks) for s in deck.slides] == [0, 1]       # the code sample stays


def test_a_picture_beside_a_poll_is_named_and_left_out(qapp):
    from presenter.render.renderer import SlideRenderer
    deck = parse_deck("![bg left](photo.jpg)\n\n```poll\nquestion: Q?\n```\n",
                      DECKS / "talk.md")
    warning, = deck.warnings
    assert warning.line == 1 and "![bg left]" in warning.message and "poll slide" in warning.message
    assert not any(b.kind == "backdrop" for b in SlideRenderer(deck).scene(1).boxes)
