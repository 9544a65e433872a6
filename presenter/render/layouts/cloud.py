"""A word cloud on a slide: the room's open answers as words sized by how many said them.

The API the open-text layout calls (with counts from `presenter.render.cloud.words`):

    from presenter.render.cloud.words import count_words
    from presenter.render.layouts.cloud import draw_cloud

    entries = count_words(answers, language)            # answers: tuple of str
    layout = draw_cloud(ctx, scene, box, entries, previous_layout)
    # keep `layout` and pass it back as `previous_layout` next time, for the same poll

- `box` (QRectF, canvas px) is the cloud's whole area; a strip at its bottom holds
  the small "+N more" line for words that did not fit. Nothing is drawn outside it.
- `entries` are `WordCount`s or plain `(word, count)` pairs, in any order.
- `previous_layout` is what this returned last time (or None): words keep their
  places from it (see `presenter.render.cloud.place`). Given the layout of exactly
  these entries in a box of this size it is reused whole, with no layout work.
- `draw_layout(ctx, scene, box, layout)` draws a layout made elsewhere (a slide's
  cloud comes from `presenter.render.cloud.keeper`, made on the render worker, so
  the GUI thread never lays a cloud out); `cloud_area(box)` is the size to make it for.
- The words go in whichever layer the caller draws in: a poll slide draws them in
  its live layer (kind_panels), so a new layout costs no new static layer; drawn in
  the static layer, the layout is added to `scene.static_key`, so a cached layer of
  an older cloud is never reused. Each word is a "cloud-word" box, the "+N more" line
  a "cloud-more" box, for the fit and overlap checks.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPainter

from common.words import text as words_text
from presenter.deck.model import Span
from presenter.render.cloud.ink import colour_of, ink_box, word_colours, word_font
from presenter.render.cloud.keeper import lay_out
from presenter.render.cloud.place import CloudLayout
from presenter.render.context import Ctx
from presenter.render.scene import Box, Scene
from presenter.render.text import Para

MORE_H = 46.0           # the "+N more" strip under the cloud



def cloud_area(box: QRectF) -> QRectF:
    """Where the words go in `box`: all of it but the "+N more" strip."""
    return QRectF(box.left(), box.top(), box.width(), max(0.0, box.height() - MORE_H))


def draw_cloud(ctx: Ctx, scene: Scene, box: QRectF, words_with_counts: Iterable,
               previous_layout: CloudLayout | None = None) -> CloudLayout:
    """Lay the cloud out in `box` and add it to `scene`; returns the layout to keep."""
    area = cloud_area(box)
    layout = lay_out(ctx.family, area.width(), area.height(), words_with_counts, previous_layout)
    draw_layout(ctx, scene, box, layout)
    return layout


def draw_layout(ctx: Ctx, scene: Scene, box: QRectF, layout: CloudLayout) -> None:
    """Add a cloud laid out for `cloud_area(box)` to `scene` (no layout work)."""
    area = cloud_area(box)
    if not scene.drawing_live:
        # In the static layer, a cached layer of an older cloud must not be reused. (A poll
        # slide draws its cloud live: a new layout must not cost a new static layer.)
        scene.static_key = scene.static_key + (("cloud", layout.spots, layout.hidden),)
    colours = word_colours(ctx.palette)
    family = ctx.family
    drawn = []
    fonts: dict[float, QFont] = {}      # one per size, made once: the words are drawn every frame
    for spot in layout.spots:
        left, top, _, _ = ink_box(family, spot.word)
        ink = QRectF(area.left() + spot.x, area.top() + spot.y, spot.w, spot.h)
        # The baseline origin that puts the word's ink exactly on its spot.
        origin = QPointF(ink.left() - left * spot.px, ink.top() - top * spot.px)
        font = fonts.get(spot.px) or fonts.setdefault(spot.px, word_font(family, spot.px))
        drawn.append((spot.word, font, origin, colour_of(spot.word, colours)))
        scene.boxes.append(Box("cloud-word", ink, QRectF(area), spot.px, spot.word))

    def paint(p: QPainter) -> None:
        p.save()
        for word, font, origin, colour in drawn:
            p.setFont(font)
            p.setPen(colour)
            p.drawText(origin, word)
        p.restore()
    scene.draw(paint)
    if layout.hidden:
        # Each language's form reads right for one and for many ("+1 ord mere", "+5 ord mere").
        line = words_text(ctx.deck.language, "slide.cloud_more", n=layout.hidden)
        scene.text("cloud-more", (Para((Span(line),), color=ctx.muted, weight=600, align="center"),),
                   QRectF(box.left(), area.bottom() + 6, box.width(), MORE_H - 6),
                   max_px=30, min_px=18, valign="center", halign="center")
