"""A section divider: the accent colour fills the slide, the section title in white."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF

from presenter.deck.model import Slide
from presenter.render.blocks import block_paras
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para
from presenter.render.theme import HEIGHT, MARGIN_X, WIDTH
from presenter.render.view import RoomView


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    accent, on = ctx.palette.accent, ctx.palette.on_accent
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), accent))
    width = WIDTH - 2 * MARGIN_X - 80
    left = MARGIN_X + 40
    needed = scene.text("title", (Para(slide.title, color=on.name(), weight=700, leading=1.1),),
                        QRectF(left, 200, width, 460), max_px=110, min_px=56, valign="bottom")
    scene.draw(lambda p: p.fillRect(QRectF(left, needed.bottom() + 40, 120, 10), on))
    y = needed.bottom() + 90
    sub = slide.subtitle
    if sub:
        needed = scene.text("subtitle", (Para(sub, color=on.name(), leading=1.2),),
                            QRectF(left, y, width, 140), max_px=50, min_px=28)
        y = needed.bottom() + 30
    paras, _ = block_paras(ctx, slide.blocks)
    if paras:
        paras = tuple(replace(q, color=on.name(), marker_color=on.name(), link_color=on.name())
                      for q in paras)
        scene.text("body", paras, QRectF(left, y, width, max(40, frame.BODY_BOTTOM - y)),
                   max_px=40, min_px=20)
    frame.footer(ctx, scene, slide, color=on.name())
