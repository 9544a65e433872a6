"""This room's bars beside the tour's: the poll slide's paired rows and the summary's
paired diverging bars, with a legend naming each group and its n.

The tour is drawn in a pale tint of each option's colour (mixed with the background),
the room in the full colour, and every bar keeps a text label (its percentage and the
legend), so the colour is never the only cue. The comparison's numbers arrive frozen
in `PollView.comparison` (computed once when the talk starts), never read here.
"""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from common.percent import whole_percentages
from common.words import group
from presenter.deck.model import Poll, Span
from presenter.render import bars
from presenter.render.context import Ctx
from presenter.render.scene import Box, Scene
from presenter.render.text import Para
from presenter.render.theme import option_color
from presenter.render.view import ComparisonView, PollView

TINT = 0.42             # how far the tour's colour is mixed towards the background


def tint(color: QColor, background: QColor) -> QColor:
    return QColor.fromRgbF(*(c * (1 - TINT) + b * TINT for c, b in zip(
        (color.redF(), color.greenF(), color.blueF()),
        (background.redF(), background.greenF(), background.blueF()))))


def tour_ctx(ctx: Ctx) -> Ctx:
    """The context whose agree-scale colours are the tour's tints (for diverging bars)."""
    pal = ctx.palette
    bg = pal.background
    return replace(ctx, palette=replace(pal, agree=tint(pal.agree, bg),
                                        disagree=tint(pal.disagree, bg),
                                        dont_know=tint(pal.dont_know, bg)))


def tour_view(comparison: ComparisonView) -> PollView:
    return PollView(counts=MappingProxyType({o: float(n) for o, n in comparison.counts}),
                    voters=comparison.voters, results_visible=True)


def poll_rows(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    """Per option: its label, the room's bar with count and percentage, and under it the
    tour's thinner bar with its percentage."""
    comparison = pv.comparison
    n = max(1, len(poll.options))
    pitch = area.height() / n
    room_h = min(56.0, pitch * 0.42)
    tour_h = room_h * 0.62
    gap = min(10.0, pitch * 0.06)
    label_w, value_w, margin = 330.0, 290.0, 36.0
    track_x = area.left() + label_w + margin
    track_w = area.width() - label_w - value_w - 2 * margin
    label_fit = scene.fit([Para((Span(o.label),), color=ctx.fg, weight=600) for o in poll.options],
                          label_w, pitch * 0.8 * n, 48, 24)
    room_printed, room_pct = bars.shown_counts([pv.counts.get(o.id, 0.0) for o in poll.options])
    _, tour_pct = bars.shown_counts([comparison.count(o.id) for o in poll.options])
    total, tour_total = pv.total(), float(comparison.voters)
    for i, option in enumerate(poll.options):
        top = area.top() + i * pitch + (pitch - room_h - gap - tour_h) / 2
        color = option_color(ctx.palette, option.id, i)
        pale = tint(color, ctx.palette.background)
        scene.text("bar-label", (Para((Span(option.label),), color=ctx.fg, weight=600),),
                   QRectF(area.left(), top, label_w, room_h + gap + tour_h),
                   max_px=label_fit.px, valign="center")
        room = QRectF(track_x, top, track_w, room_h)
        tour = QRectF(track_x, room.bottom() + gap, track_w, tour_h)
        frac_room = bars.share(max(0.0, float(pv.counts.get(option.id, 0.0))), total)
        frac_tour = bars.share(float(comparison.count(option.id)), tour_total)
        track = ctx.palette.track
        scene.draw(lambda p, a=room, b=tour, c=track: (bars.fill_round(p, a, c, 10),
                                                       bars.fill_round(p, b, c, 8)),
                   Box("bar-track", room.united(tour), room.united(tour), 0, option.id))
        tour_value = ctx.words.percent(tour_pct[i]) if tour_pct is not None else "–"
        with scene.live_layer():
            scene.draw(lambda p, r=room, f=frac_room, c=color: bars.fill_round(
                p, QRectF(r.left(), r.top(), r.width() * f, r.height()), c, 10))
            scene.draw(lambda p, r=tour, f=frac_tour, c=pale: bars.fill_round(
                p, QRectF(r.left(), r.top(), r.width() * f, r.height()), c, 8))
            bars.value_columns(ctx, scene, room_printed[i],
                               None if room_pct is None else room_pct[i],
                               QRectF(track_x + track_w + margin, room.top() - 4, value_w,
                                      room_h + 8), max_px=40, min_px=20)
            scene.text("tour-value", (Para((Span(tour_value),), color=ctx.muted, align="right"),),
                       QRectF(track_x + track_w + margin, tour.top() - 4, value_w, tour_h + 8),
                       max_px=30, min_px=16, valign="center", halign="right")


def others_label(words, sessions: int, voters: int | None, earlier: bool) -> str:
    """"Tidligere kommuner (8, n = 412)": the pooled sessions as the room reads them
    (without the n when `voters` is None: the summary prints each row's n). `words` is
    common.words' `tour` group in the deck's language."""
    key = ("earlier" if earlier else "picked") + ("_short" if voters is None else "")
    return words[key].format(sessions=sessions, n=voters)


def legend(ctx: Ctx, scene: Scene, pv: PollView, allowed: QRectF, *, with_n: bool = True,
           poll: Poll | None = None) -> None:
    """"■ Jer (n = 24)   ■ Tidligere kommuner (8, n = 412)": which bar is whose."""
    comparison = pv.comparison
    words = group(ctx.deck.language, "tour")
    room_text = words["room_n"].format(n=round(pv.total())) if with_n else words["room"]
    if with_n and pv.hand:      # paper ballots are in the room's bars: say so
        room_text += ", " + words["on_paper"].format(n=pv.hand)
    if with_n and comparison.hand:
        tour_hand = ", " + words["on_paper"].format(n=comparison.hand)
    else:
        tour_hand = ""
    tour_text = others_label(words, comparison.sessions, comparison.voters if with_n else None,
                             comparison.earlier) + tour_hand
    items = [(room_text, ctx.palette.agree), (tour_text, tint(ctx.palette.agree, ctx.palette.background))]
    if comparison.before:       # a re-vote: the same room before and after, and the shift
        room_hand = ", " + words["on_paper"].format(n=pv.hand) if pv.hand else ""
        items = [(f"{words['after']} (n = {round(pv.total())})" + room_hand, ctx.palette.agree),
                 (f"{words['before']} (n = {comparison.voters})" + tour_hand, items[1][1])]
        shift = shift_text(words, poll, pv)
        if shift:
            items.append((shift, None))
    _legend_items(ctx, scene, items, allowed)


def shift_text(words, poll: Poll | None, pv: PollView) -> str:
    """"Enig: +12 point siden sidst": how far the share of agreement (of the leading option,
    for other kinds) moved from the room's earlier answer; "" before anyone voted again."""
    comparison = pv.comparison
    if poll is None or not poll.options or not pv.total() or not comparison.voters:
        return ""
    ids = [o.id for o in poll.options]
    after = whole_percentages([round(pv.counts.get(i, 0.0)) for i in ids])
    before = whole_percentages([comparison.count(i) for i in ids])
    index = ids.index("agree") if poll.kind.name == "agree" and "agree" in ids \
        else max(range(len(ids)), key=lambda i: after[i])
    points = after[index] - before[index]
    shown = f"{points:+d}" if points else "±0"
    return f"{poll.options[index].label}: " + words["shift"].format(points=shown)


def _legend_items(ctx: Ctx, scene: Scene, items, allowed: QRectF) -> None:
    """Swatch and words per item, left to right (an item without a colour: words only)."""
    swatch = min(28.0, allowed.height() * 0.6)
    px = min(32.0, allowed.height() * 0.7)
    x = allowed.left()
    for text, color in items:
        box = QRectF(x, allowed.center().y() - swatch / 2, swatch if color is not None else 0, swatch)
        if color is not None:
            scene.draw(lambda p, b=box, c=color: bars.fill_round(p, b, c, 6))
        para = (Para((Span(text),), color=ctx.muted if color is not None else ctx.fg, weight=600
                     if color is not None else 700),)
        width = min(scene.measure(para, 900, px).width + 4, allowed.right() - box.right() - 12)
        scene.text("legend", para, QRectF(box.right() + 12, allowed.top(), width, allowed.height()),
                   max_px=px, min_px=14, valign="center")
        x = box.right() + 12 + width + 40
