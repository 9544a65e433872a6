"""A poll slide shows the author's own text: what is written before the poll block as a
lead-in above the statement, what is written after it as a line under the bars; both
fit their band, open or closed, and never overlap the statement, the bars or the code."""
from __future__ import annotations

import pytest

from presenter.deck import parse_deck
from presenter.render.renderer import SlideRenderer
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, problems

LEAD = "Tænk på jeres egen kommune det seneste år."
NOTE = "Kilde: FDZ 2012, spørgeskema til 400 ledere."
LONG = "Et langt indledende afsnit, der bliver ved og ved og aldrig slutter af sig selv " * 5

DECK = """---
language: da
---

# Barriere 1 af 3

{lead}

```poll
id: first
question: Detaljerede jobbeskrivelser hæmmer innovation blandt medarbejderne
```

{note}
"""


def _deck(lead: str = LEAD, note: str = NOTE):
    return parse_deck(DECK.format(lead=lead, note=note), "poll-text.md")


def test_text_before_and_after_the_poll_block_is_kept_apart(qapp):
    slide = _deck().slides[0]
    assert [b.text[0].text for b in slide.blocks] == [LEAD]
    assert [b.text[0].text for b in slide.after_poll] == [NOTE]


@pytest.mark.parametrize("is_open", [True, False])
@pytest.mark.parametrize("lead", [LEAD, LONG])
def test_lead_in_and_note_are_shown_in_order_and_fit(qapp, is_open, lead):
    deck = _deck(lead=lead, note=LONG if lead == LONG else NOTE)
    view = F.join_view(polls={"first": F.poll_view(open=is_open)})
    boxes = {b.kind: b for b in layout_boxes(SlideRenderer(deck), 1, view)}
    assert problems(list(boxes.values())) == []
    lead_box, statement, note = boxes["lead-in"], boxes["statement"], boxes["note"]
    assert lead_box.text.startswith(lead[:30]) and note.text.startswith(NOTE[:6] if lead == LEAD else LONG[:30])
    assert boxes["badge"].needed.bottom() <= lead_box.needed.top()
    assert lead_box.needed.bottom() <= statement.needed.top()
    bars = [b for b in layout_boxes(SlideRenderer(deck), 1, view) if b.kind == "bar-track"]
    assert statement.needed.bottom() < min(b.needed.top() for b in bars)
    assert boxes["status"].needed.bottom() <= note.needed.top()
    assert note.needed.bottom() <= 1080 - 60, "the note runs into the slide number"


def test_a_poll_slide_without_text_has_no_lead_in_nor_note(qapp):
    boxes = layout_boxes(SlideRenderer(F.talk_deck()), 9, F.room_with_votes(F.talk_deck()))
    kinds = {b.kind for b in boxes}
    assert "statement" in kinds and not kinds & {"lead-in", "note"}


def test_the_documented_poll_slide_example_has_a_lead_in_and_a_note():
    from tests.presenter.test_deck_docs import examples
    snippet = next(s for s in examples() if "Barriere 1 af 6" in s)
    slide = parse_deck(snippet, "example.md").slides[-1]
    assert slide.layout == "poll" and slide.blocks and slide.after_poll
