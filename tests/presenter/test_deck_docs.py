"""The examples in docs/deck-format.md are decks that parse as the text says."""
from __future__ import annotations

from markdown_it import MarkdownIt

from presenter.deck import parse_deck
from presenter.deck.model import Quote, plain
from presenter.paths import PROJECT_ROOT

DOC = PROJECT_ROOT / "docs" / "deck-format.md"
# The summary example names these polls; they are declared before each snippet.
POLLS = "".join(f"```poll\nid: {i}\nquestion: {i}\n```\n---\n"
                for i in ("leaders-as-source", "job-descriptions"))


def examples() -> list[str]:
    tokens = MarkdownIt("commonmark").parse(DOC.read_text(encoding="utf-8"))
    return [t.content for t in tokens if t.type == "fence" and t.info.strip() == "markdown"]


def test_the_complete_example():
    deck = parse_deck(examples()[0], PROJECT_ROOT / "docs" / "example.md")
    assert deck.title == "Samarbejde på tværs" and deck.author == "Kari Nordmann"
    assert [s.layout for s in deck.slides] == ["title", "default", "join", "poll"]
    assert deck.polls[0].id == "cross-boundary"
    assert deck.slides[1].notes == "Husk at bede salen tage telefonen frem."


def test_every_slide_example_parses():
    snippets = [s for s in examples()[1:] if ("# " in s or "```poll" in s) and "![pdf]" not in s]
    assert len(snippets) >= 8
    for snippet in snippets:
        prefix = POLLS if "layout: summary" in snippet else ""
        deck = parse_deck(prefix + snippet, PROJECT_ROOT / "docs" / "example.md")
        slide = deck.slides[-1]
        assert slide.layout in ("title", "default", "two-cols", "phases", "roles", "join",
                                "summary", "poll")
        if slide.layout == "phases":
            assert [p.name for p in slide.phases] == ["Ideudvikling", "Ideudvælgelse", "Realisering"]
            assert plain(slide.phases[2].caption) == "Bredt ejerskab"
        if slide.layout == "roles":
            assert [r.name for r in slide.roles.roles] == ["Igangsætter", "Facilitator", "Katalysator"]


def test_quote_example():
    snippet = next(s for s in examples() if "\n> " in s)
    quote, = parse_deck(snippet, PROJECT_ROOT / "docs" / "example.md").slides[-1].blocks
    assert isinstance(quote, Quote) and plain(quote.attribution) == "Alan Kay"
    assert plain(quote.blocks[0].text).startswith("Den bedste måde")


def test_kind_examples_parse_with_their_settings():
    polls = {}
    for snippet in examples():
        if "kind: " in snippet:
            deck = parse_deck(snippet, PROJECT_ROOT / "docs" / "example.md")
            polls[deck.polls[0].kind.name] = deck.polls[0]
    assert set(polls) == {"choice", "scale", "open", "questions"}
    choice = polls["choice"]
    assert choice.kind.pick == 3 and choice.kind.other and choice.kind.order == "count"
    assert choice.options[-1].id == "other" and len(choice.options) == 5
    assert [o.id for o in polls["scale"].options] == ["1", "2", "3", "4", "5"]
    assert polls["scale"].kind.low_label == "Slet ikke"
    assert polls["open"].kind.show == "cloud" and polls["open"].kind.answers == 3
    assert polls["questions"].kind.moderate is True


def test_pdf_pages_example(qapp, tmp_path):
    from tests.presenter.pdf_fixtures import make_pdf
    snippet = next(s for s in examples() if "![pdf](talk.pdf#7)" in s)
    make_pdf(tmp_path / "talk.pdf", 12)
    deck = parse_deck(snippet, tmp_path / "talk.md")
    pages = [s.pdf_page.page if s.pdf_page else None for s in deck.slides]
    assert pages == [1, 2, 3, 4, 5, 6, 7, 7, None, 8, 9, 10, 11, 12]
    assert deck.slides[8].poll.id == "budget-priority" and deck.polls[0].slide == 9
    assert deck.slides[7].notes == "Ask the room before showing the numbers."
