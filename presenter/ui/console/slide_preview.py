"""A slide drawn small by the same renderer the audience window uses.

`SlidePreview` paints one slide number with one `RoomView` into a 16:9 box; the
console uses it for "now" (the audience's own RoomView, black or white when the
screen is blanked, so the speaker sees what the room sees) and for "next".
While the room changes it lays out nothing of its own: it draws the newest look the
room's window laid out, a new cloud's picture a turn before the paint, and the room's
own look CATCH_UP_MS after the last change. It uses the shared SlideRenderer's
`paint`, `slide`, `has_scene`, `newest_view` and `warm`.
Imports Qt, the renderer's view values and keys, and the console's own modules only.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from presenter.render.keys import SlideKey
from presenter.render.view import RoomView
from presenter.ui.speaker_words import console_text

from . import style

ASPECT = 16 / 9
# After the room's last change, a preview drawn from an older look draws the room's own
# this soon: longer than the console's refresh (ROOM_REFRESH_MS), so that a stream of
# answers never makes the preview lay out a look of its own.
CATCH_UP_MS = 600


def fit_16_9(width: float, height: float) -> QRectF:
    """The largest 16:9 rect centred in width × height."""
    w = min(width, height * ASPECT)
    h = w / ASPECT
    return QRectF((width - w) / 2, (height - h) / 2, w, h)


class Kept(NamedTuple):
    """A preview's last image: of which deck (an edited deck is a new one), slide, size
    in device pixels, and room (the SlideKey: only what the slide shows of it)."""

    deck: object
    slide: int
    size: QSize
    key: SlideKey
    image: QImage

    def same_slide(self, deck, slide: int, size: QSize) -> bool:
        return self.deck is deck and self.slide == slide and self.size == size


class SlidePreview(QWidget):
    """One slide, letterboxed, with a thin frame; or a sentence when there is none.

    `follows_width`: the widget asks for the height its width needs (16:9). The console
    turns that off for "now": on a 768 px screen that demand squeezed the poll panel
    below it and cut a 9-option poll's rows; letterboxed, the slide gives way instead."""

    follows_width = True

    def __init__(self, renderer, minimum_width: int = 192, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.slide: int | None = None
        self.view = RoomView()
        self.blank: str | None = None       # "black" | "white" while the room's screen is blanked
        self._minimum_width = minimum_width
        self._kept: Kept | None = None      # the slide drawn last
        # While the room changes, the newest look its window laid out is drawn; this long
        # after the last change, the room's own look, laid out here if it must be.
        self._own_look = True
        self._warmed: SlideKey | None = None   # the look whose cloud picture was drawn ahead
        self._warm_up: tuple = (None, None, None)
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(CATCH_UP_MS)
        self._catch_up.timeout.connect(self._draw_own_look)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_slide(self, slide: int | None, view: RoomView, blank: str | None = None) -> None:
        self.slide, self.view, self.blank = slide, view, blank
        self._own_look = False
        self._catch_up.start()          # restarted: a stream of changes never reaches it
        self.update()

    def _warm(self) -> None:
        slide, view, target = self._warm_up
        if slide == self.slide and slide is not None and slide <= self.renderer.slide_count:
            # The image's painter has no transform of its own (its pixel ratio is set after).
            self.renderer.warm(slide, view, target, QTransform())
        self.update()

    def _draw_own_look(self) -> None:
        self._own_look = True
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum_width, round(self._minimum_width / ASPECT))

    def hasHeightForWidth(self) -> bool:
        return self.follows_width

    def heightForWidth(self, width: int) -> int:
        return round(width / ASPECT)

    def slide_rect(self) -> QRectF:
        rect = fit_16_9(self.width() - 2, self.height() - 2).translated(1, 1)
        if not self.follows_width:
            rect.moveTop(1)     # under its caption, the spare height below it
        return rect

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = self.slide_rect()
        try:
            if self.slide is None:
                self._sentence(painter, rect, QColor(style.PANEL_RAISED), console_text("preview.end"))
            elif self.blank == "black":
                self._sentence(painter, rect, QColor("black"),
                               console_text("preview.black"))
            elif self.blank == "white":
                self._sentence(painter, rect, QColor("white"),
                               console_text("preview.white"),
                               QColor("#444444"))
            else:
                painter.drawImage(rect, self._frame(rect))
            painter.setPen(QPen(QColor(style.BORDER), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        finally:
            painter.end()

    def _frame(self, rect: QRectF) -> QImage:
        """The slide drawn at the box's device pixels, kept while slide, room and size stay:
        the console repaints for its other panels too (twice a second while answers
        arrive), and drawing the slide again each time was half of those repaints."""
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        view = self.view
        kept = self._kept
        same_slide = kept is not None and kept.same_slide(self.renderer.deck, self.slide, size)
        if same_slide and not self._own_look and not self.renderer.has_scene(self.slide, view):
            # Only the room changed, and this look of it is not laid out yet. Draw the
            # newest that is (the room's window lays out every look it paints): laying
            # it out here as well cost the GUI thread up to 7 ms a turn while answers
            # poured in. The room's own look comes CATCH_UP_MS after its last change.
            view = self.renderer.newest_view(self.slide) or view
        key = SlideKey.of(self.renderer.slide(self.slide), view)
        if same_slide and kept.key == key:
            return kept.image
        target = QRectF(0, 0, size.width(), size.height())
        if same_slide and (self._warmed != key or not self.renderer.has_scene(self.slide, view)):
            # One step a turn, as the room's window does: a new word cloud's picture is
            # drawn (and the look laid out, if it must be) in a turn of its own, then
            # this paints by copying it. Meanwhile the last image stays. Again when the
            # look warmed was dropped in between (a finished cloud replaces it).
            self._warmed = key
            self._warm_up = (self.slide, view, target)
            QTimer.singleShot(0, self, self._warm)
            return kept.image
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("black"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.renderer.paint(painter, self.slide, view, target)
        finally:
            painter.end()
        image.setDevicePixelRatio(ratio)
        self._kept = Kept(self.renderer.deck, self.slide, size, key, image)
        return image

    def _sentence(self, painter: QPainter, rect: QRectF, fill: QColor, text: str,
                  ink: QColor | None = None) -> None:
        painter.fillRect(rect, fill)
        painter.setPen(ink or QColor(style.MUTED))
        painter.setFont(style.font(11))
        painter.drawText(rect.adjusted(16, 16, -16, -16),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
