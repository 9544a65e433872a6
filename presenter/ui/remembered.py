"""The presenter's remembered choices applied at start: the screen the room's window
went to (issue 16). The values live in UserSettings (per user, never in the
repository); this module decides how a run uses them and when to remember new ones.

- The screen is remembered by name (QScreen.name(), e.g. "HDMI-1"), not by number:
  numbers change with the order screens were plugged in. A remembered screen that
  is not connected now is skipped and the usual rule (the second screen) applies;
  `--screen N` always wins. With one screen nothing is remembered: the laptop's
  own screen would otherwise be the room's next time a projector is plugged in.
- The data folder is remembered apart, for the command-line tools as well: its one
  rule (--data-dir, else the folder last used, else the default) is presenter/data_folder.py.

Imports Qt's screen type only through the windows it is handed.
"""
from __future__ import annotations

from presenter.ui.user_settings import UserSettings


def screen_choice(names: list[str], remembered: str | None, choice: int | None) -> int | None:
    """The audience screen, 1-based, for PresenterOptions.screen: `choice` (--screen N)
    when given, else the remembered screen when it is connected, else None (the rule)."""
    if choice is not None:
        return choice
    if remembered and remembered in names:
        return names.index(remembered) + 1
    return None


def remember_screen(settings: UserSettings, audience, screen_count: int) -> None:
    """After the room's window was placed (at start, after S): its screen's name."""
    screen = audience.screen()
    if screen_count > 1 and screen is not None and screen.name():
        settings.audience_screen = screen.name()
