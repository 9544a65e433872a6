"""Fenced code blocks: the slide splitter, the column split and markdown-it agree.

One scanner (presenter/deck/fences.py) decides which lines are inside a fence; these
tests hold it to CommonMark, through `votedeck check` and against markdown-it itself.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from presenter.cli import main
from presenter.deck import parse_deck
from presenter.deck.fences import find_fences, inside_fences
from presenter.deck.markdown import ColumnMarker, read_slide
from presenter.deck.model import Paragraph
from presenter.deck.parser import split_slides

DECK = Path("talk.md")


def _code_blocks(text: str) -> list[str]:
    deck = parse_deck(text, DECK)
    assert len(deck.slides) == 1
    return [block.text[0].text for block in deck.slides[0].blocks
            if isinstance(block, Paragraph) and block.text[0].code]


def test_a_text_fence_holding_tildes_a_column_marker_and_a_rule_passes_check(tmp_path, capsys):
    deck = tmp_path / "talk.md"
    deck.write_text("# Code\n\n```text\n~~~\n::right::\n---\n```\n\nafter\n", encoding="utf-8")
    assert main(["check", str(deck)]) == 0
    out = capsys.readouterr().out
    assert "Slides:   1  (1 default)" in out
    assert _code_blocks(deck.read_text(encoding="utf-8")) == ["~~~\n::right::\n---"]


def test_a_tilde_fence_holds_backtick_fences():
    text = "# Code\n\n~~~~\n```poll\n---\n::right::\n```\n~~~\n~~~~\n"
    assert _code_blocks(text) == ["```poll\n---\n::right::\n```\n~~~"]


def test_a_fence_closes_only_on_a_line_of_its_character_at_least_as_long():
    text = "# Code\n\n````\n```\n---\n`````\n---\n# Next\n"
    deck = parse_deck(text, DECK)
    assert [s.title[0].text for s in deck.slides] == ["Code", "Next"]
    assert deck.slides[0].blocks[0].text[0].text == "```\n---"


def test_backticks_with_a_backtick_after_them_and_deep_indents_open_no_fence():
    text = "# A\n\n``` not `a fence`\n\n---\n\n    ```\n\n---\n\n# C\n"
    assert len(parse_deck(text, DECK).slides) == 3


def test_a_column_marker_after_a_closed_fence_still_splits_columns():
    text = "<!-- layout: two-cols -->\n# Cols\n\n```text\n~~~\n```\n\n::right::\n\nright\n"
    slide = parse_deck(text, DECK).slides[0]
    assert slide.layout == "two-cols"
    assert [b.text[0].text for b in slide.columns[1].blocks] == ["right"]


@pytest.mark.parametrize(("opening", "marker"),
                         [("```text", "```"), ("~~~", "~~~"), ("  ````", "````")])
def test_an_unclosed_fence_names_the_line_it_opened_on(tmp_path, capsys, opening, marker):
    deck = tmp_path / "talk.md"
    deck.write_text(f"---\ntitle: T\n---\n# A\n\n{opening}\ncode\n---\n# B\n", encoding="utf-8")
    assert main(["check", str(deck)]) == 1
    name = opening.strip()
    assert capsys.readouterr().err == (
        f"{deck}:6: the {name} block opened at line 6 is never closed: it runs to the end of "
        "the deck and swallows the slide after it, which would be lost; expected a line "
        f'"{marker}" on its own where the block ends\n')


def test_an_unclosed_fence_that_swallows_no_slide_is_a_warning():
    deck = parse_deck("# A\n~~~\n", DECK)
    assert [(w.line, w.message) for w in deck.warnings] == [
        (2, "the ~~~ block opened at line 2 is never closed, so it runs to the end of the "
            "deck: the rest of the last slide is read as part of it; expected a line \"~~~\" "
            "on its own where the block ends")]


# Lines without list items, quotes or HTML, where a line scanner can be exact.
_FENCE_LINES = st.builds(
    lambda indent, char, count, info: indent + char * count + info,
    st.sampled_from(["", " ", "   ", "    ", "\t", " \t"]), st.sampled_from("`~"),
    st.integers(2, 5), st.sampled_from(["", " ", "\t", "text", " poll", " a`b", "~", "`"]))
_OTHER_LINES = st.sampled_from(["", "  ", "code", "# T", "---", "::right::", "::left::",
                                "a `b` c", "***", "    indented"])
_LINES = st.lists(st.one_of(_FENCE_LINES, _OTHER_LINES), max_size=30).map(
    lambda lines: [*lines, "end"])     # never a closing fence last: see _markdown_it_fences


def _markdown_it_fences(lines: list[str]) -> list[tuple[int, int, bool]]:
    """(first, last, closed) for markdown-it's fences; one ending on the last line is open."""
    tokens = MarkdownIt("commonmark").parse("\n".join(lines) + "\n")
    return [(t.map[0], t.map[1] - 1, t.map[1] < len(lines)) for t in tokens if t.type == "fence"]


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_the_scanner_finds_the_fences_markdown_it_finds(lines):
    found = [(f.first, f.last, f.closed) for f in find_fences(lines)]
    assert found == _markdown_it_fences(lines)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_the_splitter_and_the_column_split_skip_the_lines_markdown_it_reads_as_code(lines):
    fences = _markdown_it_fences(lines)
    code = {i for first, last, _ in fences for i in range(first, last + 1)}
    assert code == {i for i, inside in enumerate(inside_fences(lines)) if inside}
    text = "\n".join(lines)
    chunks = split_slides(text, 0)
    rules = {start - 1 for start, _ in chunks[1:]}
    assert rules == {i for i, line in enumerate(lines) if line == "---" and i not in code}
    markers = {p.line for p in read_slide(text, 0, DECK) if isinstance(p, ColumnMarker)}
    assert markers == {i for i, line in enumerate(lines)
                       if line in ("::right::", "::left::") and i not in code}
