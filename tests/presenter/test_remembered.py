"""The presenter's choices remembered per user (issue 16), in a temp profile: the
notes' size, the data folder chosen with --data-dir, the room's screen (by name:
tests/presenter/test_console_screens.py runs the app on two screens for that)."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings, Qt

from presenter.ui.remembered import data_dir_config
from presenter.ui.user_settings import UserSettings
from server.api import ServerConfig
from tests.presenter.test_console import _console
from tests.presenter.ui_support import make_presentation, write_deck


def _settings(tmp_path) -> UserSettings:
    return UserSettings(QSettings(str(tmp_path / "profile" / "votedeck.ini"), QSettings.Format.IniFormat))


def test_the_notes_size_outlives_the_console(qtbot, tmp_path):
    from presenter.ui.console.notes_panel import DEFAULT_POINT_SIZE

    presentation = make_presentation(tmp_path, voting=False)
    try:
        *_, console = _console(qtbot, presentation)
        assert console.notes.point_size == DEFAULT_POINT_SIZE
        for _ in range(3):
            qtbot.mouseClick(console.notes.larger, Qt.MouseButton.LeftButton)
        assert UserSettings().notes_point_size == DEFAULT_POINT_SIZE + 6
        *_, again = _console(qtbot, presentation)           # the next talk
        assert again.notes.point_size == DEFAULT_POINT_SIZE + 6
        assert again.notes.text.font().pointSize() == DEFAULT_POINT_SIZE + 6
    finally:
        presentation.shutdown()
        UserSettings().store.remove("notes_point_size")


def test_a_hand_edited_notes_size_is_no_crash(tmp_path):
    settings = _settings(tmp_path)
    settings.store.setValue("notes_point_size", "large")
    assert settings.notes_point_size is None


def test_a_chosen_data_folder_is_used_again_while_it_exists(tmp_path, capsys):
    settings = _settings(tmp_path)
    chosen = tmp_path / "votes"
    chosen.mkdir()
    assert data_dir_config(ServerConfig(data_dir=chosen), settings).data_dir == chosen
    assert _settings(tmp_path).data_dir == chosen.resolve()

    later = data_dir_config(ServerConfig(), _settings(tmp_path))       # no --data-dir
    assert later.data_dir == chosen.resolve()
    assert f"votes are kept in {chosen.resolve()}" in capsys.readouterr().err

    shutil.rmtree(chosen)                   # gone (a USB stick): the default folder again
    assert data_dir_config(ServerConfig(), _settings(tmp_path)).data_dir is None
    assert data_dir_config(None, settings) is None      # slides only: nothing to store


def test_a_data_folder_that_cannot_be_used_is_said_in_the_window_with_the_way_out(qtbot, tmp_path):
    """Issue 16: not a line on a terminal nobody sees. The banner names the folder and
    offers another; picking one starts voting there and remembers it."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController

    deck = load_deck(write_deck(tmp_path))
    config = ServerConfig(host="127.0.0.1", port=0, data_dir=blocker / "data")
    presentation = ShowController(deck, SlideRenderer(deck), config)
    presentation.start_server()
    try:
        assert presentation.server is None
        *_, console = _console(qtbot, presentation)
        banner = console.banner
        assert banner.isVisible() and str(blocker) in banner.message.text()
        assert "data folder" in banner.message.text()
        assert banner.folder_button.isVisible() and banner.folder_button.isEnabled()
        good = tmp_path / "votes-here"
        good.mkdir()
        banner.choose_folder = lambda parent: good
        qtbot.mouseClick(banner.folder_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: presentation.server is not None, timeout=5000)
        assert presentation.server.database_path.parent == good
        assert not banner.isVisible()
        assert UserSettings().data_dir == good
    finally:
        presentation.shutdown()
        UserSettings().store.remove("data_dir")
