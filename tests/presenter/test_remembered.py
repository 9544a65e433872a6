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
from tests.presenter.ui_support import make_presentation


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
