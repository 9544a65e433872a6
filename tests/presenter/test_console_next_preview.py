"""The console's "next" preview shows the next slide as the room will see it on arrival:
on the real ShowController with the real voting server on 127.0.0.1 port 0 (SQLite in
tmp_path), phones over HTTP, the real console offscreen. What the preview draws is read
from the renderer's scene for the preview's own view (the boxes it paints). And a poll
slide's thumbnail says its poll's state now, as it opens and closes."""
from __future__ import annotations

import pytest

from tests.presenter.test_console import _console, _server_poll
from tests.presenter.ui_support import DECK_TEXT, POLL_SLIDE, Phone, make_presentation

POLL = "first-poll"


def _drawn(console) -> dict[str, str]:
    """Of the "next" preview as painted: the pill's state, its words, and the corner's QR
    (its join URL), from the renderer's boxes."""
    preview = console.next
    boxes = preview.renderer.scene(preview.slide, preview.view).boxes
    return {box.kind: box.text for box in boxes if box.kind in ("badge-dot", "badge", "qr")}


@pytest.fixture
def talk(qtbot, tmp_path):
    presentation = make_presentation(tmp_path)
    assert presentation.server is not None, presentation.voting_error
    _, _, console = _console(qtbot, presentation)
    yield presentation, console
    presentation.shutdown()


def _before_the_poll(qtbot, presentation, console) -> None:
    presentation.go_to(POLL_SLIDE - 1)
    qtbot.waitUntil(lambda: presentation.animator.latest is not None
                    and presentation.animator.latest.slide == POLL_SLIDE - 1, timeout=8000)
    console.refresh_room()
    assert console.next.slide == POLL_SLIDE


def test_a_poll_that_opens_on_arrival_is_previewed_open_with_its_qr(qtbot, talk):
    presentation, console = talk
    _before_the_poll(qtbot, presentation, console)
    assert not _server_poll(presentation).open         # closed now: it opens on arrival
    drawn = _drawn(console)
    assert drawn["badge-dot"] == "open" and drawn["badge"] == "Afstemning åben"
    assert drawn["qr"] == presentation.join.url
    assert console.next.view.poll(POLL).total() == 0  # empty bars, nothing claimed
    # The room sees just that on arrival.
    presentation.next()
    # The room's view follows the server's snapshot, which reaches the GUI thread later.
    qtbot.waitUntil(lambda: _server_poll(presentation).open
                    and presentation.room_view(for_audience=True).poll(POLL).open, timeout=8000)


def test_a_poll_voted_on_earlier_is_previewed_open_with_its_votes(qtbot, talk):
    presentation, console = talk
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: _server_poll(presentation).open, timeout=8000)
    for choice in ("agree", "agree", "disagree"):
        assert Phone(presentation.join.url).vote(POLL, choice) == 200
    _before_the_poll(qtbot, presentation, console)
    qtbot.waitUntil(lambda: not _server_poll(presentation).open, timeout=8000)   # closed on leave
    qtbot.waitUntil(lambda: presentation.animator.latest.poll(POLL).voters == 3, timeout=8000)
    console.refresh_room()
    assert _drawn(console)["badge-dot"] == "open"
    shown = console.next.view.poll(POLL)
    assert shown.voters == 3 and shown.results_visible


def test_the_poll_left_behind_is_previewed_closed(qtbot, talk):
    presentation, console = talk
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: presentation.room_view(True).poll(POLL).open, timeout=8000)
    # Slide 4 does not show the poll, but the view drawn for it says it will be closed.
    assert not presentation.room_view(True, arriving_at=POLL_SLIDE + 1).poll(POLL).open


def test_a_deck_that_keeps_polls_closed_previews_them_closed(qtbot, tmp_path):
    closed = DECK_TEXT.replace("  results: {results}", "  results: {results}\n  open_on_show: false")
    presentation = make_presentation(tmp_path, deck_text=closed)
    try:
        assert presentation.server is not None, presentation.voting_error
        assert not presentation.deck.poll_settings.open_on_show
        _, _, console = _console(qtbot, presentation)
        _before_the_poll(qtbot, presentation, console)
        drawn = _drawn(console)
        assert drawn["badge-dot"] == "closed" and "qr" not in drawn
        presentation.next()
        qtbot.waitUntil(lambda: presentation.animator.latest.slide == POLL_SLIDE, timeout=8000)
        assert not _server_poll(presentation).open     # it really stays closed
    finally:
        presentation.shutdown()


def test_the_poll_slides_thumbnail_follows_its_poll_opening_and_closing(qtbot, talk):
    presentation, console = talk
    thumbnails = console.thumbnails
    qtbot.waitUntil(lambda: POLL_SLIDE in thumbnails.pixmaps, timeout=5000)
    closed = thumbnails.pixmap(POLL_SLIDE).toImage()        # before the talk got there
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: presentation.room_view(False).poll(POLL).open, timeout=8000)
    # No vote yet, so no count changed: the pill and the code still must.
    qtbot.waitUntil(lambda: thumbnails.pixmap(POLL_SLIDE).toImage() != closed, timeout=5000)
    presentation.next()                                     # closes it (close_on_leave)
    qtbot.waitUntil(lambda: not presentation.room_view(False).poll(POLL).open, timeout=8000)
    qtbot.waitUntil(lambda: thumbnails.pixmap(POLL_SLIDE).toImage() == closed, timeout=5000)
