"""A deck author's pass (issue 18): broken decks through `check` and `check --json`,
parser jargon in plain words, one spelling per key, warnings that `--strict` fails."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presenter.cli import main
from presenter.deck import DeckError, load_deck

BUNDLED_DECK = Path(__file__).resolve().parents[2] / "slides" / "samarbejdsdrevet-innovation.md"


def _deck(tmp_path, text: str) -> Path:
    path = tmp_path / "talk.md"
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path, text: str) -> DeckError:
    with pytest.raises(DeckError) as caught:
        load_deck(_deck(tmp_path, text))
    return caught.value


def test_an_unclosed_poll_fence_is_named_at_its_opening_line(tmp_path):
    error = _error(tmp_path, "# A\n\n```poll\nquestion: Q\n\n---\n\n# B\n\n---\n\n# C\n")
    assert error.line == 3
    assert error.message.startswith("the ```poll block opened at line 3 is never closed")
    assert "swallows the 2 slides after it" in error.message
    assert "YAML" not in error.message


def test_check_json_on_a_broken_deck_prints_the_errors(tmp_path, capsys):
    path = _deck(tmp_path, "# A\n\n```poll\nid: two words\nquestion: Q\n```\n")
    assert main(["check", str(path), "--json"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer == {"errors": [{"file": str(path), "line": 4, "message": answer["errors"][0]
                                  ["message"]}]}
    assert answer["errors"][0]["message"].startswith('poll id "two words" is not usable')


def test_check_into_a_closed_pipe_ends_without_a_traceback():
    child = subprocess.Popen([sys.executable, "-m", "presenter", "check", str(BUNDLED_DECK)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()             # as `| head` does once it has its lines
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err


@pytest.mark.parametrize("front, line, words", [
    ("title: Innovation: hvem?\nlanguage: da", 2, 'put the value in quotes, e.g. title: "'),
    ("polls:\n    results: live\n  compare: tour", 4, "indentation does not line up"),
    ("title: X\n  language: da", 3, "indented more than the line above"),
    ("title: X\n\tlanguage: da", 3, "tab"),
    ("title: @home\n", 2, "starts with @"),
])
def test_front_matter_yaml_errors_speak_plain_words(tmp_path, front, line, words):
    error = _error(tmp_path, f"---\n{front}\n---\n# A\n")
    assert error.line == line
    assert words in error.message
    for jargon in ("<block end>", "<block mapping start>", "mapping values", "token"):
        assert jargon not in error.message


@pytest.mark.parametrize("front, right", [
    ("theme:\n  dont_know: \"#999\"", "dont-know"),
    ("labels:\n  dont_know: Usikker", "dont-know"),
])
def test_the_third_answer_has_one_spelling(tmp_path, front, right):
    error = _error(tmp_path, f"---\n{front}\n---\n# A\n")
    assert error.line == 3
    assert f'expected "{right}:"' in error.message


def test_dont_know_is_read_in_theme_and_labels(tmp_path):
    deck = load_deck(_deck(tmp_path, '---\ntheme:\n  dont-know: "#999999"\nlabels:\n'
                                     "  dont-know: Usikker\n---\n# A\n"))
    assert deck.theme.dont_know == "#999999"
    assert dict((o.id, o.label) for o in deck.labels)["dont-know"] == "Usikker"


def test_an_option_id_error_points_at_its_item(tmp_path):
    error = _error(tmp_path, "# A\n\n```poll\nquestion: Q\noptions:\n  - Ja\n"
                             "  - Måske\n  - {id: \"two words\", label: Nej}\n```\n")
    assert error.line == 8
    assert 'option id "two words"' in error.message


def test_a_slidev_slide_block_is_refused_with_the_marp_comment(tmp_path):
    error = _error(tmp_path, "# A\n\n---\nlayout: center\n---\n\n# B\n")
    assert error.line == 4
    assert "<!-- layout: center -->" in error.message


def test_text_with_a_colon_is_still_a_slide(tmp_path):
    deck = load_deck(_deck(tmp_path, "# A\n\n---\n\nNote: this is text\n"))
    assert len(deck.slides) == 2


def test_placeholders_and_empty_slides_warn_and_strict_fails(tmp_path, capsys):
    path = _deck(tmp_path, "# A\n\n{{ speaker name }}\n\n---\n\n---\n\n# C\n\n"
                           "```python\nprint('{{ ok in code }}')\n```\n\n---\n\n<!-- notes -->\n")
    deck = load_deck(path)
    assert [(w.line, w.message.split(" ")[0]) for w in deck.warnings] == [
        (3, '"{{'), (5, "two"), (17, "slide")]
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:3:" in err and "(warning)" in err
    assert main(["check", str(path), "--strict"]) == 1
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["warnings"]) == 3


def test_the_bundled_deck_has_no_warnings():
    assert load_deck(BUNDLED_DECK).warnings == ()
