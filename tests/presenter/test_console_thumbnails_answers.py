"""The console's thumbnails (the strip and the overview grid) of an open-answer poll follow
its answers, as a choice poll's follow its counts: a new answer, and one the speaker
hides, draw the slide's thumbnail again. The real server on 127.0.0.1 port 0,
ShowController and ConsoleWindow, answers over HTTP."""
from __future__ import annotations

from tests.presenter.test_live_kinds import OPEN, _post, _show
from tests.presenter.ui_support import Phone


def test_an_open_polls_thumbnail_follows_its_answers_and_a_hide(qtbot, kinds):
    from presenter.ui.console.console_window import ConsoleWindow

    console = ConsoleWindow(kinds, None)
    console.resize(1366, 768)
    console.show()
    qtbot.waitExposed(console)
    try:
        thumbnails = console.thumbnails
        _show(qtbot, kinds, OPEN)
        qtbot.wait(700)                     # the poll's opening is drawn first
        empty = thumbnails.pixmap(OPEN).toImage()
        for n, word in enumerate(("Samskabelse", "Borgerinddragelse", "Tillid"), start=1):
            _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": word})
            qtbot.waitUntil(lambda n=n: kinds.tally("words").answer_count == n, timeout=5000)
        qtbot.waitUntil(lambda: thumbnails.pixmap(OPEN).toImage() != empty, timeout=3000)
        qtbot.wait(700)                     # nothing else is on its way
        answered = thumbnails.pixmap(OPEN).toImage()
        newest = kinds.tally("words").answers[0]
        kinds.moderate(newest.id, hidden=True)
        qtbot.waitUntil(lambda: kinds.tally("words").answer_count == 2, timeout=5000)
        qtbot.waitUntil(lambda: thumbnails.pixmap(OPEN).toImage() != answered, timeout=3000)
        # The grid's item shows the new picture too.
        icon = console.grid.item(OPEN - 1).icon().pixmap(thumbnails.pixmap(OPEN).size()).toImage()
        assert icon == thumbnails.pixmap(OPEN).toImage()
    finally:
        console.close()
