"""Broken decks: each is one DeckError saying `file:line: what was expected`."""
from __future__ import annotations

import pytest

from presenter.deck import DeckError, load_deck

POLL = "```poll\nquestion: Q\n```\n"

# (name, deck text, line, the sentence after "file:line: ")
BAD_DECKS = [
    ("unknown-layout", "# A\n---\n<!-- layout: three-cols -->\n# B\n", 3,
     'unknown layout "three-cols"; expected one of: default, title, section, two-cols, '
     "phases, roles, poll, join, summary"),
    ("unknown-directive", "# A\n\n<!-- layuot: title -->\n", 3,
     'unknown slide setting "layuot"; expected one of: layout, class, centre, flow, actors, '
     'polls, sort (speaker notes go in "<!-- notes: ... -->")'),
    ("poll-without-question", "# A\n\n```poll\nscale: agree\n```\n", 3,
     'poll without a question; expected a line "question: <the statement the room votes on>" '
     "in the poll block"),
    ("poll-not-mapping", "# A\n\n```poll\n- one\n- two\n```\n", 3,
     'the poll block is a list; expected settings such as "question: ..." and "scale: agree"'),
    ("poll-bad-yaml", "# A\n\n```poll\nquestion: Q\nscale: [agree\n```\n", 5,
     "the poll block is not valid YAML: a { or [ is opened but not closed; close it, or put "
     "the value in quotes if the brace is part of the text; expected lines of \"key: value\""),
    ("poll-bad-yaml-at-the-end", "# A\n\n```poll\nquestion: [\n```\n", 4,
     "the poll block is not valid YAML: a { or [ is opened but not closed; close it, or put "
     "the value in quotes if the brace is part of the text; expected lines of \"key: value\""),
    ("unknown-scale", "# A\n\n```poll\nquestion: Q\nscale: five-point\n```\n", 5,
     'unknown scale "five-point"; expected "agree", or an options: list for a poll of your own'),
    ("empty-options", "```poll\nquestion: Q\noptions: []\n```\n", 3,
     'the poll\'s options: list is empty; expected at least two lines such as "- Ja"'),
    ("one-option", "```poll\nquestion: Q\noptions:\n  - Ja\n```\n", 3,
     'a poll needs at least two options; expected another line such as "- Nej"'),
    ("duplicate-poll-id", f"{POLL}---\n# B\n---\n{POLL}", 7,
     'duplicate poll id "q" (also on slide 1); expected each poll to have its own id: add or '
     'change "id:" in one of them'),
    ("two-polls-on-a-slide", f"# A\n{POLL}\n```poll\nquestion: R\n```\n", 6,
     "a slide can hold one poll and this is the second; expected each poll on a slide of its "
     "own (separate them with ---)"),
    ("missing-image", "# A\n\n![Kort](kort.png)\n", 3, None),   # message checked below
    ("bad-front-matter-yaml", "---\ntitle: A\ntheme: [x\n---\n# A\n", 3,
     "the front matter is not valid YAML: a { or [ is opened but not closed; close it, or put "
     "the value in quotes if the brace is part of the text; expected lines of \"key: value\""),
    ("front-matter-not-mapping", "---\n- a\n- b\n---\n# A\n", 1,
     'the front matter is a list; expected settings such as "title: ..." and "language: da"'),
    ("front-matter-never-closed", "---\ntitle: A\n# A\n", 1,
     'the front matter that starts here is never closed; expected a line "---" after its '
     "settings"),
    ("unknown-front-matter-key", "---\ntitle: A\ntitel: B\n---\n# A\n", 3,
     'unknown front matter key "titel"; expected one of: title, language, lang, author, date, '
     "venue, theme, labels, polls, phone_slides"),
    ("bad-phone-slides", "---\ntitle: A\nphone_slides: sometimes\n---\n# A\n", 3,
     'phone_slides is "sometimes"; expected on or off'),
    ("bad-theme-colour", "---\ntheme:\n  accent: blue-ish\n---\n# A\n", 3,
     'theme colour accent is "blue-ish"; expected a hex colour such as "#0B5FA5" (quote it: '
     "a bare # starts a comment)"),
    ("unknown-results-mode", "---\npolls:\n  results: later\n---\n# A\n", 3,
     'unknown results mode "later"; expected one of: live, reveal'),
    ("empty-deck", "---\ntitle: A\n---\n\n---\n\n", 4,
     'the deck has no slides; expected Markdown after the front matter, slides separated by '
     'lines "---"'),
    ("two-cols-without-right", "# A\n---\n<!-- layout: two-cols -->\n# B\n- x\n", 3,
     'two-cols layout needs a line "::right::" where the right column starts; expected it '
     "between the two columns' text"),
    ("right-marker-without-two-cols", "# A\n- x\n\n::right::\n- y\n", 4,
     '"::right::" splits columns, but this slide\'s layout is default; expected "<!-- layout: '
     'two-cols -->" on this slide'),
    ("phases-without-list", "<!-- layout: phases -->\n# Faser\n\nIdeudvikling og så videre\n", 1,
     'phases layout needs a list of phases; expected lines such as "- **Ideudvikling** Mange '
     'ideer" or "- Ideudvikling: Mange ideer"'),
    ("roles-without-list", "<!-- layout: roles -->\n# Roller\n", 1,
     'roles layout needs a list of roles; expected lines such as "- **Igangsætter**" (a '
     "description may follow on the line or below)"),
    ("summary-unknown-poll", f"{POLL}---\n<!-- layout: summary\npolls: [q, nope] -->\n", 6,
     'the summary names poll "nope", which is not in the deck; expected one of: q'),
    ("summary-unknown-sort", f"{POLL}---\n<!-- layout: summary\nsort: loudest -->\n", 6,
     'unknown summary sort "loudest"; expected one of: agreement, deck'),
    ("bad-poll-id", "```poll\nid: two words\nquestion: Q\n```\n", 2,
     'poll id "two words" is not usable; expected letters, digits, \'-\', \'_\' or \'.\', '
     "starting with a letter or digit"),
    ("unknown-poll-key", "```poll\nquestion: Q\nanswer: 42\n```\n", 3,
     'unknown poll key "answer"; expected one of: id, question, kind, options (and the '
     "kind's settings in docs/deck-format.md)"),
    ("directive-not-mapping", "# A\n\n<!-- layout: [two -->\n", 3, None),
]


@pytest.mark.parametrize("name, text, line, message", BAD_DECKS, ids=[b[0] for b in BAD_DECKS])
def test_bad_deck(tmp_path, name, text, line, message):
    path = tmp_path / "talk.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    error = caught.value
    assert (error.path, error.line) == (path, line)
    assert str(error).startswith(f"{path}:{line}: ")
    if message is not None:
        assert error.message == message
    assert "expected" in error.message
    assert "\n" not in str(error)


def test_missing_image_names_where_it_was_looked_for(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text("# A\n\n![Kort](billeder/kort.png)\n", encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert str(caught.value) == (f'{path}:3: image "billeder/kort.png" not found; expected a '
                                 f"file at {tmp_path.resolve() / 'billeder' / 'kort.png'}")


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("# Hej\n\nSmørrebrød\n".encode("latin-1"))
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert str(caught.value) == (f"{path}:3: the file is not UTF-8 text; expected the deck "
                                 "saved as UTF-8 (in most editors: Save with encoding, UTF-8)")


def test_file_not_found(tmp_path):
    path = tmp_path / "nowhere.md"
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.line is None
    assert str(caught.value) == (f"{path}: file not found; expected a Markdown deck (.md) at "
                                 "this path")


def test_a_folder_is_not_a_deck(tmp_path):
    with pytest.raises(DeckError) as caught:
        load_deck(tmp_path)
    assert str(caught.value) == (f"{tmp_path}: this is a folder; expected a Markdown deck "
                                 "file (.md)")


def test_derived_ids_that_collide_are_duplicates(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text(f"{POLL}---\n```poll\nquestion: '  Q '\n```\n", encoding="utf-8")
    with pytest.raises(DeckError, match=r"talk\.md:5: duplicate poll id \"q\""):
        load_deck(path)
