"""Where the two windows go: one screen or two, S to swap, Tab to toggle the console.

With two or more screens the audience window is full-screen on the projector
(`--screen N`, 1-based in Qt's screen order; by default the second screen) and
the console is maximised on another. S swaps them, for systems that number the
screens the other way round. With one screen the audience window is full-screen
and Tab lays the console over it and takes it away again.

Imports Qt only; it moves windows it is given and knows nothing of what is in them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def audience_screen_index(screen_count: int, choice: int | None) -> int:
    """0-based index of the audience's screen; the same rule as `votedeck --screen N`."""
    if choice is not None and 1 <= choice <= screen_count:
        return choice - 1
    return 1 if screen_count > 1 else 0


def console_screen_index(screen_count: int, audience_index: int) -> int | None:
    """The console's screen: the first one the audience is not on (None with one screen)."""
    return next((i for i in range(screen_count) if i != audience_index), None)


class ScreenLayout(QObject):
    """Places the audience window and the console, and moves them on S and Tab."""

    placed = Signal()       # after every placement (tests and the app may look)

    def __init__(self, audience: QWidget, console: QWidget, choice: int | None = None,
                 windowed: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.audience = audience
        self.console = console
        self.windowed = windowed
        screens = QGuiApplication.screens()
        self.audience_index = audience_screen_index(len(screens), choice)

    @staticmethod
    def screens() -> list:
        return QGuiApplication.screens()

    @property
    def single_screen(self) -> bool:
        return len(self.screens()) < 2

    def place_console(self) -> None:
        """Two screens: console maximised on the other one. One screen: hidden until Tab."""
        screens = self.screens()
        index = console_screen_index(len(screens), self.audience_index)
        if index is None:
            self.console.hide()
        else:
            _show_on(self.console, screens[index], maximised=True)
        self.placed.emit()

    def swap(self) -> None:
        """S: audience and console trade screens (nothing to swap with one screen)."""
        screens = self.screens()
        console_index = console_screen_index(len(screens), self.audience_index)
        if console_index is None:
            return
        self.audience_index, console_index = console_index, self.audience_index
        if self.windowed and not self.audience.isFullScreen():
            geometry = screens[self.audience_index].availableGeometry()
            self.audience.setScreen(screens[self.audience_index])
            self.audience.move(geometry.center() - self.audience.rect().center())
        else:
            _show_on(self.audience, screens[self.audience_index], full_screen=True)
        if self.console.isVisible():
            _show_on(self.console, screens[console_index], maximised=True)
        self.placed.emit()

    def toggle_console(self) -> None:
        """Tab: show or hide the console. With one screen it covers the audience window,
        full-screen, and the audience window gets the keyboard back when it goes."""
        if self.console.isVisible():
            self.console.hide()
            self.audience.raise_()
            self.audience.activateWindow()
        else:
            screens = self.screens()
            if self.single_screen:
                _show_on(self.console, screens[0], full_screen=True)
            else:
                index = console_screen_index(len(screens), self.audience_index)
                _show_on(self.console, screens[index], maximised=True)
            self.console.raise_()
            self.console.activateWindow()
        self.placed.emit()


def _show_on(window: QWidget, screen, full_screen: bool = False, maximised: bool = False) -> None:
    # Leave the old state first: Qt keeps a full-screen or maximised window where it
    # is when only its screen changes.
    if window.isFullScreen() or window.isMaximized():
        window.showNormal()
    window.setScreen(screen)
    window.setGeometry(screen.availableGeometry() if maximised else screen.geometry())
    if full_screen:
        window.showFullScreen()
    elif maximised:
        window.showMaximized()
    else:
        window.show()
