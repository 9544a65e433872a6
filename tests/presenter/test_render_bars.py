"""Poll bars: lengths proportional to the counts (measured in pixels), zero votes,
hidden results, the state badge and the room's numbers; the summary's diverging bars."""
from __future__ import annotations

import pytest

from presenter.render.renderer import SlideRenderer
from presenter.render.theme import palette_for
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import problems, run_length, texts


@pytest.fixture
def talk(qapp):
    return SlideRenderer(F.talk_deck())


def _poll_slide(deck):
    return next(s for s in deck.slides if s.layout == "poll")


def _bar_lengths(r, slide, view):
    image = r.render_image(slide.number, view)
    pal = palette_for(r.deck.theme)
    colours = {"agree": pal.agree, "disagree": pal.disagree, "dont-know": pal.dont_know}
    out = {}
    for b in r.layout_boxes(slide.number, view):
        if b.kind == "bar-track":
            y = int(b.needed.center().y())
            out[b.text] = (run_length(image, y, int(b.needed.left()), int(b.needed.right()),
                                      colours[b.text]), b.needed.width())
    return out


@pytest.mark.parametrize("counts", [(30, 10, 0), (1, 0, 0), (100, 150, 50), (7.5, 2.5, 0)])
def test_bars_proportional_to_counts(talk, counts):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(*counts)})
    lengths = _bar_lengths(talk, slide, view)
    total = sum(counts)
    for option, count in zip(("agree", "disagree", "dont-know"), counts):
        run, track = lengths[option]
        assert abs(run - track * count / total) <= 3, (option, run, track)


def test_counts_print_rounded_with_percent(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(7.6, 2.4, 0)})
    values = [b.text for b in talk.layout_boxes(slide.number, view) if b.kind == "bar-value"]
    # The percentages are those of the printed counts (8 of 10), not of the animating 7.6.
    assert values == ["8   80 %", "2   20 %", "0   0 %"]
    assert "37 telefoner  ·  10 stemmer" in texts(talk.layout_boxes(slide.number, view))


def test_zero_votes_look_intentional(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(0, 0, 0)})
    lengths = _bar_lengths(talk, slide, view)
    assert all(run == 0 for run, _ in lengths.values()), "empty tracks"
    boxes = talk.layout_boxes(slide.number, view)
    assert [b.text for b in boxes if b.kind == "bar-value"] == ["0", "0", "0"]
    words = texts(boxes)
    assert "Ingen stemmer endnu" in words and "Afstemning åben" in words
    assert problems(boxes) == []


def test_hidden_results_show_a_notice_instead_of_bars(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(5, 5, 5, visible=False)})
    boxes = talk.layout_boxes(slide.number, view)
    assert not any(b.kind in ("bar-track", "bar-value") for b in boxes)
    assert "Resultaterne vises senere" in texts(boxes)


def test_closed_badge(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(open=False)})
    assert "Afstemning lukket" in texts(talk.layout_boxes(slide.number, view))
    assert "Afstemning lukket" in texts(talk.layout_boxes(slide.number, None))


def test_labels_name_every_bar(talk):
    slide = _poll_slide(talk.deck)
    labels = [b.text for b in talk.layout_boxes(slide.number) if b.kind == "bar-label"]
    assert labels == ["Enig", "Uenig", "Ved ikke"]


def test_summary_diverges_from_the_centre(talk):
    deck = talk.deck
    s = next(s for s in deck.slides if s.layout == "summary")
    first = deck.polls[0].id
    polls = {p.id: F.poll_view(0, 0, 0) for p in deck.polls}
    polls[first] = F.poll_view(agree=30, disagree=10, dont_know=10)
    view = F.join_view(polls=polls)
    image = talk.render_image(s.number, view)
    pal = palette_for(deck.theme)
    track = next(b for b in talk.layout_boxes(s.number, view) if b.kind == "bar-track" and b.text == first)
    centre = int(track.needed.center().x())
    y = int(track.needed.top() + 4)     # above the printed percentages
    half = track.needed.width() / 2
    right = run_length(image, y, centre, int(track.needed.right()), pal.agree)
    left = run_length(image, y, int(track.needed.left()), centre, pal.disagree)
    assert abs(right - half * 30 / 50) <= 4 and abs(left - half * 10 / 50) <= 4
    assert "n = 50" in texts(talk.layout_boxes(s.number, view))


def test_summary_sorted_by_agreement(qapp):
    from dataclasses import replace
    deck = F.talk_deck()
    slides = [replace(s, sort_summary=True) if s.layout == "summary" else s for s in deck.slides]
    deck = replace(deck, slides=tuple(slides))
    r = SlideRenderer(deck)
    s = next(s for s in deck.slides if s.layout == "summary")
    view = F.room_with_votes(deck)      # agreement rises poll by poll
    labels = [b.text for b in r.layout_boxes(s.number, view) if b.kind == "row-label"]
    assert labels[0] == deck.polls[-1].question and labels[-1] == deck.polls[0].question
