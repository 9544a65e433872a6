"""A row of phases: chevrons with the step names, and a caption under each
(the seed's Ideudvikling -> Spredning, each with what it brings)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPolygonF

from presenter.deck.model import Slide, Span
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para, fit_group
from presenter.render.view import RoomView

ROW_H = 170.0
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
    row_top = area.top() + 40
    cells = [QRectF(area.left() + i * (w - TIP + gap), row_top, w, ROW_H) for i in range(n)]
    accent = ctx.palette.accent
    on = ctx.palette.on_accent.name()
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
    inner = [c.adjusted(TIP + 10 if i else 28, 12, -TIP - 6, -12) for i, c in enumerate(cells)]
    names = [(Para((Span(ph.name),), color=on, weight=700, align="center", leading=1.12),)
             for ph in phases]
    name_fits = fit_group([(p, r.width(), r.height()) for p, r in zip(names, inner)],
                          ctx.family, 46, 18)
    for p, r, f in zip(names, inner, name_fits):
        scene.text("phase", p, r, max_px=f.px, fitted=f, valign="center", halign="center")
    cap_top = row_top + ROW_H + 44
    blocks_h = 0.0
    if slide.blocks:
        blocks_h = (area.bottom() - cap_top) * 0.38
    cap_h = area.bottom() - cap_top - blocks_h
    caps = [(Para(ph.caption, color=ctx.fg, align="center", leading=1.22),) for ph in phases]
    col_w = [c.width() - TIP - 8 for c in cells]
    cap_fits = fit_group([(p, wc, cap_h) for p, wc in zip(caps, col_w)], ctx.family, 42, 20)
    for ph, p, c, wc, f in zip(phases, caps, cells, col_w, cap_fits):
        if ph.caption:
            x = c.left() + (TIP if c is not cells[0] else 0) / 2
            scene.text("caption", p, QRectF(x, cap_top, wc, cap_h), max_px=f.px, fitted=f,
                       halign="center")
    if slide.blocks:
        frame.body(ctx, scene, slide.blocks,
                   QRectF(area.left(), area.bottom() - blocks_h + 20, area.width(), blocks_h - 20),
                   max_px=36, min_px=20)
