"""A laid-out slide: what to draw, in order, and the boxes it occupies.

Layouts build a `Scene` on the 1920x1080 canvas; the renderer paints it on any
device, and tests read its `boxes` (the measurement API) to check that text
fits and nothing overlaps. Painting and measuring come from the same layout, so
what is tested is what is drawn.

A scene has two layers. `items` is the static layer: everything that does not
move with the counts (background, statement, labels, tracks, QR). `live` is
what a tally changes (bars, numbers, the phones line); layouts add those inside
`with scene.live_layer():`. The renderer paints the static layer once into a
cached image and only the live items on top each frame, so a live item must
never need to sit *under* a static one. `static_key` holds whatever else
the static layer depends on (e.g. the summary's row order).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QTransform

from presenter.render import text as rtext
from presenter.render.text import Fitted, Para


class Box(NamedTuple):
    """One measured thing on a slide. `needed` is what it takes, `allowed` what it was given."""

    kind: str           # "title", "body", "statement", "bar-track", "qr", ...
    needed: QRectF
    allowed: QRectF
    px: float           # font size in canvas pixels (0 for graphics)
    text: str = ""      # the plain text of a text box, so tests can find it


@dataclass
class Scene:
    background: QColor
    family: str
    items: list[Callable[[QPainter], None]] = field(default_factory=list)   # static layer
    _boxes: list[Box] = field(default_factory=list)
    live: list[Callable[[QPainter], None]] = field(default_factory=list)    # changes with counts
    static_key: tuple = ()
    live_kinds: set[str] = field(default_factory=set)   # box kinds drawn in the live layer
    # A word cloud that is not laid out yet for these answers: draw the poll's last layout
    # and note what to lay out (`pending_clouds`, CloudRequests), rather than lay it out
    # here (the GUI thread's renderer; the render worker makes them).
    defer_clouds: bool = False
    pending_clouds: list = field(default_factory=list)
    # A preview (RoomView.preview): the live layer is left out, because a preview is kept
    # while the counts change, so any count it drew would soon be untrue.
    still: bool = False
    _in_live: bool = False
    _box_makers: list[tuple[int, Callable[[], list[Box]]]] = field(default_factory=list)
    # Work a paint would do the first time, done ahead by `SlideRenderer.warm`: each is
    # given the paint's device transform and says whether it drew something.
    warm_ups: list[Callable[[QTransform], bool]] = field(default_factory=list)

    @property
    def boxes(self) -> list[Box]:
        """Every measured thing, for the fit and overlap checks; those added by `add_boxes`
        are made now, when first asked for."""
        while self._box_makers:           # last first: the earlier places stay where they were
            at, make = self._box_makers.pop()
            self._boxes[at:at] = make()
        return self._boxes

    def add_boxes(self, make: Callable[[], list[Box]]) -> None:
        """Boxes made only if someone asks (`boxes`): a word cloud's hundreds of words, in
        a scene the GUI thread builds for each new answer and never checks."""
        if not (self._in_live and self.still):
            self._box_makers.append((len(self._boxes), make))

    def paint(self, painter: QPainter) -> None:
        """Both layers, in order: what vector output (PDF) and uncached painting use."""
        self.paint_static(painter)
        self.paint_live(painter)

    def paint_static(self, painter: QPainter) -> None:
        for item in self.items:
            item(painter)

    def paint_live(self, painter: QPainter) -> None:
        for item in self.live:
            item(painter)

    @property
    def drawing_live(self) -> bool:
        """Whether items added now go to the live layer (inside `live_layer()`)."""
        return self._in_live

    @contextmanager
    def live_layer(self) -> Iterator[None]:
        """Items added inside go to the live layer (painted every frame over the cached rest)."""
        outer, self._in_live = self._in_live, True
        try:
            yield
        finally:
            self._in_live = outer

    def cover(self) -> None:
        """Everything so far is hidden under an opaque overlay: drop the live items and boxes
        (live items are painted after the static layer, so they would show through)."""
        self.live.clear()
        self._box_makers.clear()
        self._boxes.clear()
        self.live_kinds.clear()

    def draw(self, fn: Callable[[QPainter], None], box: Box | None = None) -> None:
        """Add a graphic; with a box, it also counts for fit and overlap checks."""
        self._add(fn, box)

    def _add(self, fn: Callable[[QPainter], None], box: Box | None) -> None:
        if self._in_live and self.still:
            return
        (self.live if self._in_live else self.items).append(fn)
        if box is not None:
            self._boxes.append(box)
            if self._in_live:
                self.live_kinds.add(box.kind)

    def text(self, kind: str, paras: tuple[Para, ...] | list[Para], allowed: QRectF, *,
             max_px: float, min_px: float = 0.0, valign: str = "top",
             halign: str = "left", fitted: Fitted | None = None) -> QRectF:
        """Fit paragraphs into `allowed`, add them, and return the rect the text needs."""
        paras = tuple(paras)
        if fitted is None:
            fitted = rtext.fit(paras, allowed.width(), allowed.height(), self.family, max_px, min_px)
        origin, needed = rtext.place(fitted, allowed, valign, halign)
        if self._in_live and self.still:
            return needed
        words = " ".join("".join(s.text for s in q.spans) for q in paras)
        self._add(lambda p, f=fitted, o=origin: rtext.draw(p, f, o),
                  Box(kind, needed, QRectF(allowed), fitted.px, words))
        for _bar, extent, _color, first, last in fitted.quotes:
            # A quote inside the text is measured too, from its bar to its widest line.
            said = " ".join("".join(s.text for s in q.spans) for q in paras[first:last + 1])
            self._boxes.append(Box("quote", extent.translated(origin), QRectF(allowed),
                                  fitted.px, said))
        return needed

    def fit(self, paras, width: float, height: float, max_px: float, min_px: float = 0.0) -> Fitted:
        return rtext.fit(tuple(paras), width, height, self.family, max_px, min_px)

    def measure(self, paras, width: float, px: float) -> Fitted:
        return rtext.at_size(tuple(paras), width, self.family, px)


def rect(x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x, y, max(0.0, w), max(0.0, h))
