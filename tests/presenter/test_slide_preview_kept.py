"""The console's slide preview draws the slide once per slide, room and size: repainted
for its neighbours' sake (the console's panels change 5 times a second while answers
arrive) it copies what it drew; a changed room or size draws it again."""
from __future__ import annotations

from types import MappingProxyType

from PySide6.QtGui import QColor

from presenter.render.view import PollView, RoomView
from presenter.ui.console.slide_preview import SlidePreview


class CountingRenderer:
    """What SlidePreview needs of a renderer: `paint`; it fills the slide red."""

    def __init__(self):
        self.paints = 0

    def paint(self, painter, slide, view, rect):
        self.paints += 1
        painter.fillRect(rect, QColor("red"))


def _view(votes: int) -> RoomView:
    poll = PollView(counts=MappingProxyType({"agree": float(votes)}), voters=votes, open=True,
                    results_visible=True)
    return RoomView(polls=MappingProxyType({"p1": poll}))


def test_the_slide_is_drawn_once_per_slide_room_and_size(qtbot):
    renderer = CountingRenderer()
    preview = SlidePreview(renderer)
    qtbot.addWidget(preview)
    preview.resize(480, 270)
    preview.show()
    qtbot.waitExposed(preview)
    preview.set_slide(2, _view(3))
    preview.grab()
    drawn = renderer.paints
    assert drawn >= 1
    preview.set_slide(2, _view(3))      # an equal room, a new object: as every refresh makes
    image = preview.grab().toImage()    # a repaint for the console's sake
    assert renderer.paints == drawn
    assert image.pixelColor(240, 135) == QColor("red")
    preview.set_slide(2, _view(4))      # a vote: drawn again
    preview.grab()
    assert renderer.paints == drawn + 1
    preview.resize(640, 360)            # another size: drawn again
    preview.grab()
    assert renderer.paints == drawn + 2
