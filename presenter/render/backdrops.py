"""Marp's background images (`![bg ...](...)`), painted under a slide's content.

A backdrop fills the slide (`cover`, cropped to fill), shows whole (`contain`), or
at a share of the width, as CSS's background-size reads `80%`; with `left:40%` / `right` it takes that
share of the width and the text keeps the rest (`text_span`). Several backdrops
sit side by side, as in Marp. A picture on the web is a placeholder naming it.
Must not import the layouts.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from presenter.deck.model import Backdrop, Slide
from presenter.render import images as rimages
from presenter.render.theme import HEIGHT, MARGIN_X, WIDTH

SPLIT_GAP = 60      # between a split picture and the text beside it
SPLIT_LAYOUTS = ("default",)    # the layouts whose title and body move aside for one


def split_of(slide: Slide | None) -> Backdrop | None:
    if slide is None or slide.layout not in SPLIT_LAYOUTS:
        return None
    return next((b for b in slide.backdrops if b.split), None)


def shown(slide: Slide) -> tuple[Backdrop, ...]:
    """The backdrops drawn: a picture beside the text only where the layout makes room
    for it (the deck's warnings name the others)."""
    if slide.layout in SPLIT_LAYOUTS:
        return slide.backdrops
    return tuple(b for b in slide.backdrops if not b.split)


def text_span(slide: Slide | None) -> tuple[float, float]:
    """(left, right) x of the slide's text: the canvas less a split backdrop's side."""
    split = split_of(slide)
    if split is None:
        return MARGIN_X, WIDTH - MARGIN_X
    width = WIDTH * split.share
    if split.split == "left":
        return width + SPLIT_GAP, WIDTH - MARGIN_X
    return MARGIN_X, WIDTH - width - SPLIT_GAP


def area(slide: Slide) -> QRectF:
    """Where the backdrops go: the whole slide, or a split one's side."""
    split = split_of(slide)
    if split is None:
        return QRectF(0, 0, WIDTH, HEIGHT)
    width = WIDTH * split.share
    left = 0 if split.split == "left" else WIDTH - width
    return QRectF(left, 0, width, HEIGHT)


def paint(painter: QPainter, slide: Slide, muted: QColor) -> None:
    region = area(slide)
    pictures = shown(slide)
    if not pictures:
        return
    cell_w = region.width() / len(pictures)
    for index, backdrop in enumerate(pictures):
        cell = QRectF(region.left() + index * cell_w, 0, cell_w, HEIGHT)
        painter.save()
        painter.setClipRect(cell)
        path = backdrop.image.path
        rimages.paint_picture(painter, path, _target(backdrop, cell), muted)
        painter.restore()


def _target(backdrop: Backdrop, cell: QRectF) -> QRectF:
    size = rimages.natural_size(backdrop.image.path)
    if size.width() <= 0 or size.height() <= 0 or backdrop.image.remote:
        return cell.adjusted(40, 40, -40, -40)
    sx, sy = cell.width() / size.width(), cell.height() / size.height()
    if backdrop.size == "cover":
        scale = max(sx, sy)
    elif backdrop.size == "contain":
        scale = min(sx, sy)
    elif backdrop.size.endswith("%"):
        scale = sx * float(backdrop.size[:-1]) / 100     # CSS: a share of the width
    else:       # auto: the picture's own size, in Marp's pixels
        scale = 1.5
    w, h = size.width() * scale, size.height() * scale
    return QRectF(cell.center().x() - w / 2, cell.center().y() - h / 2, w, h)
