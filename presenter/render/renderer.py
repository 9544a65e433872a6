"""SlideRenderer: draws any slide of a deck on any paint device.

One renderer for the screen, PNG and PDF export and the tests. Every slide is laid
out on a fixed 1920x1080 logical canvas (layouts/*), then scaled into the target
rect, letterboxed with black bars to keep 16:9. `scene()` holds the measured boxes
of a slide, so tests can check that text fits and nothing overlaps.

Live slides (poll, summary, join) are painted in two layers on raster devices:
the static layer comes from `StaticLayers` (rendered once per slide, state and
device size), the live items (bars, numbers) are painted over it each frame.
PDF and other vector devices, or a renderer made with `cache_layers=False`,
get every item painted directly, so exported text stays vector text.

Needs a QGuiApplication (fonts).
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTransform

from presenter.deck.model import Deck, Look, Slide
from presenter.render.context import Ctx
from presenter.render.keys import LayerKey, SlideKey, depends_on_view
from presenter.render.layers import StaticLayers, layer_pixels, raster_target
from presenter.render.layouts import LAYOUTS
from presenter.render.layouts.join import overlay as join_overlay
from presenter.render.scene import Scene
from presenter.render.theme import HEIGHT, WIDTH, palette_for, resolve_family
from presenter.render.view import RoomView
from presenter.render.words import Words

CANVAS = QRectF(0, 0, WIDTH, HEIGHT)
# Laid-out scenes kept. Poll animation frames each make a new key, so this fills during a
# vote; the oldest scene is dropped as each new one is built. (Clearing 257 at once freed
# their text layouts in one ~10 ms go inside a paint: a dropped frame every ~8 s.)
SCENES_KEPT = 64
# Of those, scenes that draw the room (a poll's counts, a wall of answers): each answer or
# vote makes a new one that is never shown again, and keeping 64 of them (with their text
# layouts and a cloud's words) kept tens of thousands of objects for the GUI thread's
# garbage collections to walk, 11-18 ms each while answers poured in. Eight: the room's
# view, the console's view of the slide and of the next one, and thumbnails share them.
LIVE_SCENES_KEPT = 8
NO_LOOK = Look()


def fit_rect(target: QRectF) -> QRectF:
    """The largest 16:9 rect centred in `target` (the rest becomes black bars)."""
    scale = min(target.width() / WIDTH, target.height() / HEIGHT)
    w, h = WIDTH * scale, HEIGHT * scale
    return QRectF(target.left() + (target.width() - w) / 2,
                  target.top() + (target.height() - h) / 2, w, h)


class SlideRenderer:
    """Paints the slides of one deck. Cheap to create; layouts are cached per view."""

    def __init__(self, deck: Deck, cache_layers: bool = True):
        self.deck = deck
        self.cache_layers = cache_layers
        self.layers = StaticLayers()
        self._ctx: dict[tuple, Ctx] = {}
        self._scenes: OrderedDict[SlideKey, Scene] = OrderedDict()
        self._live_keys: OrderedDict[SlideKey, None] = OrderedDict()    # those that draw the room
        # Word clouds: laid out here (False), or drawn from the poll's last layout while the
        # render worker makes the new one (True: the audience window's renderer, on the GUI
        # thread). A scene drawn so is kept apart, and built again once the worker is done.
        self.defer_clouds = False
        self._provisional: tuple[SlideKey, Scene] | None = None
        self._newest_view: dict[int, RoomView] = {}     # slide number -> the room last laid out

    # ------------------------------------------------------------ public API

    def replace_deck(self, deck: Deck) -> None:
        """Draw `deck` from now on (it was edited while shown): every scene, context and
        static layer of the old one is dropped. GUI thread (the worker has its own)."""
        self.deck = deck
        self._ctx.clear()
        self._scenes.clear()
        self._live_keys.clear()
        self._provisional = None
        self._newest_view.clear()
        self.layers.clear()

    @property
    def slide_count(self) -> int:
        return len(self.deck.slides)

    def slide(self, slide_number: int) -> Slide:
        if not 1 <= slide_number <= len(self.deck.slides):
            raise IndexError(f"slide {slide_number} is not in this deck of {len(self.deck.slides)}")
        return self.deck.slides[slide_number - 1]

    def depends_on_view(self, slide_number: int, view: RoomView | None) -> bool:
        """Whether the room's live state changes how this slide looks (poll, join, summary,
        or the join overlay); other slides can be cached once."""
        return depends_on_view(self.slide(slide_number), view)

    def paint(self, painter: QPainter, slide_number: int, view: RoomView | None = None,
              rect: QRectF | None = None) -> None:
        """Paint slide `slide_number` (1-based) letterboxed into `rect` (default: the device)."""
        scene = self.scene(slide_number, view)
        layer_key = None
        if self.cache_layers and scene.live:
            layer_key = LayerKey.of(self.slide(slide_number), view)
        self._paint_scene(painter, scene, rect, layer_key)

    def render_image(self, slide_number: int, view: RoomView | None = None,
                     size: QSize = QSize(WIDTH, HEIGHT)) -> QImage:
        image = QImage(size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.black)
        painter = QPainter(image)
        try:
            self.paint(painter, slide_number, view)
        finally:
            painter.end()
        return image

    # ------------------------------------------------------------ internals

    def context(self, invert: bool = False, look: Look = NO_LOOK) -> Ctx:
        key = (invert, look.background, look.color)
        if key not in self._ctx:
            theme = self.deck.theme
            palette = palette_for(theme, invert, look.background, look.color)
            self._ctx[key] = Ctx(self.deck, palette, Words.for_deck(self.deck.language),
                                 resolve_family(theme.font))
        return self._ctx[key]

    def provisional_key(self) -> SlideKey | None:
        """The key of the last scene built without its newest word cloud, if any."""
        return self._provisional[0] if self._provisional is not None else None

    def pending_clouds(self) -> tuple:
        """The CloudRequests that scene is waiting for (presenter/render/cloud/keeper.py)."""
        return tuple(self._provisional[1].pending_clouds) if self._provisional is not None else ()

    def drop_provisional(self) -> None:
        """A cloud was made: the scene drawn without it is built again when next painted."""
        self._provisional = None

    def has_scene(self, slide_number: int, view: RoomView | None = None) -> bool:
        """Whether `scene` would return a scene laid out already (no layout work)."""
        key = SlideKey.of(self.slide(slide_number), view)
        return key in self._scenes or (self.defer_clouds and self._provisional is not None
                                       and self._provisional[0] == key)

    def scene(self, slide_number: int, view: RoomView | None = None) -> Scene:
        slide = self.slide(slide_number)
        key = SlideKey.of(slide, view)
        if self.defer_clouds and self._provisional is not None and self._provisional[0] == key:
            return self._provisional[1]
        scene = self._scenes.get(key)
        if scene is None:
            scene = self._build(slide, view)
            if view is not None:
                self._newest_view[slide_number] = view
            if scene.pending_clouds:
                self._provisional = (key, scene)
                return scene
            self._scenes[key] = scene
            if key.view is not None:
                self._live_keys[key] = None
                if len(self._live_keys) > LIVE_SCENES_KEPT:
                    self._scenes.pop(self._live_keys.popitem(last=False)[0], None)
            while len(self._scenes) > SCENES_KEPT:     # one at a time: freeing is spread out
                self._live_keys.pop(self._scenes.popitem(last=False)[0], None)
        else:
            self._scenes.move_to_end(key)
            if key in self._live_keys:
                self._live_keys.move_to_end(key)
        return scene

    def newest_view(self, slide_number: int) -> RoomView | None:
        """The room as this slide's newest laid-out scene shows it (the audience window's
        latest, while answers arrive): drawing that again needs no layout."""
        return self._newest_view.get(slide_number)

    def warm(self, slide_number: int, view: RoomView | None, rect: QRectF, base: QTransform) -> bool:
        """Draw now what the next paint of this slide into `rect` would draw the slow way the
        first time (a word cloud's new picture), so that paint only copies it. `base`: the
        painter's own device transform (a window's pixel ratio). True when it drew
        something: the caller paints on the next turn of its event loop."""
        scene = self.scene(slide_number, view)
        if not scene.warm_ups:
            return False
        live_only = self.cache_layers and bool(scene.live)
        device = canvas_transform(rect, base, live_only)
        return any([warm_up(device) for warm_up in scene.warm_ups])

    def _build(self, slide: Slide, view: RoomView | None) -> Scene:
        ctx = self.context("invert" in (slide.theme_class or "").split(), slide.look)
        if slide.backdrops or slide.look != NO_LOOK:
            ctx = replace(ctx, slide=slide)
        scene = Scene(ctx.palette.background, ctx.family, defer_clouds=self.defer_clouds,
                      still=view is not None and view.preview)
        LAYOUTS.get(slide.layout, LAYOUTS["default"])(ctx, scene, slide, view)
        if view is not None and view.show_join_overlay:
            join_overlay(self.context(False), scene, view)
        return scene

    def _paint_scene(self, painter: QPainter, scene: Scene, rect: QRectF | None,
                     layer_key: LayerKey | None = None) -> None:
        target = QRectF(rect) if rect is not None else _device_rect(painter)
        inner = fit_rect(target)
        painter.save()
        try:
            if inner != target:
                painter.fillRect(target, Qt.black)
            live_only = False
            if layer_key is not None and raster_target(painter):
                snapped = self.layers.blit(painter, scene, inner, layer_key)
                if snapped is not None:
                    inner, live_only = snapped, True
            painter.translate(inner.topLeft())
            painter.scale(inner.width() / WIDTH, inner.height() / HEIGHT)
            painter.setClipRect(CANVAS)
            painter.setRenderHint(QPainter.Antialiasing, True)
            painter.setRenderHint(QPainter.TextAntialiasing, True)
            if live_only:
                scene.paint_live(painter)
            else:
                scene.paint(painter)
        finally:
            painter.restore()


def canvas_transform(target: QRectF, base: QTransform, snapped: bool) -> QTransform:
    """The device transform `_paint_scene` paints the canvas with into `target` on a painter
    whose own transform is `base`; `snapped`: moved onto whole device pixels, as when a
    static layer is blitted under the live items (`StaticLayers.blit`)."""
    inner = fit_rect(target)
    if snapped:
        pixels = layer_pixels(base, inner)
        inverse, ok = base.inverted()
        if pixels is not None and ok:
            inner = inverse.mapRect(QRectF(pixels))
    world = QTransform()
    world.translate(inner.left(), inner.top())
    world.scale(inner.width() / WIDTH, inner.height() / HEIGHT)
    return world * base


def _device_rect(painter: QPainter) -> QRectF:
    device = painter.device()
    # The device's logical size: a HiDPI widget reports its size in device-independent pixels.
    return QRectF(0, 0, device.width(), device.height())

