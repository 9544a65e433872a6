"""Two traps a lecturer meets in front of the room, caught by `votedeck check`.

1. A fence opened by mistake (a ```poll without its closing line, a closing line
   mistyped) swallows the slides after it: check names the line it opened on and
   what it swallowed, and a deck that shows code on purpose is left alone.
2. A YAML mistake in a ```poll block is named at its own line of the deck file, in
   plain words, not at the block's closing fence.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presenter.cli import main
from presenter.deck import DeckError, load_deck, parse_deck
from presenter.deck.fences import find_fences
from presenter.paths import BUNDLED_DECK, PROJECT_ROOT

FRONT = "---\ntitle: Fences\nlanguage: en\n---\n\n"      # the body starts on line 6


def _write(tmp_path, body: str):
    path = tmp_path / "talk.md"
    path.write_text(FRONT + body, encoding="utf-8")
    return path


def _check(path, *flags) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "-m", "presenter", "check", str(path), *flags],
                            capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
    return result.returncode, result.stdout, result.stderr


# A ```poll (line 10) whose closing line is missing: the next poll's closing line closes it.
POLL_LEFT_OPEN = ("# One\n\n---\n\n```poll\nquestion: Is it good?\nscale: agree\n\n---\n\n"
                  "# Three\n\n---\n\n# Four\n\n---\n\n```poll\nquestion: Another?\n```\n\n"
                  "---\n\n# Six\n")


def test_a_poll_left_open_is_named_at_its_line_with_the_slides_it_swallows(tmp_path):
    path = _write(tmp_path, POLL_LEFT_OPEN)
    code, out, err = _check(path)
    assert code == 1 and out == ""
    assert err == (
        f"{path}:10: the ```poll block opened at line 10 is never closed: it runs on to line "
        "26 (the \"```\" of a later block) and swallows the 3 slides after it, which would be "
        "lost; expected a line \"```\" on its own where the block ends\n")


def test_check_json_reports_the_trap_in_the_documented_shape(tmp_path, capsys):
    path = _write(tmp_path, POLL_LEFT_OPEN)
    assert main(["check", str(path), "--json"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert list(answer) == ["errors"]
    [error] = answer["errors"]
    assert set(error) == {"file", "line", "message"}
    assert (error["file"], error["line"]) == (str(path), 10)
    assert error["message"].startswith("the ```poll block opened at line 10 is never closed")


@pytest.mark.parametrize("typo", ["``", "''' ", "```poll", "´´´", "    ```"])
def test_a_mistyped_closing_line_is_named_too(tmp_path, capsys, typo):
    body = f"# One\n\n```poll\nquestion: Q\n{typo}\n\n---\n\n# Three\n"
    path = _write(tmp_path, body)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:8: the ```poll block opened at line 8 is never closed")
    assert "runs to the end of the deck and swallows the slide after it" in err
    if typo == "    ```":
        assert '(line 10 is indented too far to close it: start its "```" at the left edge)' \
            in err
    else:
        assert f'(line 10, "{typo.strip()}", does not close it: a closing line is "```" alone)' \
            in err


def test_a_code_block_left_open_before_a_poll_is_blamed_not_the_poll(tmp_path, capsys):
    # The ```python (line 8) runs into the poll's fence, whose ```poll line is code then.
    body = ("# One\n\n```python\nprint(1)\n\n---\n\n# Two\n\n---\n\n"
            "```poll\nquestion: Q?\n```\n\n---\n\n# Four\n")
    path = _write(tmp_path, body)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:8: the ```python block opened at line 8 is never closed: "
                          "it runs on to line 19")
    assert "swallows the 2 slides after it" in err


def test_a_missing_closing_line_shifts_later_fences_and_the_first_is_blamed(tmp_path, capsys):
    # Line 10's "``" should close line 8's block. Every later ``` is then read one off:
    # line 20 (meant to open) closes it and line 22 (meant to close) opens a fence that
    # runs to the end. Blame the fence that went wrong, not the last one.
    body = ("# One\n\n```\nprint(1)\n``\n\n---\n\n# Two\n\n---\n\n# Three\n\n```\nx\n```\n\n"
            "---\n\n# Five\n")
    path = _write(tmp_path, body)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:8: the ``` block opened at line 8 is never closed (line 10, "
                          "\"``\", does not close it")
    assert "swallows the 2 slides after it" in err


def test_notes_swallowed_by_a_block_left_open_at_the_end_are_an_error(tmp_path, capsys):
    path = _write(tmp_path, "# One\n\n```python\nx = 1\n\n<!-- notes: say the secret -->\n")
    assert main(["check", str(path)]) == 1
    assert "swallows the comment at line 11 (notes or settings), which the room would see " \
        "as code" in capsys.readouterr().err


def test_a_block_left_open_at_the_very_end_is_a_warning_and_strict_fails(tmp_path, capsys):
    path = _write(tmp_path, "# One\n\n---\n\n# Two\n\n```\nprint(1)\n")
    assert main(["check", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    warning = (f"{path}:12: the ``` block opened at line 12 is never closed, so it runs to "
               "the end of the deck: the rest of the last slide is read as part of it; "
               "expected a line \"```\" on its own where the block ends (warning)\n")
    assert captured.err == warning
    answer = json.loads(captured.out)
    assert answer["slides"] == 2
    assert answer["warnings"] == [{"file": str(path), "line": 12,
                                   "message": warning[len(f"{path}:12: "):-len(" (warning)\n")]}]
    assert main(["check", str(path), "--strict"]) == 1


def test_a_block_still_open_where_the_next_one_starts_is_a_warning(tmp_path, capsys):
    path = _write(tmp_path, "# One\n\n```python\nx = 1\n\ntext\n\n```python\ny = 2\n```\n")
    assert main(["check", str(path)]) == 0
    assert (f"{path}:8: the ```python block opened at line 8 is still open at line 13, where "
            "\"```python\" starts another block, so the lines between show as code; expected "
            "a line \"```\" on its own where the block ends (warning)") in capsys.readouterr().err


CODE_HEAVY = """# Front matter

```yaml
---
title: A talk
---
```

---

# Two documents

```yaml
a: 1
---
b: 2
```

---

# A deck in a deck

````markdown
# Slide one

---

```poll
question: Shown, not asked
```
````

---

# Tildes around backticks

~~~
```
---
```python
~~~

---

# Diff

```diff
--- a/talk.md
+++ b/talk.md
```
"""


def test_a_deck_that_shows_code_on_purpose_is_not_bothered(tmp_path, capsys):
    path = _write(tmp_path, CODE_HEAVY)
    assert main(["check", str(path), "--strict", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["slides"] == 5 and answer["polls"] == [] and answer["warnings"] == []


def test_a_closed_poll_holding_front_matter_style_dashes_still_loads(tmp_path):
    # YAML allows "---" as the first line of a document: that is no swallowed slide.
    deck = load_deck(_write(tmp_path, "```poll\n---\nquestion: Q\n```\n\n---\n\n# Two\n"))
    assert [p.question for p in deck.polls] == ["Q"] and len(deck.slides) == 2


# --- YAML mistakes in a poll block: (name, the block's lines, the bad one, the words) ---
YAML_MISTAKES = [
    ("indented-too-far", ["question: Q", "  scale: agree"], 1,
     "this line is indented more than the line above it"),
    ("items-out-of-line", ["question: Q", "kind: choice", "options:", "  - Ja", " - Nej",
                           "id: x"], 4, "the indentation does not line up"),
    ("item-folded-into-the-one-above", ["question: Q", "kind: choice", "options:", "  - Ja",
                                        "   - Nej", "  - Ved ikke"], 4,
     "this \"- \" line is indented more than the one above it"),
    ("tab", ["question: Q", "\tscale: agree"], 1, "a tab is used where YAML needs spaces"),
    ("tab-in-options", ["question: Q", "kind: choice", "options:", "\t- Ja", "\t- Nej"], 3,
     "a tab is used where YAML needs spaces"),
    ("unclosed-double-quote", ["question: \"Is it good?", "scale: agree", "id: q1"], 0,
     "a quote is opened but never closed"),
    ("unclosed-single-quote", ["id: q1", "question: 'Is it good?", "", "scale: agree"], 1,
     "a quote is opened but never closed"),
    ("unclosed-bracket", ["question: Q", "options: [Ja, Nej", "id: x"], 1,
     "a { or [ is opened but not closed"),
    ("unclosed-brace", ["question: {en: Yes, da: Ja", "id: x"], 0,
     "a { or [ is opened but not closed"),
    ("no-colon", ["question: Q", "scale agree", "id: x"], 1,
     "a line has no \"key: value\" form"),
    ("text-after-quotes", ["question: \"Enig\" eller ej", "id: x"], 0,
     "a value in quotes goes on after its closing quote"),
    ("colon-in-value", ["question: Innovation: who?"], 0, "a value holds \": \""),
    ("stray-brace", ["question: Q", "}"], 1, "a } or ] closes nothing"),
    ("tag", ["question: !vigtigt Q"], 0, "a value starts with !, which YAML reads as a type tag"),
    ("directive", ["question: Q", "% done"], 1, "a line starts with %"),
    ("key-typo", ["question: Q", "scael: agree"], 1, "unknown poll key \"scael\""),
    ("key-twice", ["question: Q", "scale: agree", "question: R"], 2,
     "\"question:\" is given twice at this level; keep one of them"),
]


@pytest.mark.parametrize("name, block, bad, words", YAML_MISTAKES,
                         ids=[m[0] for m in YAML_MISTAKES])
def test_a_yaml_mistake_is_named_at_its_own_line(tmp_path, capsys, name, block, bad, words):
    # The poll's fence opens on line 8 of the file; its first YAML line is line 9.
    path = _write(tmp_path, "# One\n\n```poll\n" + "\n".join(block) + "\n```\n\n---\n\n# Two\n")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    line = 9 + bad
    assert err.startswith(f"{path}:{line}: "), err
    assert path.read_text(encoding="utf-8").split("\n")[line - 1] == block[bad]
    assert words in err
    assert "while scanning" not in err and "<block end>" not in err


def test_an_unclosed_quote_in_the_front_matter_is_named_at_its_line(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text("---\ntitle: \"Innovation\nlanguage: en\n\n---\n\n# One\n", encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.line == 2
    assert "a quote is opened but never closed" in caught.value.message


# --- The bundled talk, broken the ways a lecturer breaks a deck ---
BUNDLED_LINES = BUNDLED_DECK.read_text(encoding="utf-8").split("\n")
FENCES = find_fences(BUNDLED_LINES)
CLOSING_SLIPS = ["", "``", "'''", "```poll", "    ```"]


@pytest.mark.parametrize("slip", CLOSING_SLIPS, ids=repr)
def test_every_closing_line_of_the_bundled_talk_missed_is_caught_at_its_fence(slip):
    assert len(FENCES) >= 10
    for fence in FENCES:
        lines = list(BUNDLED_LINES)
        lines[fence.last] = slip
        with pytest.raises(DeckError) as caught:
            parse_deck("\n".join(lines), BUNDLED_DECK)
        assert caught.value.line == fence.first + 1, (slip, fence)
        assert caught.value.message.startswith(
            f"the ```poll block opened at line {fence.first + 1} is never closed")
        # The last poll's slide has notes after it: they would show as code.
        assert any(words in caught.value.message for words in (
            "slides after it, which would be lost", "the slide after it, which would be lost",
            "(notes or settings), which the room would see as code"))
        if slip in ("``", "\'\'\'", "```poll"):
            assert f'(line {fence.last + 1}, "{slip}", does not close it' in caught.value.message


# What a slip does to one line: fence lines lose or gain a character, YAML lines
# get a tab, a quote or a bracket, lines go missing or come twice.
_SLIPS = [
    lambda line: line[1:], lambda line: line[:-1], lambda line: "\t" + line,
    lambda line: "  " + line, lambda line: line + '"', lambda line: line.replace(": ", ": ["),
    lambda line: line.replace(": ", ": '"), lambda line: line.replace(":", ""),
    lambda line: "", lambda line: line + "\n" + line, lambda line: "```\n" + line,
    lambda line: line.replace("`", "~"),
]
# The lines a slip most often hits: fences and the YAML inside poll blocks.
_TARGETS = sorted({i for f in FENCES for i in range(f.first, f.last + 1)})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_TARGETS), st.sampled_from(range(len(_SLIPS)))),
                min_size=1, max_size=3))
def test_check_says_one_sentence_whatever_slips_the_bundled_talk_gets(tmp_path_factory, slips):
    lines = list(BUNDLED_LINES)
    for index, slip in slips:
        lines[index] = _SLIPS[slip](lines[index])
    path = tmp_path_factory.mktemp("slips") / "talk.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["check", str(path), "--json"])
    answer = json.loads(out.getvalue())
    assert code in (0, 1)
    if code == 1:
        [error] = answer["errors"]
        assert set(error) == {"file", "line", "message"} and error["file"] == str(path)
        assert err.getvalue() == f"{path}:{error['line']}: {error['message']}\n"
        assert "expected" in error["message"] and "Traceback" not in err.getvalue()
    else:
        assert answer["slides"] >= 1


def test_a_key_twice_in_the_front_matter_is_named_at_the_second(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text("---\ntitle: A\nlanguage: en\ntitle: B\n---\n\n# One\n", encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.line == 4
    assert "\"title:\" is given twice at this level" in caught.value.message


def test_a_slide_setting_that_is_not_yaml_is_told_in_plain_words(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text("# One\n\n<!--\nlayout: two-cols\ncentre: Innovation: who? -->\n",
                    encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert caught.value.line == 5
    assert caught.value.message.startswith("the slide setting is not valid YAML: a value "
                                           "holds \": \", which YAML reads as a second key")
