"""The console's "now" preview while answers arrive, beside the real audience window:
it lays out nothing of its own and draws no cloud picture in a paint (the room's
window lays each look out; a new cloud's picture is drawn in a turn of its own), and
after the last answer it shows the room's own look, every word of the cloud in it.
The real server on 127.0.0.1 port 0, ShowController, AudienceWindow and ConsoleWindow."""
from __future__ import annotations

import gc

from presenter.render.keys import SlideKey
from tests.presenter.cloud_fixtures import PaintWork
from tests.presenter.test_cloud_off_gui_thread import WORDS
from tests.presenter.test_live_kinds import OPEN, _post, _show
from tests.presenter.ui_support import Phone


def test_the_now_preview_follows_answers_without_layout_or_cloud_in_a_paint(qtbot, kinds, monkeypatch):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.console.slide_preview import SlidePreview

    work = PaintWork(monkeypatch, SlidePreview)
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
        work.clear()
        for n, word in enumerate(WORDS, start=1):
            _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": word})
            qtbot.waitUntil(lambda n=n: kinds.tally("words").answer_count == n, timeout=5000)
            qtbot.wait(150)             # faster than the console follows: it draws what is laid out
        room = kinds.room_view(for_audience=True)
        own = SlideKey.of(kinds.renderer.slide(OPEN), room)
        qtbot.waitUntil(lambda: console.current._kept.key == own, timeout=5000)
        assert work.built == [], work.built
        assert work.pictures and not any(work.pictures), work.pictures
        words = {box.text for box in kinds.renderer.scene(OPEN, room).boxes if box.kind == "cloud-word"}
        assert {w.lower() for w in WORDS} <= {w.lower() for w in words}
    finally:
        console.close()
        window.close()
        window.deleteLater()
        gc.collect()
