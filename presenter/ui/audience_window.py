"""The audience window: the slide, full-screen, and nothing else.

It paints the current slide through the shared `SlideRenderer` (letterboxed on
the 1920×1080 canvas; neighbours are pre-rendered into a `SlideCache` when idle,
so a slide change is one blit), black or white when the presenter blanks the screen, and
repaints when the presentation says the slide or the room changed. A mouse click
is "next", the wheel steps through slides, the cursor hides after 2 s still.
Keys go to the shared `KeyRouter`.

Must not import the server or the console; it reads the `Presentation`.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from presenter.render.cache import SlideCache

CURSOR_HIDE_MS = 2000
WHEEL_STEP = 120            # one notch; touchpads send many small deltas


class AudienceWindow(QWidget):
    """Full-screen slide for the room."""

    # payload: time.perf_counter() when a paint of the slide finished (benchmarks, tests)
    painted = Signal(float)
    # no payload: the window was closed (the app quits: closing the slide ends the show)
    closed = Signal()

    def __init__(self, presentation, key_router=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.presentation = presentation
        self.key_router = key_router
        self.paint_count = 0
        self.last_paint_ms = 0.0        # how long the last paint took (benchmarks)
        self._wheel = 0
        self.setWindowTitle(f"{presentation.deck.title} — votedeck")
        self.setAttribute(Qt.WA_OpaquePaintEvent)     # we fill every pixel ourselves
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.resize(1280, 720)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._cursor_timer.start()
        self._cache = SlideCache(presentation.renderer, self._device_size())
        # Neighbours are rendered ahead when the loop is idle, one per turn.
        self._prerender = QTimer(self)
        self._prerender.setSingleShot(True)
        self._prerender.setInterval(0)
        self._prerender.timeout.connect(self._prerender_one)
        self._prerender.start()
        presentation.slide_changed.connect(self._on_slide_changed)
        presentation.room_changed.connect(self._on_room_changed)
        presentation.screen_mode_changed.connect(self._on_screen_mode_changed)
        presentation.join_changed.connect(self._on_room_changed)

    # ------------------------------------------------------------ full-screen

    @Slot()
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @Slot()
    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    # ------------------------------------------------------------ painting

    @Slot(int)
    def _on_slide_changed(self, _n: int) -> None:
        self.update()
        self._prerender.start()

    @Slot()
    def _on_room_changed(self) -> None:
        self.update()

    @Slot(str)
    def _on_screen_mode_changed(self, _mode: str) -> None:
        self.update()

    def paintEvent(self, event) -> None:
        started = time.perf_counter()
        p = self.presentation
        painter = QPainter(self)
        try:
            if p.screen_mode == "black":
                painter.fillRect(self.rect(), QColor("black"))
            elif p.screen_mode == "white":
                painter.fillRect(self.rect(), QColor("white"))
            else:
                self._paint_slide(painter, p.slide, p.room_view(for_audience=True))
        finally:
            painter.end()
        self.paint_count += 1
        finished = time.perf_counter()
        self.last_paint_ms = (finished - started) * 1000
        self.painted.emit(finished)

    def _paint_slide(self, painter: QPainter, number: int, view) -> None:
        """A rendered image when the cache has one (a slide change is then one blit);
        a live poll frame is painted directly, so animation does not flush the cache."""
        renderer = self.presentation.renderer
        self._cache.resize(self._device_size())
        if self._cache.contains(number, view) or not renderer.depends_on_view(number, view):
            image = self._cache.image(number, view)
            painter.setCompositionMode(QPainter.CompositionMode_Source)
            painter.drawImage(QRectF(self.rect()), image)
            return
        # Letterbox bars are black, as on a projector.
        painter.fillRect(self.rect(), QColor("black"))
        renderer.paint(painter, number, view, QRectF(self.rect()))

    def _device_size(self) -> QSize:
        ratio = self.devicePixelRatioF()
        return QSize(round(self.width() * ratio), round(self.height() * ratio))

    @Slot()
    def _prerender_one(self) -> None:
        """Render one neighbour of the current slide per idle turn (each is a few ms;
        all at once would block the UI thread)."""
        p = self.presentation
        if p.screen_mode != "slide" or not self.isVisible():
            return
        self._cache.resize(self._device_size())
        view = p.room_view(for_audience=True)
        for number in (p.slide + 1, p.slide + 2, p.slide - 1):
            if 1 <= number <= p.slide_count and not self._cache.contains(number, view):
                self._cache.image(number, view)
                self._prerender.start()
                return

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event) -> None:
        self._show_cursor()
        if event.button() == Qt.LeftButton:
            self.presentation.next()
        elif event.button() == Qt.RightButton:
            self.presentation.previous()
        else:
            super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        self._wheel += event.angleDelta().y()
        while self._wheel <= -WHEEL_STEP:
            self._wheel += WHEEL_STEP
            self.presentation.next()
        while self._wheel >= WHEEL_STEP:
            self._wheel -= WHEEL_STEP
            self.presentation.previous()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        self._show_cursor()
        super().mouseMoveEvent(event)

    @property
    def cursor_hidden(self) -> bool:
        return self.cursor().shape() == Qt.BlankCursor

    def _show_cursor(self) -> None:
        if self.cursor_hidden:
            self.unsetCursor()
        self._cursor_timer.start()

    @Slot()
    def _hide_cursor(self) -> None:
        self.setCursor(Qt.BlankCursor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._prerender.start()         # the cache is per size: render the neighbours again

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # ------------------------------------------------------------ keys

    def keyPressEvent(self, event) -> None:
        if self.key_router is not None and self.key_router.handle_key(event, self):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab is a presenter key here (toggle the console), not focus navigation.
        return False
