"""A roles diagram: the flow row on top (Interaktion -> Samarbejde -> Innovation),
the centre (Innovationsledelse) in a circle, and the roles (Igangsætter,
Facilitator, Katalysator) in a row under it, joined to the centre by square
connectors, with the actors' label left of the row and each role's description under
its name. The three rows share one vertical axis, the slide's centre line.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from presenter.deck.model import RolesDiagram, Slide, Span
from presenter.render.blocks import block_paras
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para, fit_group
from presenter.render.view import RoomView

FLOW_H, ROLE_H, CIRCLE = 84.0, 96.0, 250.0
ACTORS_W = 230.0
ROLE_MAX_W = 400.0     # a role's frame: wide enough for its name, not a banner


def _arrow(p: QPainter, a: QPointF, b: QPointF, color, width: float = 5) -> None:
    p.setPen(QPen(color, width, Qt.SolidLine, Qt.RoundCap))
    line = QLineF(a, b)
    p.drawLine(QLineF(a, line.pointAt(max(0.0, 1 - 22 / max(line.length(), 1)))))
    unit = line.unitVector()
    d = QPointF(unit.dx(), unit.dy())
    n = QPointF(-d.y(), d.x())
    p.setPen(Qt.NoPen)
    p.setBrush(color)
    p.drawPolygon(QPolygonF([b, b - d * 24 + n * 13, b - d * 24 - n * 13]))


@dataclass(frozen=True)
class _Geometry:
    """Where each part of the diagram sits on the canvas: flow row, centre and role row
    share one vertical axis; the actors' label stands left of the role row, outside it."""

    flow_boxes: list[QRectF]
    circle: QRectF          # the centre's circle (a pill when its word is long)
    inscribed: QRectF       # the centre's text inside it
    role_boxes: list[QRectF]
    roles_top: float
    role_w: float
    has_desc: bool
    bus_y: float            # the horizontal connector joining the centre to the roles


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    top = frame.standard(ctx, scene, slide)
    area = frame.content_area(top)
    diagram = slide.roles
    if diagram is None:
        frame.body(ctx, scene, slide.blocks, area)
        return
    g = _geometry(scene, area, diagram)
    scene.draw(lambda p: _paint_shapes(p, ctx, g))
    _flow_and_centre_texts(ctx, scene, diagram, g)
    _role_texts(ctx, scene, area, diagram, g)


def _geometry(scene: Scene, area: QRectF, diagram: RolesDiagram) -> _Geometry:
    has_desc = any(r.description for r in diagram.roles)
    base = CIRCLE * (0.82 if has_desc else 1.0)
    below_circle = 60.0 if has_desc else 70.0
    height = (FLOW_H + 40 if diagram.flow else 0) + base + below_circle + ROLE_H
    # Without descriptions the diagram is short: centre it in the space under the title
    # (a little above the middle, where the eye expects it) instead of hanging it from the top.
    y = area.top() if has_desc else area.top() + max(0.0, (area.height() - height) * 0.45)
    axis = area.center().x()
    flow_boxes: list[QRectF] = []
    if diagram.flow:
        n = len(diagram.flow)
        gap = 110.0
        w = min(360.0, (area.width() - gap * (n - 1)) / n)
        left = axis - (n * w + (n - 1) * gap) / 2
        flow_boxes = [QRectF(left + i * (w + gap), y, w, FLOW_H) for i in range(n)]
        y += FLOW_H + 40
    # A long single word (Innovationsledelse) widens the centre into a pill rather than shrinking.
    word_w = scene.measure((Para((Span(diagram.centre),), weight=700),), 4000, 36).width
    width = min(area.width() * 0.4, max(base, word_w * 1.05 + 90))
    circle = QRectF(axis - width / 2, y, width, base)
    inscribed = circle.adjusted(min(base * 0.15, 40), base * 0.2, -min(base * 0.15, 40), -base * 0.2)
    roles_top = y + base + below_circle
    n = max(1, len(diagram.roles))
    gap = 48.0
    # The label's room is kept on both sides, so the role row stays centred on the axis.
    side = ACTORS_W + 30 if diagram.actors else 0.0
    rw = min(ROLE_MAX_W, (area.width() - 2 * side - gap * (n - 1)) / n)
    roles_left = axis - (n * rw + (n - 1) * gap) / 2
    role_boxes = [QRectF(roles_left + i * (rw + gap), roles_top, rw, ROLE_H) for i in range(n)]
    bus_y = circle.bottom() + below_circle / 2
    return _Geometry(flow_boxes, circle, inscribed, role_boxes, roles_top, rw, has_desc, bus_y)


def connector_color(ctx: Ctx):
    """The joining lines: the muted text colour, which keeps >= 4.5:1 on the background
    (the hairline colour, 1.4:1, vanished on a projector)."""
    return ctx.palette.muted


def _paint_shapes(p: QPainter, ctx: Ctx, g: _Geometry) -> None:
    """Arrows, joining lines, the flow pills, the centre and the role frames."""
    pal, circle = ctx.palette, g.circle
    p.save()
    p.setRenderHint(QPainter.Antialiasing, True)
    for a, b in zip(g.flow_boxes, g.flow_boxes[1:]):
        _arrow(p, QPointF(a.right() + 14, a.center().y()), QPointF(b.left() - 14, b.center().y()), pal.accent)
    if g.flow_boxes:
        _arrow(p, QPointF(circle.center().x(), g.flow_boxes[0].bottom() + 4),
               QPointF(circle.center().x(), circle.top() - 4), pal.muted, 4)
    # Square connectors, as an organisation chart draws them: a stem down from the centre,
    # one bar across, a drop to each role. No line slants.
    p.setPen(QPen(connector_color(ctx), 4, Qt.SolidLine, Qt.FlatCap))
    if g.role_boxes:
        xs = [box.center().x() for box in g.role_boxes]
        p.drawLine(QLineF(circle.center().x(), circle.bottom(), circle.center().x(), g.bus_y))
        p.drawLine(QLineF(min(xs) - 2, g.bus_y, max(xs) + 2, g.bus_y))
        for x in xs:
            p.drawLine(QLineF(x, g.bus_y, x, g.roles_top))
    p.setPen(Qt.NoPen)
    p.setBrush(pal.track)
    for box in g.flow_boxes:
        p.drawRoundedRect(box, FLOW_H / 2, FLOW_H / 2)
    p.setBrush(pal.accent)
    p.drawRoundedRect(circle, circle.height() / 2, circle.height() / 2)
    p.setBrush(pal.background)
    p.setPen(QPen(pal.accent, 4))
    for box in g.role_boxes:
        p.drawRoundedRect(box, 18, 18)
    p.restore()


def _flow_and_centre_texts(ctx: Ctx, scene: Scene, diagram: RolesDiagram, g: _Geometry) -> None:
    if diagram.flow:
        w = g.flow_boxes[0].width()
        paras = [(Para((Span(t),), color=ctx.fg, weight=600, align="center"),) for t in diagram.flow]
        fits = fit_group([(p, w - 30, FLOW_H - 16) for p in paras], ctx.family, 38, 18)
        for box, p, f in zip(g.flow_boxes, paras, fits):
            scene.text("flow", p, box.adjusted(15, 8, -15, -8), max_px=f.px, fitted=f,
                       valign="center", halign="center")
    scene.text("centre", (Para((Span(diagram.centre),), color=ctx.palette.on_accent.name(), weight=700,
                               align="center", leading=1.1),),
               g.inscribed, max_px=40, min_px=16, valign="center", halign="center")


def _role_texts(ctx: Ctx, scene: Scene, area: QRectF, diagram: RolesDiagram, g: _Geometry) -> None:
    """Each role's name in its frame, the actors' label beside them, descriptions under."""
    rw = g.role_w
    names = [(Para((Span(r.name),), color=ctx.fg, weight=700, align="center"),) for r in diagram.roles]
    fits = fit_group([(p, rw - 40, ROLE_H - 20) for p in names], ctx.family, 42, 18)
    for box, p, f in zip(g.role_boxes, names, fits):
        scene.text("role", p, box.adjusted(20, 10, -20, -10), max_px=f.px, fitted=f,
                   valign="center", halign="center")
    if diagram.actors:
        scene.text("actors", (Para((Span(diagram.actors),), color=ctx.muted, italic=True,
                                   weight=600, align="right"),),
                   QRectF(g.role_boxes[0].left() - 30 - ACTORS_W, g.roles_top, ACTORS_W, ROLE_H),
                   max_px=36, min_px=16,
                   valign="center", halign="right")
    if g.has_desc:
        desc_top = g.roles_top + ROLE_H + 24
        groups = [(block_paras(ctx, r.description)[0] or (Para(()),), rw, area.bottom() - desc_top)
                  for r in diagram.roles]
        fits = fit_group(groups, ctx.family, 30, 16)
        for box, (paras, _, h), f in zip(g.role_boxes, groups, fits):
            if any(q.spans for q in paras):
                scene.text("role-text", paras, QRectF(box.left(), desc_top, rw, h), max_px=f.px, fitted=f)
