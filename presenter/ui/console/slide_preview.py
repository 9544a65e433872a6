"""A slide drawn small by the same renderer the audience window uses.

`SlidePreview` paints one slide number with one `RoomView` into a 16:9 box; the
console uses it for "now" (the audience's own RoomView, black or white when the
screen is blanked, so the speaker sees what the room sees) and for "next".
While the room changes it lays out nothing of its own: it draws the newest look the
room's window laid out, on a turn of the GUI loop of its own before the paint that copies
it, and the room's own look CATCH_UP_MS after the last change. It uses the shared
SlideRenderer's `paint`, `slide`, `has_scene`, `newest_view` and `scene`.
Imports Qt, the renderer's view values and keys, the GUI turns queue and the console's own
modules only.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from presenter.render.keys import SlideKey
from presenter.render.view import RoomView
from presenter.ui.speaker_words import console_text
from presenter.ui.turns import gui_turns

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
        self._ahead: tuple = (None, None, None, None)   # the look to draw on a turn of its own
        self._laid_out: RoomView | None = None           # the look laid out for it, once
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
        if same_slide:
            # Only the room changed: the new look is drawn on a turn of the GUI loop of its
            # own (presenter/ui/turns.py), its layout on one before if it must be, and a
            # later paint copies it; meanwhile the last image stays. Drawn in the paint, a
            # new word cloud's picture made the console's repaint the longest job of a turn;
            # drawn ahead on one turn and copied on a later one, the room's window could
            # replace the picture in between, and the paint drew it again.
            self._ahead = (self.slide, view, size, ratio)
            gui_turns().run(self, "draw", self._draw_ahead)
            return kept.image
        return self._draw(self.slide, view, size, ratio)     # a new slide or size: at once

    def _draw_ahead(self) -> None:
        slide, view, size, ratio = self._ahead
        if slide != self.slide or slide is None or slide > self.renderer.slide_count:
            return
        if not self.renderer.has_scene(slide, view) and self._laid_out is not view:
            self._laid_out = view
            self.renderer.scene(slide, view)
            gui_turns().run(self, "draw", self._draw_ahead)
            return
        self._draw(slide, view, size, ratio)
        self.update()

    def _draw(self, slide: int, view: RoomView, size: QSize, ratio: float) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("black"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.renderer.paint(painter, slide, view, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        image.setDevicePixelRatio(ratio)
        self._kept = Kept(self.renderer.deck, slide, size, SlideKey.of(self.renderer.slide(slide), view), image)
        return image

    def _sentence(self, painter: QPainter, rect: QRectF, fill: QColor, text: str,
                  ink: QColor | None = None) -> None:
        painter.fillRect(rect, fill)
        painter.setPen(ink or QColor(style.MUTED))
        painter.setFont(style.font(11))
        painter.drawText(rect.adjusted(16, 16, -16, -16),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
