"""Deck and phone text in the console is shown as text, never as Qt rich text (issue 19,
item 9): a question holding `<img>` or `<font>` must not load an image or change the
look. Qt labels guess rich text from the text by default; every console label says
PlainText instead. The real console on the real deck parser, offscreen."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.presenter.test_console import _console
from tests.presenter.ui_support import DECK_TEXT, POLL_SLIDE

MARKUP_QUESTION = '<img src="/etc/passwd.png"><font color="red" size="7">Ledere</font> <b>ja</b>?'
MARKUP_TITLE = "<h1>Testdeck</h1>"


def test_every_console_label_is_plain_text_and_markup_shows_as_written(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController

    path = tmp_path / "deck.md"
    text = DECK_TEXT.format(results="live").replace(
        "Ledere ser medarbejderne som hovedkilden til innovation", f"'{MARKUP_QUESTION}'")
    path.write_text(text.replace("title: Testdeck", f'title: "{MARKUP_TITLE}"'), encoding="utf-8")
    deck = load_deck(path)
    presentation = ShowController(deck, SlideRenderer(deck), None)
    presentation.start_server()
    try:
        router, audience, console = _console(qtbot, presentation)
        presentation.go_to(POLL_SLIDE)
        qtbot.wait(50)
        labels = console.findChildren(QLabel)
        assert labels
        rich = [label.objectName() or label.text()[:30] for label in labels
                if label.textFormat() != Qt.TextFormat.PlainText]
        assert rich == []
        shown = [label.text() for label in labels]
        assert MARKUP_TITLE in shown
        assert any(MARKUP_QUESTION in text for text in shown), shown
    finally:
        presentation.shutdown()
