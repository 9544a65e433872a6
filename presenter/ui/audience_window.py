"""The audience window: the slide, full-screen, and nothing else.

It paints the current slide through the shared `SlideRenderer` (letterboxed on
the 1920×1080 canvas), black or white when the presenter blanks the screen, and
repaints when the presentation says the slide or the room changed. A mouse click
is "next", the wheel steps through slides, the cursor hides after 2 s still.
Keys go to the shared `KeyRouter`.

Must not import the server or the console; it reads the `Presentation`.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

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

    @Slot()
    def _on_room_changed(self) -> None:
        self.update()

    @Slot(str)
    def _on_screen_mode_changed(self, _mode: str) -> None:
        self.update()

    def paintEvent(self, event) -> None:
        p = self.presentation
        painter = QPainter(self)
        try:
            if p.screen_mode == "black":
                painter.fillRect(self.rect(), QColor("black"))
            elif p.screen_mode == "white":
                painter.fillRect(self.rect(), QColor("white"))
            else:
                # Letterbox bars are black, as on a projector.
                painter.fillRect(self.rect(), QColor("black"))
                painter.setRenderHint(QPainter.Antialiasing)
                painter.setRenderHint(QPainter.TextAntialiasing)
                p.renderer.paint(painter, p.slide, p.room_view(for_audience=True),
                                 QRectF(self.rect()))
        finally:
            painter.end()
        self.paint_count += 1
        self.painted.emit(time.perf_counter())

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
