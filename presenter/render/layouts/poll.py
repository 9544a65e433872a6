"""A poll slide: the statement large, then one bar per option, the state badge, the
room's numbers, and (while the poll is open) a QR code with the join URL in a corner.

With results hidden (reveal mode) the bars give way to a calm "results later" panel.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Slide, Span
from presenter.render import bars
from presenter.render.blocks import short_url
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.qr import paint_qr
from presenter.render.scene import Box, Scene
from presenter.render.text import Para
from presenter.render.theme import MARGIN_X, TOP, WIDTH
from presenter.render.view import PollView, RoomView

QR_SIDE = 300           # corner QR: readable from the middle of a hall; the join slide is bigger
BARS_TOP = 560
BARS_BOTTOM = 930


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    frame.background(ctx, scene)
    frame.footer(ctx, scene, slide)
    poll = slide.poll
    pv = (view.poll(poll.id) if view and poll else None) or PollView(counts={})
    right = WIDTH - MARGIN_X
    corner = _corner(ctx, scene, view, pv, right)
    badge_bottom = _badge(ctx, scene, pv, TOP)
    text_right = corner.left() - 64 if corner is not None else right
    statement = poll.question if poll else "".join(s.text for s in slide.title)
    allowed = QRectF(MARGIN_X, badge_bottom + 36, text_right - MARGIN_X, BARS_TOP - 60 - badge_bottom - 36)
    scene.text("statement", (Para((Span(statement),), color=ctx.fg, weight=700, leading=1.16),),
               allowed, max_px=76, min_px=36, valign="center")
    area = QRectF(MARGIN_X, BARS_TOP, right - MARGIN_X, BARS_BOTTOM - BARS_TOP)
    if poll is None:
        return
    if pv.results_visible:
        bars.poll_rows(ctx, scene, poll, pv, area)
    else:
        panel = area.adjusted(0, 30, 0, -30)
        track = ctx.palette.track
        scene.draw(lambda p: bars.fill_round(p, panel, track, 24))
        scene.text("hidden", (Para((Span(ctx.words.results_later),), color=ctx.muted, weight=600,
                                   align="center"),),
                   panel.adjusted(60, 20, -60, -20), max_px=56, min_px=28, valign="center",
                   halign="center")
    with scene.live_layer():
        _status(ctx, scene, view, pv)


def _badge(ctx: Ctx, scene: Scene, pv: PollView, top: float) -> float:
    """The open/closed state as a pill; the words say it, the colour only helps."""
    words = ctx.words.poll_open if pv.open else ctx.words.poll_closed
    pal = ctx.palette
    fill = pal.accent if pv.open else pal.track
    text_color = pal.on_accent if pv.open else pal.muted
    label = (Para((Span(words),), color=text_color.name(), weight=600),)
    fitted = scene.fit(label, 700, 60, 30, 20)
    pad_x, h = 30.0, 56.0
    pill = QRectF(MARGIN_X, top, fitted.width + 2 * pad_x + 30, h)
    dot = QRectF(pill.left() + pad_x - 4, pill.center().y() - 8, 16, 16)
    scene.draw(lambda p: (bars.fill_round(p, pill, fill, h / 2),
                          bars.fill_round(p, dot, text_color, 8) if pv.open else None))
    scene.text("badge", label,
               QRectF(pill.left() + pad_x + 30, top, fitted.width + 2, h),
               max_px=fitted.px, fitted=fitted, valign="center")
    return pill.bottom()


def _corner(ctx: Ctx, scene: Scene, view: RoomView | None, pv: PollView, right: float):
    """The corner QR and URL while the poll is open; None when there is nothing to show."""
    if view is None or not pv.open:
        return None
    if view.voting_down:
        box = QRectF(right - 420, TOP, 420, 120)
        scene.text("voting-down", (Para((Span(ctx.words.voting_down),), color=ctx.muted,
                                        align="right"),), box, max_px=30, min_px=18, halign="right")
        return box
    if view.join is None:
        return None
    box = QRectF(right - QR_SIDE, TOP - 20, QR_SIDE, QR_SIDE)
    matrix = view.join.qr
    scene.draw(lambda p: paint_qr(p, matrix, box), Box("qr", box, box, 0, view.join.url))
    url_box = QRectF(right - QR_SIDE - 60, box.bottom() + 6, QR_SIDE + 60, 48)
    scene.text("url", (Para((Span(short_url(view.join.url)),), color=ctx.fg, weight=600,
                            align="right"),), url_box, max_px=34, min_px=18, halign="right",
               valign="top")
    return QRectF(url_box.left(), box.top(), url_box.width(), url_box.bottom() - box.top())


def _status(ctx: Ctx, scene: Scene, view: RoomView | None, pv: PollView) -> None:
    """The room's numbers: "37 telefoner · 29 stemmer" (or "Ingen stemmer endnu")."""
    w = ctx.words
    parts = []
    if view is not None and view.join is not None:
        parts.append(w.count(view.phones, w.phone))
    votes = round(pv.total())
    parts.append(w.count(votes, w.vote) if votes else w.no_votes)
    scene.text("status", (Para((Span("  ·  ".join(parts)),), color=ctx.muted),),
               QRectF(MARGIN_X, BARS_BOTTOM + 20, 1100, 50), max_px=32, min_px=18,
               valign="center")
