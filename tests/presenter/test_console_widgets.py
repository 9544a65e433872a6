"""The console's widgets on plain values, offscreen: timer, notes, poll panel, join panel.

Each widget is the real one; the values are real deck and server types built here.
A controllable clock stands in for time so the timer is tested without sleeping.
"""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from common.percent import whole_percentages
from common.values import JoinInfo, PollTally
from presenter.deck.model import Poll, PollOption

POLL = Poll(id="p1", question="Ledere ser medarbejderne som hovedkilden til innovation",
            options=(PollOption("agree", "Enig"), PollOption("disagree", "Uenig"),
                     PollOption("dont-know", "Ved ikke")), slide=3)


def row_texts(chart) -> list[str]:
    """What each row of the console's poll chart says: label, count and the whole
    percentage it paints (the same largest-remainder shares as the room's slide)."""
    percents = whole_percentages([count for _, _, count in chart.rows])
    return [f"{label} {count} {percent}%" for (_, label, count), percent in zip(chart.rows, percents)]


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def tally(agree=0, disagree=0, dont_know=0, open=True, revealed=False) -> PollTally:
    counts = (("agree", agree), ("disagree", disagree), ("dont-know", dont_know))
    return PollTally("p1", counts, agree + disagree + dont_know, open, revealed)


# ---------------------------------------------------------------- timer

def test_timer_waits_for_the_first_slide_change_then_runs_pauses_resumes_resets():
    from presenter.ui.console.timer import ElapsedTimer

    clock = Clock()
    timer = ElapsedTimer(clock)
    clock.advance(30)
    assert timer.elapsed() == 0 and not timer.started
    timer.start()
    clock.advance(65)
    assert timer.elapsed() == 65 and timer.running
    timer.toggle()                      # pause
    clock.advance(100)
    assert timer.elapsed() == 65 and not timer.running
    timer.start()                       # a slide change does not undo a pause
    assert not timer.running
    timer.toggle()                      # resume
    clock.advance(5)
    assert timer.elapsed() == 70
    timer.reset()
    clock.advance(5)
    assert timer.elapsed() == 0 and not timer.started


def test_timer_panel_shows_elapsed_clock_and_button_state(qtbot):
    from presenter.ui.console.timer import ElapsedTimer, TimerPanel, format_elapsed

    clock = Clock()
    panel = TimerPanel(ElapsedTimer(clock), now=lambda: datetime(2026, 5, 4, 9, 41))
    qtbot.addWidget(panel)
    assert panel.elapsed_label.text() == "00:00"
    assert panel.pause_button.text() == "Start"
    assert panel.clock_label.text() == "09:41"
    panel.slide_changed()
    clock.advance(3723)
    panel.refresh()
    assert panel.elapsed_label.text() == "1:02:03"
    assert panel.pause_button.text() == "Pause"
    with qtbot.waitSignal(panel.toggled):
        qtbot.mouseClick(panel.pause_button, Qt.LeftButton)
    clock.advance(60)
    panel.refresh()
    assert panel.elapsed_label.text() == "1:02:03"
    assert panel.pause_button.text() == "Resume"
    qtbot.mouseClick(panel.reset_button, Qt.LeftButton)
    assert panel.elapsed_label.text() == "00:00"
    assert format_elapsed(59.9) == "00:59"


# ---------------------------------------------------------------- notes

def test_notes_show_text_or_say_there_are_none_and_font_size_sticks(qtbot):
    from presenter.ui.console.notes_panel import MAX_POINT_SIZE, NotesPanel

    notes = NotesPanel()
    qtbot.addWidget(notes)
    notes.show()
    assert notes.empty_label.isVisible() and not notes.text.isVisible()
    notes.set_notes("Spørg salen først.\nVent på svarene.")
    assert notes.notes() == "Spørg salen først.\nVent på svarene."
    assert notes.text.isVisible() and not notes.empty_label.isVisible()
    before = notes.text.font().pointSizeF()
    qtbot.mouseClick(notes.larger, Qt.LeftButton)
    assert notes.text.font().pointSizeF() == before + 2
    notes.set_notes("Næste note")
    assert notes.text.font().pointSizeF() == before + 2
    for _ in range(30):
        notes.larger.click()
    assert notes.point_size == MAX_POINT_SIZE and not notes.larger.isEnabled()


# ---------------------------------------------------------------- poll panel

@pytest.fixture
def poll_panel(qtbot):
    from presenter.ui.console.poll_panel import PollPanel

    answers = []
    panel = PollPanel(confirm_reset=lambda window: answers.pop(0))
    panel.answers = answers
    qtbot.addWidget(panel)
    panel.resize(600, 220)
    panel.show()
    return panel


def test_poll_panel_shows_counts_and_percentages_even_when_hidden_from_the_room(poll_panel):
    poll_panel.set_poll(POLL, tally(agree=6, disagree=3, dont_know=1), phones=14,
                        room_sees_results=False)
    assert row_texts(poll_panel.chart) == ["Enig 6 60%", "Uenig 3 30%", "Ved ikke 1 10%"]
    assert poll_panel.open_chip.text() == "OPEN"
    assert poll_panel.reveal_chip.text() == "HIDDEN FROM ROOM"
    assert poll_panel.voters_label.text() == "10 voted · 14 phones connected now"
    assert poll_panel.open_button.text() == "Close poll"
    assert poll_panel.reveal_button.text() == "Reveal results"


def test_poll_panel_buttons_ask_for_the_opposite_state(qtbot, poll_panel):
    poll_panel.set_poll(POLL, tally(open=False), phones=0, room_sees_results=True)
    assert row_texts(poll_panel.chart) == ["Enig 0 0%", "Uenig 0 0%", "Ved ikke 0 0%"]
    with qtbot.waitSignal(poll_panel.open_requested) as opened:
        qtbot.mouseClick(poll_panel.open_button, Qt.LeftButton)
    assert opened.args == [True]
    with qtbot.waitSignal(poll_panel.reveal_requested) as revealed:
        qtbot.mouseClick(poll_panel.reveal_button, Qt.LeftButton)
    assert revealed.args == [False]


def test_poll_panel_reset_only_after_confirmation(qtbot, poll_panel):
    poll_panel.set_poll(POLL, tally(agree=2), phones=2, room_sees_results=True)
    poll_panel.answers[:] = [False, True]
    with qtbot.assertNotEmitted(poll_panel.reset_requested):
        qtbot.mouseClick(poll_panel.reset_button, Qt.LeftButton)
    with qtbot.waitSignal(poll_panel.reset_requested):
        qtbot.mouseClick(poll_panel.reset_button, Qt.LeftButton)
    assert poll_panel.answers == []


def test_poll_panel_without_poll_or_voting_disables_its_buttons(poll_panel):
    poll_panel.set_poll(None, None, phones=3, room_sees_results=False)
    assert poll_panel.empty_label.isVisible() and not poll_panel.chart.isVisible()
    assert not poll_panel.open_button.isEnabled()
    poll_panel.set_poll(POLL, None, phones=0, room_sees_results=False, voting_up=False)
    assert not poll_panel.reset_button.isEnabled()
    assert not poll_panel.chart.isVisible()
    assert "Voting is not running" in poll_panel.voters_label.text()


# ---------------------------------------------------------------- join panel

def _join(**changes) -> JoinInfo:
    values = dict(url="http://192.168.1.20:8080/", host="192.168.1.20", port=8080,
                  bound_host="0.0.0.0", lan=True)
    values.update(changes)
    return JoinInfo(**values)


def test_join_panel_shows_url_address_and_a_sharp_qr(qtbot):
    from presenter.render.qr import qr_matrix
    from presenter.ui.console.join_panel import JoinPanel

    panel = JoinPanel()
    qtbot.addWidget(panel)
    panel.resize(290, 420)
    panel.show()
    matrix = qr_matrix("http://192.168.1.20:8080/")
    panel.set_join(_join(), matrix)
    assert panel.url_label.text() == "192.168.1.20:8080"
    assert "192.168.1.20" in panel.address_label.text() and "8080" in panel.address_label.text()
    assert panel.warnings() == []
    image = panel.qr.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert {"#000000", "#ffffff"} <= colours


def test_join_panel_warns_in_plain_words(qtbot):
    from presenter.ui.console.join_panel import JoinPanel
    from presenter.ui.speaker_words import console_text
    LOOPBACK_ONLY = console_text("join.loopback_only")

    panel = JoinPanel()
    qtbot.addWidget(panel)
    panel.set_join(_join(url="http://127.0.0.1:8081/", host="127.0.0.1", port=8081, lan=False,
                         bound_host="127.0.0.1", port_changed=True,
                         warnings=("Windows may ask to allow Python.",)), ())
    warnings = panel.warnings()
    assert warnings[0] == LOOPBACK_ONLY
    assert "moved to port 8081" in warnings[1]
    assert warnings[2] == "Windows may ask to allow Python."
    panel.set_join(_join(), ())
    assert panel.warnings() == []
    panel.set_join(None, None, down_reason="Port 8080 is in use by another program.")
    assert panel.url_label.text() == "Voting is down"
    assert panel.address_label.text() == "Port 8080 is in use by another program."
    assert panel.warnings() == []
    panel.set_join(None, None)
    assert panel.url_label.text() == "Voting is off"
    assert not panel.show_button.isEnabled()


def test_join_panel_names_the_true_reason_phones_cannot_join_once(qtbot):
    """--host 127.0.0.1 on a laptop with a LAN address is a start option, not a missing
    network; only a laptop with no address but its own hears the no-network sentence.
    The JoinInfo values come from the server's own join_info()."""
    from presenter.ui.console.join_panel import JoinPanel
    from presenter.ui.speaker_words import console_text
    LOOPBACK_ONLY, NO_LAN = console_text("join.loopback_only"), console_text("join.no_lan")
    from server.net.lan import join_info

    panel = JoinPanel()
    qtbot.addWidget(panel)
    lan = [("wlan0", "192.168.1.20")]
    for bound in ("127.0.0.1", "::1", "localhost"):
        panel.set_join(join_info(bound, 8080, addresses=lan), ())
        assert panel.warnings() == [LOOPBACK_ONLY], bound
        assert "--host 0.0.0.0" in LOOPBACK_ONLY and "without --host" in LOOPBACK_ONLY
    panel.set_join(join_info("0.0.0.0", 8080, addresses=[]), ())      # truly no network
    assert panel.warnings() == [NO_LAN]
    panel.set_join(join_info("0.0.0.0", 8080, addresses=lan,
                             warnings=("Windows may ask to allow Python.",)), ())
    assert panel.warnings() == ["Windows may ask to allow Python."]
    panel.set_join(join_info("192.168.1.20", 8080, addresses=lan), ())
    assert panel.warnings() == []


def test_a_label_that_turns_into_a_warning_gets_the_warnings_padding(qtbot):
    """Qt's unpolish/polish alone repaints the colours but keeps the old box: the text
    would touch the warning's border and its height would be short of the padding."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from presenter.ui.console import style

    root = QWidget()
    root.setStyleSheet(style.STYLE_SHEET)
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    turned, born = QLabel("a sentence " * 12), QLabel("a sentence " * 12)
    for label, role in ((turned, "muted"), (born, "warning")):
        label.setWordWrap(True)
        label.setProperty("role", role)
        column.addWidget(label)
    root.resize(290, 400)
    root.show()
    qtbot.waitExposed(root)
    assert turned.contentsMargins().left() == 0
    style.set_role(turned, "warning")
    assert turned.contentsMargins() == born.contentsMargins()
    assert turned.contentsMargins().left() >= 8
    style.set_role(turned, "muted")
    assert turned.contentsMargins().left() == 0


def test_join_panel_venue_evidence_and_candidate_addresses(qtbot):
    from PySide6.QtWidgets import QPushButton

    from presenter.ui.console.join_panel import JoinPanel
    from server.net.reachability import no_phone_hint

    panel = JoinPanel()
    qtbot.addWidget(panel)
    panel.set_join(_join(), ())
    line, hint = "3 phones reached this laptop in the last minute (192.168.1.x).", no_phone_hint(8080)
    panel.set_evidence(3, line=line, hint=hint)
    assert panel.evidence_label.text() == line
    assert panel.evidence_label.property("role") == "muted"
    panel.set_evidence(0, nobody_yet=True, line="", hint=hint)
    assert panel.evidence_label.text() == hint
    assert panel.evidence_label.property("role") == "warning"
    panel.set_candidates([("wlan0", "192.168.1.20"), ("eth0", "10.0.0.5")], in_use="192.168.1.20")
    buttons = [panel.candidates_box.itemAt(i).widget() for i in range(panel.candidates_box.count())]
    use_other = [b for b in buttons if isinstance(b, QPushButton)]
    assert len(use_other) == 1
    with qtbot.waitSignal(panel.address_chosen) as chosen:
        use_other[0].click()
    assert chosen.args == ["10.0.0.5"]
