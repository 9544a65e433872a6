"""Poll bars: lengths proportional to the counts (measured in pixels), zero votes,
hidden results, the state badge and the room's numbers; the summary's diverging bars."""
from __future__ import annotations

import pytest

from presenter.render.renderer import SlideRenderer
from presenter.render.theme import palette_for
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import layout_boxes, problems, run_length, texts


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
    for b in layout_boxes(r, slide.number, view):
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
    values = [b.text for b in layout_boxes(talk, slide.number, view) if b.kind == "bar-value"]
    # The percentages are those of the printed counts (8 of 10), not of the animating 7.6.
    assert values == ["8   80 %", "2   20 %", "0   0 %"]
    assert "10 har stemt" in texts(layout_boxes(talk, slide.number, view))


def test_zero_votes_look_intentional(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(0, 0, 0)})
    lengths = _bar_lengths(talk, slide, view)
    assert all(run == 0 for run, _ in lengths.values()), "empty tracks"
    boxes = layout_boxes(talk, slide.number, view)
    assert [b.text for b in boxes if b.kind == "bar-value"] == ["0", "0", "0"]
    words = texts(boxes)
    assert "Ingen stemmer endnu" in words and "Afstemning åben" in words
    assert problems(boxes) == []


def test_hidden_results_show_a_notice_instead_of_bars(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(5, 5, 5, visible=False)})
    boxes = layout_boxes(talk, slide.number, view)
    assert not any(b.kind in ("bar-track", "bar-value") for b in boxes)
    assert "Resultaterne vises senere" in texts(boxes)


def test_closed_badge(talk):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(open=False)})
    assert "Afstemning lukket" in texts(layout_boxes(talk, slide.number, view))
    assert "Afstemning lukket" in texts(layout_boxes(talk, slide.number, None))


def test_labels_name_every_bar(talk):
    slide = _poll_slide(talk.deck)
    labels = [b.text for b in layout_boxes(talk, slide.number) if b.kind == "bar-label"]
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
    track = next(b for b in layout_boxes(talk, s.number, view) if b.kind == "bar-track" and b.text == first)
    centre = int(track.needed.center().x())
    y = int(track.needed.top() + 4)     # above the printed percentages
    half = track.needed.width() / 2
    right = run_length(image, y, centre, int(track.needed.right()), pal.agree)
    left = run_length(image, y, int(track.needed.left()), centre, pal.disagree)
    assert abs(right - half * 30 / 50) <= 4 and abs(left - half * 10 / 50) <= 4
    assert "n = 50" in texts(layout_boxes(talk, s.number, view))


def test_summary_sorted_by_agreement(qapp):
    from dataclasses import replace
    deck = F.talk_deck()
    slides = [replace(s, sort_summary=True) if s.layout == "summary" else s for s in deck.slides]
    deck = replace(deck, slides=tuple(slides))
    r = SlideRenderer(deck)
    s = next(s for s in deck.slides if s.layout == "summary")
    view = F.room_with_votes(deck)      # agreement rises poll by poll
    labels = [b.text for b in layout_boxes(r, s.number, view) if b.kind == "row-label"]
    assert labels[0] == deck.polls[-1].question and labels[-1] == deck.polls[0].question


# ------------------------------------------------------------ polish: what the room reads

def _poll_slides(deck):
    return [s for s in deck.slides if s.layout == "poll"]


def _box(boxes, kind):
    return next(b for b in boxes if b.kind == kind)


def test_slide_title_is_a_kicker_beside_the_pill(talk):
    from dataclasses import replace
    slide = _poll_slide(talk.deck)
    boxes = layout_boxes(talk, slide.number, F.join_view(polls={slide.poll.id: F.poll_view()}))
    kicker, badge, statement = (_box(boxes, k) for k in ("kicker", "badge", "statement"))
    assert kicker.text == "Barriere"
    assert abs(kicker.needed.center().y() - badge.needed.center().y()) < 4, "on the pill's row"
    assert kicker.needed.left() > badge.needed.right() and kicker.needed.bottom() < statement.needed.top()
    assert statement.text == slide.poll.question
    # A slide titled with the statement itself gets no kicker repeating it.
    same = replace(slide, title=F.t(slide.poll.question))
    deck = replace(talk.deck, slides=tuple(same if s is slide else s for s in talk.deck.slides))
    assert not any(b.kind == "kicker" for b in layout_boxes(SlideRenderer(deck), slide.number))


def test_closed_pill_has_a_hollow_dot(talk):
    slide = _poll_slide(talk.deck)
    pal = palette_for(talk.deck.theme)
    for is_open in (True, False):
        view = F.join_view(polls={slide.poll.id: F.poll_view(open=is_open)})
        dot = _box(layout_boxes(talk, slide.number, view), "badge-dot").needed
        image = talk.render_image(slide.number, view)
        y = int(dot.center().y())
        ring = run_length(image, y, int(dot.left()), int(dot.right()), pal.on_accent if is_open else pal.muted)
        centre = image.pixelColor(int(dot.center().x()), y)
        if is_open:
            assert ring >= 12, "a filled dot"
        else:
            assert 3 <= ring <= 10, "a visible ring"
            assert abs(centre.lightness() - pal.track.lightness()) < 12, "hollow: the pill shows through"


def test_statement_sits_under_the_pill_and_bars_stay_near_it(talk):
    for slide in _poll_slides(talk.deck):
        for view in (None, F.join_view(polls={slide.poll.id: F.poll_view()})):
            boxes = layout_boxes(talk, slide.number, view)
            badge, statement = _box(boxes, "badge"), _box(boxes, "statement")
            tracks = [b for b in boxes if b.kind == "bar-track"]
            status = _box(boxes, "status")
            assert statement.needed.top() - badge.needed.bottom() < 60
            above = max(b.needed.bottom() for b in boxes if b.kind in ("statement", "qr", "url"))
            gap_above = tracks[0].needed.top() - above
            gap_below = 1020 - status.needed.bottom()
            assert 40 <= gap_above <= 220, (slide.number, gap_above)
            assert gap_below >= gap_above - 60, "the block does not sink to the footer"
            assert problems(boxes) == []


def test_a_closed_poll_gives_the_statement_the_width_the_code_had(talk):
    """While the poll is open the code holds the corner; once it closes the code goes and
    the statement takes the whole width instead of keeping its narrow column."""
    slide = _poll_slide(talk.deck)
    found = {}
    for is_open in (True, False):
        boxes = layout_boxes(talk, slide.number, F.join_view(polls={slide.poll.id: F.poll_view(open=is_open)}))
        assert problems(boxes) == []
        assert any(b.kind == "qr" for b in boxes) == is_open
        found[is_open] = next(b for b in boxes if b.kind == "statement")
    assert found[False].allowed.right() >= 1920 - 120 - 1
    assert found[False].allowed.width() > found[True].allowed.width() + 300


@pytest.mark.parametrize("counts", [(134, 89, 77), (1, 1, 1), (2, 2, 3), (7.6, 2.4, 0)])
def test_poll_percentages_add_up_to_100(talk, counts):
    slide = _poll_slide(talk.deck)
    view = F.join_view(polls={slide.poll.id: F.poll_view(*counts)})
    values = [b.text for b in layout_boxes(talk, slide.number, view) if b.kind == "bar-value"]
    percents = [int(v.split()[1]) for v in values]
    assert sum(percents) == 100, values
    if counts == (134, 89, 77):
        assert values == ["134   45 %", "89   30 %", "77   25 %"]


def test_the_poll_slide_counts_who_voted_and_the_join_screen_who_is_connected(talk):
    """Two different figures get two different names: a poll slide says how many phones
    voted on it, the join screen how many are connected now (as the console does), so
    "412 connected" and "300 voted" never read as one count disagreeing with itself."""
    slide = _poll_slide(talk.deck)
    view = F.join_view(phones=0, polls={slide.poll.id: F.poll_view(134, 89, 77, voters=300)})
    poll_words = texts(layout_boxes(talk, slide.number, view))
    assert "300 har stemt" in poll_words and "telefoner" not in poll_words
    multi = F.join_view(polls={slide.poll.id: F.poll_view(30, 20, 10, voters=40)})
    assert "40 har stemt  ·  60 stemmer" in texts(layout_boxes(talk, slide.number, multi))
    join = next(s.number for s in talk.deck.slides if s.layout == "join")
    assert "412 telefoner forbundet" in texts(layout_boxes(talk, join, F.join_view(phones=412)))
    assert "1 telefon forbundet" in texts(layout_boxes(talk, join, F.join_view(phones=1)))


def _summary(deck):
    return next(s for s in deck.slides if s.layout == "summary")


def _rows(boxes):
    """The summary's boxes per row: (track, [bar-values], n) by the track's vertical span."""
    out = []
    for track in (b for b in boxes if b.kind == "bar-track"):
        band = (track.needed.top() - 1, track.needed.bottom() + 1)
        values = [b for b in boxes if b.kind == "bar-value"
                  and band[0] <= b.needed.center().y() <= band[1]]
        out.append((track, sorted(values, key=lambda b: b.needed.left())))
    return out


def test_summary_prints_every_segments_percentage(talk):
    deck = talk.deck
    s = _summary(deck)
    polls = {p.id: F.poll_view(*c) for p, c in zip(deck.polls, [
        (134, 89, 77), (4, 280, 16), (150, 140, 10), (290, 1, 9), (0, 0, 7), (100, 100, 100)])}
    view = F.join_view(polls=polls)
    boxes = layout_boxes(talk, s.number, view)
    assert problems(boxes) == []
    rows = _rows(boxes)
    assert len(rows) == len(deck.polls)
    for track, values in rows:
        assert len(values) == 3, (track.text, [v.text for v in values])  # disagree, agree, don't know
        assert sum(int(v.text.split()[0]) for v in values) == 100, [v.text for v in values]
        assert all(v.px >= 24 for v in values)
    first = next(vals for t, vals in rows if t.text == deck.polls[0].id)
    assert [v.text for v in first] == ["30 %", "45 %", "25 %"]


def test_summary_statements_read_from_the_back(talk):
    labels = [b for b in layout_boxes(talk, _summary(talk.deck).number) if b.kind == "row-label"]
    assert len(labels) == 6 and all(b.px >= 30 for b in labels), [b.px for b in labels]


def test_one_poll_summary_is_a_bar_centred_not_a_sliver(qapp):
    from dataclasses import replace
    deck = F.talk_deck()
    s = _summary(deck)
    one = replace(s, summary_of=(deck.polls[0].id,))
    deck = replace(deck, slides=tuple(one if x is s else x for x in deck.slides))
    r = SlideRenderer(deck)
    view = F.join_view(polls={deck.polls[0].id: F.poll_view(134, 89, 77)})
    boxes = layout_boxes(r, s.number, view)
    track = _box(boxes, "bar-track")
    title = _box(boxes, "title")
    assert 40 <= track.needed.height() <= 64
    legend_top = min(b.needed.top() for b in boxes if b.kind == "legend")
    chart_mid = (legend_top + track.needed.bottom()) / 2
    area_mid = (title.needed.bottom() + 976) / 2
    assert abs(chart_mid - area_mid) < 90, (chart_mid, area_mid)
    assert problems(boxes) == []
