"""The tour during the talk: the real ShowController on the bundled talk starts a new
session in a data folder that holds three earlier ones (real servers, one imported);
the comparison is read once off the UI thread, shown after C and hidden again, and
the console's toggle asks for the same. The deck's `polls: compare:` setting is read."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from presenter.deck.errors import DeckError
from presenter.deck.parser import load_deck, parse_deck
from presenter.paths import BUNDLED_DECK
from server.api import ServerConfig
from tests.server.tour_support import PLANS, counts, make_tour


async def _tour(tmp_path):
    return await make_tour(tmp_path)


def test_c_shows_the_tour_beside_the_room(qtbot, tmp_path):
    import asyncio

    from presenter.render.renderer import SlideRenderer
    from presenter.ui.keys import KeyRouter
    from presenter.ui.show_controller import ShowController

    tour = asyncio.run(_tour(tmp_path))
    deck = load_deck(BUNDLED_DECK)
    presentation = ShowController(deck, SlideRenderer(deck), ServerConfig(
        host="127.0.0.1", port=0, data_dir=tour.data_dir, new_session=True,
        session_name="Alta kommune", max_voters_per_address=0, max_requests_per_second=0))
    try:
        with qtbot.waitSignal(presentation.tour.changed, timeout=10_000):
            assert presentation.start_server(), presentation.voting_error
        views = presentation.tour.views
        leaders = views["leaders-as-source"]
        pooled = sum((counts(name, "leaders-as-source") for name in PLANS), Counter())
        assert dict(leaders.counts) == {o: pooled[o] for o in ("agree", "disagree", "dont-know")}
        assert (leaders.voters, leaders.sessions, leaders.earlier) == (12, 3, True)
        assert not presentation.tour.shown     # the bundled talk says nothing: off at first
        assert presentation.room_view(True).poll("leaders-as-source").comparison is None
        router = KeyRouter(presentation)
        with qtbot.waitSignal(presentation.room_changed):
            router.handle_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key_C, Qt.NoModifier), None)
        assert presentation.room_view(True).poll("leaders-as-source").comparison == leaders
        router.handle_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key_C, Qt.NoModifier), None)
        assert presentation.room_view(True).poll("leaders-as-source").comparison is None
        # Picking sessions by id reads again (off the UI thread) and names them "other".
        with qtbot.waitSignal(presentation.tour.changed, timeout=10_000) as blocker:
            presentation.tour.choose((tour.ids["Bodø kommune"],))
        qtbot.waitUntil(lambda: presentation.tour.views.get("leaders-as-source") is not None
                        and presentation.tour.views["leaders-as-source"].sessions == 1)
        assert blocker.signal_triggered
        picked = presentation.room_view(True).poll("leaders-as-source").comparison
        assert (picked.voters, picked.earlier) == (4, False)
    finally:
        presentation.shutdown()


def test_the_console_toggle_asks_for_the_tour(qtbot):
    from presenter.ui.console.poll_panel import PollPanel
    panel = PollPanel(lambda window: True)
    qtbot.addWidget(panel)
    panel.set_compare(False, 8)
    assert panel.compare_button.text() == "Beside tour (8)" and not panel.compare_button.isChecked()
    with qtbot.waitSignal(panel.compare_requested):
        panel.compare_button.click()


@pytest.mark.parametrize(("written", "read"), [
    ("tour", "tour"), ("off", "off"), ("3,5", "3,5"), ("7", "7"), ("[2, 4]", "2,4")])
def test_the_deck_says_what_to_compare_with(tmp_path, written, read):
    path = tmp_path / "d.md"
    path.write_text(f"---\ntitle: T\npolls:\n  compare: {written}\n---\n\n# A\n", encoding="utf-8")
    assert parse_deck(path.read_text(encoding="utf-8"), path).poll_settings.compare == read


def test_a_compare_setting_that_means_nothing_is_a_sentence(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("---\ntitle: T\npolls:\n  compare: sometimes\n---\n\n# A\n", encoding="utf-8")
    with pytest.raises(DeckError, match="expected off, tour"):
        parse_deck(path.read_text(encoding="utf-8"), path)
