"""The presenter's remembered choices applied at start: the screen the room's window
went to, and the data folder chosen with --data-dir (issue 16). The values live in
UserSettings (per user, never in the repository); this module decides how a run
uses them and when to remember new ones.

- The screen is remembered by name (QScreen.name(), e.g. "HDMI-1"), not by number:
  numbers change with the order screens were plugged in. A remembered screen that
  is not connected now is skipped and the usual rule (the second screen) applies;
  `--screen N` always wins. With one screen nothing is remembered: the laptop's
  own screen would otherwise be the room's next time a projector is plugged in.
- The data folder given with --data-dir is remembered; a later start without it
  uses the remembered one while it still exists, and says so on the terminal.

Imports Qt's screen type only through the windows it is handed.
"""
from __future__ import annotations

from dataclasses import replace

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


def data_dir_config(config, settings: UserSettings):
    """`config` (a ServerConfig, or None without voting) with the data folder to use:
    one given now is remembered; none given takes the remembered one if it exists."""
    if config is None:
        return None
    if config.data_dir is not None:
        settings.data_dir = config.data_dir.resolve()
        return config
    remembered = settings.data_dir
    if remembered is not None and remembered.is_dir():
        from presenter.terminal import say
        say(f"votes are kept in {remembered}, the data folder chosen last time; "
            "start with --data-dir to choose another.", named=True)
        return replace(config, data_dir=remembered)
    return config
