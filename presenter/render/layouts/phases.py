"""A row of phases: chevrons with the step names, and a caption under each
(the seed's Ideudvikling -> Spredning, each with what it brings).

The names are the headings, the captions a step below them. With nothing under the
row it is balanced in the space under the title, as short text is."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPolygonF

from presenter.deck.model import Slide, Span
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para, fit_group
from presenter.render.view import RoomView

ROW_H = 130.0       # a chevron: the name's line with air, not a slab around small type
NAME_PX = 48.0
CAPTION_PX = 42.0
CAPTION_RATIO = 0.85    # captions a step below the names they explain
CAPTION_GAP = 40.0
TIP = 44.0          # how far a chevron's point reaches into the next


def _chevron(r: QRectF, first: bool) -> QPolygonF:
    pts = [QPointF(r.left(), r.top()), QPointF(r.right() - TIP, r.top()),
           QPointF(r.right(), r.center().y()), QPointF(r.right() - TIP, r.bottom()),
           QPointF(r.left(), r.bottom())]
    if not first:
        pts.append(QPointF(r.left() + TIP, r.center().y()))
    return QPolygonF(pts)


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    top = frame.standard(ctx, scene, slide)
    area = frame.content_area(top)
    phases = slide.phases
    if not phases:
        frame.body(ctx, scene, slide.blocks, area)
        return
    n = len(phases)
    gap = 12.0
    w = (area.width() + (n - 1) * (TIP - gap)) / n       # chevrons interlock by TIP - gap
    lefts = [area.left() + i * (w - TIP + gap) for i in range(n)]
    names = [(Para((Span(ph.name),), color=ctx.palette.on_accent.name(), weight=700,
                   align="center", leading=1.12),) for ph in phases]
    inner_w = [c.width() for c in _name_rects([QRectF(x, 0, w, ROW_H) for x in lefts])]
    name_fits = fit_group([(p, iw, ROW_H - 24) for p, iw in zip(names, inner_w)],
                          ctx.family, NAME_PX, 18)
    # The hierarchy reads the right way up: a caption is never larger than the names.
    cap_px = min(CAPTION_PX, name_fits[0].px * CAPTION_RATIO)
    blocks_h = (area.bottom() - area.top() - ROW_H - CAPTION_GAP) * 0.38 if slide.blocks else 0.0
    cap_room = area.bottom() - area.top() - ROW_H - CAPTION_GAP - blocks_h
    caps = [(Para(ph.caption, color=ctx.fg, align="center", leading=1.22),) for ph in phases]
    col_w = [w - TIP - 8] * n
    cap_fits = fit_group([(p, wc, cap_room) for p, wc in zip(caps, col_w)], ctx.family, cap_px, 20)
    used = ROW_H + CAPTION_GAP + max((f.height for f in cap_fits), default=0.0)
    row_top = area.top() + (frame.balance_offset(used, area.height()) if not slide.blocks else 0.0)
    cells = [QRectF(x, row_top, w, ROW_H) for x in lefts]
    _paint_chevrons(ctx, scene, cells)
    for p, r, f in zip(names, _name_rects(cells), name_fits):
        scene.text("phase", p, r, max_px=f.px, fitted=f, valign="center", halign="center")
    cap_top = row_top + ROW_H + CAPTION_GAP
    for ph, p, c, wc, f in zip(phases, caps, cells, col_w, cap_fits):
        if ph.caption:
            x = c.left() + (TIP if c is not cells[0] else 0) / 2
            scene.text("caption", p, QRectF(x, cap_top, wc, cap_room), max_px=f.px, fitted=f,
                       halign="center")
    if slide.blocks:
        frame.body(ctx, scene, slide.blocks,
                   QRectF(area.left(), area.bottom() - blocks_h + 20, area.width(), blocks_h - 20),
                   max_px=36, min_px=20)


def _name_rects(cells: list[QRectF]) -> list[QRectF]:
    """Where a phase's name may go: one line of it sits around the middle of the chevron,
    where the notch and the point leave the most width (about 0.4 TIP in from each)."""
    return [c.adjusted(TIP * 0.6 + 22 if i else 28, 12, -TIP * 0.4 - 20, -12)
            for i, c in enumerate(cells)]


def _paint_chevrons(ctx: Ctx, scene: Scene, cells: list[QRectF]) -> None:
    accent = ctx.palette.accent
    shapes = [_chevron(c, i == 0) for i, c in enumerate(cells)]

    def paint(p: QPainter) -> None:
        p.save()
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setPen(Qt.NoPen)
        p.setBrush(accent)
        for poly in shapes:
            p.drawPolygon(poly)
        p.restore()
    scene.draw(paint)
