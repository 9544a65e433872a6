"""A deck that reloads while it is shown: the deck file written while the real
controller, server and audience window run (pytest-qt), by a good save, a broken
save and a save by rename, and a PDF saved again beside a deck that shows it.
The slide is kept (by its poll id) and so is every vote; a broken save keeps the
last good deck and says its file:line: sentence."""
from __future__ import annotations

import gc
import os

import pytest

from presenter.ui.deck_watcher import DeckWatcher
from tests.presenter.pdf_fixtures import make_pdf
from tests.presenter.ui_support import POLL_SLIDE, SLIDES, Phone, make_presentation

POLL = "first-poll"


@pytest.fixture
def shown(qtbot, tmp_path):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter

    presentation = make_presentation(tmp_path)
    window = AudienceWindow(presentation, KeyRouter(presentation, confirm_reset=lambda w: False))
    qtbot.addWidget(window)
    window.resize(640, 360)
    window.show()
    qtbot.waitExposed(window)
    watcher = DeckWatcher(presentation, presentation)
    yield presentation, watcher, window
    # As the app ends a talk: the window's render worker stopped and the window gone
    # before the server, so no thread outlives the objects it paints for.
    watcher.stop()
    window.stop_rendering()
    window.close()
    presentation.shutdown()
    for thing in (watcher, window, presentation):
        thing.deleteLater()
    qtbot.wait(50)
    # Collected here, on the GUI thread: left to a later collection, the windows of a
    # replaced deck were freed on whatever thread ran it (a later test's phone threads).
    del presentation, watcher, window, thing
    gc.collect()


def _tally(presentation):
    return presentation.server.snapshot().poll(POLL)


def test_a_good_save_keeps_the_poll_slide_and_its_votes(qtbot, shown):
    presentation, watcher, window = shown
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: _tally(presentation) is not None and _tally(presentation).open, timeout=8000)
    phone = Phone(presentation.join.url)
    phone.state()
    assert phone.vote(POLL, "agree") == 200
    qtbot.waitUntil(lambda: _tally(presentation).voters == 1, timeout=8000)
    path = presentation.deck.path
    text = path.read_text(encoding="utf-8")
    # A new slide before the poll moves it to slide 4; the question is reworded.
    text = text.replace("## Anden slide", "## Ny slide\n\n---\n\n## Anden slide")
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        path.write_text(text, encoding="utf-8")
    assert presentation.slide_count == SLIDES + 1
    assert presentation.slide == POLL_SLIDE + 1 and presentation.current_poll().id == POLL
    qtbot.waitUntil(lambda: presentation.server.snapshot().slide == POLL_SLIDE + 1, timeout=5000)
    assert _tally(presentation).voters == 1 and _tally(presentation).open
    assert phone.state()["poll"]["id"] == POLL
    assert phone.vote(POLL, "disagree") == 200          # voting goes on in the same session
    qtbot.waitUntil(lambda: dict(_tally(presentation).counts)["disagree"] == 1, timeout=5000)
    assert not window._cache.contains(1) or window._cache.renderer.deck is presentation.deck


def test_a_broken_save_keeps_the_last_good_deck_and_says_where(qtbot, shown):
    presentation, watcher, _ = shown
    presentation.go_to(2)
    path = presentation.deck.path
    good = path.read_text(encoding="utf-8")
    with qtbot.waitSignal(watcher.failed, timeout=3000) as failed:
        broken = good.replace("## Fjerde slide", "<!-- layout: three-cols -->\n\n## Fjerde slide")
        path.write_text(broken, encoding="utf-8")
    assert "deck.md:" in failed.args[0] and "unknown layout \"three-cols\"" in failed.args[0]
    assert presentation.slide_count == SLIDES and presentation.slide == 2
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        path.write_text(good.replace("Tekst", "Ny tekst"), encoding="utf-8")
    assert presentation.slide == 2 and presentation.slide_count == SLIDES


def test_saves_by_rename_are_seen_every_time(qtbot, shown):
    presentation, watcher, _ = shown
    path = presentation.deck.path
    reloads = []
    watcher.reloaded.connect(lambda: reloads.append(1))
    previous = "Tekst"
    # Each save changes the text the last one wrote (the second once found "Anden" in
    # slide 2's heading and passed whether or not it was reloaded).
    for number, word in enumerate(("Første", "Andet ord"), start=1):
        temporary = path.with_name(".deck.md.swp")
        temporary.write_text(path.read_text(encoding="utf-8").replace(previous, word),
                             encoding="utf-8")
        previous = word
        with qtbot.waitSignal(watcher.reloaded, timeout=3000):
            os.replace(temporary, path)
        assert len(reloads) == number
        assert any(word in str(s.blocks) for s in presentation.deck.slides)


def test_a_pdf_saved_again_brings_its_new_pages(qtbot, tmp_path):
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController

    make_pdf(tmp_path / "talk.pdf", 2)
    deck_path = tmp_path / "deck.md"
    deck_path.write_text("---\ntitle: T\n---\n\n# Start\n\n---\n\n![pdf](talk.pdf)\n", encoding="utf-8")
    deck = load_deck(deck_path)
    presentation = ShowController(deck, SlideRenderer(deck), None)
    watcher = DeckWatcher(presentation, presentation)
    try:
        presentation.go_to(3)
        with qtbot.waitSignal(watcher.reloaded, timeout=3000):
            make_pdf(tmp_path / "talk.pdf", 4)
        assert presentation.slide_count == 5 and presentation.slide == 3
    finally:
        watcher.stop()
        presentation.shutdown()
