"""The presenter's tests never read or write the real user's settings: QSettings'
per-user folder points at a temp folder for the whole run (presenter.ui.user_settings).
In it the speaker picked English, so the console's words do not follow the tests'
system language (Danish, for the decks: tests/conftest.py); a test that picks another
uses `speaker_language_reset`, which puts English back."""
from __future__ import annotations

import gc
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

_PROFILE = tempfile.mkdtemp(prefix="votedeck-test-profile-")
for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, _PROFILE)


def _pick_english() -> None:
    from presenter.ui.user_settings import UserSettings
    UserSettings().speaker_language = "en"


_pick_english()


@pytest.fixture
def speaker_language_reset():
    """Forget a language a test picked, in memory and in the run's profile."""
    import presenter.ui.speaker_words as speaker_words

    yield
    _pick_english()
    speaker_words._language = None


@pytest.fixture(autouse=True)
def _no_cloud_from_another_test():
    """The word clouds' memory is the process's (presenter/render/cloud/keeper.py: one
    deck per app), keyed by poll id; tests share ids ("words"), so each starts empty."""
    from presenter.render.cloud.keeper import CLOUDS
    CLOUDS._last.clear()
    yield


@pytest.fixture
def kinds(qtbot, tmp_path):
    """The kinds deck shown by the real ShowController with voting on 127.0.0.1 port 0
    (SQLite in tmp_path): the live tests of every question kind start here."""
    import shutil

    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig
    from tests.presenter.ui_support import KINDS_DECK

    shutil.copy(KINDS_DECK, tmp_path / "kinds.md")
    deck = load_deck(tmp_path / "kinds.md")
    config = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "data",
                          max_voters_per_address=0, max_requests_per_second=0)
    presentation = ShowController(deck, SlideRenderer(deck), config)
    presentation.start_server()
    assert presentation.server is not None, presentation.voting_error
    yield presentation
    presentation.shutdown()


@pytest.fixture
def presenting(qtbot, tmp_path):
    """The test deck presented with voting on, and the PhoneSlides that hand its slides to
    phones and the remote (test_phone_slides.py, test_phone_poll_image.py). The server runs
    inside this process: the tests read what its shelf holds."""
    from presenter.ui.phone_slides import PhoneSlides
    from tests.presenter.ui_support import make_presentation

    presentation = make_presentation(tmp_path, inside=True)
    assert presentation.server is not None, presentation.voting_error
    slides = PhoneSlides(presentation)
    yield presentation, slides
    slides.stop()
    presentation.shutdown()


@pytest.fixture
def console_on(qtbot, tmp_path):
    """`console_on(path)`: the deck at `path` presented with voting, its console, the
    audience window and the deck watcher, closed again after the test."""
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.deck_watcher import DeckWatcher
    from presenter.ui.keys import KeyRouter
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    made = []

    def show(path: Path):
        deck = load_deck(path)
        config = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "data",
                              max_voters_per_address=0, max_requests_per_second=0)
        presentation = ShowController(deck, SlideRenderer(deck), config)
        presentation.start_server()
        router = KeyRouter(presentation, confirm_reset=lambda w: False)
        audience = AudienceWindow(presentation, router)
        console = ConsoleWindow(presentation, router)
        watcher = DeckWatcher(presentation, presentation)
        made.append((presentation, audience, console, watcher))
        for window in (audience, console):
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            qtbot.waitExposed(window)
        return presentation, audience, console, watcher

    yield show
    for presentation, audience, console, watcher in made:
        watcher.stop()
        audience.stop_rendering()
        for window in (console, audience):
            window.close()
        presentation.shutdown()
        for thing in (watcher, console, audience, presentation):
            thing.deleteLater()
    qtbot.wait(50)
    made.clear()
    gc.collect()
