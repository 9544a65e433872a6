"""A small cache of rendered slides, so moving to the next slide costs one blit.

Keyed by (slide number, the parts of the room view the slide shows, target size):
slides that do not depend on the room are rendered once; poll and summary slides
are re-rendered when their tallies change (the renderer's own layout cache keeps
that cheap). `prerender()` renders the neighbours of the current slide ahead of
time; the window calls it when idle (e.g. from a zero-timeout QTimer).
GUI thread only. Must not import the window or the server.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from presenter.render.renderer import SlideRenderer, view_key
from presenter.render.view import RoomView


class SlideCache:
    """Rendered QImages of slides at one target size, least recently used dropped first."""

    def __init__(self, renderer: SlideRenderer, size: QSize, capacity: int = 12):
        self.renderer = renderer
        self.size = QSize(size)
        self.capacity = capacity
        self._images: OrderedDict[tuple, QImage] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def resize(self, size: QSize) -> None:
        """A new target size (window resized, moved to another screen) empties the cache."""
        if size != self.size:
            self.size = QSize(size)
            self._images.clear()

    def clear(self) -> None:
        self._images.clear()

    def _key(self, number: int, view: RoomView | None) -> tuple:
        if self.renderer.depends_on_view(number, view):
            return (number, view_key(self.renderer.slide(number), view))
        return (number, None)

    def image(self, number: int, view: RoomView | None = None) -> QImage:
        """The slide rendered at the cache's size: from the cache when nothing it shows changed."""
        key = self._key(number, view)
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
        return self._key(number, view) in self._images

    def prerender(self, current: int, view: RoomView | None = None, ahead: int = 2,
                  behind: int = 1) -> list[int]:
        """Render the slides around `current` that are not cached yet; returns their numbers."""
        done = []
        count = self.renderer.slide_count
        for number in [current + i for i in range(1, ahead + 1)] + [current - i for i in range(1, behind + 1)]:
            if 1 <= number <= count and not self.contains(number, view):
                self.image(number, view)
                done.append(number)
        return done
