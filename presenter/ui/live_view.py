"""The live room as the renderer draws it: the server's latest TallySnapshot and the
animator's eased counts -> PollViews, and the server's join URL -> a JoinView.

ShowController decides when (a snapshot arrived, a frame is due, the join URL
moved); these functions only translate what it holds into the renderer's frozen
views, the way presenter/results_view.py does for a stored session. Kept apart so
the rules of what the room may see (results only when live or revealed, the
before/after or the tour beside them only once voting on the poll stopped) read in
one place; and so does what the room will see on arriving at a slide (`on_arrival`:
the console's "next" preview). No Qt objects are kept here; it runs on the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType

from common.slide_change import opened_on_arrival
from presenter.deck.model import Poll, PollSettings
from presenter.render.view import JoinView, PollView
from presenter.tour_view import before_view, with_paper
from presenter.ui.tour_compare import TourComparison


def live_poll_views(latest, counts: Callable[[str], Mapping[str, float]],
                    polls: Mapping[str, Poll], tour: TourComparison, *,
                    for_audience: bool, live: bool) -> dict[str, PollView]:
    """Each poll of `latest` (server.api.TallySnapshot) with the eased `counts(poll_id)`.
    The audience sees results only when the deck shows them `live` or the presenter
    revealed them; the console always does."""
    views = {}
    for tally in latest.polls:
        visible = (not for_audience) or live or tally.revealed
        views[tally.poll_id] = PollView(
            counts=MappingProxyType(with_paper(counts(tally.poll_id), tally)),
            voters=tally.voters + tally.hand_total,
            open=tally.open,
            results_visible=visible,
            # Before/after or the tour only beside results the room sees, and not
            # while it votes.
            comparison=_beside(tally, latest, polls, tour) if visible and not tally.open else None,
            answers=tally.answers, answer_count=tally.answer_count,
            hand=tally.hand_total,
        )
    return views


def on_arrival(latest, leaving: Poll | None, arriving: Poll | None, settings: PollSettings):
    """`latest` (server.api.TallySnapshot) as it will be once the talk moves from the slide
    showing `leaving` to the one showing `arriving`, by the server's own rules for a slide
    change (server/web/talk_state.py, TalkState.show_slide): the poll left behind closes
    (`close_on_leave`), the one arrived at opens (`open_on_show`), votes and reveals stay
    (common/slide_change.py, which the server applies too).
    The console's "next" preview draws this, not the state now: a poll that opens on
    arrival drawn "closed" told the speaker something the room would never see."""
    open_now = {tally.poll_id: tally.open for tally in latest.polls}
    changes = opened_on_arrival(leaving.id if leaving else None, arriving.id if arriving else None,
                                lambda poll_id: open_now.get(poll_id, False),
                                settings.open_on_show, settings.close_on_leave)
    return replace(latest, polls=tuple(replace(t, open=changes.get(t.poll_id, t.open))
                                       for t in latest.polls))


def _beside(tally, latest, polls: Mapping[str, Poll], tour: TourComparison):
    """A re-vote's own earlier answer (before/after), else the tour when shown."""
    poll = polls.get(tally.poll_id)
    earlier = latest.poll(poll.again) if poll is not None and poll.again else None
    if earlier is not None:
        return before_view(earlier)
    return tour.view_for(tally.poll_id)


def join_view(join, config) -> JoinView:
    """The join screen's codes for `join` (server.api.JoinInfo); with the hotspot's Wi-Fi
    code first when `config` (server.api.ServerConfig) has `--wifi`."""
    from presenter.render.qr import qr_matrix
    wifi = getattr(config, "wifi", None)
    wifi_qr = wifi_ssid = None
    if wifi is not None:
        from venue.wifi import wifi_payload
        ssid, password = wifi
        # Shown before the URL code: phones join the hotspot, then open the page.
        wifi_qr = qr_matrix(wifi_payload(ssid, password, hidden=config.wifi_hidden))
        wifi_ssid = ssid
    return JoinView(url=join.url, qr=qr_matrix(join.url), wifi_qr=wifi_qr, wifi_ssid=wifi_ssid)
