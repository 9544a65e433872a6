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


# ---------------------------------------------------------------- the reset question

def _luminance(color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) \
        + 0.0722 * channel(color.blue())


def _text_contrast(box, widget) -> float:
    """WCAG contrast between `widget`'s text and what is behind it, read from the box's
    pixels: the commonest colour is the background, the farthest from it the text."""
    from collections import Counter

    from PySide6.QtCore import QPoint

    image = box.grab().toImage()
    origin = widget.mapTo(box, QPoint(0, 0))
    colours = Counter(image.pixelColor(x, y).rgb()
                      for x in range(origin.x(), origin.x() + widget.width())
                      for y in range(origin.y(), origin.y() + widget.height()))
    from PySide6.QtGui import QColor
    background = _luminance(QColor.fromRgb(colours.most_common(1)[0][0]))
    text = max((_luminance(QColor.fromRgb(rgb)) for rgb in colours),
               key=lambda lum: abs(lum - background))
    light, dark = max(text, background), min(text, background)
    return (light + 0.05) / (dark + 0.05)


def _readable(qtbot, box, shot_name=None) -> None:
    from PySide6.QtWidgets import QLabel

    from presenter.ui.speaker_words import console_text

    RESET_QUESTION, RESET_YES, RESET_NO = (console_text(f"reset.{key}") for key in ("question", "yes", "no"))

    box.show()
    qtbot.waitExposed(box)
    question = [label for label in box.findChildren(QLabel) if label.text() == RESET_QUESTION]
    assert len(question) == 1
    parts = question + [box.button(box.StandardButton.Yes), box.button(box.StandardButton.No)]
    assert [w.text() for w in parts[1:]] == [RESET_YES, RESET_NO]
    for widget in parts:
        assert _text_contrast(box, widget) >= 4.5, widget.text()    # WCAG AA body text
    assert box.defaultButton() is box.button(box.StandardButton.No)
    assert all(button.icon().isNull() for button in parts[1:])     # no green tick on "forget"


def test_the_reset_question_is_readable_over_the_audience_window(qtbot, show):
    from presenter.ui.keys import reset_question

    _, _, window = show
    box = reset_question(window)
    _readable(qtbot, box)
    box.done(0)


def test_the_reset_question_is_readable_over_the_dark_console(qtbot, tmp_path):
    """The console's style sheet (light text) reaches a dialog opened over it."""
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.keys import KeyRouter, reset_question

    presentation = make_presentation(tmp_path, voting=False)
    try:
        console = ConsoleWindow(presentation, KeyRouter(presentation))
        qtbot.addWidget(console)
        console.resize(1366, 768)
        console.show()
        box = reset_question(console)
        _readable(qtbot, box)
        box.done(0)
    finally:
        presentation.shutdown()


def test_ctrl_r_asks_the_real_question_and_only_the_red_button_says_yes(qtbot, tmp_path):
    """Ctrl+R in the audience window opens the real box; 'Keep them' (and Esc) keep
    the votes, 'Forget the votes' goes ahead."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter, ask_reset

    presentation = make_presentation(tmp_path, voting=False)
    try:
        router = KeyRouter(presentation)
        assert router.confirm_reset is ask_reset
        window = AudienceWindow(presentation, router)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        presentation.go_to(POLL_SLIDE)
        seen = []

        def answer(button):
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.parentWidget() is window
            seen.append(box.text())
            if button is None:
                qtbot.keyClick(box, Qt.Key_Escape)
            else:
                box.button(button).click()

        asked = []
        router.confirm_reset = lambda w: asked.append(ask_reset(w)) or asked[-1]
        for button in (QMessageBox.StandardButton.No, None, QMessageBox.StandardButton.Yes):
            QTimer.singleShot(50, lambda b=button: answer(b))
            qtbot.keyClick(window, Qt.Key_R, Qt.ControlModifier)
        assert asked == [False, False, True]
        assert len(seen) == 3
    finally:
        presentation.shutdown()
