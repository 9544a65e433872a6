"""The audience window: the mouse steps through slides, the cursor hides when
still, and what it paints is the renderer's slide (voting off here)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.presenter.ui_support import SLIDES, make_presentation


@pytest.fixture
def window(qtbot, tmp_path):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter

    presentation = make_presentation(tmp_path, voting=False)
    router = KeyRouter(presentation, confirm_reset=lambda w: False)
    w = AudienceWindow(presentation, router)
    qtbot.addWidget(w)
    w.resize(960, 540)
    w.show()
    qtbot.waitExposed(w)
    yield w
    presentation.shutdown()


def _wheel(window, dy: int) -> None:
    centre = QPointF(window.width() / 2, window.height() / 2)
    event = QWheelEvent(centre, window.mapToGlobal(centre), QPoint(0, 0), QPoint(0, dy),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(window, event)


def test_click_is_next_and_stops_at_the_end(qtbot, window):
    p = window.presentation
    for _ in range(SLIDES + 2):
        qtbot.mouseClick(window, Qt.LeftButton)
    assert p.slide == SLIDES


def test_wheel_down_next_wheel_up_previous(qtbot, window):
    p = window.presentation
    _wheel(window, -120)
    _wheel(window, -120)
    assert p.slide == 3
    _wheel(window, 120)
    assert p.slide == 2
    # A touchpad's small deltas add up to one step, not one step each.
    for _ in range(3):
        _wheel(window, -40)
    assert p.slide == 3
    for _ in range(5):
        _wheel(window, 120)
    assert p.slide == 1


def test_cursor_hides_when_still_and_returns_on_move(qtbot, window):
    assert not window.cursor_hidden
    qtbot.waitUntil(lambda: window.cursor_hidden, timeout=3500)
    qtbot.mouseMove(window, QPoint(100, 100))
    qtbot.mouseMove(window, QPoint(120, 110))
    assert not window.cursor_hidden
    assert window._cursor_timer.isActive()
    assert window._cursor_timer.interval() == 2000


def test_paints_the_renderers_slide(qtbot, window):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from presenter.render.renderer import SlideRenderer

    p = window.presentation
    p.go_to(2)
    shown = window.grab().toImage().convertToFormat(QImage.Format_RGB32)
    expected = QImage(shown.size(), QImage.Format_RGB32)
    expected.fill(Qt.black)
    painter = QPainter(expected)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    SlideRenderer(p.deck).paint(painter, 2, p.room_view(for_audience=True),
                                QRectF(0, 0, shown.width(), shown.height()))
    painter.end()
    assert shown == expected
    p.go_to(1)
    assert window.grab().toImage().convertToFormat(QImage.Format_RGB32) != expected


def test_slide_change_repaints_once(qtbot, window):
    p = window.presentation
    qtbot.wait(50)
    before = window.paint_count
    with qtbot.waitSignal(window.painted, timeout=1000):
        p.next()
    qtbot.wait(100)
    assert window.paint_count - before == 1


def test_neighbours_are_prerendered_so_the_next_slide_is_a_blit(qtbot, window):
    p = window.presentation
    p.go_to(2)
    view = p.room_view(for_audience=True)
    qtbot.waitUntil(lambda: window._cache.contains(3, view) and window._cache.contains(1, view),
                    timeout=3000)
    hits = window._cache.hits
    with qtbot.waitSignal(window.painted, timeout=1000):
        p.next()
    assert window._cache.hits == hits + 1


def _expected(window, number: int):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from presenter.render.renderer import SlideRenderer

    p = window.presentation
    size = window.grab().size()
    expected = QImage(size, QImage.Format_RGB32)
    expected.fill(Qt.black)
    painter = QPainter(expected)
    SlideRenderer(p.deck).paint(painter, number, p.room_view(for_audience=True),
                                QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return expected


def test_a_slide_not_rendered_ahead_is_still_painted_right(qtbot, window):
    from PySide6.QtGui import QImage

    window.stop_rendering()             # nothing will come from the worker
    p = window.presentation
    before = window.sync_renders
    p.go_to(5)
    shown = window.grab().toImage().convertToFormat(QImage.Format_RGB32)
    assert window.sync_renders > before
    assert shown == _expected(window, 5)


def test_closing_stops_the_worker_with_renders_pending(qtbot, window):
    from presenter.render.worker import RenderJob

    p = window.presentation
    view = p.room_view(for_audience=True)
    window._worker.plan([RenderJob("slide", n, view, 1920, 1080, ("pending", n))
                         for n in range(1, SLIDES + 1)] * 3)
    window.close()
    assert not window._worker._thread.is_alive()
    window._worker.plan([RenderJob("slide", 1, view, 64, 36, ("late", 1))])
    assert window._worker.idle()        # a stopped worker takes no more work


def test_a_window_deleted_without_closing_lets_its_worker_thread_end(qtbot, tmp_path):
    import shiboken6

    from presenter.ui.audience_window import AudienceWindow

    presentation = make_presentation(tmp_path, voting=False)
    w = AudienceWindow(presentation)
    w.show()
    qtbot.waitExposed(w)
    thread = w._worker._thread
    qtbot.waitUntil(lambda: thread.is_alive() and w._worker.idle(), timeout=5000)
    shiboken6.delete(w)                 # no closeEvent: the worker must notice by itself
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=3000)
    presentation.shutdown()


def test_a_window_never_shown_starts_no_thread(qtbot, tmp_path):
    from presenter.ui.audience_window import AudienceWindow

    presentation = make_presentation(tmp_path, voting=False)
    w = AudienceWindow(presentation)
    qtbot.addWidget(w)
    assert not w._worker._thread.is_alive()
    presentation.shutdown()


@pytest.fixture
def voting_window(qtbot, tmp_path):
    from presenter.ui.audience_window import AudienceWindow

    presentation = make_presentation(tmp_path, voting=True)
    w = AudienceWindow(presentation)
    qtbot.addWidget(w)
    w.resize(960, 540)
    w.show()
    qtbot.waitExposed(w)
    yield w
    presentation.shutdown()


def test_the_next_poll_slides_open_layer_is_built_ahead(qtbot, voting_window):
    from PySide6.QtGui import QImage

    from tests.presenter.ui_support import POLL_SLIDE

    window = voting_window
    p = window.presentation
    p.go_to(POLL_SLIDE - 1)
    qtbot.waitUntil(lambda: window._worker.completed > 0 and window._worker.idle(), timeout=10000)
    renders, synced = p.renderer.layers.renders, window.sync_renders
    p.go_to(POLL_SLIDE)                 # the server opens the poll: an open static layer
    poll_id = p.current_poll().id
    qtbot.waitUntil(lambda: p.tally(poll_id) is not None and p.tally(poll_id).open, timeout=5000)
    qtbot.waitUntil(lambda: p.room_view(True).poll(poll_id).open, timeout=5000)
    shown = window.grab().toImage().convertToFormat(QImage.Format_RGB32)
    assert p.renderer.layers.renders == renders and window.sync_renders == synced
    assert shown == _expected(window, POLL_SLIDE)
