"""The room's join slide and Q overlay while the talk runs without a join code, on the real
thing: the real ShowController (with the real server on loopback where there is one) and
the real audience window. Voting switched off (`votedeck --no-voting`) or stopped mid-talk,
the room reads that voting is not available right now, never that the code and the address
"appear here while the talk runs": the talk is running. Only while voting starts is that
sentence true. What the window shows is checked by its pixels against the renderer's own
draw of each sentence, and what the window laid out by its boxes."""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSize, Qt

from common.words import WORDS
from presenter.render.view import RoomView
from tests.presenter.test_phone_join_image import JOIN_DECK, JOIN_SLIDE
from tests.presenter.test_phone_poll_image import DIFFERENT, SAME, _difference
from tests.presenter.ui_support import make_presentation

NOT_AVAILABLE = WORDS["da"]["slide.voting_down"]
QR_LATER = WORDS["da"]["slide.qr_later"]
SIZE = QSize(960, 540)


@pytest.fixture
def room(qtbot):
    """A function that shows a ShowController in the real audience window (with its keys)."""
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter

    shown = []

    def show(presentation):
        window = AudienceWindow(presentation, KeyRouter(presentation))
        window.resize(SIZE)
        window.show()
        qtbot.waitExposed(window)
        shown.append((presentation, window))
        return window

    yield show
    for presentation, window in shown:
        window.stop_rendering()
        window.close()
        window.deleteLater()
        presentation.shutdown()
    gc.collect()


def _window_says(window, sentence: str) -> None:
    """The audience window laid out `sentence` as the join screen's muted line, no code and
    no address, and its pixels there are that sentence, not the other one."""
    from presenter.render.renderer import SlideRenderer

    presentation = window.presentation
    view = presentation.room_view(for_audience=True)
    boxes = list(presentation.renderer.scene(presentation.slide, view).boxes)
    assert [b.text for b in boxes if b.kind == "note"] == [sentence]
    assert not any(b.kind in ("qr", "url") for b in boxes)
    note = next(b for b in boxes if b.kind == "note").needed
    # The same screen with the other sentence: voting starting, or voting off.
    other = RoomView(voting_off=sentence == QR_LATER, show_join_overlay=view.show_join_overlay)
    reference = SlideRenderer(presentation.deck, cache_layers=False)
    shown = window.grab().toImage()
    assert _difference(shown, reference.render_image(presentation.slide, view, SIZE), note) < SAME
    assert _difference(shown, reference.render_image(presentation.slide, other, SIZE),
                       note) > DIFFERENT, "the window shows the other sentence"


def _overlay_on(qtbot, window) -> None:
    """Q over an ordinary slide."""
    window.presentation.go_to(1)
    qtbot.keyClick(window, Qt.Key_Q)
    assert window.presentation.show_join_overlay


def test_without_voting_the_join_slide_and_q_say_voting_is_not_available(qtbot, tmp_path, room):
    presentation = make_presentation(tmp_path, voting=False, deck_text=JOIN_DECK)
    window = room(presentation)
    presentation.go_to(JOIN_SLIDE)
    _window_says(window, NOT_AVAILABLE)
    _overlay_on(qtbot, window)
    _window_says(window, NOT_AVAILABLE)


def test_when_voting_stops_mid_talk_the_code_gives_way_to_the_sentence(qtbot, tmp_path, room):
    presentation = make_presentation(tmp_path, deck_text=JOIN_DECK)
    assert presentation.server is not None, presentation.voting_error
    window = room(presentation)
    presentation.go_to(JOIN_SLIDE)
    window.grab()                       # the code is drawn (and cached) first
    view = presentation.room_view(for_audience=True)
    assert any(b.kind == "qr" for b in presentation.renderer.scene(JOIN_SLIDE, view).boxes)
    with qtbot.waitSignal(presentation.server_failed, timeout=5000):
        presentation.server._process.kill()          # the server's process ends on its own
    assert presentation.server is None and presentation.voting_down
    _window_says(window, NOT_AVAILABLE)
    _overlay_on(qtbot, window)
    _window_says(window, NOT_AVAILABLE)


def test_while_voting_starts_the_room_reads_where_the_code_will_appear(qtbot, tmp_path, room):
    """The app shows the first slide before it starts voting: for that moment the sentence
    about the code appearing is true; then the code comes."""
    presentation = make_presentation(tmp_path, deck_text=JOIN_DECK, start=False)
    window = room(presentation)
    presentation.go_to(JOIN_SLIDE)
    assert presentation.server is None and not presentation.voting_down
    _window_says(window, QR_LATER)
    assert presentation.start_server(), presentation.voting_error
    view = presentation.room_view(for_audience=True)
    kinds = {b.kind for b in presentation.renderer.scene(JOIN_SLIDE, view).boxes}
    assert "qr" in kinds and "note" not in kinds
