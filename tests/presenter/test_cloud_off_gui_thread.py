"""The word cloud on the real audience window while answers arrive over HTTP: every
layout is made on the render worker, never on the GUI thread, and the window ends
up showing the cloud of every answer (the real server on 127.0.0.1 port 0, SQLite in
tmp_path, the real ShowController, AudienceWindow and RenderWorker, offscreen)."""
from __future__ import annotations

import gc
import threading

import pytest

from tests.presenter.cloud_fixtures import PaintWork
from tests.presenter.test_live_kinds import OPEN, _post, _show
from tests.presenter.ui_support import Phone

WORDS = ("Tillid", "Samskabelse", "Borgerne", "Modet", "Tværfagligt", "Æblerne", "Økonomi")


@pytest.fixture
def shown(qtbot, kinds):
    """The kinds deck (tests/presenter/conftest.py) in a real audience window."""
    from presenter.ui.audience_window import AudienceWindow

    window = AudienceWindow(kinds)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    yield kinds, window
    window.close()
    window.deleteLater()
    gc.collect()


def _cloud_words(presentation) -> set[str]:
    scene = presentation.renderer.scene(presentation.slide, presentation.room_view(for_audience=True))
    return {box.text for box in scene.boxes if box.kind == "cloud-word"}


def test_clouds_are_laid_out_on_the_worker_and_the_window_catches_up(qtbot, shown, monkeypatch):
    from presenter.render.cloud.keeper import CLOUDS

    presentation, window = shown
    made_on: list[str] = []
    make = CLOUDS.make

    def noted(request):
        made_on.append(threading.current_thread().name)
        return make(request)
    monkeypatch.setattr(CLOUDS, "make", noted)
    _show(qtbot, presentation, OPEN)
    for word in WORDS:
        _post(Phone(presentation.join.url), "/api/answer", {"poll": "words", "text": f"{word}!"})
    wanted = {w.casefold() for w in WORDS}
    qtbot.waitUntil(lambda: presentation.tally("words").answer_count == len(WORDS), timeout=5000)
    qtbot.waitUntil(lambda: _cloud_words(presentation) == wanted
                    and presentation.renderer.provisional_key() is None, timeout=10000)
    assert made_on, "no cloud was laid out"
    assert "MainThread" not in made_on, made_on
    assert set(made_on) == {"votedeck-render"}
    # And the worker had them laid out in the child process, off the GIL (apart.py).
    from presenter.render.cloud.apart import APART
    assert APART.ready(30) is True


def test_a_new_answer_is_laid_out_in_one_turn_and_painted_in_the_next(qtbot, kinds, monkeypatch):
    """The wall's text layout, a new cloud's picture and the paint are turns of their own:
    a paint that laid the slide out or drew the cloud's words too was the GUI thread's
    longest turn (bench/answer_to_wall.py)."""
    from presenter.ui.audience_window import AudienceWindow

    work = PaintWork(monkeypatch, AudienceWindow)
    window = AudienceWindow(kinds)
    window.resize(960, 540)
    window.show()
    qtbot.waitExposed(window)
    try:
        _show(qtbot, kinds, OPEN)
        qtbot.waitUntil(lambda: kinds.renderer.provisional_key() is None, timeout=5000)
        qtbot.wait(200)
        work.clear()
        for n, word in enumerate(WORDS, start=1):
            paints = window.paint_count
            _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": word})
            qtbot.waitUntil(lambda n=n, paints=paints: kinds.tally("words").answer_count == n
                            and window.paint_count > paints, timeout=5000)
        qtbot.waitUntil(lambda: kinds.renderer.provisional_key() is None, timeout=10000)
        qtbot.wait(300)                 # the last cloud's picture and paint
        assert work.built == [], work.built
        assert work.pictures and not any(work.pictures), work.pictures
    finally:
        window.close()
        window.deleteLater()
        gc.collect()
