"""Static layers: the part of a live slide that does not move, rendered once per device size.

A poll or summary slide repaints up to ~30 times a second while votes arrive, but
only its bars, numbers and the phones line change. `StaticLayers` renders a
scene's static layer (background, statement, labels, tracks, QR code) once into a
QImage at the exact device-pixel size of the slide's rect, and each frame blits
it 1:1 and leaves the caller to paint the live items on top. Blitting ~8 MB is
cheaper than shaping and drawing the big statement again (and the QR, which is
drawn into the layer at device resolution, so it stays crisp).
`render_layer()` may also run on a worker thread; `StaticLayers.put()` then adopts
the finished image on the GUI thread, so the first frame of a slide is a blit too.

Only raster devices (widgets, QImage, QPixmap) use it: a PDF or any vector device
gets the scene painted item by item, so exported text stays text. `StaticLayers` is
GUI thread only.
"""
from __future__ import annotations

import time
from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QTransform

from presenter.render.keys import LayerImageKey, LayerKey
from presenter.render.scene import Scene
from presenter.render.theme import HEIGHT, WIDTH

CANVAS = QRectF(0, 0, WIDTH, HEIGHT)


def raster_target(painter: QPainter) -> bool:
    """Whether painting goes into pixels we may cache (not PDF, SVG or a QPicture)."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Raster


class StaticLayers:
    """Rendered static layers, least recently used dropped first (each is one full frame)."""

    def __init__(self, capacity: int = 6):   # the slide shown, its neighbours, open and closed
        self.capacity = capacity
        self._images: OrderedDict[LayerImageKey, QImage] = OrderedDict()
        self.renders = 0        # static layers rendered (tests and benchmarks read these)
        self.hits = 0
        # A worker thread's layers hand the GIL over between items as they render (see
        # `render_layer`): without it the GUI thread slept up to ~25 ms behind the statement.
        self.yield_gil = False

    def clear(self) -> None:
        self._images.clear()

    def __len__(self) -> int:
        return len(self._images)

    def put(self, full_key: LayerImageKey, image: QImage) -> None:
        """Adopt a layer rendered elsewhere (the audience window's worker thread)."""
        self._images[full_key] = image
        self._images.move_to_end(full_key)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)

    def __contains__(self, full_key: LayerImageKey) -> bool:
        return full_key in self._images

    def keys(self) -> list[LayerImageKey]:
        """The keys of the layers held."""
        return list(self._images)

    def blit(self, painter: QPainter, scene: Scene, inner: QRectF, key: LayerKey) -> QRectF | None:
        """Draw the static layer of `scene` into `inner` (logical coordinates of `painter`),
        from the cache when it holds one for `key` at this size. Returns the rect,
        snapped to whole device pixels, in which the caller paints the live layer;
        None when this painter cannot use a cached layer (the caller paints everything)."""
        device = painter.deviceTransform()
        pixels = layer_pixels(device, inner)
        inverse, ok = device.inverted()
        if pixels is None or not ok:
            return None
        target = inverse.mapRect(QRectF(pixels))
        full_key = LayerImageKey(key, scene.static_key, pixels.width(), pixels.height())
        image = self._images.get(full_key)
        if image is None:
            self.renders += 1
            image = render_layer(scene, pixels.width(), pixels.height(), self.yield_gil)
            self.put(full_key, image)
        else:
            self.hits += 1
            self._images.move_to_end(full_key)
        painter.save()
        try:
            # Same size in device pixels and an opaque layer: a straight copy, no resampling.
            painter.setRenderHint(QPainter.SmoothPixmapTransform, False)
            painter.setCompositionMode(QPainter.CompositionMode_Source)
            painter.drawImage(target, image)
        finally:
            painter.restore()
        return target


def layer_pixels(device: QTransform, inner: QRectF) -> QRect | None:
    """The whole device pixels a static layer covers when `inner` (logical) is drawn under
    `device`; None when no 1:1 blit exists (rotated, sheared, empty)."""
    if device.type().value > QTransform.TxScale.value:
        return None
    mapped = device.mapRect(inner)
    pixels = QRect(round(mapped.left()), round(mapped.top()),
                   round(mapped.width()), round(mapped.height()))
    return None if pixels.isEmpty() else pixels


def render_layer(scene: Scene, width: int, height: int, yield_gil: bool = False) -> QImage:
    """The static layer of `scene` as an opaque `width` x `height` image. Any thread may call
    it for a scene built on that thread (QImage painting is thread-safe; QPixmap is not).
    `yield_gil`: hand the GIL over after each item (a worker thread does): PySide6 holds
    it through every QPainter call, so a waiting GUI thread gets it between items
    instead of after the interpreter's 5 ms switch interval."""
    image = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    image.fill(scene.background)
    painter = QPainter(image)
    try:
        painter.scale(width / WIDTH, height / HEIGHT)
        painter.setClipRect(CANVAS)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.TextAntialiasing, True)
        if yield_gil:
            for item in scene.items:        # what scene.paint_static does, with pauses
                item(painter)
                time.sleep(0)
        else:
            scene.paint_static(painter)
    finally:
        painter.end()
    return image
