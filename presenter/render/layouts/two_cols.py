"""Two columns, each with its own heading (the seed's "Fra NPM / Til NPG").

Both columns' bodies share one font size, so neither looks more important for
having less to say. Column headings look like a `##` heading in any slide's text
(`blocks.heading_para`). Short columns are balanced under the title as the default
layout's text is. Pictures in a column are drawn under its text.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Column, Slide
from presenter.render.blocks import HEADING_SIZE, block_paras, heading_para
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para, fit_group
from presenter.render.theme import BODY_PX
from presenter.render.view import RoomView

GAP = 96
HEADING_PX = 52
HEADING_GAP = 28.0      # heading to its column's text, as a `##` heading is spaced


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    top = frame.standard(ctx, scene, slide)
    area = frame.content_area(top)
    columns = slide.columns or (Column(None, slide.blocks),)
    n = len(columns)
    col_w = (area.width() - GAP * (n - 1)) / n
    heads = [(heading_para(ctx, c.heading, 1.0),) if c.heading else () for c in columns]
    head_fits = _headings(ctx, heads, col_w)
    head_h = max((f.height for f, h in zip(head_fits, heads) if h), default=0.0)
    gap = HEADING_GAP if head_h else 0.0
    body_h = area.bottom() - area.top() - head_h - gap
    groups, pics = [], []
    for column in columns:
        paras, images = block_paras(ctx, column.blocks)
        pics.append(images)
        h = body_h * (0.6 if images and paras else 1.0)
        groups.append((paras or (Para(()),), col_w, h))
    fitted = fit_group(groups, ctx.family, BODY_PX - 4, 24)
    if head_h:
        # One heading style everywhere: a size up from the body beside it, as a `##` is.
        px = min(head_fits[0].px, round(fitted[0].px * HEADING_SIZE))
        head_fits = [scene.measure(h or (Para(()),), col_w, px) for h in heads]
        head_h = max(f.height for f, h in zip(head_fits, heads) if h)
    used = head_h + gap + max(f.height for f in fitted)
    y = area.top()
    if not any(pics):
        y += frame.balance_offset(used, area.height())
    for i, (h, f) in enumerate(zip(heads, head_fits)):
        if h:
            scene.text("heading", h, QRectF(area.left() + i * (col_w + GAP), y, col_w, head_h),
                       max_px=f.px, fitted=f)
    body_top = y + head_h + gap
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


def _headings(ctx: Ctx, heads, col_w: float):
    """Headings first, at one common size, so the bodies start on one line."""
    if not any(heads):
        return [None] * len(heads)
    return fit_group([(h or (Para(()),), col_w, HEADING_PX * 2.4) for h in heads],
                     ctx.family, HEADING_PX, 32)
