"""One source of truth for the current slide (issue 18): the control API drives the
real server over HTTP, and the real ShowController, audience window and console
follow it; the poll's open/reveal state the window acts on matches the phones'."""
from __future__ import annotations

import json
import urllib.request

import pytest

from tests.presenter.ui_support import POLL_SLIDE, SECOND_POLL_SLIDE, make_presentation

POLL = "first-poll"


def _control(presentation, path: str, body: dict) -> dict:
    request = urllib.request.Request(
        f"{presentation.join.url.rstrip('/')}/api/control/{path}",
        data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json",
                 "Authorization": f"Bearer {presentation.server.token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)


@pytest.fixture
def shown(qtbot, tmp_path):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.keys import KeyRouter

    presentation = make_presentation(tmp_path, results="reveal")
    assert presentation.server is not None, presentation.voting_error
    router = KeyRouter(presentation, confirm_reset=lambda window: True)
    window = AudienceWindow(presentation, router)
    console = ConsoleWindow(presentation, router, confirm_reset=lambda window: True)
    for widget in (window, console):
        qtbot.addWidget(widget)
    window.resize(640, 360)
    window.show()
    yield presentation, router, window, console
    presentation.shutdown()


def test_a_control_api_slide_change_moves_the_window(qtbot, shown):
    presentation, _, window, console = shown
    with qtbot.waitSignal(presentation.slide_changed, timeout=3000) as moved:
        answer = _control(presentation, "slide", {"slide": SECOND_POLL_SLIDE})
    assert answer["slide"] == SECOND_POLL_SLIDE
    assert moved.args == [SECOND_POLL_SLIDE]
    assert presentation.slide == SECOND_POLL_SLIDE
    assert console.header.position_label.text().endswith(f"{SECOND_POLL_SLIDE} of 6")
    # The key router acts on the slide the phones are on, not the stale one.
    assert presentation.current_poll().id == "second-poll"


def test_the_window_does_not_tell_the_server_back(qtbot, shown):
    presentation, *_ = shown
    with qtbot.waitSignal(presentation.control_changed, timeout=3000):
        _control(presentation, "slide", {"slide": POLL_SLIDE})
    qtbot.waitUntil(lambda: presentation.server.snapshot().slide == POLL_SLIDE, timeout=3000)
    # Arriving on the slide opened its poll (the server's rule); following it must not
    # re-run that rule or move anything else.
    qtbot.waitUntil(lambda: presentation.server.snapshot().poll(POLL).open, timeout=3000)
    _control(presentation, "poll", {"poll": POLL, "open": False})
    qtbot.wait(100)
    assert not presentation.server.snapshot().poll(POLL).open
    assert presentation.slide == POLL_SLIDE


def test_a_control_api_poll_change_reaches_the_windows_o_and_r(qtbot, shown):
    presentation, router, *_ = shown
    with qtbot.waitSignal(presentation.slide_changed, timeout=3000):
        _control(presentation, "slide", {"slide": POLL_SLIDE})
    with qtbot.waitSignal(presentation.control_changed, timeout=3000) as heard:
        _control(presentation, "poll", {"poll": POLL, "open": False, "reveal": True})
    event = heard.args[0]
    assert (event.kind, event.poll_id, event.open, event.reveal) == ("poll", POLL, False, True)
    qtbot.waitUntil(lambda: presentation.tally(POLL) is not None
                    and not presentation.tally(POLL).open and presentation.tally(POLL).revealed,
                    timeout=3000)
    assert presentation.room_view(for_audience=True).poll(POLL).results_visible
    # O now opens the poll again (the window knew it was closed), as phones see.
    presentation.toggle_poll_open()
    qtbot.waitUntil(lambda: presentation.server.snapshot().poll(POLL).open, timeout=3000)
