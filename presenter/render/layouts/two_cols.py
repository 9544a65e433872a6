"""Two columns, each with its own heading (the seed's "Fra NPM / Til NPG").

Both columns' bodies share one font size, so neither looks more important for
having less to say. Pictures in a column are drawn under its text.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Column, Slide
from presenter.render.blocks import block_paras
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para, fit_group
from presenter.render.theme import BODY_PX
from presenter.render.view import RoomView

GAP = 96
HEADING_PX = 52


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    top = frame.standard(ctx, scene, slide)
    area = frame.content_area(top)
    columns = slide.columns or (Column(None, slide.blocks),)
    n = len(columns)
    col_w = (area.width() - GAP * (n - 1)) / n
    # Headings first, at one common size, so the bodies start on one line.
    heads = [(Para(c.heading, color=ctx.accent, weight=700, leading=1.15),) if c.heading else ()
             for c in columns]
    head_h = 0.0
    if any(heads):
        fitted = fit_group([(h or (Para(()),), col_w, HEADING_PX * 2.4) for h in heads],
                           ctx.family, HEADING_PX, 32)
        head_h = max(f.height for f, h in zip(fitted, heads) if h)
        rule = ctx.palette.rule
        for i, (h, f) in enumerate(zip(heads, fitted)):
            x = area.left() + i * (col_w + GAP)
            if h:
                scene.text("heading", h, QRectF(x, area.top(), col_w, head_h), max_px=f.px, fitted=f)
            rule_y = area.top() + head_h + 18
            scene.draw(lambda p, x=x, y=rule_y: p.fillRect(QRectF(x, y, col_w, 3), rule))
        head_h += 48
    body_top = area.top() + head_h
    body_h = area.bottom() - body_top
    groups, pics = [], []
    for column in columns:
        paras, images = block_paras(ctx, column.blocks)
        pics.append(images)
        h = body_h * (0.6 if images and paras else 1.0)
        groups.append((paras or (Para(()),), col_w, h))
    fitted = fit_group(groups, ctx.family, BODY_PX - 4, 24)
    for i, (f, images) in enumerate(zip(fitted, pics)):
        x = area.left() + i * (col_w + GAP)
        paras = groups[i][0]
        used = 0.0
        if any(q.spans for q in paras):
            needed = scene.text("body", paras, QRectF(x, body_top, col_w, groups[i][2]),
                                max_px=f.px, fitted=f)
            used = needed.height() + 32
        if images:
            frame._pictures(ctx, scene, images,
                            QRectF(x, body_top + used, col_w, body_h - used))
