"""The title slide: a big title, the subtitle, and who/where/when in a quiet line."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Slide, Span
from presenter.render.blocks import block_paras
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para
from presenter.render.theme import HEIGHT, MARGIN_X, WIDTH
from presenter.render.view import RoomView

LEFT = MARGIN_X + 40


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    frame.background(ctx, scene)
    deck = ctx.deck
    width = WIDTH - LEFT - MARGIN_X - 80
    title = slide.title or (Span(deck.title),)
    accent = ctx.palette.accent
    # A band of accent colour on the left edge: the one decoration of the title slide.
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, 28, HEIGHT), accent))
    needed = scene.text("title", (Para(title, color=ctx.fg, weight=700, leading=1.08),),
                        QRectF(LEFT, 250, width, 360), max_px=120, min_px=56, valign="bottom")
    scene.draw(lambda p: p.fillRect(QRectF(LEFT, needed.bottom() + 40, 120, 10), accent))
    y = needed.bottom() + 90
    if slide.subtitle:
        sub = scene.text("subtitle", (Para(slide.subtitle, color=ctx.muted, leading=1.2),),
                         QRectF(LEFT, y, width, 150), max_px=54, min_px=30)
        y = sub.bottom() + 40
    meta = " · ".join(x for x in (deck.author, deck.venue, deck.date) if x)
    paras, _ = block_paras(ctx, slide.blocks)
    if meta:
        bottom = HEIGHT - 110
        scene.text("meta", (Para((Span(meta),), color=ctx.fg, weight=600),),
                   QRectF(LEFT, max(y, bottom - 60), width, min(60, bottom - y) if bottom > y else 60),
                   max_px=36, min_px=20, valign="bottom")
        y_limit = max(y, bottom - 60) - 20
    else:
        y_limit = HEIGHT - 110
    if paras and y_limit - y > 40:
        scene.text("body", paras, QRectF(LEFT, y, width, y_limit - y), max_px=38, min_px=20)
