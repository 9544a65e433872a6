"""The session's name and the report from the console (issue 14 / 16): the real console on
the real ShowController and voting server (127.0.0.1 port 0, SQLite in tmp_path). The
name is stored in the sessions table at once (`votedeck sessions` and the phones read it)
and remembered in a temp profile; the report button writes the municipality's PDF,
read back with pdftotext/pdfinfo."""
from __future__ import annotations

import gc
import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt

from presenter.ui.speaker_words import console_text
from tests.presenter.test_console_paper import open_console
from tests.presenter.ui_support import POLL_SLIDE, SLIDES, Phone, make_presentation
from tests.server.serve_process import votedeck

POLL = "first-poll"


@pytest.fixture
def talk(qtbot, tmp_path):
    presentation = make_presentation(tmp_path, results="reveal", session_name="Testdeck prøve")
    assert presentation.server is not None, presentation.voting_error
    yield presentation
    presentation.shutdown()
    gc.collect()


def test_the_speaker_names_the_session_during_the_talk(qtbot, talk, tmp_path):
    from presenter.ui.user_settings import UserSettings
    from server.store.session_list import list_sessions

    presentation = talk
    console = open_console(qtbot, presentation, tmp_path)
    panel = console.session_name
    assert panel.field.text() == "Testdeck prøve"           # what the session is called now
    # Only a click puts the cursor in it: the console's keys keep moving the slides.
    assert panel.field.focusPolicy() == Qt.FocusPolicy.ClickFocus
    panel.field.setText("   ")
    assert panel.save() is None and panel.note.text() == console_text("session.refused.empty")
    panel.field.setText("  Trondheim   kommune ")
    panel.save_button.click()
    assert panel.field.text() == "Trondheim kommune"
    assert panel.note.text() == console_text("session.saved", name="Trondheim kommune")
    # Stored at once: the listing (read beside the running talk), the phones, the profile.
    database = presentation.server.database_path
    assert [s.name for s in list_sessions(database)] == ["Trondheim kommune"]
    phone = Phone(presentation.join.url)
    qtbot.waitUntil(lambda: phone.state()["session"]["name"] == "Trondheim kommune", timeout=5000)
    profile = UserSettings(QSettings(str(tmp_path / "profile.ini"), QSettings.Format.IniFormat))
    assert profile.last_session_name == "Trondheim kommune"
    listed = votedeck("sessions", "--data-dir", str(database.parent))
    assert listed.returncode == 0 and "Trondheim kommune" in listed.stdout.decode()
    console.close()


def test_a_new_session_begins_from_the_console_and_the_earlier_keeps_its_votes(
        qtbot, talk, tmp_path):
    from server.store.session_list import list_sessions

    presentation = talk
    console = open_console(qtbot, presentation, tmp_path)
    panel = console.session_name
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: presentation.tally(POLL) is not None
                    and presentation.tally(POLL).open, timeout=5000)
    assert Phone(presentation.join.url).vote(POLL, "agree") == 200
    qtbot.waitUntil(lambda: presentation.tally(POLL).voters == 1, timeout=5000)
    panel.field.setText("Bergen kommune")
    panel._confirm = lambda *_: False                 # the speaker says no: nothing changes
    assert panel.begin_new() is False
    assert presentation.session_name() == "Testdeck prøve"
    from server.apart import SPARE
    ready = []                  # while the speaker reads the question, a voting process starts
    panel._confirm = lambda *_: ready.append(SPARE._waiting[0]) or True
    assert panel.begin_new() is True
    assert presentation.session_name() == "Bergen kommune"
    assert presentation.server._process is ready[0]      # the new session is served by it
    assert panel.note.text() == console_text("session.new_started", name="Bergen kommune")
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: presentation.tally(POLL) is not None
                    and presentation.tally(POLL).voters == 0, timeout=5000)
    sessions = {s.name: s.votes for s in list_sessions(presentation.server.database_path)}
    assert sessions == {"Testdeck prøve": 1, "Bergen kommune": 0}
    console.close()


def test_without_voting_the_name_field_is_off(qtbot, tmp_path):
    presentation = make_presentation(tmp_path, voting=False)
    try:
        console = open_console(qtbot, presentation, tmp_path)
        assert not console.session_name.field.isEnabled()
        assert not console.report.button.isEnabled()
        console.close()
    finally:
        presentation.shutdown()
        gc.collect()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
def test_the_report_button_writes_the_municipalitys_pdf(qtbot, talk, tmp_path):
    presentation = talk
    target = tmp_path / "out" / "trondheim.pdf"
    asked = []
    console = open_console(qtbot, presentation, tmp_path,
                           choose_report_file=lambda window, suggested: asked.append(suggested)
                           or target)
    presentation.rename_session("Trondheim kommune")
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: presentation.tally(POLL) is not None and presentation.tally(POLL).open)
    for choice in ("agree", "agree", "disagree"):
        assert Phone(presentation.join.url).vote(POLL, choice) == 200
    assert presentation.set_hand_counts(POLL, {"agree": 5}) == 5
    presentation.last()
    assert presentation.slide == SLIDES and console.report.button.property("kind") == "primary"
    console.report.button.click()
    assert asked[0].name == "trondheim-kommune-report.pdf"
    assert target.is_file()
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(target)], capture_output=True, check=True, text=True).stdout.splitlines()
        if line.startswith("Pages:")))
    assert pages == 2 + 2      # title, the two polls, the method note
    assert console.export.note.text() == console_text("report.saved", path=target, pages=pages)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          check=True, text=True).stdout
    for words in ("Trondheim kommune", "Testdeck", "3 telefoner stemte", "5 stemmer talt på papir",
                  "inkl. 5 på papir", "Afstemningen var anonym"):
        assert words in text, (words, text[:1500])

    # A file that cannot be written is a sentence under the title, not a traceback.
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    console.report.choose_file = lambda window, suggested: blocker / "report.pdf"
    assert console.report.run() is None
    assert str(blocker / "report.pdf") in console.export.note.text()
    console.close()
