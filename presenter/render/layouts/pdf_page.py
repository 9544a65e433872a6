"""The pdf layout: one page of a PDF, letterboxed in black on the 16:9 canvas, nothing else.

The page is drawn by presenter.render.pdf_pages at the device's own resolution;
the scene records it as a "pdf-page" box so tests can check where it went.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from presenter.deck.model import Slide
from presenter.render.context import Ctx
from presenter.render.pdf_pages import page_rect, paint_pdf_page
from presenter.render.scene import Box, Scene
from presenter.render.theme import HEIGHT, WIDTH
from presenter.render.view import RoomView

CANVAS = QRectF(0, 0, WIDTH, HEIGHT)


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    page = slide.pdf_page
    black = QColor("#000000")
    scene.background = black
    scene.draw(lambda p: p.fillRect(CANVAS, black))
    if page is None:
        return
    target = page_rect(page, CANVAS)
    scene.draw(lambda p, t=target: paint_pdf_page(p, page, t),
               Box("pdf-page", target, QRectF(CANVAS), 0.0,
                   f"{page.source.path.name} page {page.page}"))
