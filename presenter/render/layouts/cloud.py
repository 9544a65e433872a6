"""A word cloud on a slide: the room's open answers as words sized by how many said them.

How a slide gets its cloud (presenter/render/kind_panels.py):

    from presenter.render.cloud.keeper import CLOUDS, CloudRequest
    from presenter.render.layouts.cloud import cloud_area, draw_layout

    area = cloud_area(box)          # box: the cloud's whole area (QRectF, canvas px)
    layout = CLOUDS.make(CloudRequest(poll_id, answers, language, family, area.width(), area.height()))
    draw_layout(ctx, scene, box, layout)

- `box` holds the cloud and, in a strip at its bottom, the small "+N more" line for
  words that did not fit (`cloud_area` is the rest). Nothing is drawn outside it.
- The layout comes from `presenter.render.cloud.keeper`: each poll's layout starts from
  its last, so words keep their places; the audience window's renderer draws the last
  one there is and leaves the new one to the render worker, so the GUI thread never
  lays a cloud out. `draw_layout` only draws.
- The words go in whichever layer the caller draws in: a poll slide draws them in
  its live layer (kind_panels), so a new layout costs no new static layer; drawn in
  the static layer, the layout is added to `scene.static_key`, so a cached layer of
  an older cloud is never reused. Each word is a "cloud-word" box, the "+N more" line
  a "cloud-more" box, for the fit and overlap checks.
- On a raster device (the windows, PNG) a layout's words are drawn once into a picture
  at the device's pixels and each frame copies it: a cloud of 500 words was ~1,500
  QPainter calls a frame, and a frame comes ~4 times for each new layout while answers
  arrive. PDF and other vector devices get the words as text.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTransform

from common.words import text as words_text
from presenter.deck.model import Span
from presenter.render.cloud.ink import colour_of, ink_box, word_colours, word_font
from presenter.render.cloud.place import CloudLayout
from presenter.render.context import Ctx
from presenter.render.layers import layer_pixels, raster_target
from presenter.render.scene import Box, Scene
from presenter.render.text import Para

MORE_H = 46.0           # the "+N more" strip under the cloud



def cloud_area(box: QRectF) -> QRectF:
    """Where the words go in `box`: all of it but the "+N more" strip."""
    return QRectF(box.left(), box.top(), box.width(), max(0.0, box.height() - MORE_H))


_pictures = threading.local()   # per thread: a picture is drawn on the thread that paints it
PICTURES_KEPT = 2               # the layout shown and the one before (a frame may still draw it)
PICTURE_PAD = 2                 # device px around the words: antialiasing reaches past the ink


def _ink_rect(family: str, spot, area: QRectF) -> tuple[QRectF, QPointF]:
    """A word's ink rect on the canvas, and the baseline origin that puts its ink there."""
    left, top, _, _ = ink_box(family, spot.word)
    ink = QRectF(area.left() + spot.x, area.top() + spot.y, spot.w, spot.h)
    return ink, QPointF(ink.left() - left * spot.px, ink.top() - top * spot.px)


def _word_boxes(family: str, layout: CloudLayout, area: QRectF) -> list[Box]:
    return [Box("cloud-word", _ink_rect(family, spot, area)[0], QRectF(area), spot.px, spot.word)
            for spot in layout.spots]


def draw_layout(ctx: Ctx, scene: Scene, box: QRectF, layout: CloudLayout) -> None:
    """Add a cloud laid out for `cloud_area(box)` to `scene` (no layout work, and nothing
    made per word: while answers arrive, the GUI thread builds a scene for each answer
    and mostly draws the same layout again, so the words are drawn from the layout when
    painted, and their boxes made only when asked for)."""
    area = cloud_area(box)
    if not scene.drawing_live:
        # In the static layer, a cached layer of an older cloud must not be reused. (A poll
        # slide draws its cloud live: a new layout must not cost a new static layer.)
        scene.static_key = scene.static_key + (("cloud", layout.spots, layout.hidden),)
    family, colours = ctx.family, word_colours(ctx.palette)
    scene.add_boxes(lambda: _word_boxes(family, layout, area))

    def paint(p: QPainter) -> None:
        if not _paint_picture(p, layout, area, family, colours):
            _draw_words(p, layout, area, family, colours)

    def warm_up(device: QTransform) -> bool:
        made = _picture(layout, area, family, colours, device)
        return made is not None and made[2]
    if not (scene.drawing_live and scene.still):
        scene.warm_ups.append(warm_up)
    scene.draw(paint)
    if layout.hidden:
        # Each language's form reads right for one and for many ("+1 ord mere", "+5 ord mere").
        line = words_text(ctx.deck.language, "slide.cloud_more", n=layout.hidden)
        scene.text("cloud-more", (Para((Span(line),), color=ctx.muted, weight=600, align="center"),),
                   QRectF(box.left(), area.bottom() + 6, box.width(), MORE_H - 6),
                   max_px=30, min_px=18, valign="center", halign="center")


def _draw_words(p: QPainter, layout: CloudLayout, area: QRectF, family: str, colours) -> None:
    p.save()
    fonts: dict[float, QFont] = {}
    for spot in layout.spots:
        font = fonts.get(spot.px) or fonts.setdefault(spot.px, word_font(family, spot.px))
        p.setFont(font)
        p.setPen(colour_of(spot.word, colours))
        p.drawText(_ink_rect(family, spot, area)[1], spot.word)
    p.restore()


def _picture(layout: CloudLayout, area: QRectF, family: str, colours,
             device: QTransform) -> tuple[QImage, QRect, bool] | None:
    """The words' picture for this device transform, the device pixels it covers, and
    whether it was drawn just now: drawn the first time it is asked for, then kept (None:
    no 1:1 copy exists, as for a rotated device)."""
    pad = PICTURE_PAD / max(device.m11(), 1e-6)
    pixels = layer_pixels(device, area.adjusted(-pad, -pad, pad, pad))
    if pixels is None:
        return None
    kept = getattr(_pictures, "kept", None)
    if kept is None:
        kept = _pictures.kept = {}
    # Rounded: a warm-up computes the transform a paint will use, in other float steps.
    key = (id(layout), area.getRect(), family, tuple(c.name() for c in colours), pixels.getRect(),
           *(round(v, 6) for v in (device.m11(), device.m22(), device.dx(), device.dy())))
    picture = kept.get(key)
    if picture is not None and picture[0] is layout:
        return picture[1], pixels, False
    image = QImage(pixels.size(), QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    q = QPainter(image)
    try:
        q.setRenderHint(QPainter.Antialiasing, True)
        q.setRenderHint(QPainter.TextAntialiasing, True)
        # The words land on the same device pixels as when drawn straight onto the frame.
        q.setTransform(device * QTransform.fromTranslate(-pixels.left(), -pixels.top()))
        _draw_words(q, layout, area, family, colours)
    finally:
        q.end()
    while len(kept) >= PICTURES_KEPT:
        del kept[next(iter(kept))]
    kept[key] = (layout, image)
    return image, pixels, True


def _paint_picture(p: QPainter, layout: CloudLayout, area: QRectF, family: str, colours) -> bool:
    """Copy the words' picture for this device and place (False: this painter needs the
    words as text, or the device is rotated: draw them)."""
    if not raster_target(p):
        return False
    device = p.deviceTransform()
    inverse, ok = device.inverted()
    made = _picture(layout, area, family, colours, device) if ok else None
    if made is None:
        return False
    image, pixels, _ = made
    p.save()
    try:
        p.setRenderHint(QPainter.SmoothPixmapTransform, False)     # 1:1, no resampling
        p.drawImage(inverse.mapRect(QRectF(pixels)), image)
    finally:
        p.restore()
    return True
