"""The audience window: the slide, full-screen, and nothing else.

It paints the current slide through the shared `SlideRenderer` (letterboxed on
the 1920×1080 canvas). A `RenderWorker` thread renders the neighbours into a
`SlideCache` and the live slides' static layers (both poll states) ahead, so a
slide change or a poll opening is a blit, never a 10-20 ms render on the GUI
thread; what is not ready yet is rendered on the spot. Black or white when the presenter blanks the screen, and
repaints when the presentation says the slide or the room changed. A mouse click
is "next", the wheel steps through slides, the cursor hides after 2 s still.
Keys go to the shared `KeyRouter`.
"""
from __future__ import annotations

import math
import time

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QWidget

from common.values import OPEN
from presenter.render.cache import SlideCache, render_plan
from presenter.render.cloud.apart import APART
from presenter.render.keys import LayerKey
from presenter.render.layers import layer_pixels
from presenter.render.renderer import fit_rect
from presenter.render.worker import RenderJob, RenderWorker
from presenter.ui.turns import gui_turns

CURSOR_HIDE_MS = 2000
# The render worker rests this long between word clouds while answers pour in: it shares
# the GIL with the GUI thread, and a cloud made for every answer at 50 a second kept
# it busy all the time (the GUI thread then waited for the GIL in its paints).
CLOUD_REST_S = 0.04
WHEEL_STEP = 120            # one notch; touchpads send many small deltas


def _start_cloud_child(deck) -> None:
    """A deck with a word cloud: start the process that lays clouds out now (it takes
    ~0.3 s), not when the first answer arrives."""
    if any(poll.kind.name == OPEN and poll.kind.show != "wall" for poll in deck.polls):
        APART.start()


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
        renderer = presentation.renderer
        self._cache = SlideCache(renderer, self._device_size())
        # The slide shown, its other poll state, and both states of the two neighbours.
        renderer.layers.capacity = max(renderer.layers.capacity, 8)
        # Word clouds are laid out on the worker: a paint draws the last layout meanwhile.
        renderer.defer_clouds = True
        self.sync_renders = 0           # paints that had to render a slide or layer themselves
        # Neighbours and static layers are rendered on a worker thread; the GUI thread blits.
        self._worker = RenderWorker(renderer.deck, renderer.cache_layers, self)
        self._worker.rendered.connect(self._adopt)
        _start_cloud_child(presentation.deck)
        self._planned_for = None
        # Planning, laying out and painting each take a turn of the GUI loop of their own
        # (presenter/ui/turns.py): a burst of changes plans once, and no turn holds two.
        self._turns = gui_turns()
        self._steps = {"plan": self._plan_renders, "prepare": self._prepare,
                       "paint": self._paint_prepared}
        self._soon("plan")
        self._relaid = self._warmed = False     # steps taken towards the next paint
        self._cloud_done_at = 0.0
        self._cloud_timer = QTimer(self)
        self._cloud_timer.setSingleShot(True)
        self._cloud_timer.timeout.connect(lambda: self._soon("plan"))
        presentation.slide_changed.connect(self._on_slide_changed)
        presentation.room_changed.connect(self._on_room_changed)
        presentation.screen_mode_changed.connect(self._on_screen_mode_changed)
        presentation.join_changed.connect(self._on_room_changed)
        presentation.deck_replaced.connect(self._on_deck_replaced)

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

    def _soon(self, step: str) -> None:
        """`step` ("plan", "prepare" or "paint") on a turn of the GUI loop of its own."""
        self._turns.run(self, step, self._steps[step])

    @Slot(int)
    def _on_slide_changed(self, _n: int) -> None:
        self.update()
        self._soon("plan")

    @Slot()
    def _on_room_changed(self) -> None:
        self._soon("prepare")
        self._soon("plan")        # cheap unless a poll opened, closed or was revealed

    @Slot()
    def _prepare(self) -> None:
        """Lay the slide out for the room as it is now (a new answer's wall, a new cloud),
        then paint it on a later turn of the event loop (`_paint_prepared`): turns of a
        few ms each, with input and timers served in between, rather than one long one."""
        p = self.presentation
        if p.screen_mode == "slide" and self.isVisible():
            p.renderer.scene(p.slide, p.room_view(for_audience=True))
            self._soon("paint")
        else:
            self.update()

    @Slot()
    def _paint_prepared(self) -> None:
        """Paint what `_prepare` laid out, each step towards it in a turn of its own:
        - the room changed again in between (the next answer): lay that out, once;
        - a new word cloud's picture is not drawn yet: draw it (`SlideRenderer.warm`), once;
        then paint on the next turn. Doing a step and the paint in one turn made the GUI
        thread's longest turns; laying out again for every change that came meanwhile
        made votes wait (bench/vote_to_paint.py), so each step is taken once at most and
        the paint then does whatever is left."""
        p = self.presentation
        if p.screen_mode == "slide" and self.isVisible():
            view = p.room_view(for_audience=True)
            renderer = p.renderer
            if not self._relaid and not renderer.has_scene(p.slide, view):
                self._relaid = True
                renderer.scene(p.slide, view)
                self._soon("paint")
                return
            ratio = self.devicePixelRatioF()
            if not self._warmed and renderer.warm(p.slide, view, QRectF(self.rect()),
                                                  QTransform.fromScale(ratio, ratio)):
                self._warmed = True
                self._soon("paint")
                return
        self._relaid = self._warmed = False
        self.repaint()

    @Slot(str)
    def _on_screen_mode_changed(self, _mode: str) -> None:
        self.update()
        self._soon("plan")

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
        a live poll frame is its static layer (rendered by the worker) blitted with the
        live items on top. Whatever is not ready yet is rendered here: late, never wrong."""
        renderer = self.presentation.renderer
        self._cache.resize(self._device_size())
        layers_before, misses_before = renderer.layers.renders, self._cache.misses
        if self._cache.contains(number, view) or not renderer.depends_on_view(number, view):
            image = self._cache.image(number, view)
            painter.setCompositionMode(QPainter.CompositionMode_Source)
            painter.drawImage(QRectF(self.rect()), image)
        else:
            # The renderer paints the letterbox bars black, as on a projector, only where
            # there are bars: filling the whole window first cost ~1 ms a frame for nothing.
            renderer.paint(painter, number, view, QRectF(self.rect()))
        if renderer.layers.renders > layers_before or self._cache.misses > misses_before:
            self.sync_renders += 1
        if renderer.provisional_key() is not None:
            self._soon("plan")        # a cloud to lay out on the worker

    def _device_size(self) -> QSize:
        ratio = self.devicePixelRatioF()
        return QSize(round(self.width() * ratio), round(self.height() * ratio))

    def _layer_size(self) -> QSize | None:
        """The static layers' size in device pixels, as `StaticLayers.blit` will ask for it."""
        ratio = self.devicePixelRatioF()
        pixels = layer_pixels(QTransform.fromScale(ratio, ratio), fit_rect(QRectF(self.rect())))
        return None if pixels is None else pixels.size()

    @Slot()
    def _plan_renders(self) -> None:
        """Tell the worker what to render ahead: the neighbours, the live slides' layers.
        Only when something a plan depends on changed (not on every animation frame)."""
        p = self.presentation
        if p.screen_mode != "slide" or not self.isVisible():
            return
        self._cache.resize(self._device_size())
        view = p.room_view(for_audience=True)
        renderer = p.renderer
        around = [n for n in range(p.slide - 1, p.slide + 3) if 1 <= n <= p.slide_count]
        signature = (p.slide, self._cache.size, self._layer_size(),
                     tuple(LayerKey.of(renderer.slide(n), view) for n in around),
                     tuple(self._cache.key(n, view) for n in around
                           if not renderer.depends_on_view(n, view)))
        pending = renderer.pending_clouds()
        rest = CLOUD_REST_S - (time.perf_counter() - self._cloud_done_at)
        if pending and rest > 0:
            self._cloud_timer.start(max(1, math.ceil(rest * 1000)))
            pending = ()
        signature += (renderer.provisional_key() if pending else None,)
        if signature == self._planned_for:
            return
        self._planned_for = signature
        jobs = render_plan(self._cache, renderer.layers, p.slide, view, self._layer_size())
        # First: the clouds the slide shown waits for (only the layout, on the worker: its
        # scene would cost the worker, and the GIL, the slide's whole text layout again).
        jobs[:0] = [RenderJob("cloud", p.slide, None, 0, 0, request) for request in pending]
        self._worker.plan(jobs)

    @Slot(object, object, object)
    def _adopt(self, job, image, key) -> None:
        """A finished image from the worker: filed if it still fits this window."""
        if job.kind == "cloud":
            self._cloud_done_at = time.perf_counter()
            self.presentation.renderer.drop_provisional()
            self._soon("prepare")
        elif job.kind == "slide":
            if QSize(job.width, job.height) == self._cache.size:
                self._cache.put(key, image)
        elif QSize(job.width, job.height) == self._layer_size():
            self.presentation.renderer.layers.put(key, image)

    @Slot()
    def _on_deck_replaced(self) -> None:
        """The deck was edited: nothing rendered of the old one may be shown again."""
        self._cache.clear()
        self._worker.replace_deck(self.presentation.deck)
        _start_cloud_child(self.presentation.deck)
        self._planned_for = None
        self.setWindowTitle(f"{self.presentation.deck.title} — votedeck")
        self._soon("plan")
        self.update()

    def stop_rendering(self) -> None:
        """Drop pending renders and join the worker thread (before Qt goes away)."""
        self._turns.drop(self)
        self._cloud_timer.stop()
        self._worker.stop()

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
        self._soon("plan")        # the cache is per size: render the neighbours again

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._soon("plan")

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.stop_rendering()
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
