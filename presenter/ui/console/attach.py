"""Puts the console into the running app: builds it, places it, wires S and Tab.

The one entry `run_presenter` calls, so the app needs a single line for the
console. Imports the console window and its screen layout only.
"""
from __future__ import annotations

from presenter.ui.options import PresenterOptions

from .console_window import ConsoleWindow
from .screens import ScreenLayout


def attach_console(presentation, audience, router, options: PresenterOptions) -> ConsoleWindow:
    console = ConsoleWindow(presentation, router)
    layout = ScreenLayout(audience, console, choice=options.screen,
                          windowed=options.windowed, parent=console)
    console.screen_layout = layout
    router.swap_screens_requested.connect(layout.swap)
    router.console_toggle_requested.connect(layout.toggle_console)
    layout.place_console()
    return console
