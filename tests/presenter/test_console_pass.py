"""The console's own pass (issue 18): at 1024 × 768 the slide position is never cut,
a slide without a poll gives the poll panel's room back, the console draws in the
app's Inter, and "connected now" and "voted" agree with each other and the evidence."""
from __future__ import annotations

from tests.presenter.test_console import _console
from tests.presenter.ui_support import POLL_SLIDE, SLIDES, Phone, make_presentation


def test_at_1024_the_slide_position_is_whole(qtbot, tmp_path):
    presentation = make_presentation(tmp_path)
    try:
        *_, console = _console(qtbot, presentation, size=(1024, 768))
        presentation.go_to(SLIDES)
        qtbot.wait(50)
        label = console.header.position_label
        assert label.text() == f"Slide {SLIDES} of {SLIDES}"
        assert label.width() >= label.sizeHint().width()
    finally:
        presentation.shutdown()


def test_a_slide_without_a_poll_collapses_the_poll_panel(qtbot, tmp_path):
    presentation = make_presentation(tmp_path)
    try:
        *_, console = _console(qtbot, presentation, size=(1024, 768))
        presentation.go_to(POLL_SLIDE)
        qtbot.wait(50)
        with_poll = (console.poll_frame.height(), console.current.height())
        presentation.go_to(POLL_SLIDE + 1)
        qtbot.wait(50)
        assert console.poll_frame.height() < with_poll[0] / 2
        assert console.current.height() >= with_poll[1]     # the slide got the room
        assert "Next poll" in console.poll_panel.empty_label.text() or \
            "No poll" in console.poll_panel.empty_label.text()
    finally:
        presentation.shutdown()


def test_the_console_draws_in_the_apps_font(qtbot, tmp_path):
    from presenter.render.theme import resolve_family

    presentation = make_presentation(tmp_path, voting=False)
    try:
        *_, console = _console(qtbot, presentation)
        assert console.font().family() == resolve_family(None)
        assert console.header.position_label.font().family() == resolve_family(None)
    finally:
        presentation.shutdown()


def test_voted_phones_count_as_evidence_and_connected_is_named_now(qtbot, tmp_path):
    presentation = make_presentation(tmp_path)
    try:
        *_, console = _console(qtbot, presentation)
        presentation.go_to(POLL_SLIDE)
        qtbot.waitUntil(lambda: presentation.server.snapshot().poll("first-poll").open,
                        timeout=3000)
        phone = Phone(presentation.join.url)
        phone.state()
        assert phone.vote("first-poll", "agree") == 200
        qtbot.waitUntil(lambda: "1 voted" in console.poll_panel.voters_label.text(), timeout=3000)
        assert "connected now" in console.poll_panel.voters_label.text()
        assert "connected now" in console.header.status_label.text()
        # Loopback phones are not venue evidence; the vote still proves phones get through.
        console.venue.refresh()
        evidence = console.join_panel.evidence_label.text()
        assert "No phone has reached" not in evidence
    finally:
        presentation.shutdown()
