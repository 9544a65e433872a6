"""A small cache of rendered slides, so moving to the next slide costs one blit.

Keyed by slide number and the parts of the room view the slide shows (`keys.SlideKey`):
slides that do not depend on the room are rendered once; poll and summary slides
are re-rendered when their tallies change (the renderer's own layout cache keeps
that cheap). `render_plan()` lists what a `RenderWorker` should render ahead (the
neighbours whole, live slides' static layers in both poll states); the results come
back through `put()`.
GUI thread only.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from types import MappingProxyType

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from presenter.deck.model import Slide
from presenter.render.keys import LayerImageKey, LayerKey, SlideKey
from presenter.render.layers import StaticLayers
from presenter.render.renderer import SlideRenderer
from presenter.render.view import RoomView
from presenter.render.worker import RenderJob


class SlideCache:
    """Rendered QImages of slides at one target size, least recently used dropped first."""

    def __init__(self, renderer: SlideRenderer, size: QSize, capacity: int = 12):
        self.renderer = renderer
        self.size = QSize(size)
        self.capacity = capacity
        self._images: OrderedDict[SlideKey, QImage] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def resize(self, size: QSize) -> None:
        """A new target size (window resized, moved to another screen) empties the cache."""
        if size != self.size:
            self.size = QSize(size)
            self._images.clear()

    def clear(self) -> None:
        self._images.clear()

    def key(self, number: int, view: RoomView | None) -> SlideKey:
        """What an image of slide `number` under `view` is filed under."""
        return SlideKey.of(self.renderer.slide(number), view)

    def image(self, number: int, view: RoomView | None = None) -> QImage:
        """The slide rendered at the cache's size: from the cache when nothing it shows changed."""
        key = self.key(number, view)
        image = self._images.get(key)
        if image is not None:
            self.hits += 1
            self._images.move_to_end(key)
            return image
        self.misses += 1
        image = self.renderer.render_image(number, view, self.size)
        self._images[key] = image
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)
        return image

    def contains(self, number: int, view: RoomView | None = None) -> bool:
        return self.key(number, view) in self._images

    def put(self, key: SlideKey, image: QImage) -> None:
        """Adopt an image rendered elsewhere (the worker thread), filed under `key()`."""
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)

def neighbours(current: int, count: int, ahead: int = 2, behind: int = 1) -> list[int]:
    """The slides likely shown next: those ahead, nearest first, then those behind."""
    order = [current + i for i in range(1, ahead + 1)] + [current - i for i in range(1, behind + 1)]
    return [n for n in order if 1 <= n <= count]


def poll_states(slide: Slide, view: RoomView | None) -> list[RoomView | None]:
    """`view` as it is, then with the slide's poll open and closed: showing a poll slide
    opens its poll (a new static layer), O toggles it."""
    out = [view]
    poll = slide.poll
    if view is None or poll is None or view.poll(poll.id) is None:
        return out
    for state in (True, False):
        pv = view.poll(poll.id)
        if pv.open != state:
            polls = dict(view.polls)
            polls[poll.id] = replace(pv, open=state)
            out.append(replace(view, polls=MappingProxyType(polls)))
    return out


def render_plan(cache: SlideCache, layers: StaticLayers, current: int, view: RoomView | None,
                layer_size: QSize | None) -> list[RenderJob]:
    """What a worker should render so the next slide change is a blit: each neighbour
    whole (if not cached), and for live slides (poll, summary, join) their static
    layers in both poll states, the current slide's other state too. `layer_size` is
    the layers' size in device pixels (None: layers are not used)."""
    renderer = cache.renderer
    jobs: list[RenderJob] = []
    size = cache.size
    for number in neighbours(current, renderer.slide_count):
        if not cache.contains(number, view):
            jobs.append(RenderJob("slide", number, view, size.width(), size.height(),
                                  cache.key(number, view)))
    if layer_size is None or not renderer.cache_layers:
        return jobs
    for number in [current] + neighbours(current, renderer.slide_count):
        if not renderer.depends_on_view(number, view):
            continue
        slide = renderer.slide(number)
        for state in poll_states(slide, view):
            key = LayerKey.of(slide, state)
            if not any(_same_layer(held, key, layer_size) for held in layers.keys()):
                jobs.append(RenderJob("layer", number, state, layer_size.width(),
                                      layer_size.height(), key))
    return jobs


def _same_layer(held: LayerImageKey, key: LayerKey, size: QSize) -> bool:
    """Whether `held` is the static layer `key` at `size` (whatever the layout added)."""
    return held.layer == key and (held.width, held.height) == (size.width(), size.height())
