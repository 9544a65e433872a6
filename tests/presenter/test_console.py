"""The presenter console on the real ShowController: the real deck parser and renderer,
the real voting server on 127.0.0.1 port 0 with SQLite in tmp_path, phones over
HTTP, the real KeyRouter and audience window, all offscreen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

from tests.presenter.test_console_widgets import Clock, row_texts
from tests.presenter.ui_support import DECK_TEXT, POLL_SLIDE, SLIDES, Phone, make_presentation

POLL = "first-poll"


def _console(qtbot, presentation, confirm=lambda window: True, size=(1366, 768), folder=None):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.keys import KeyRouter

    router = KeyRouter(presentation, confirm_reset=confirm)
    audience = AudienceWindow(presentation, router)
    qtbot.addWidget(audience)
    clock = Clock()
    console = ConsoleWindow(presentation, router, clock=clock, choose_folder=lambda w: folder)
    console.clock = clock
    qtbot.addWidget(console)
    console.resize(*size)
    console.show()
    qtbot.waitExposed(console)
    return router, audience, console


@pytest.fixture
def hidden(qtbot, tmp_path):
    """A deck whose results the room sees only after R, with voting up."""
    presentation = make_presentation(tmp_path, results="reveal")
    assert presentation.server is not None, presentation.voting_error
    router, audience, console = _console(qtbot, presentation)
    yield presentation, router, audience, console
    presentation.shutdown()


@pytest.fixture
def offline(qtbot, tmp_path):
    presentation = make_presentation(tmp_path, voting=False)
    router, audience, console = _console(qtbot, presentation)
    yield presentation, router, audience, console
    presentation.shutdown()


def _press(widget, key, modifiers=Qt.NoModifier) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, modifiers))


def _server_poll(presentation, poll_id=POLL):
    return presentation.server.snapshot().poll(poll_id)


def test_console_follows_navigation_next_slide_and_notes(offline):
    presentation, _, _, console = offline
    assert console.header.position_label.text() == f"Slide 1 of {SLIDES}"
    assert console.current.slide == 1 and console.next.slide == 2
    presentation.go_to(POLL_SLIDE)
    assert console.header.position_label.text() == f"Slide {POLL_SLIDE} of {SLIDES}"
    assert console.current.slide == POLL_SLIDE and console.next.slide == POLL_SLIDE + 1
    assert console.notes.notes() == presentation.deck.slides[POLL_SLIDE - 1].notes.strip()
    assert console.strip.currentRow() == POLL_SLIDE - 1
    presentation.last()
    assert console.next.slide is None            # "End of the deck"
    assert console.notes.notes() == presentation.deck.slides[-1].notes.strip()


def test_notes_change_with_the_slide(qtbot, tmp_path):
    from tests.presenter import ui_support

    deck_text = ui_support.DECK_TEXT.replace("Et lille deck til prøver",
                                             "Et lille deck til prøver\n\n<!-- Byd velkommen. -->")
    deck_text = deck_text.replace("- punkt to", "- punkt to\n\n<!-- Tal om punkterne. -->")
    (tmp_path / "deck.md").write_text(deck_text.format(results="live"), encoding="utf-8")
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController

    deck = load_deck(tmp_path / "deck.md")
    presentation = ShowController(deck, SlideRenderer(deck), None)
    _, _, console = _console(qtbot, presentation)
    assert console.notes.notes() == "Byd velkommen."
    presentation.next()
    assert console.notes.notes() == "Tal om punkterne."
    presentation.next()
    assert console.notes.notes() == "" and console.notes.empty_label.isVisible()


def test_keys_in_the_console_do_what_they_do_in_the_audience_window(qtbot, offline):
    presentation, _, audience, console = offline
    _press(console, Qt.Key_Right)
    assert presentation.slide == 2
    _press(audience, Qt.Key_Right)
    assert presentation.slide == 3 and console.current.slide == 3
    _press(console, Qt.Key_5)
    _press(console, Qt.Key_Return)
    assert presentation.slide == 5
    _press(console, Qt.Key_B)
    assert presentation.screen_mode == "black" and console.current.blank == "black"
    _press(console, Qt.Key_Space)                # any key brings the slide back
    assert presentation.screen_mode == "slide" and console.current.blank is None


def test_timer_starts_on_the_first_slide_change_and_t_pauses_it(offline):
    presentation, _, audience, console = offline
    clock = console.clock
    clock.advance(120)
    console.timer_panel.refresh()
    assert console.timer_panel.elapsed_label.text() == "00:00"
    presentation.next()
    clock.advance(75)
    console.timer_panel.refresh()
    assert console.timer_panel.elapsed_label.text() == "01:15"
    _press(audience, Qt.Key_T)                   # T in either window
    clock.advance(30)
    console.timer_panel.refresh()
    assert console.timer_panel.elapsed_label.text() == "01:15"
    _press(console, Qt.Key_T)
    clock.advance(5)
    console.timer_panel.refresh()
    assert console.timer_panel.elapsed_label.text() == "01:20"


def test_overview_grid_jumps_anywhere(qtbot, offline):
    presentation, _, _, console = offline
    _press(console, Qt.Key_G)
    assert console.overview_visible
    console.grid.setCurrentRow(4)
    _press(console, Qt.Key_Return)
    assert presentation.slide == 5 and not console.overview_visible
    console.toggle_overview()
    _press(console, Qt.Key_Escape)
    assert not console.overview_visible and presentation.slide == 5
    item = console.strip.item(1)
    qtbot.mouseClick(console.strip.viewport(), Qt.LeftButton,
                     pos=console.strip.visualItemRect(item).center())
    assert presentation.slide == 2


def test_thumbnails_are_rendered_by_the_renderer(offline):
    presentation, _, _, console = offline
    first = console.thumbnails.pixmap(1).toImage()
    second = console.thumbnails.pixmap(2).toImage()
    assert first.size().width() == 320 and first != second


def test_poll_buttons_change_the_real_servers_state(qtbot, hidden):
    presentation, _, _, console = hidden
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: _server_poll(presentation).open, timeout=8000)
    qtbot.waitUntil(lambda: console.poll_panel.open_button.text() == "Close poll", timeout=8000)
    qtbot.mouseClick(console.poll_panel.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not _server_poll(presentation).open, timeout=8000)
    qtbot.waitUntil(lambda: console.poll_panel.open_chip.text() == "CLOSED", timeout=8000)
    qtbot.mouseClick(console.poll_panel.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: _server_poll(presentation).open, timeout=8000)
    qtbot.waitUntil(lambda: console.poll_panel.reveal_button.isEnabled(), timeout=8000)
    qtbot.mouseClick(console.poll_panel.reveal_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: _server_poll(presentation).revealed, timeout=8000)
    qtbot.waitUntil(lambda: console.poll_panel.reveal_chip.text() == "ROOM SEES RESULTS", timeout=8000)


def test_hidden_results_stay_hidden_from_the_room_while_the_console_counts(qtbot, hidden):
    presentation, _, audience, console = hidden
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: _server_poll(presentation).open, timeout=8000)
    for choice in ("agree", "agree", "disagree"):
        phone = Phone(presentation.join.url)
        phone.state()
        assert phone.vote(POLL, choice) == 200
    qtbot.waitUntil(lambda: row_texts(console.poll_panel.chart)[:2] == ["Enig 2 67%", "Uenig 1 33%"],
                    timeout=8000)
    assert console.poll_panel.reveal_chip.text() == "HIDDEN FROM ROOM"
    # The room (and the "now" preview, which draws the room's view) sees no results.
    assert not presentation.room_view(for_audience=True).poll(POLL).results_visible
    assert not console.current.view.poll(POLL).results_visible
    assert presentation.room_view(for_audience=False).poll(POLL).results_visible
    _press(console, Qt.Key_R)
    qtbot.waitUntil(lambda: presentation.room_view(for_audience=True).poll(POLL).results_visible,
                    timeout=8000)
    qtbot.waitUntil(lambda: console.current.view.poll(POLL).results_visible, timeout=8000)


def test_reset_asks_first_and_only_then_forgets_the_votes(qtbot, tmp_path):
    answers = []
    presentation = make_presentation(tmp_path)
    try:
        _, _, console = _console(qtbot, presentation, confirm=lambda window: answers.pop(0))
        presentation.go_to(POLL_SLIDE)
        qtbot.waitUntil(lambda: _server_poll(presentation).open, timeout=8000)
        phone = Phone(presentation.join.url)
        phone.state()
        assert phone.vote(POLL, "agree") == 200
        qtbot.waitUntil(lambda: console.poll_panel.reset_button.isEnabled()
                        and presentation.tally(POLL) and presentation.tally(POLL).voters == 1,
                        timeout=8000)
        answers[:] = [False]
        qtbot.mouseClick(console.poll_panel.reset_button, Qt.LeftButton)
        assert _server_poll(presentation).voters == 1 and answers == []
        answers[:] = [True]
        qtbot.mouseClick(console.poll_panel.reset_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: _server_poll(presentation).voters == 0, timeout=8000)
        qtbot.waitUntil(lambda: row_texts(console.poll_panel.chart)[0] == "Enig 0 0%", timeout=8000)
    finally:
        presentation.shutdown()


def test_join_panel_shows_the_servers_address_and_port(hidden):
    presentation, _, _, console = hidden
    join = presentation.join
    assert console.join_panel.url_label.text() == f"127.0.0.1:{join.port}"
    assert str(join.port) in console.join_panel.address_label.text()
    # Voting listens on 127.0.0.1 (tests never bind a LAN address): the speaker is told
    # that reason, once, and not that the laptop has no network (it may well have one).
    from presenter.ui.speaker_words import console_text
    LOOPBACK_ONLY, NO_LAN = console_text("join.loopback_only"), console_text("join.no_lan")
    warnings = console.join_panel.warnings()
    assert warnings[0] == LOOPBACK_ONLY and NO_LAN not in warnings
    assert not [w for w in warnings[1:] if "--host" in w or "cannot join" in w]
    assert console.join_panel.qr.matrix == presentation.room_view(for_audience=False).join.qr


def test_voting_down_banner_and_restart(qtbot, hidden):
    presentation, _, _, console = hidden
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: console.poll_panel.chart.isVisible(), timeout=8000)
    assert not console.banner.isVisible()
    # The server's own failure path: its thread reports through the bridge.
    with qtbot.waitSignal(presentation.server_failed, timeout=8000):
        presentation.bridge.on_failure("The voting server stopped: the database is locked.")
    assert console.banner.isVisible()
    assert "database is locked" in console.banner.message.text()
    assert console.join_panel.url_label.text() == "Voting is down"
    assert console.join_panel.warnings() == []
    assert console.header.status_label.text() == "Voting is down"
    assert not console.poll_panel.chart.isVisible()      # no stale or made-up counts
    qtbot.mouseClick(console.banner.restart_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: presentation.server is not None, timeout=5000)
    assert not console.banner.isVisible()
    assert console.join_panel.url_label.text().startswith("127.0.0.1:")
    qtbot.waitUntil(lambda: console.poll_panel.chart.isVisible(), timeout=8000)


def test_a_join_slides_thumbnail_loses_the_dead_code_when_voting_goes_down(qtbot, tmp_path):
    join_slide = "<!-- layout: join -->\n\n# Stem med mobilen\n\n---\n\n## Anden slide"
    presentation = make_presentation(tmp_path, deck_text=DECK_TEXT.replace("## Anden slide", join_slide, 1))
    try:
        _, _, console = _console(qtbot, presentation)
        qtbot.waitUntil(lambda: 2 in console.thumbnails.pixmaps, timeout=5000)
        qtbot.wait(800)         # the thumbnails follow the room at most twice a second
        with_code = console.thumbnails.pixmaps[2].toImage()
        with qtbot.waitSignal(presentation.server_failed, timeout=8000):
            presentation.bridge.on_failure("The voting server stopped: the database is locked.")
        # As the room's join slide: no code for a server that is gone.
        qtbot.waitUntil(lambda: console.thumbnails.pixmaps[2].toImage() != with_code, timeout=3000)
    finally:
        presentation.shutdown()


def test_without_voting_the_console_says_so_and_disables_poll_controls(offline):
    presentation, _, _, console = offline
    presentation.go_to(POLL_SLIDE)
    assert console.join_panel.url_label.text() == "Voting is off"
    assert not console.poll_panel.open_button.isEnabled()
    assert console.header.status_label.text() == "Voting off"
    assert not console.banner.isVisible()


def _clipped(widgets) -> list:
    """Visible labels and buttons smaller than their text needs (a wrapped label by
    its height for its width)."""
    from PySide6.QtWidgets import QLabel, QPushButton

    clipped = []
    for widget in widgets:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QPushButton)):
            continue
        need = widget.minimumSizeHint()
        height = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else -1
        if (widget.width() < need.width() or widget.height() < need.height()
                or widget.height() < height):
            clipped.append((type(widget).__name__, widget.text()[:30], widget.size(), need))
    return clipped


def _inside_viewport(console, widget) -> bool:
    """The whole widget is inside the side column's visible part, as it scrolls now."""
    viewport = console.side_scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return widget.isVisible() and 0 <= top and top + widget.height() <= viewport.height()


def test_fits_a_1366x768_laptop_without_clipping(qtbot, hidden):
    from PySide6.QtWidgets import QWidget

    presentation, _, _, console = hidden
    presentation.go_to(POLL_SLIDE)
    hint = console.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    assert console.size().width() == 1366 and console.size().height() == 768
    qtbot.waitUntil(lambda: console.poll_panel.open_button.text() == "Close poll", timeout=8000)
    qtbot.wait(50)
    assert _clipped(console.findChildren(QWidget)) == []
    assert console.current.width() >= 560     # the room's slide stays large
    # The whole side column, down to the venue panel's button, shows without scrolling.
    rehearse = console.venue.rehearse_button
    assert _inside_viewport(console, rehearse), rehearse.geometry()
    assert _inside_viewport(console, console.join_panel.show_button)


def test_a_crowded_side_column_at_1366x768_scrolls_to_its_last_word(qtbot, hidden):
    """The no-phone hint, a firewall step and a rehearsal verdict at once: the QR code
    gives up height first, then the column scrolls, and scrolled to its end the venue
    panel's button and verdict are whole and inside the visible part."""
    from PySide6.QtWidgets import QWidget

    from common.words import Phrase
    from presenter.ui.console.side_column import QR_MAX, QR_MIN
    from server.net.reachability import no_phone_hint
    from venue.rehearsal import RehearsalResult, verdict_phrases

    presentation, _, _, console = hidden
    venue, panel = console.venue, console.join_panel
    venue.timer.stop()                  # the words below stay as set
    panel.set_evidence(0, nobody_yet=True, line="", hint=no_phone_hint(presentation.join.port))
    qtbot.waitUntil(lambda: panel.qr.maximumHeight() < QR_MAX, timeout=3000)
    assert _inside_viewport(console, venue.rehearse_button)     # the QR gave way
    venue._firewall_done(Phrase.of("venue.firewall.ufw", port=presentation.join.port))
    lost = RehearsalResult(url=presentation.join.url, phones=30, reached=30, voted=12,
                           slowest_ms=9000.0, median_ms=900.0, failures={"timeout": 18},
                           stopped_at_deadline=True)
    venue._rehearsal_done((False, [*verdict_phrases(lost), Phrase.of("console.venue.local_only")]))
    qtbot.waitUntil(lambda: panel.qr.maximumHeight() == QR_MIN, timeout=3000)
    qtbot.wait(50)
    side = console.side_scroll
    assert side.verticalScrollBar().maximum() > 0 and side.verticalScrollBar().isVisible()
    side.verticalScrollBar().setValue(side.verticalScrollBar().maximum())
    qtbot.wait(20)
    for widget in (venue.rehearse_button, venue.rehearse_label, venue.firewall_label):
        assert _inside_viewport(console, widget), widget.text()[:30]
    assert _clipped(side.widget().findChildren(QWidget)) == []


def test_export_results_writes_csv_json_and_a_handout_and_says_where(qtbot, tmp_path):
    import csv
    import json
    import re
    import shutil
    import subprocess

    out = tmp_path / "out"
    presentation = make_presentation(tmp_path)
    try:
        _, _, console = _console(qtbot, presentation, folder=out)
        presentation.go_to(POLL_SLIDE)
        qtbot.waitUntil(lambda: _server_poll(presentation).open, timeout=8000)
        for choice in ("agree", "agree", "dont-know"):
            phone = Phone(presentation.join.url)
            phone.state()
            assert phone.vote(POLL, choice) == 200
        qtbot.mouseClick(console.export.button, Qt.LeftButton)
        names = sorted((p.name for p in out.iterdir()), key=lambda n: n.rsplit(".", 1)[1])
        assert [n.rsplit(".", 1)[1] for n in names] == ["csv", "json", "pdf"]
        assert str(out) in console.export.note.text() and console.export.note.isVisible()
        with open(out / names[0], encoding="utf-8-sig", newline="") as handle:
            rows = {(r["poll_id"], r["option_id"]): int(r["count"]) for r in csv.DictReader(handle)}
        assert rows[(POLL, "agree")] == 2 and rows[(POLL, "dont-know")] == 1
        assert rows[(POLL, "disagree")] == 0
        document = json.loads((out / names[1]).read_text(encoding="utf-8"))
        first = next(p for p in document["polls"] if p["id"] == POLL)
        assert first["voters"] == 3
        if shutil.which("pdftotext"):     # poppler: .ci/run installs it
            info = subprocess.run(["pdfinfo", str(out / names[2])], capture_output=True, text=True)
            assert re.search(rf"^Pages:\s+{SLIDES}$", info.stdout, re.M)
            page = subprocess.run(["pdftotext", "-f", str(POLL_SLIDE), "-l", str(POLL_SLIDE),
                                   str(out / names[2]), "-"], capture_output=True, text=True).stdout
            assert "67 %" in page and "33 %" in page        # the session's final counts
        blocked = tmp_path / "a-file"
        blocked.write_text("not a folder")
        console.export.choose_folder = lambda window: blocked
        assert console.export_results() == []
        assert console.export.note.text().startswith(f"Could not write to {blocked}")
    finally:
        presentation.shutdown()


def test_export_without_voting_says_why_in_a_sentence(qtbot, tmp_path):
    presentation = make_presentation(tmp_path, voting=False)
    _, _, console = _console(qtbot, presentation, folder=tmp_path / "out")
    assert not console.export.button.isEnabled()
    assert console.export_results() == []
    assert "no session to export" in console.export.note.text()
    assert not (tmp_path / "out").exists()


def test_dialogs_over_the_console_are_readable(qtbot, offline):
    """The console's light-on-dark style sheet reaches every dialog parented to it: a
    message box and Qt's own folder picker (what Export results opens where there is
    no native one) keep text readable on their own surfaces."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    from tests.presenter.test_keys import _text_contrast

    console = offline[3]
    box = QMessageBox(QMessageBox.Icon.Warning, "Export results",
                      "The folder cannot be written; pick another one.",
                      QMessageBox.StandardButton.Ok, console)
    picker = QFileDialog(console, "Export results to which folder?", str(Path.home()))
    picker.setFileMode(QFileDialog.FileMode.Directory)
    picker.setOption(QFileDialog.Option.DontUseNativeDialog)
    picker.resize(700, 450)
    for dialog in (box, picker):
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
        texts += [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.text()]
        assert len(texts) >= 2
        for widget in texts:
            assert _text_contrast(dialog, widget) >= 4.5, widget.text()
        dialog.done(0)
