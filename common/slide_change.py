"""What a slide change does to the polls, in one place: the voting server applies it
(server/web/talk_state.py, `TalkState.show_slide`), and the console's "next" preview
draws the room as it will be on arrival (presenter/ui/live_view.py, `on_arrival`).
Standard library only.
"""
from __future__ import annotations

from collections.abc import Callable


def opened_on_arrival(leaving: str | None, arriving: str | None, is_open: Callable[[str], bool],
                      open_on_show: bool, close_on_leave: bool) -> dict[str, bool]:
    """The polls that open (True) or close (False) when the talk moves from the slide
    showing poll `leaving` to the one showing poll `arriving` (ids; None: no poll there).
    The poll left behind closes (`close_on_leave`), the one arrived at opens
    (`open_on_show`); the same poll on both slides stays as it is."""
    changes: dict[str, bool] = {}
    if leaving is not None and leaving != arriving and close_on_leave and is_open(leaving):
        changes[leaving] = False
    if arriving is not None and open_on_show and not is_open(arriving):
        changes[arriving] = True
    return changes
