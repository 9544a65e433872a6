"""The command line stops at the CLI: it turns arguments into a PresenterOptions and the
server's ServerConfig, and the presenter app starts from those two alone, on the real
server (127.0.0.1, port 0, SQLite in tmp_path) and real windows offscreen."""
from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest

from presenter.cli import build_parser
from presenter.commands import present
from presenter.commands.server_options import server_config
from presenter.paths import PROJECT_ROOT
from presenter.ui.options import PresenterOptions
from server.api import ServerConfig
from tests.presenter.ui_support import write_deck

EVERY_OPTION = ["talk.md", "--screen", "2", "--windowed", "--no-console",
                "--host", "127.0.0.1", "--port", "0", "--data-dir", "votes",
                "--token", "secret-token-0123456789", "--new-session", "--session-name", "Aarhus",
                "--max-voters-per-address", "3", "--max-requests-per-second", "0",
                "--wifi", r"Cafe\:Talk:pa:ss:word1", "--wifi-hidden"]
EVERY_SERVER_SETTING = ServerConfig(
    host="127.0.0.1", port=0, port_fallback=True, data_dir=Path("votes"), token="secret-token-0123456789",
    new_session=True, session_name="Aarhus", max_voters_per_address=3,
    max_requests_per_second=0, wifi=("Cafe:Talk", "pa:ss:word1"), wifi_hidden=True)


def _present_args(*argv: str):
    return build_parser("present").parse_args(["present", *argv])


def test_the_cli_maps_every_present_option_to_typed_options():
    args = _present_args(*EVERY_OPTION)
    assert present.presenter_options(args) == PresenterOptions(
        deck=Path("talk.md"), screen=2, windowed=True, console=False)
    assert present.voting_config(args) == EVERY_SERVER_SETTING


def test_without_options_the_defaults_are_the_typed_defaults():
    args = _present_args()
    assert present.presenter_options(args) == PresenterOptions()
    assert present.voting_config(args) == ServerConfig()


def test_no_voting_means_no_server_config():
    assert present.voting_config(_present_args("talk.md", "--no-voting")) is None


def test_serve_maps_the_same_server_options():
    args = build_parser("serve").parse_args(["serve", *EVERY_OPTION[:1], *EVERY_OPTION[5:]])
    assert server_config(args) == EVERY_SERVER_SETTING


def test_the_windows_never_see_argparse():
    ui = PROJECT_ROOT / "presenter" / "ui"
    for module in ui.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from) argparse", text, re.MULTILINE), module
        assert not re.search(r"\bargs\.", text), module


def _healthy(url: str) -> int:
    with urllib.request.urlopen(url.rstrip("/") + "/healthz", timeout=5) as response:
        return response.status


def _config(tmp_path: Path) -> ServerConfig:
    return ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "data")


@pytest.mark.parametrize("console", [True, False])
def test_start_show_builds_the_windows_from_options_and_config(qapp, tmp_path, console):
    from presenter.deck.parser import load_deck
    from presenter.ui.app import start_show, stop_show
    from presenter.ui.console.console_window import ConsoleWindow

    path = write_deck(tmp_path)
    options = PresenterOptions(deck=path, windowed=True, console=console)
    show = start_show(load_deck(path), options, _config(tmp_path), qapp)
    try:
        assert show.audience.isVisible() and not show.audience.isFullScreen()
        assert isinstance(show.console, ConsoleWindow) if console else show.console is None
        server = show.presentation.server
        assert server is not None, show.presentation.voting_error
        assert server.database_path.parent == tmp_path / "data"
        assert _healthy(show.presentation.join.url) == 200
    finally:
        stop_show(show, qapp)
    assert show.presentation.server is None


def test_voting_can_start_after_the_first_frame_and_the_windows_follow(qtbot, qapp, tmp_path):
    """The app shows the first slide before the server is up (run_presenter starts voting
    after the first paint): meanwhile the console says voting is starting, never that it
    is down, and the room's view is not 'down' either; then everything follows."""
    from presenter.deck.parser import load_deck
    from presenter.ui.app import start_show, start_voting, stop_show
    from presenter.ui.speaker_words import console_text

    path = write_deck(tmp_path)
    options = PresenterOptions(deck=path, windowed=True, console=True)
    show = start_show(load_deck(path), options, _config(tmp_path), qapp, voting_now=False)
    try:
        p = show.presentation
        assert p.server is None and not p.voting_down
        assert not p.room_view(for_audience=True).voting_down
        starting = console_text("join.voting_starting")
        assert show.console.join_panel.url_label.text() == starting
        assert show.console.header.status_label.text() == starting
        start_voting(show)
        assert p.server is not None and _healthy(p.join.url) == 200
        assert show.console.join_panel.join == p.join
        assert show.console.header.status_label.text() != starting
    finally:
        stop_show(show, qapp)


# run_presenter until quit is tested in a process of its own (tests/presenter/test_app.py):
# app.exec() in this process left the test session's QApplication closing, and later
# tests' timers never fired (test_keys' typed digits, the reset question).


def test_a_missing_deck_in_the_options_is_one_sentence_and_exit_1(tmp_path, capsys):
    from presenter.ui.app import run_presenter

    assert run_presenter(PresenterOptions(deck=tmp_path / "nope.md"), None) == 1
    err = capsys.readouterr().err
    assert err.startswith("votedeck: ") and "nope.md" in err and err.count("\n") == 1
