"""`votedeck check`: the summary, the JSON, and a bad deck's one-line error."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from presenter.cli import main
from presenter.paths import BUNDLED_DECK, PROJECT_ROOT

DECKS = Path(__file__).parent / "decks"


def test_json_of_the_bundled_deck(capsys):
    assert main(["check", str(BUNDLED_DECK), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"slides", "polls", "warnings"}
    assert data["warnings"] == []
    assert data["slides"] == 27
    assert len(data["polls"]) == 12
    assert data["polls"][0] == {"id": "innovation-words", "slide": 2, "kind": "open",
                                "question": "Hvad forbinder I med innovation?"}
    first = data["polls"][1]
    assert first == {
        "id": "leaders-as-source", "slide": 12, "kind": "agree",
        "question": "Offentlige ledere ser sig selv og deres medarbejdere som hovedkilden til "
                    "innovation",
        "options": [{"id": "agree", "label": "Enig"}, {"id": "disagree", "label": "Uenig"},
                    {"id": "dont-know", "label": "Ved ikke"}]}
    assert [p["slide"] for p in data["polls"] if p["kind"] == "agree"] == [12, 13, 14, 15, 16, 17]
    assert [o["id"] for o in data["polls"][10]["options"]][-1] == "other"


def test_json_of_a_custom_poll(capsys):
    assert main(["check", str(DECKS / "features.md"), "--json"]) == 0
    polls = json.loads(capsys.readouterr().out)["polls"]
    assert polls[1]["options"] == [{"id": "pizza", "label": "Pizza"},
                                   {"id": "suppe", "label": "Suppe"},
                                   {"id": "none", "label": "Ingenting"}]


def test_human_summary(capsys):
    assert main(["check", str(BUNDLED_DECK)]) == 0
    out = capsys.readouterr().out
    assert "Samarbejdsdrevet innovation i den offentlige sektor" in out
    assert "Slides:   27" in out
    assert "12 poll" in out and "3 two-cols" in out
    assert "slide 12  leaders-as-source: Offentlige ledere" in out
    assert "slide  2  innovation-words: Hvad forbinder I med innovation?  [open]" in out
    assert "[Enig / Uenig / Ved ikke]" in out
    assert "have speaker notes" in out


def test_bad_deck_exits_1_with_the_line(tmp_path, capsys):
    deck = tmp_path / "talk.md"
    deck.write_text("# A\n---\n<!-- layout: three-cols -->\n# B\n", encoding="utf-8")
    assert main(["check", str(deck)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f'{deck}:3: unknown layout "three-cols"; expected one of: default, '
                            "title, section, two-cols, phases, roles, poll, join, summary\n")


def test_missing_file_exits_1(tmp_path, capsys):
    assert main(["check", str(tmp_path / "gone.md"), "--json"]) == 1
    assert capsys.readouterr().err.endswith("gone.md: file not found; expected a Markdown "
                                            "deck (.md) at this path\n")


def test_as_a_command(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "presenter", "check", str(BUNDLED_DECK), "--json"],
                        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT,
                        timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["slides"] == 27
    bad = tmp_path / "bad.md"
    bad.write_text("```poll\nscale: agree\n```\n", encoding="utf-8")
    failed = subprocess.run([sys.executable, "-m", "presenter", "check", str(bad)],
                            capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT,
                            timeout=60)
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"{bad}:1: poll without a question; expected")
    assert "Traceback" not in failed.stderr
    assert failed.stderr.count("\n") == 1
