"""What the console shows of the room, refreshed: the previews, then the panels.

The console follows the room twice a second (console_window.py, `Paced`), the previews
in one turn and the panels in another 60 ms later, so neither turn holds the GUI thread
long while answers pour in. These two functions read the ShowController and hand plain
values to the console's widgets; ConsoleWindow made and placed them (as console_layout.py
only places them).
"""
from __future__ import annotations

from .overview import polls_by_slide


def refresh_previews(console) -> None:
    """Now (with the room's own view, or the blanked screen), next, and the header."""
    p = console.presentation
    audience_view = p.room_view(for_audience=True)
    blank = None if p.screen_mode == "slide" else p.screen_mode
    console.current.set_slide(p.slide, audience_view, blank)
    upcoming = p.slide + 1 if p.slide < p.slide_count else None
    # "Next" as the room will see it on arrival: its poll open, unless the deck says not.
    console.next.set_slide(upcoming, p.room_view(for_audience=True, arriving_at=upcoming)
                           if upcoming is not None else audience_view)
    console.header.show_room(p, audience_view)


def refresh_panels(console) -> None:
    """The poll panel, the moderation list, the report and paper ballots, the session's
    name, and the thumbnails' counts."""
    p = console.presentation
    audience_view = p.room_view(for_audience=True)
    poll = p.current_poll()
    tally = p.tally(poll.id) if poll is not None else None
    seen = audience_view.poll(poll.id) if poll is not None else None
    upcoming = next((q for q in p.deck.polls if q.slide > p.slide), None)
    console.poll_panel.set_poll(poll, tally, p.phones(),
                                room_sees_results=bool(seen and seen.results_visible),
                                voting_up=p.server is not None, upcoming=upcoming)
    console.poll_panel.set_compare(p.tour.shown, max((v.sessions for v in p.tour.views.values()),
                                                     default=0))
    moderated = poll is not None and (poll.kind.moderate if poll.kind.moderate is not None
                                      else p.deck.poll_settings.moderate)
    console.moderation.set_poll(poll, tally, moderated)
    console.report.refresh()
    console.paper.refresh(console.poll_panel)
    console.session_name.refresh()
    # The overview shows the counts the speaker sees (not only what the room was shown).
    console.thumbnails.follow_votes(p.room_view(for_audience=False), polls_by_slide(p.deck))
