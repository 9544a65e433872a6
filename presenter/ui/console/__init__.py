"""The presenter console (issue 5): the speaker's window, widget by widget.

`ConsoleWindow` is the window; `attach_console` builds it, places it on a screen
and wires it to the app's key router (the one call `run_presenter` makes).
"""
from __future__ import annotations


def attach_console(presentation, audience, router, options):
    """Build the console for `votedeck` (options: a PresenterOptions), place it, wire S/Tab/T/G."""
    from .attach import attach_console as attach
    return attach(presentation, audience, router, options)
