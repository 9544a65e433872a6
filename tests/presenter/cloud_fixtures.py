"""Answers and a slide for the word cloud's tests and benchmark: 40 Danish answers to
"Hvad forbinder I med innovation?", as a room of municipal leaders would type them."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from presenter.render.cloud.keeper import lay_out
from presenter.render.cloud.words import RunningCount, WordCount
from presenter.render.layers import render_layer
from presenter.render.layouts import frame
from presenter.render.layouts.cloud import cloud_area, draw_layout
from presenter.render.renderer import SlideRenderer
from presenter.render.scene import Scene
from presenter.render.theme import FOOTER_Y, HEIGHT, MARGIN_X, WIDTH

QUESTION = "Hvad forbinder I med innovation?"

DANISH_ANSWERS = (
    "Samarbejde", "Nye ideer", "samarbejde med borgerne", "Mod!", "Tid og ressourcer",
    "Forandring", "Vi har et godt samarbejde med borgerne", "nytænkning", "Mod og tillid",
    "Borgerinddragelse", "Kreativitet 💡", "Forandring, forandring", "tværfagligt-samarbejde",
    "Risiko", "Ledelse", "Nye løsninger på gamle problemer", "Tillid", "Samskabelse",
    "Frihed til at fejle", "Mere bureaukrati?", "Eksperimenter", "Tid!!", "Samarbejde på tværs",
    "Nysgerrighed", "Velfærdsteknologi", "Ledelse og mod", "Fællesskab", "Læring",
    "Forandring og uro", "Borgerne i centrum", "Nye ideer", "Tillid og frihed", "Kreativitet",
    "Digitalisering", "Medarbejderinddragelse", "Åbenhed", "Ressourcer", "Mod", "Økonomi",
    "Samskabelse med civilsamfundet",
)


def count_words(answers, language: str) -> tuple[WordCount, ...]:
    """A whole set of answers counted at once (what a poll's RunningCount gives for them)."""
    return RunningCount(language).count(tuple(answers))


def draw_cloud(ctx, scene: Scene, box: QRectF, entries, previous=None):
    """Lay the cloud out for `box` (from `previous`, if given) and draw it; the layout."""
    area = cloud_area(box)
    layout = lay_out(ctx.family, area.width(), area.height(), entries, previous)
    draw_layout(ctx, scene, box, layout)
    return layout


def cloud_box() -> QRectF:
    return QRectF(MARGIN_X, 300, WIDTH - 2 * MARGIN_X, FOOTER_Y - 40 - 300)


def cloud_slide(renderer: SlideRenderer, entries, previous=None) -> tuple[Scene, object]:
    """The word cloud on a slide: background, the question as a heading, the cloud under it.
    (The open-text layout of issue 13 does this; here it stands in for it.)"""
    ctx = renderer.context(False)
    scene = Scene(ctx.palette.background, ctx.family)
    frame.background(ctx, scene)
    from presenter.deck.model import Span
    frame.heading(ctx, scene, (Span(QUESTION),))
    layout = draw_cloud(ctx, scene, cloud_box(), entries, previous)
    return scene, layout


def render_png(scene: Scene, width: int = WIDTH, height: int = HEIGHT) -> QImage:
    return render_layer(scene, width, height)


class PaintWork:
    """What the GUI thread does inside `widget_class.paintEvent` while answers arrive:
    `built`, the slides laid out in a paint; `pictures`, per cloud picture drawn on the
    GUI thread, whether a paint drew it. Both empty of True is one step a turn."""

    def __init__(self, monkeypatch, widget_class):
        import threading

        from presenter.render.layouts import cloud

        self.built: list[int] = []
        self.pictures: list[bool] = []
        painting = [False]
        paint, build, draw_words = widget_class.paintEvent, SlideRenderer._build, cloud._draw_words

        def noted_paint(widget, event):
            painting[0] = True
            try:
                paint(widget, event)
            finally:
                painting[0] = False

        def noted_build(renderer, slide, view):
            if painting[0]:
                self.built.append(slide.number)
            return build(renderer, slide, view)

        def noted_words(painter, *args):
            if threading.current_thread() is threading.main_thread():
                self.pictures.append(painting[0])
            return draw_words(painter, *args)
        monkeypatch.setattr(widget_class, "paintEvent", noted_paint)
        monkeypatch.setattr(SlideRenderer, "_build", noted_build)
        monkeypatch.setattr(cloud, "_draw_words", noted_words)

    def clear(self) -> None:
        self.built.clear()
        self.pictures.clear()
