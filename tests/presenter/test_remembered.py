"""The presenter's choices remembered per user (issue 16), in a temp profile: the
notes' size, the data folder chosen with --data-dir or in the console (its file in
the test's own $XDG_CONFIG_HOME, tests/conftest.py), the room's screen (by name:
tests/presenter/test_console_screens.py runs the app on two screens for that)."""
from __future__ import annotations

import json
import shutil

from PySide6.QtCore import QSettings, Qt

from presenter.cli import build_parser
from presenter.commands.present import voting_config
from presenter.data_folder import remembered_data_dir
from presenter.ui.user_settings import UserSettings
from server.api import ServerConfig
from tests.presenter.test_console import _console
from tests.presenter.ui_support import make_presentation, write_deck
from tests.server.serve_process import votedeck


def _settings(tmp_path) -> UserSettings:
    return UserSettings(QSettings(str(tmp_path / "profile" / "votedeck.ini"), QSettings.Format.IniFormat))


def _present_args(*argv: str):
    return build_parser("present").parse_args(["present", *argv])


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


def test_a_chosen_data_folder_is_used_again_while_it_exists(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))      # the default folder
    chosen = tmp_path / "votes"
    chosen.mkdir()
    assert voting_config(_present_args("--data-dir", str(chosen))).data_dir == chosen
    assert remembered_data_dir() == chosen.resolve()

    later = voting_config(_present_args())          # no --data-dir
    assert later.data_dir == chosen.resolve()
    assert f"Using {chosen.resolve()}, the folder votedeck last used" in capsys.readouterr().err

    shutil.rmtree(chosen)                   # gone (a USB stick): the default folder again, said
    assert voting_config(_present_args()).data_dir is None
    assert f"{chosen.resolve()}, is not there now" in capsys.readouterr().err
    assert voting_config(_present_args("--no-voting")) is None      # slides only: nothing to store


def test_a_data_folder_that_cannot_be_used_is_said_in_the_window_with_the_way_out(
        qtbot, tmp_path, monkeypatch):
    """Issue 16: not a line on a terminal nobody sees. The banner names the folder and
    offers another; picking one starts voting there and remembers it, for the app and
    for `votedeck sessions` and `votedeck results` after the talk."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))      # the default folder
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
        assert remembered_data_dir() == good.resolve()
        session = presentation.server.session_id
    finally:
        presentation.shutdown()
    # After the talk the lecturer asks the command line, naming no folder: the votes are
    # where the console put them, and the command says which folder it read.
    listed = votedeck("sessions", "--json")
    assert listed.returncode == 0, listed.stderr.decode()
    assert [s["id"] for s in json.loads(listed.stdout)] == [session]
    assert f"Using {good.resolve()}, the folder votedeck last used" in listed.stderr.decode()
    results = votedeck("results", str(deck.path), "--format", "json")
    assert results.returncode == 0, results.stderr.decode()
    assert json.loads(results.stdout)["session"]["id"] == session
