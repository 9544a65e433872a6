"""The keys a presenter and a clicker use, the same in every window.

`KeyRouter.handle_key(event, window)` turns a key press into a `ShowController`
action or a request signal. Windows call it from `keyPressEvent`, or install the
router as an event filter (`window.installEventFilter(router)`); either way one
key does one thing. Clickers send Page Up/Down, sometimes B or . for black.

The reset question (Ctrl+R, and the console's Reset… button) is `reset_question`:
a box with its own dark colours, readable over the audience window and the console.

It maps keys to the ShowController's verbs; the reset question's look is
`presenter.ui.palette`'s, the colours the console uses too.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from presenter.ui.palette import QUESTION_BOX_SHEET

DIGIT_TIMEOUT_MS = 2000     # typed slide digits are forgotten after this pause

NEXT_KEYS = {Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space,
             Qt.Key_Return, Qt.Key_Enter, Qt.Key_N}
PREVIOUS_KEYS = {Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace, Qt.Key_P}
MODIFIER_KEYS = {Qt.Key_Shift, Qt.Key_Control, Qt.Key_Alt, Qt.Key_Meta,
                 Qt.Key_AltGr, Qt.Key_CapsLock, Qt.Key_NumLock}


def reset_question(window: QWidget | None) -> QMessageBox:
    """The reset question as a box over `window`, not shown yet; "Keep them" is the
    default, so an Enter pressed by habit (or a clicker) forgets nothing."""
    from presenter.ui.speaker_words import console_text

    box = QMessageBox(QMessageBox.Icon.Question, console_text("reset.title"), console_text("reset.question"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(console_text("reset.yes"))
    yes.setProperty("reset", "yes")      # before the sheet, which styles it by this
    no = box.button(QMessageBox.StandardButton.No)
    no.setText(console_text("reset.no"))
    for button in (yes, no):
        # Some platform themes put a green tick on Yes: wrong for forgetting votes.
        button.setIcon(QIcon())
    box.setStyleSheet(QUESTION_BOX_SHEET)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def ask_reset(window: QWidget | None) -> bool:
    """The real confirmation: the reset question over the window that asked."""
    box = reset_question(window)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class KeyRouter(QObject):
    """Maps key presses to the presentation's actions and the app's requests."""

    timer_toggle_requested = Signal()        # T: pause/resume the console's timer
    overview_requested = Signal()            # G: overview grid
    swap_screens_requested = Signal()        # S: swap audience and console screens
    console_toggle_requested = Signal()      # Tab: show/hide the console (one screen)
    fullscreen_toggle_requested = Signal()   # F, F5: the audience window
    leave_fullscreen_requested = Signal()    # Esc: the audience window leaves full-screen
    quit_requested = Signal()                # Ctrl+Q

    def __init__(self, presentation, confirm_reset: Callable[[QWidget], bool] = ask_reset,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.presentation = presentation
        self.confirm_reset = confirm_reset
        self.digits = ""
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(DIGIT_TIMEOUT_MS)
        self._digit_timer.timeout.connect(self.clear_digits)

    def clear_digits(self) -> None:
        self.digits = ""
        self._digit_timer.stop()

    # ------------------------------------------------------------ event filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Seen before the widget's own Tab focus handling, so Tab reaches us.
        if event.type() == QEvent.Type.KeyPress:
            window = watched.window() if isinstance(watched, QWidget) else None
            return self.handle_key(event, window)
        return False

    # ------------------------------------------------------------ the keys

    def handle_key(self, event: QKeyEvent, window: QWidget | None) -> bool:
        """Do what the key says; True if it was one of ours."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeypadModifier
        if key in MODIFIER_KEYS:
            return False
        p = self.presentation
        ctrl = bool(mods & (Qt.ControlModifier | Qt.MetaModifier))
        if ctrl and key == Qt.Key_Q:
            self.quit_requested.emit()
            return True
        if p.screen_mode != "slide":
            # Black or white: any key brings the slide back, and does nothing else.
            self.clear_digits()
            p.set_screen_mode("slide")
            return True
        if ctrl:
            if key == Qt.Key_R:
                self.clear_digits()
                if p.current_poll() is not None and self.confirm_reset(window):
                    p.reset_poll()
                return True
            return False
        if mods & Qt.AltModifier:
            return False
        if Qt.Key_0 <= key <= Qt.Key_9:
            self.digits = (self.digits + chr(key))[-4:]
            self._digit_timer.start()
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.digits:
            number = int(self.digits)
            self.clear_digits()
            if number >= 1:
                p.go_to(number)
            return True
        self.clear_digits()
        action = self._action(key)
        if action is None:
            return False
        action()
        return True

    def _action(self, key: int):
        p = self.presentation
        if key in NEXT_KEYS:
            return p.next
        if key in PREVIOUS_KEYS:
            return p.previous
        return {
            Qt.Key_Home: p.first,
            Qt.Key_End: p.last,
            Qt.Key_B: lambda: p.set_screen_mode("black"),
            Qt.Key_Period: lambda: p.set_screen_mode("black"),
            Qt.Key_W: lambda: p.set_screen_mode("white"),
            Qt.Key_Comma: lambda: p.set_screen_mode("white"),
            Qt.Key_F: self.fullscreen_toggle_requested.emit,
            Qt.Key_F5: self.fullscreen_toggle_requested.emit,
            Qt.Key_Escape: self.leave_fullscreen_requested.emit,
            Qt.Key_Q: p.toggle_join_overlay,
            Qt.Key_O: p.toggle_poll_open,
            Qt.Key_R: p.toggle_reveal,
            Qt.Key_C: p.toggle_compare,
            Qt.Key_T: self.timer_toggle_requested.emit,
            Qt.Key_G: self.overview_requested.emit,
            Qt.Key_S: self.swap_screens_requested.emit,
            Qt.Key_Tab: self.console_toggle_requested.emit,
        }.get(key)
