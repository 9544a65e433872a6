"""The console speaks the speaker's language (issue 18): the one picked in its list,
else the system's; a pick rebuilds every word at once and is remembered per user."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton

from common.words import WORDS
from presenter.ui.user_settings import UserSettings
from tests.presenter.test_console import _console
from tests.presenter.ui_support import POLL_SLIDE, make_presentation


@pytest.fixture
def voting(qtbot, tmp_path):
    presentation = make_presentation(tmp_path)
    assert presentation.server is not None, presentation.voting_error
    yield presentation
    presentation.shutdown()


def _words(console) -> set[str]:
    """Every label's and button's text in the console now."""
    widgets = [*console.findChildren(QLabel), *console.findChildren(QPushButton)]
    return {w.text() for w in widgets if w.text() and w.isVisibleTo(console)}


def _pick(console, code: str) -> None:
    picker = console.header.language
    picker.setCurrentIndex(picker.findData(code))


def test_with_danish_the_console_reads_danish(qtbot, voting, speaker_language_reset):
    from presenter.ui.speaker_words import set_speaker_language

    set_speaker_language("da")
    voting.go_to(POLL_SLIDE)
    *_, console = _console(qtbot, voting)
    header, poll = console.header, console.poll_panel
    assert header.position_label.text() == f"Dias {POLL_SLIDE} af 6"
    assert header.overview_button.text() == "Alle dias (G)"
    assert header.export.button.text() == "Eksportér resultater…"
    assert header.status_label.text() == "● 0 telefoner forbundet nu"
    assert header.language.currentText() == "Dansk"
    qtbot.waitUntil(lambda: poll.open_button.text() == "Luk afstemningen", timeout=5000)
    assert poll.reveal_button.text() in ("Vis resultaterne", "Skjul resultaterne")
    assert console.join_panel.show_button.text() == "Vis deltagerskærmen"
    assert console.timer_panel.reset_button.text() == "Nulstil"
    assert "NU — DET SALEN SER" in _words(console)
    # Not one English sentence of the console's own is left on it.
    english = {v for k, v in WORDS["en"].items() if k.startswith("console.")}
    assert not (_words(console) & english), _words(console) & english


def test_picking_swedish_changes_the_words_at_once_and_is_remembered(qtbot, voting, speaker_language_reset):
    from presenter.ui.speaker_words import set_speaker_language, speaker_language

    set_speaker_language("da")
    *_, console = _console(qtbot, voting)
    voting.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: console.poll_panel.open_button.text() == "Luk afstemningen", timeout=5000)
    console.toggle_overview()
    _pick(console, "sv")
    assert speaker_language() == "sv"
    header = console.header
    assert header.position_label.text() == f"Bild {POLL_SLIDE} av 6"
    assert header.overview_button.text() == "Tillbaka (G)"           # the grid is open
    assert header.export.button.text() == "Exportera resultat…"
    assert console.poll_panel.open_button.text() == "Stäng omröstningen"
    assert console.notes.empty_label.text() == "Inga anteckningar till den här bilden."
    assert console.windowTitle().endswith("votedeck-konsol")
    assert "ALLA BILDER — KLICKA PÅ EN FÖR ATT VISA DEN · G ELLER ESC FÖR ATT GÅ TILLBAKA" in _words(console)
    console.toggle_overview()
    assert header.overview_button.text() == "Alla bilder (G)"
    assert "NÄSTA" in _words(console) and "NÆSTE" not in _words(console)
    assert "ANTECKNINGAR" in _words(console) and "NOTER" not in _words(console)
    sv = WORDS["sv"]
    assert console.paper.button.text() == sv["console.paper.button"]
    assert console.report.button.text() == sv["console.report.button"]
    assert console.session_name.save_button.text() == sv["console.session.save"]
    assert console.session_name.field.placeholderText() == sv["console.session.placeholder"]
    assert console.remote_panel.button.text() == sv["console.remote.pair"]
    assert UserSettings().speaker_language == "sv"      # the run's profile, not the user's


def test_the_pick_outlives_the_settings_object(tmp_path, speaker_language_reset):
    from presenter.ui.speaker_words import set_speaker_language

    profile = tmp_path / "profile" / "votedeck.ini"
    set_speaker_language("nn", UserSettings(QSettings(str(profile), QSettings.Format.IniFormat)))
    again = UserSettings(QSettings(str(profile), QSettings.Format.IniFormat))
    assert again.speaker_language == "nn"


def test_without_a_pick_the_system_language_speaks(monkeypatch, speaker_language_reset):
    from PySide6.QtCore import QLocale

    import presenter.ui.speaker_words as speaker_words

    monkeypatch.setattr(speaker_words.QLocale, "system", staticmethod(lambda: QLocale("nb_NO")))
    UserSettings().store.remove("speaker_language")         # nothing picked yet
    speaker_words._language = None
    assert speaker_words.speaker_language() == "nb"
    assert speaker_words.console_text("header.slide", n=2, total=9) == "Lysbilde 2 av 9"


def test_the_list_names_each_language_in_itself(qtbot, voting, speaker_language_reset):
    *_, console = _console(qtbot, voting)
    picker = console.header.language
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "Dansk", "Norsk bokmål", "Norsk nynorsk", "Svenska", "English"]


def test_the_console_draws_in_inter_not_the_systems_font(qtbot, voting):
    from PySide6.QtGui import QFontInfo

    *_, console = _console(qtbot, voting)
    for widget in (console, console.header.position_label, console.poll_panel.open_button,
                   console.notes.text, console.header.language):
        assert QFontInfo(widget.font()).family() == "Inter", widget
