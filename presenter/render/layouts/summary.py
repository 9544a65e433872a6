"""The summary slide: one diverging stacked bar per poll statement, as Likert results
are drawn. Disagree grows left of a centre line, agree right, don't-know apart at
the side, with n per statement; optionally sorted by agreement. Every segment prints
its percentage (inside, or beside it when narrow); each statement is fitted on its
own in a wide column, so one long statement does not shrink the others; n is printed
once in the header when every row has the same n; a short summary keeps its rows' height and is
centred instead of stretched. The slide's body
blocks (a source link, a note) go in small text under the chart. A summary with more
polls than a page holds was split into slides by the deck (`presenter.deck.summary_pages`);
each page's title says which it is, and a long statement gets the height of the rows
it counts for there.

Tracks, labels and legend are the static layer; bars, percentages, n and the
centre line (drawn over the bars) are live. Sorted rows move with the counts, so
their order is part of the static layer's key.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF

from presenter.deck.model import Poll, Slide, Span
from presenter.deck.summary_pages import ROWS_PER_PAGE, rows_of
from presenter.render import bars, compare_bars
from presenter.render.blocks import block_paras
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para
from presenter.render.theme import MARGIN_X, WIDTH
from presenter.render.view import PollView, RoomView

LABEL_W, DK_W, N_W, GAP = 700.0, 210.0, 120.0, 32.0
LABEL_PX, LABEL_MIN_PX = 34.0, 30.0     # statements read from the back of a hall
MAX_PITCH = 132.0       # one or two polls: bars stay bars, the block is centred instead
HEAD_H = 56.0


def polls_of(ctx: Ctx, slide: Slide) -> list[Poll]:
    deck_polls = ctx.deck.polls
    if not slide.summary_of:
        return list(deck_polls)
    by_id = {p.id: p for p in deck_polls}
    return [by_id[i] for i in slide.summary_of if i in by_id]


def _agreement(pv: PollView | None) -> float:
    if pv is None:
        return 0.0
    return bars.share(pv.counts.get("agree", 0.0), pv.total())


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    top = frame.standard(ctx, scene, _paged(slide))
    area = _notes(ctx, scene, slide, frame.content_area(top))
    polls = polls_of(ctx, slide)
    if not polls:
        return
    views = {p.id: (view.poll(p.id) if view else None) for p in polls}
    if slide.sort_summary:
        polls.sort(key=lambda p: -_agreement(views[p.id]))
        scene.static_key = tuple(p.id for p in polls)
    right = WIDTH - MARGIN_X
    n_rect = QRectF(right - N_W, 0, N_W, 0)
    dk_rect = QRectF(n_rect.left() - GAP - DK_W, 0, DK_W, 0)
    bars_left = MARGIN_X + LABEL_W + GAP
    bars_right = dk_rect.left() - GAP
    centre = (bars_left + bars_right) / 2
    half = (bars_right - bars_left) / 2
    # A row per page row (`summary_pages`): a long statement gets the height of several.
    units = [rows_of(p.question) for p in polls]
    if sum(units) > ROWS_PER_PAGE:
        # More than a page (a deck built by hand, not split by the parser): every row
        # the same height, so the long statement shrinks and the short ones do not.
        units = [1] * len(polls)
    pitch = min(MAX_PITCH, (area.height() - HEAD_H - 16) / sum(units))
    block_h = HEAD_H + 16 + pitch * sum(units)
    head_top = area.top() + (area.height() - block_h) / 2
    _header(ctx, scene, polls[0], head_top, HEAD_H, centre, half, dk_rect, n_rect)
    rows_top = head_top + HEAD_H + 16
    bar_h = min(64.0, pitch * 0.62)
    # Each statement at its own largest size: one long statement must not shrink the rest.
    paras = [(Para((Span(p.question),), color=ctx.fg, leading=1.15),) for p in polls]
    labels = [scene.fit(q, LABEL_W, pitch * u - 8, LABEL_PX, LABEL_MIN_PX)
              for q, u in zip(paras, units)]
    shared_n = _shared_n(polls, views)
    if shared_n is not None:
        with scene.live_layer():
            scene.text("n", (Para((Span(f"n = {shared_n}"),), color=ctx.muted, weight=700,
                                  align="right"),),
                       QRectF(n_rect.left() - 40, head_top, n_rect.width() + 40, HEAD_H),
                       max_px=30, min_px=16, valign="bottom", halign="right")
    for i, poll in enumerate(polls):
        y = rows_top + sum(units[:i]) * pitch
        row_h = units[i] * pitch
        scene.text("row-label", paras[i], QRectF(MARGIN_X, y + 4, LABEL_W, row_h - 8),
                   max_px=labels[i].px, fitted=labels[i], valign="center")
        row = QRectF(bars_left, y + (row_h - bar_h) / 2, bars_right - bars_left, bar_h)
        pv = views[poll.id]
        if _beside_tour(pv):
            _paired_rows(ctx, scene, poll, pv, QRectF(row.left(), y + 4, row.width(), row_h - 8),
                         centre, half, dk_rect, n_rect)
            continue
        bars.diverging_row(ctx, scene, poll, pv, row, centre, half,
                           QRectF(dk_rect.left(), row.top(), DK_W, bar_h),
                           n_rect if shared_n is None else None)
    compared = next((v for v in views.values() if _beside_tour(v)), None)
    if compared is not None:
        compare_bars.legend(ctx, scene, compared, QRectF(MARGIN_X, head_top, LABEL_W, HEAD_H),
                            with_n=False)
    line = ctx.palette.foreground
    bottom = rows_top + sum(units) * pitch
    with scene.live_layer():    # over the bars, so it is drawn with them
        scene.draw(lambda p: p.fillRect(QRectF(centre - 1.5, rows_top - 8, 3, bottom - rows_top + 8),
                                        line))


def _beside_tour(pv: PollView | None) -> bool:
    """The summary pairs a row with the tour's; a re-vote's before/after is its own slide's."""
    return pv is not None and pv.results_visible and pv.comparison is not None \
        and not pv.comparison.before


def _paired_rows(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, row: QRectF, centre: float,
                 half: float, dk_rect: QRectF, n_rect: QRectF) -> None:
    """The room's diverging bar over the tour's (pale, thinner), each with its own n, in
    the row's whole height (`row`: the pitch less a small margin)."""
    room_h = min(56.0, row.height() * 0.5)
    tour_h = room_h * 0.75
    gap = min(8.0, row.height() * 0.08)
    top = row.top() + (row.height() - room_h - gap - tour_h) / 2
    room = QRectF(row.left(), top, row.width(), room_h)
    tour = QRectF(row.left(), room.bottom() + gap, row.width(), tour_h)
    bars.diverging_row(ctx, scene, poll, pv, room, centre, half,
                       QRectF(dk_rect.left(), room.top(), DK_W, room_h), n_rect)
    bars.diverging_row(compare_bars.tour_ctx(ctx), scene, poll,
                       compare_bars.tour_view(pv.comparison), tour, centre, half,
                       QRectF(dk_rect.left(), tour.top(), DK_W, tour_h), n_rect)


def _paged(slide: Slide) -> Slide:
    """A summary split over slides says which page this is in its title: "Salens svar (2/2)"."""
    if not slide.summary_page:
        return slide
    page, count = slide.summary_page
    return replace(slide, title=slide.title + (Span(f" ({page}/{count})"),))


def _shared_n(polls: list[Poll], views: dict) -> int | None:
    """The one n every row has (printed once, in the header), or None when rows differ."""
    ns = {sum(bars.shown_counts([float((views[p.id].counts if views[p.id] else {}).get(k, 0.0))
                                 for k in ("agree", "disagree", "dont-know")])[0])
          for p in polls}
    return ns.pop() if len(ns) == 1 else None


def _notes(ctx: Ctx, scene: Scene, slide: Slide, area: QRectF) -> QRectF:
    """The body blocks (e.g. the source of the statements) small under the chart;
    returns the area left for the chart."""
    paras, _pictures = block_paras(ctx, slide.blocks)
    if not paras:
        return area
    width = area.width() - 240         # clear of the slide number, bottom right
    fitted = scene.fit(paras, width, 110, 34, 20)
    box = QRectF(area.left(), area.bottom() - fitted.height, width, fitted.height)
    scene.text("body", paras, box, max_px=fitted.px, fitted=fitted, valign="bottom")
    return QRectF(area.left(), area.top(), area.width(), box.top() - 24 - area.top())


def _header(ctx: Ctx, scene: Scene, poll: Poll, top: float, h: float, centre: float,
            half: float, dk_rect: QRectF, n_rect: QRectF) -> None:
    labels = {o.id: o.label for o in poll.options}
    for o in ctx.deck.labels:
        labels.setdefault(o.id, o.label)
    pal = ctx.palette
    items = (
        (QRectF(centre - half, top, half - 16, h), f"← {labels.get('disagree', 'Uenig')}",
         pal.disagree, "right"),
        (QRectF(centre + 16, top, half - 16, h), f"{labels.get('agree', 'Enig')} →", pal.agree, "left"),
        (QRectF(dk_rect.left(), top, dk_rect.width(), h), labels.get("dont-know", "Ved ikke"),
         pal.dont_know, "left"),
    )
    for rect, text, color, align in items:
        scene.text("legend", (Para((Span(text),), color=color.name(), weight=700, align=align),),
                   rect, max_px=34, min_px=16, valign="bottom", halign=align)
