"""Result bars: the poll slide's horizontal bars and the summary's diverging bars.

Lengths come from the (possibly fractional, animating) counts; printed numbers are
rounded, and the printed percentages are those of the printed counts, by largest
remainder (`common.percent`), so one poll's figures always add up to 100 %. Every bar
has a text label beside it, so colour is never the only cue.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from common.percent import whole_percentages
from presenter.deck.model import Poll, Span
from presenter.render.context import Ctx
from presenter.render.scene import Box, Scene
from presenter.render.text import Para
from presenter.render.theme import option_color
from presenter.render.view import PollView


def fill_round(painter: QPainter, r: QRectF, color: QColor, radius: float) -> None:
    if r.width() <= 0 or r.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(Qt.NoPen)
    painter.setBrush(color)
    rad = min(radius, r.width() / 2, r.height() / 2)
    painter.drawRoundedRect(r, rad, rad)
    painter.restore()


def share(count: float, total: float) -> float:
    return count / total if total > 0 else 0.0


def shown_counts(counts: list[float]) -> tuple[list[int], list[int] | None]:
    """The whole counts a slide prints for (possibly animating) `counts`, and their whole
    percentages summing to 100 (None while the printed counts are all 0)."""
    whole = [round(max(0.0, float(c))) for c in counts]
    return whole, (whole_percentages(whole) if sum(whole) > 0 else None)


def poll_rows(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    """One row per option: label, a track with the bar, count and percentage."""
    n = max(1, len(poll.options))
    total = pv.total()
    pitch = area.height() / n
    bar_h = min(84.0, pitch * 0.62)
    label_w, value_w, gap = 330.0, 290.0, 36.0
    track_x = area.left() + label_w + gap
    track_w = area.width() - label_w - value_w - 2 * gap
    label_fit = scene.fit([Para((Span(o.label),), color=ctx.fg, weight=600) for o in poll.options],
                          label_w, bar_h * 1.2 * n, 48, 24)   # one common label size
    printed, percents = shown_counts([pv.counts.get(o.id, 0.0) for o in poll.options])
    for i, option in enumerate(poll.options):
        y = area.top() + i * pitch + (pitch - bar_h) / 2
        count = max(0.0, float(pv.counts.get(option.id, 0.0)))
        frac = share(count, total)
        color = option_color(ctx.palette, option.id, i)
        track = QRectF(track_x, y, track_w, bar_h)
        bar = QRectF(track_x, y, track_w * frac, bar_h)
        track_color = ctx.palette.track
        scene.draw(lambda p, t=track, c=track_color: fill_round(p, t, c, 12),
                   Box("bar-track", track, track, 0, option.id))
        scene.text("bar-label", (Para((Span(option.label),), color=ctx.fg, weight=600),),
                   QRectF(area.left(), y - bar_h * 0.1, label_w, bar_h * 1.2),
                   max_px=label_fit.px, valign="center")
        value = [Span(f"{printed[i]}", bold=True)]
        if percents is not None:
            value.append(Span(f"   {ctx.words.percent(percents[i])}"))
        with scene.live_layer():
            scene.draw(lambda p, b=bar, c=color: fill_round(p, b, c, 12))
            scene.text("bar-value", (Para(tuple(value), color=ctx.fg, align="left"),),
                       QRectF(track_x + track_w + gap, y - bar_h * 0.1, value_w, bar_h * 1.2),
                       max_px=44, min_px=22, valign="center")


def diverging_row(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView | None, row: QRectF,
                  centre_x: float, half_w: float, dk_rect: QRectF, n_rect: QRectF | None) -> None:
    """One summary row: disagree left of the centre line, agree right, don't-know apart.

    Every segment gets its percentage: inside it when it is wide enough, else just past
    its end on the empty track in the segment's colour, so a narrow side still reads."""
    counts = pv.counts if pv else {}
    agree = max(0.0, float(counts.get("agree", 0.0)))
    disagree = max(0.0, float(counts.get("disagree", 0.0)))
    dont = max(0.0, float(counts.get("dont-know", 0.0)))
    total = agree + disagree + dont
    printed, percents = shown_counts([disagree, agree, dont])
    h = row.height()
    pal = ctx.palette
    left = QRectF(centre_x - half_w, row.top(), half_w, h)
    right = QRectF(centre_x, row.top(), half_w, h)
    a_w, d_w = half_w * share(agree, total), half_w * share(disagree, total)
    a_bar = QRectF(centre_x, row.top(), a_w, h)
    d_bar = QRectF(centre_x - d_w, row.top(), d_w, h)
    k_bar = QRectF(dk_rect.left(), row.top(), dk_rect.width() * share(dont, total), h)
    track = pal.track
    whole = left.united(right)
    dk_track = QRectF(dk_rect.left(), row.top(), dk_rect.width(), h)
    scene.draw(lambda p: (p.fillRect(whole, track), p.fillRect(dk_track, track)),
               Box("bar-track", whole, whole, 0, poll.id))
    with scene.live_layer():
        scene.draw(lambda p: (p.fillRect(a_bar, pal.agree), p.fillRect(d_bar, pal.disagree),
                              p.fillRect(k_bar, pal.dont_know)))
        if percents is not None:
            px = min(34.0, h * 0.55)
            segments = ((d_bar, percents[0], pal.disagree, left, "left"),
                        (a_bar, percents[1], pal.agree, right, "right"),
                        (k_bar, percents[2], pal.dont_know, dk_track, "right"))
            for bar, pct, color, lane, grows in segments:
                _segment_value(ctx, scene, bar, lane, ctx.words.percent(pct), color, grows, px)
        if n_rect is not None:      # None: the summary prints the rows' common n once
            scene.text("n", (Para((Span(f"n = {sum(printed)}"),), color=ctx.muted, align="right"),),
                       QRectF(n_rect.left(), row.top(), n_rect.width(), h),
                       max_px=min(32.0, h * 0.6), min_px=14, valign="center", halign="right")


def _segment_value(ctx: Ctx, scene: Scene, bar: QRectF, lane: QRectF, text: str, color: QColor,
                   grows: str, px: float) -> None:
    """A segment's percentage: white inside the bar if it fits there, else in the segment's
    colour on the track just past the bar's end (`grows` is the side the bar grows to)."""
    pad = 14.0
    para = (Para((Span(text),), color="#FFFFFF", weight=700),)
    width = scene.measure(para, 400, px).width
    if bar.width() >= width + 2 * pad:
        align = "right" if grows == "left" else "left"
        scene.text("bar-value", (Para((Span(text),), color="#FFFFFF", weight=700, align=align),),
                   bar.adjusted(pad, 0, -pad, 0), max_px=px, min_px=12, valign="center",
                   halign=align)
        return
    if grows == "left":
        outside = QRectF(lane.left(), bar.top(), bar.left() - 10 - lane.left(), bar.height())
        align = "right"
    else:
        outside = QRectF(bar.right() + 10, bar.top(), lane.right() - bar.right() - 10, bar.height())
        align = "left"
    if outside.width() < 24:
        return      # neither inside nor beside: cannot happen with the summary's widths
    scene.text("bar-value", (Para((Span(text),), color=color.name(), weight=700, align=align),),
               outside, max_px=px, min_px=12, valign="center", halign=align)
