"""Re-votes (issue 14): a later poll fence `again: barrier-2` asks the same statement again.
The deck format (ids, refusals through `votedeck check`), the live talk on the real
ShowController and voting server (phones over HTTP, SQLite in tmp_path: before and after
stored apart, the later slide drawing both and the shift after the reveal), and the
report PDF read back with pdftotext."""
from __future__ import annotations

import gc
import json
import shutil
import subprocess

import pytest

from presenter.cli import main
from presenter.deck.errors import DeckError
from presenter.deck.parser import load_deck, parse_deck
from tests.presenter.render_checks import layout_boxes, problems, texts
from tests.presenter.ui_support import Phone
from tests.server.serve_process import votedeck

DECK = """\
---
title: Barrierer
language: da
polls:
  results: reveal
---

# Barrierer

---

## Barriere 2

```poll
id: barrier-2
question: Ledere ser medarbejderne som hovedkilden til innovation
scale: agree
```

---

## Undervejs

Tekst

---

## Igen: barriere 2

```poll
again: barrier-2
```

---

## Tak
"""
BEFORE_SLIDE, AFTER_SLIDE = 2, 4


def _deck(tmp_path, text: str = DECK):
    path = tmp_path / "barrierer.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_again_asks_the_earlier_statement_under_its_own_id(tmp_path):
    deck = load_deck(_deck(tmp_path))
    first, later = deck.polls
    assert (later.id, later.again, later.slide) == ("barrier-2~2", "barrier-2", AFTER_SLIDE)
    assert (later.question, later.options, later.kind) == (first.question, first.options, first.kind)
    own = parse_deck(DECK.replace("again: barrier-2", "again: barrier-2\nid: barrier-2-after"),
                     tmp_path / "d.md")
    assert own.polls[1].id == "barrier-2-after"
    # A third asking counts on; the summary does not list a re-vote unless told to.
    third = DECK + "\n---\n\n## Tredje gang\n\n```poll\nagain: barrier-2\n```\n\n---\n\n" \
        "<!-- layout: summary -->\n\n## Samlet\n"
    deck = parse_deck(third, tmp_path / "d.md")
    assert [p.id for p in deck.polls] == ["barrier-2", "barrier-2~2", "barrier-2~3"]
    assert deck.slides[-1].summary_of == ("barrier-2",)


def test_check_names_the_poll_a_revote_asks_again(tmp_path, capsys):
    path = _deck(tmp_path)
    assert main(["check", str(path)]) == 0
    assert "barrier-2~2: Ledere ser medarbejderne som hovedkilden til innovation  " \
           "[Enig / Uenig / Ved ikke]  (again: barrier-2)" in capsys.readouterr().out
    assert main(["check", str(path), "--json"]) == 0
    polls = json.loads(capsys.readouterr().out)["polls"]
    assert [p.get("again") for p in polls] == [None, "barrier-2"]


@pytest.mark.parametrize(("fence", "bad", "said"), [
    ("again: barrier-9", "again: barrier-9", 'again: names poll "barrier-9", which is not in the '
                                             "deck; expected one of: barrier-2"),
    ("again: later-one", "again: later-one", 'again: names poll "later-one", which comes later '
                                             "(slide 6); expected a poll asked before this slide"),
    ("again: barrier-2\nquestion: Noget andet", "question: Noget andet",
     '"question" has no place here'),
    ("again: ", "again: ", "again: names the earlier poll to ask again"),
])
def test_check_refuses_an_unknown_or_later_id_with_a_sentence(tmp_path, capsys, fence, bad, said):
    text = DECK.replace("again: barrier-2", fence) + \
        "\n---\n\n## Senere\n\n```poll\nid: later-one\nquestion: Senere\nscale: agree\n```\n"
    path = _deck(tmp_path, text)
    with pytest.raises(DeckError):
        load_deck(path)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    line = text.split("\n").index(bad) + 1
    assert err.startswith(f"{path}:{line}: ") and said in err, err


@pytest.fixture
def talk(qtbot, tmp_path):
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    deck = load_deck(_deck(tmp_path))
    presentation = ShowController(deck, SlideRenderer(deck), ServerConfig(
        host="127.0.0.1", port=0, data_dir=tmp_path / "data", session_name="Bodø kommune",
        max_voters_per_address=0, max_requests_per_second=0))
    assert presentation.start_server(), presentation.voting_error
    yield presentation
    presentation.shutdown()
    gc.collect()


def _vote(qtbot, presentation, slide, poll_id, choices, phones):
    presentation.go_to(slide)
    qtbot.waitUntil(lambda: presentation.tally(poll_id) is not None
                    and presentation.tally(poll_id).open, timeout=5000)
    for phone, choice in zip(phones, choices):
        assert phone.vote(poll_id, choice) == 200
    qtbot.waitUntil(lambda: presentation.tally(poll_id).voters == len(choices), timeout=5000)
    presentation.set_poll_open(False)
    presentation.set_reveal(True)
    qtbot.waitUntil(lambda: presentation.tally(poll_id).revealed
                    and not presentation.tally(poll_id).open, timeout=5000)
    presentation.animator.jump()


def test_the_later_slide_shows_before_after_and_the_shift(qtbot, talk, tmp_path):
    presentation = talk
    phones = [Phone(presentation.join.url) for _ in range(4)]
    _vote(qtbot, presentation, BEFORE_SLIDE, "barrier-2", ["agree", "disagree", "disagree",
                                                           "dont-know"], phones)
    assert presentation.room_view(True).poll("barrier-2").comparison is None   # the first asking
    presentation.go_to(AFTER_SLIDE)
    qtbot.waitUntil(lambda: presentation.tally("barrier-2~2").open, timeout=5000)
    assert presentation.room_view(True).poll("barrier-2~2").comparison is None  # not while voting
    _vote(qtbot, presentation, AFTER_SLIDE, "barrier-2~2", ["agree", "agree", "agree",
                                                            "disagree"], phones)
    # Stored apart: the first asking keeps its votes.
    assert dict(presentation.tally("barrier-2").counts) == {"agree": 1, "disagree": 2,
                                                            "dont-know": 1}
    view = presentation.room_view(True)
    before = view.poll("barrier-2~2").comparison
    assert before.before and dict(before.counts) == {"agree": 1, "disagree": 2, "dont-know": 1}
    assert before.voters == 4
    boxes = layout_boxes(presentation.renderer, AFTER_SLIDE, view)
    drawn = texts(boxes)
    # 25 % agreed before, 75 % after: fifty points.
    for words in ("Efter (n = 4)", "Før (n = 4)", "Enig: +50 point siden sidst", "75 %", "25 %"):
        assert words in drawn, (words, drawn)
    assert problems(boxes) == []
    presentation.renderer.render_image(AFTER_SLIDE, view).save(str(tmp_path / "revote.png"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
def test_the_report_shows_both_askings(qtbot, talk, tmp_path):
    from presenter.deck.spec import deck_spec
    from presenter.report.data import gather_report
    from presenter.report.pdf import write_report_pdf

    presentation = talk
    phones = [Phone(presentation.join.url) for _ in range(2)]
    _vote(qtbot, presentation, BEFORE_SLIDE, "barrier-2", ["disagree", "disagree"], phones)
    _vote(qtbot, presentation, AFTER_SLIDE, "barrier-2~2", ["agree", "disagree"], phones)
    server = presentation.server
    report = gather_report(server.database_path, server.session_id, None,
                           deck_spec(presentation.deck))
    pdf = tmp_path / "report.pdf"
    assert write_report_pdf(report, presentation.deck, pdf) == 4      # title, 2 polls, method
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
                            capture_output=True, check=True, text=True).stdout for n in (3, 4)]
    assert "Efter (n = 2)" in pages[0] and "Før (n = 2)" in pages[0]
    assert "Enig: +50 point siden sidst" in pages[0]
    assert "Stillet igen senere (før → efter)" in pages[1]
    assert "dias 2 → 4 (n = 2 → 2)" in pages[1]

    # The handout with the results draws the later slide the same way.
    handout = tmp_path / "handout.pdf"
    done = votedeck("export", str(presentation.deck.path), "--pdf", str(handout), "--results",
                    "--data-dir", str(server.database_path.parent))
    assert done.returncode == 0, done.stderr.decode()
    page = subprocess.run(["pdftotext", "-f", str(AFTER_SLIDE), "-l", str(AFTER_SLIDE), "-layout",
                           str(handout), "-"], capture_output=True, check=True, text=True).stdout
    assert "Efter (n = 2)" in page and "Før (n = 2)" in page and "+50 point" in page
