"""Every presenter key, in the real audience window, with the real deck parser and
renderer (voting off here: test_live drives the keys that talk to the server)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.presenter.ui_support import POLL_SLIDE, SLIDES, make_presentation


@pytest.fixture
def show(qtbot, tmp_path):
    from presenter.ui.app import wire_audience
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter

    presentation = make_presentation(tmp_path, voting=False)
    resets = []
    router = KeyRouter(presentation, confirm_reset=lambda window: resets.append(window) or True)
    window = AudienceWindow(presentation, router)
    qtbot.addWidget(window)
    wire_audience(router, window, QApplication.instance())
    window.show()
    qtbot.waitExposed(window)
    yield presentation, router, window
    presentation.shutdown()


@pytest.mark.parametrize("key", [Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space,
                                 Qt.Key_Return, Qt.Key_Enter, Qt.Key_N])
def test_next_keys(qtbot, show, key):
    presentation, _, window = show
    qtbot.keyClick(window, key)
    assert presentation.slide == 2


@pytest.mark.parametrize("key", [Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace,
                                 Qt.Key_P])
def test_previous_keys(qtbot, show, key):
    presentation, _, window = show
    presentation.go_to(4)
    qtbot.keyClick(window, key)
    assert presentation.slide == 3


def test_home_and_end(qtbot, show):
    presentation, _, window = show
    qtbot.keyClick(window, Qt.Key_End)
    assert presentation.slide == SLIDES
    qtbot.keyClick(window, Qt.Key_Home)
    assert presentation.slide == 1


def test_counter_stays_at_both_ends(qtbot, show):
    presentation, _, window = show
    changes = []
    presentation.slide_changed.connect(changes.append)
    qtbot.keyClick(window, Qt.Key_Left)
    assert presentation.slide == 1 and changes == []
    for _ in range(SLIDES + 3):
        qtbot.keyClick(window, Qt.Key_Right)
    assert presentation.slide == SLIDES
    assert changes == list(range(2, SLIDES + 1))     # no wrap, no repeats at the end


def test_number_then_enter_jumps(qtbot, show):
    presentation, router, window = show
    qtbot.keyClick(window, Qt.Key_5)
    assert presentation.slide == 1                   # digits alone do not move
    qtbot.keyClick(window, Qt.Key_Return)
    assert presentation.slide == 5
    qtbot.keyClicks(window, "99")
    qtbot.keyClick(window, Qt.Key_Enter)
    assert presentation.slide == SLIDES              # clamped to the deck


def test_another_key_clears_typed_digits(qtbot, show):
    presentation, router, window = show
    qtbot.keyClick(window, Qt.Key_4)
    qtbot.keyClick(window, Qt.Key_Right)             # a different key: digits forgotten
    assert presentation.slide == 2 and router.digits == ""
    qtbot.keyClick(window, Qt.Key_Return)            # plain Enter is "next" again
    assert presentation.slide == 3


def test_typed_digits_expire(qtbot, show, monkeypatch):
    presentation, router, window = show
    router._digit_timer.setInterval(50)
    qtbot.keyClick(window, Qt.Key_4)
    qtbot.waitUntil(lambda: router.digits == "", timeout=2000)
    qtbot.keyClick(window, Qt.Key_Return)
    assert presentation.slide == 2


@pytest.mark.parametrize("key,mode", [(Qt.Key_B, "black"), (Qt.Key_Period, "black"),
                                      (Qt.Key_W, "white"), (Qt.Key_Comma, "white")])
def test_blank_screen_and_any_key_returns(qtbot, show, key, mode):
    presentation, _, window = show
    qtbot.keyClick(window, key)
    assert presentation.screen_mode == mode
    colour = window.grab().toImage().pixelColor(window.width() // 2, window.height() // 2)
    assert colour.name() == ("#000000" if mode == "black" else "#ffffff")
    qtbot.keyClick(window, Qt.Key_Right)             # any key: back to the slide, no step
    assert presentation.screen_mode == "slide" and presentation.slide == 1


def test_fullscreen_toggle_and_escape(qtbot, show):
    _, _, window = show
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key_F)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_ctrl_q_asks_to_quit(qtbot, show):
    _, router, window = show
    with qtbot.waitSignal(router.quit_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key_Q, Qt.ControlModifier)


def test_q_toggles_join_overlay(qtbot, show):
    presentation, _, window = show
    qtbot.keyClick(window, Qt.Key_Q)
    assert presentation.room_view(for_audience=True).show_join_overlay
    qtbot.keyClick(window, Qt.Key_Q)
    assert not presentation.room_view(for_audience=True).show_join_overlay


@pytest.mark.parametrize("key,signal", [
    (Qt.Key_T, "timer_toggle_requested"), (Qt.Key_G, "overview_requested"),
    (Qt.Key_S, "swap_screens_requested"), (Qt.Key_Tab, "console_toggle_requested")])
def test_console_requests_are_signals(qtbot, show, key, signal):
    presentation, router, window = show
    with qtbot.waitSignal(getattr(router, signal), timeout=1000):
        qtbot.keyClick(window, key)
    assert presentation.slide == 1


def test_ctrl_r_off_a_poll_slide_asks_nothing(qtbot, show):
    presentation, router, window = show
    qtbot.keyClick(window, Qt.Key_R, Qt.ControlModifier)
    assert presentation.current_poll() is None


def test_poll_keys_without_voting_do_nothing_harmful(qtbot, show):
    presentation, _, window = show
    presentation.go_to(POLL_SLIDE)
    for key in (Qt.Key_O, Qt.Key_R):
        qtbot.keyClick(window, key)
    qtbot.keyClick(window, Qt.Key_R, Qt.ControlModifier)
    assert presentation.slide == POLL_SLIDE and presentation.server is None
    assert presentation.room_view(for_audience=True).voting_down is False   # disabled, not down
