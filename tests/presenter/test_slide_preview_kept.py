"""The console's slide preview draws the slide once per slide, room and size: repainted
for its neighbours' sake (the console's panels change twice a second while answers
arrive) it copies what it drew; a changed room or size draws it again. While the room
changes faster than it is laid out, the preview draws the room's newest laid-out look
(no layout of its own on the GUI thread), then catches up with the room's own.
The real renderer on the test deck; its paints and layouts counted."""
from __future__ import annotations

from types import MappingProxyType

from presenter.deck.parser import load_deck
from presenter.render.keys import SlideKey
from presenter.render.renderer import SlideRenderer
from presenter.render.view import PollView, RoomView
from presenter.ui.console.slide_preview import CATCH_UP_MS, SlidePreview
from tests.presenter.ui_support import POLL_SLIDE, write_deck


class CountingRenderer(SlideRenderer):
    """The real renderer, counting what it paints and what it lays out."""

    def __init__(self, deck):
        super().__init__(deck)
        self.paints = 0
        self.layouts = 0

    def paint(self, *args, **kwargs):
        self.paints += 1
        return super().paint(*args, **kwargs)

    def _build(self, *args):
        self.layouts += 1
        return super()._build(*args)


def _view(votes: int) -> RoomView:
    poll = PollView(counts=MappingProxyType({"agree": float(votes)}), voters=votes, open=True,
                    results_visible=True)
    return RoomView(polls=MappingProxyType({"first-poll": poll}))


def _preview(qtbot, tmp_path):
    renderer = CountingRenderer(load_deck(write_deck(tmp_path)))
    preview = SlidePreview(renderer)
    qtbot.addWidget(preview)
    preview.resize(480, 270)
    preview.show()
    qtbot.waitExposed(preview)
    return renderer, preview


def test_the_slide_is_drawn_once_per_slide_room_and_size(qtbot, tmp_path):
    renderer, preview = _preview(qtbot, tmp_path)
    preview.set_slide(POLL_SLIDE, _view(3))
    preview.grab()
    drawn = renderer.paints
    assert drawn >= 1
    preview.set_slide(POLL_SLIDE, _view(3))     # an equal room, a new object: as every refresh makes
    preview.grab()                              # a repaint for the console's sake
    assert renderer.paints == drawn
    renderer.scene(POLL_SLIDE, _view(4))        # a vote, laid out by the room's window
    preview.set_slide(POLL_SLIDE, _view(4))     # drawn again, a turn later (its cloud, if any, first)
    qtbot.waitUntil(lambda: renderer.paints == drawn + 1)
    preview.resize(640, 360)                    # another size: drawn again
    preview.grab()
    assert renderer.paints == drawn + 2


def test_a_room_not_laid_out_yet_draws_its_newest_laid_out_look_then_catches_up(qtbot, tmp_path):
    renderer, preview = _preview(qtbot, tmp_path)
    preview.set_slide(POLL_SLIDE, _view(1))
    preview.grab()
    renderer.scene(POLL_SLIDE, _view(2))        # the room's window laid out the next vote
    layouts = renderer.layouts
    preview.set_slide(POLL_SLIDE, _view(3))     # and the room has moved on again
    slide = renderer.slide(POLL_SLIDE)
    qtbot.waitUntil(lambda: preview._kept.key == SlideKey.of(slide, _view(2)))
    assert renderer.layouts == layouts          # nothing laid out for the preview
    preview.grab()                              # repainted for the console's sake: no layout either
    assert renderer.layouts == layouts and preview._kept.key == SlideKey.of(slide, _view(2))
    renderer.scene(POLL_SLIDE, _view(3))        # the room's window reaches it
    qtbot.waitUntil(lambda: preview._kept.key == SlideKey.of(slide, _view(3)),
                    timeout=CATCH_UP_MS * 5)
    assert renderer.layouts == layouts + 1      # the room's own layout, not the preview's


def test_a_room_no_window_lays_out_is_drawn_after_its_last_change(qtbot, tmp_path):
    renderer, preview = _preview(qtbot, tmp_path)
    preview.set_slide(POLL_SLIDE, _view(1))
    preview.grab()
    preview.set_slide(POLL_SLIDE, _view(2))     # no audience window lays this out
    preview.grab()
    slide = renderer.slide(POLL_SLIDE)
    qtbot.wait(CATCH_UP_MS // 2)
    assert preview._kept.key == SlideKey.of(slide, _view(1))
    qtbot.waitUntil(lambda: preview._kept.key == SlideKey.of(slide, _view(2)),
                    timeout=CATCH_UP_MS * 5)
