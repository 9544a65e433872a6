"""The start screen and the remembered settings, offscreen with pytest-qt: settings in
a temp profile (QSettings on an INI file in tmp_path), the Open dialog replaced by a
function (the screen takes it as an argument), drops sent as real QDropEvents."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from presenter.paths import BUNDLED_DECK
from presenter.ui.start_screen import StartScreen
from presenter.ui.user_settings import MAX_RECENT, UserSettings
from tests.presenter.ui_support import write_deck


@pytest.fixture
def profile(tmp_path):
    """A fresh per-user settings file, as a new user would have."""
    return tmp_path / "profile" / "votedeck.ini"


def _settings(profile: Path) -> UserSettings:
    return UserSettings(QSettings(str(profile), QSettings.Format.IniFormat))


def _screen(qtbot, profile, ask=lambda parent: None) -> StartScreen:
    screen = StartScreen(_settings(profile), ask)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_settings_outlive_the_object_that_wrote_them(profile, tmp_path):
    decks = [write_deck(tmp_path / f"d{i}") for i in range(MAX_RECENT + 2)]
    settings = _settings(profile)
    for deck in decks:
        settings.remember_deck(deck)
    settings.remember_deck(decks[3])                # again: moves to the top, not twice
    settings.last_session_name = "  Bodø kommune "
    decks[-1].unlink()                              # a deck deleted since is not offered

    again = _settings(profile)
    assert again.recent_decks[0] == decks[3].resolve()
    assert len(again.recent_decks) == MAX_RECENT - 1
    assert decks[-1].resolve() not in again.recent_decks
    assert again.last_session_name == "Bodø kommune"


def test_open_dialog_opens_the_deck_and_remembers_it(qtbot, profile, tmp_path):
    deck_path = write_deck(tmp_path)
    screen = _screen(qtbot, profile, ask=lambda parent: deck_path)
    screen.session_name.setText("Tromsø")
    with qtbot.waitSignal(screen.deck_chosen) as chosen:
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0].path == deck_path
    assert _settings(profile).recent_decks == [deck_path.resolve()]
    assert _settings(profile).last_session_name == "Tromsø"


def test_a_cancelled_dialog_does_nothing(qtbot, profile):
    screen = _screen(qtbot, profile)
    with qtbot.assertNotEmitted(screen.deck_chosen):
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert screen.error.text() == "" and not screen.error.isVisible()


def test_recent_decks_are_listed_and_open_on_activation(qtbot, profile, tmp_path):
    deck_path = write_deck(tmp_path)
    _settings(profile).remember_deck(deck_path)
    screen = _screen(qtbot, profile)
    assert screen.recent.count() == 1
    with qtbot.waitSignal(screen.deck_chosen) as chosen:
        screen.recent.itemActivated.emit(screen.recent.item(0))
    assert chosen.args[0].path.resolve() == deck_path.resolve()


def test_the_bundled_talk_is_one_click_away(qtbot, profile):
    screen = _screen(qtbot, profile)
    with qtbot.waitSignal(screen.deck_chosen) as chosen:
        qtbot.mouseClick(screen.bundled_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0].path.resolve() == BUNDLED_DECK.resolve()
    assert _settings(profile).recent_decks == []      # the bundled talk is always there anyway


def _drop(screen: StartScreen, path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    """A drag entering the window, then the drop. QApplication.notify discards drag
    events that no real drag started, so they go straight to the window's handlers."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    screen.dragEnterEvent(enter)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    drop.ignore()
    screen.dropEvent(drop)
    return enter, drop


def test_a_dropped_md_file_opens(qtbot, profile, tmp_path):
    deck_path = write_deck(tmp_path)
    screen = _screen(qtbot, profile)
    with qtbot.waitSignal(screen.deck_chosen) as chosen:
        enter, drop = _drop(screen, deck_path)
    assert enter.isAccepted() and drop.isAccepted()
    assert chosen.args[0].path == deck_path


def test_a_dropped_file_that_is_not_a_deck_is_refused(qtbot, profile, tmp_path):
    picture = tmp_path / "slide.png"
    picture.write_bytes(b"\x89PNG")
    screen = _screen(qtbot, profile)
    with qtbot.assertNotEmitted(screen.deck_chosen):
        enter, drop = _drop(screen, picture)
    assert not enter.isAccepted()


def test_a_broken_deck_shows_file_and_line_in_the_window(qtbot, profile, tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\n# Slide\n", encoding="utf-8")
    screen = _screen(qtbot, profile, ask=lambda parent: broken)
    with qtbot.assertNotEmitted(screen.deck_chosen):
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert screen.error.text().startswith(f"{broken}:")
    assert "Fix the deck and open it again, or choose another." in screen.error.text()
    assert screen.error.isVisible() and screen.error.property("role") == "warning"
    assert screen.isVisible()                        # still there for another try
    assert _settings(profile).recent_decks == []


def test_a_poll_left_open_is_named_in_the_window_before_the_talk(qtbot, profile, tmp_path):
    broken = tmp_path / "talk.md"
    broken.write_text("# One\n\n```poll\nquestion: Q\n``\n\n---\n\n# Three\n", encoding="utf-8")
    screen = _screen(qtbot, profile)
    with qtbot.assertNotEmitted(screen.deck_chosen):
        assert not screen.open_deck(broken)
    assert screen.error.text().startswith(
        f"{broken}:3: the ```poll block opened at line 3 is never closed (line 5, \"``\", "
        "does not close it")
    assert "swallows the slide after it, which would be lost" in screen.error.text()
    assert screen.error.isVisible()


def test_a_missing_file_is_a_sentence(qtbot, profile, tmp_path):
    screen = _screen(qtbot, profile)
    assert not screen.open_deck(tmp_path / "gone.md")
    assert screen.error.text().startswith(f"{tmp_path / 'gone.md'}: file not found")
    assert "or choose another" in screen.error.text()


def test_the_start_screen_speaks_the_picked_language_at_once(qtbot, profile, speaker_language_reset):
    screen = _screen(qtbot, profile)
    assert screen.open_button.text() == "Open a deck…"
    screen.language.setCurrentIndex(screen.language.findData("sv"))
    assert screen.open_button.text() == "Öppna en presentation…"
    assert screen.bundled_button.text() == "Visa det medföljande föredraget"
    assert screen.session_name.placeholderText() == "till exempel kommunen (valfritt)"
    assert _settings(profile).speaker_language == "sv"          # remembered in this profile
    screen.open_deck(Path("/nowhere/deck.md"))
    assert screen.error.text().endswith("Rätta presentationen och öppna den igen, eller välj en annan.")
