"""Renders slides and static layers on a worker thread, so the GUI thread only blits.

A full slide costs 10-20 ms to render and a poll slide's static layer ~10 ms: on the
GUI thread that is a dropped frame. `RenderWorker` renders them on its own thread
into QImages (painting on a QImage is thread-safe in Qt; on a QPixmap it is not) and
hands each finished image back through a queued signal; the GUI thread files it in
its `SlideCache` or `StaticLayers` and later only blits it.

Nothing mutable is shared with the GUI thread: the worker has its own
`SlideRenderer` of the same (frozen) deck, so its own scenes and static layers; the
text-fit and picture caches are per thread (presenter.render.text, .images); a job
is plain values (slide number, a frozen RoomView, a pixel size, the key the result
is filed under). The GUI thread calls `plan()` and `stop()`; the worker thread only
renders and emits. `stop()` drops the pending jobs and joins the thread after the
one in flight, so nothing renders or emits once it returns.
"""
from __future__ import annotations

import sys
import threading
import time
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter

from presenter.deck.model import Deck
from presenter.render.cloud.keeper import CLOUDS, CloudRequest
from presenter.render.keys import LayerImageKey, LayerKey, SlideKey
from presenter.render.layers import render_layer
from presenter.render.renderer import SlideRenderer, fit_rect
from presenter.render.scene import Scene
from presenter.render.theme import HEIGHT, WIDTH
from presenter.render.view import RoomView

IDLE_CHECK_S = 0.5      # how often an idle worker checks that the program and its window live


class RenderJob(NamedTuple):
    """One image to render. `kind` "slide": the whole slide at `width` x `height`, filed
    under `key` in the SlideCache; "layer": the static layer of a live slide at that
    pixel size, filed under a `LayerImageKey` of `key` in StaticLayers; "cloud": no
    image, the word cloud `key` (a CloudRequest) made by presenter/render/cloud/keeper.py,
    handed back as None under `key`."""

    kind: str
    number: int
    view: RoomView | None
    width: int
    height: int
    key: SlideKey | LayerKey | CloudRequest


def _ident(job: RenderJob) -> tuple:
    """What makes two jobs the same image (a RoomView itself is not hashable)."""
    return job.kind, job.number, job.width, job.height, job.key


class RenderWorker(QObject):
    """One worker thread rendering `RenderJob`s, newest plan first."""

    # payload: (RenderJob, QImage, the key to file it under); delivered on the GUI thread
    rendered = Signal(object, object, object)

    def __init__(self, deck: Deck, cache_layers: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        # The worker's own renderer: used on the worker thread only.
        self._renderer = self._own_renderer(deck, cache_layers)
        # And paint once here, small: PySide6 creates some Python enum types lazily on
        # their first use, which is not thread-safe; a first paint on both threads at
        # once crashed (seen when a window shows its first slide as the worker starts).
        self._renderer.render_image(1, None, QSize(32, 18))
        self._cond = threading.Condition()
        self._jobs: list[RenderJob] = []
        self._busy: RenderJob | None = None
        self._stopping = False
        self.completed = 0              # images handed back (tests and benchmarks read it)
        self.failed = 0
        # Started by the first plan(): a window that is never shown never owns a thread.
        self._thread = threading.Thread(target=self._run, name="votedeck-render")

    # ------------------------------------------------------------ GUI thread

    def plan(self, jobs: list[RenderJob]) -> None:
        """Render these, in this order, instead of whatever was still pending (the slide
        changed: the old neighbours do not matter any more)."""
        with self._cond:
            if self._stopping:
                return
            seen = {_ident(self._busy)} if self._busy is not None else set()
            self._jobs = []
            for job in jobs:
                if _ident(job) not in seen:
                    seen.add(_ident(job))
                    self._jobs.append(job)
            self._cond.notify()
            if not self._thread.is_alive() and self._thread.ident is None:
                self._thread.start()

    def replace_deck(self, deck: Deck) -> None:
        """Render `deck` from the next job on (it was edited while shown): pending jobs are
        dropped, and the image of a job in flight for the old deck is never handed back."""
        renderer = self._own_renderer(deck, self._renderer.cache_layers)
        with self._cond:
            self._jobs.clear()
            self._renderer = renderer

    @staticmethod
    def _own_renderer(deck: Deck, cache_layers: bool) -> SlideRenderer:
        renderer = SlideRenderer(deck, cache_layers=cache_layers)
        renderer.layers.capacity = 3
        renderer.layers.yield_gil = True     # a live slide's whole render, too
        # Load the bundled fonts here, on the GUI thread: adding application fonts while
        # another thread draws text crashes Qt.
        renderer.context(False)
        renderer.context(True)
        return renderer

    def idle(self) -> bool:
        with self._cond:
            return not self._jobs and self._busy is None

    def stop(self, timeout_s: float = 10.0) -> None:
        """Drop pending jobs, let the one in flight finish, join the thread. Safe twice."""
        with self._cond:
            self._stopping = True
            self._jobs.clear()
            self._cond.notify()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    # ------------------------------------------------------------ worker thread

    def _next_job(self) -> RenderJob | None:
        with self._cond:
            while not self._jobs and not self._stopping:
                self._cond.wait(IDLE_CHECK_S)
                # The program is exiting, or the window was deleted, without stop().
                if not threading.main_thread().is_alive() or not shiboken6.isValid(self):
                    self._stopping = True
            if self._stopping:
                return None
            self._busy = self._jobs.pop(0)
            return self._busy

    def _run(self) -> None:
        while (job := self._next_job()) is not None:
            with self._cond:
                renderer = self._renderer
            try:
                result = self._render(renderer, job)
            except Exception as error:  # noqa: BLE001 - the GUI thread renders it itself then
                self.failed += 1
                print(f"votedeck: slide {job.number} could not be rendered ahead ({error}); "
                      "it is drawn when shown.", file=sys.stderr, flush=True)
                result = None
            with self._cond:
                self._busy = None
                if self._stopping:
                    return
                if result is not None and renderer is self._renderer:
                    # Under the lock, so stop() cannot return between the check and the emit.
                    try:
                        self.rendered.emit(job, *result)
                    except RuntimeError:    # the QObject was deleted without stop()
                        return
                    self.completed += 1

    @staticmethod
    def _render(renderer: SlideRenderer,
                job: RenderJob) -> tuple[QImage | None, SlideKey | LayerImageKey | CloudRequest] | None:
        if job.kind == "cloud":
            CLOUDS.make(job.key)
            return None, job.key
        if job.kind == "slide":
            scene = renderer.scene(job.number, job.view)
            if scene.live and renderer.cache_layers:
                size = QSize(job.width, job.height)
                return renderer.render_image(job.number, job.view, size), job.key
            return _paint_yielding(scene, job.width, job.height), job.key
        scene = renderer.scene(job.number, job.view)
        if not scene.live:
            return None                 # painted whole, never from a layer
        image = render_layer(scene, job.width, job.height, yield_gil=True)
        return image, LayerImageKey(job.key, scene.static_key, job.width, job.height)


def _paint_yielding(scene: Scene, width: int, height: int) -> QImage:
    """What `SlideRenderer.render_image` paints for a slide without a static layer, item by
    item with the GIL handed over in between (PySide6 holds it through each QPainter
    call; the GUI thread waiting for it should wait one item, not 5 ms)."""
    image = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.black)
    target = QRectF(0, 0, width, height)
    inner = fit_rect(target)
    painter = QPainter(image)
    try:
        if inner != target:
            painter.fillRect(target, Qt.black)
        painter.translate(inner.topLeft())
        painter.scale(inner.width() / WIDTH, inner.height() / HEIGHT)
        painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT))
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.TextAntialiasing, True)
        for item in scene.items + scene.live:
            item(painter)
            time.sleep(0)
    finally:
        painter.end()
    return image
