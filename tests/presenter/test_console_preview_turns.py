"""The console's "now" preview while answers arrive, beside the real audience window:
it lays out nothing of its own and draws no cloud picture in a paint (the room's
window lays each look out; a new cloud's picture is drawn in a turn of its own), and
after the last answer it shows the room's own look, every word of the cloud in it.
The real server on 127.0.0.1 port 0, ShowController, AudienceWindow and ConsoleWindow."""
from __future__ import annotations

import gc
import threading

from presenter.render.keys import SlideKey
from tests.presenter.test_cloud_off_gui_thread import WORDS
from tests.presenter.test_live_kinds import OPEN, _post, _show
from tests.presenter.ui_support import Phone


def test_the_now_preview_follows_answers_without_layout_or_cloud_in_a_paint(qtbot, kinds, monkeypatch):
    from presenter.render.layouts import cloud
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.console.slide_preview import SlidePreview

    painting = [False]
    built_in_preview: list[int] = []
    pictures: list[bool] = []       # per cloud picture drawn on the GUI thread: in a preview's paint?
    paint, build, draw_words = SlidePreview.paintEvent, SlideRenderer._build, cloud._draw_words

    def noted_paint(self, event):
        painting[0] = True
        try:
            paint(self, event)
        finally:
            painting[0] = False

    def noted_build(self, slide, view):
        if painting[0]:
            built_in_preview.append(slide.number)
        return build(self, slide, view)

    def noted_words(p, *args):
        if threading.current_thread() is threading.main_thread():
            pictures.append(painting[0])
        return draw_words(p, *args)
    monkeypatch.setattr(SlidePreview, "paintEvent", noted_paint)
    monkeypatch.setattr(SlideRenderer, "_build", noted_build)
    monkeypatch.setattr(cloud, "_draw_words", noted_words)
    window = AudienceWindow(kinds)
    window.resize(960, 540)
    window.show()
    console = ConsoleWindow(kinds, None)
    console.resize(1366, 768)
    console.show()
    qtbot.waitExposed(console)
    try:
        _show(qtbot, kinds, OPEN)
        qtbot.waitUntil(lambda: kinds.renderer.provisional_key() is None, timeout=5000)
        qtbot.wait(800)                 # the first frames: the slide is new, drawn at once
        built_in_preview.clear()
        pictures.clear()
        for n, word in enumerate(WORDS, start=1):
            _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": word})
            qtbot.waitUntil(lambda n=n: kinds.tally("words").answer_count == n, timeout=5000)
            qtbot.wait(150)             # faster than the console follows: it draws what is laid out
        room = kinds.room_view(for_audience=True)
        own = SlideKey.of(kinds.renderer.slide(OPEN), room)
        qtbot.waitUntil(lambda: console.current._kept.key == own, timeout=5000)
        assert built_in_preview == [], built_in_preview
        assert pictures and not any(pictures), pictures
        words = {box.text for box in kinds.renderer.scene(OPEN, room).boxes if box.kind == "cloud-word"}
        assert {w.lower() for w in WORDS} <= {w.lower() for w in words}
    finally:
        console.close()
        window.close()
        window.deleteLater()
        gc.collect()
