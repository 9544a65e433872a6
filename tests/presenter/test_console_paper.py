"""Paper ballots from the console (issue 14): the real console on the real ShowController,
the real voting server on 127.0.0.1 port 0 with SQLite in tmp_path, phones over HTTP.
The speaker types hand-counted tallies into the dialog; they are stored apart from the
phones' votes, drawn in the room's bars with "inkl. N på papir", shown to the phones
after the reveal, carried apart by the exports, and can be corrected."""
from __future__ import annotations

import csv
import gc
import io
import json

import pytest
from PySide6.QtCore import QSettings

from presenter.ui.speaker_words import console_text
from tests.presenter.render_checks import layout_boxes, texts
from tests.presenter.ui_support import POLL_SLIDE, Phone, make_presentation

POLL = "first-poll"


def open_console(qtbot, presentation, tmp_path, **options):
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.user_settings import UserSettings

    settings = UserSettings(QSettings(str(tmp_path / "profile.ini"), QSettings.Format.IniFormat))
    console = ConsoleWindow(presentation, None, settings=settings, **options)
    qtbot.addWidget(console)
    console.resize(1366, 768)
    console.show()
    qtbot.waitExposed(console)
    return console


@pytest.fixture
def talk(qtbot, tmp_path):
    presentation = make_presentation(tmp_path, results="reveal")
    assert presentation.server is not None, presentation.voting_error
    console = open_console(qtbot, presentation, tmp_path)
    yield presentation, console
    console.close()
    presentation.shutdown()
    gc.collect()


def _wait_hand(qtbot, presentation, hand) -> None:
    qtbot.waitUntil(lambda: presentation.tally(POLL) is not None
                    and dict(presentation.tally(POLL).hand) == hand, timeout=5000)


def _fill(dialog, **counts) -> None:
    for option_id, field in dialog.fields.items():
        field.setText(str(counts.get(option_id.replace("-", "_"), "")))


def test_typed_ballots_are_stored_apart_drawn_marked_and_editable(qtbot, talk, tmp_path):
    from server.store.results import session_results
    from server.store.results_files import csv_bytes, json_bytes

    presentation, console = talk
    presentation.go_to(POLL_SLIDE)
    phones = [Phone(presentation.join.url) for _ in range(3)]
    qtbot.waitUntil(lambda: presentation.tally(POLL) is not None and presentation.tally(POLL).open)
    for phone, choice in zip(phones, ("agree", "agree", "disagree")):
        assert phone.vote(POLL, choice) == 200
    qtbot.waitUntil(lambda: presentation.tally(POLL).voters == 3, timeout=5000)
    assert console.paper.button.isVisible() and console.paper.button.isEnabled()

    dialog = console.paper.run()
    assert [f.text() for f in dialog.fields.values()] == ["", "", ""]     # nothing stored yet
    _fill(dialog, agree="tolv", disagree=3)
    assert dialog.save() is False and dialog.isVisible()
    assert dialog.error.text() == console_text("paper.refused.not_a_number", option="Enig",
                                               value="tolv")
    assert presentation.hand_counts(POLL) == {}                          # nothing half-stored
    _fill(dialog, agree=12, disagree=3)
    assert dialog.save() is True and dialog.stored == 15
    _wait_hand(qtbot, presentation, {"agree": 12, "disagree": 3})

    # The speaker's chart counts them as the room's slide does, and says how many.
    qtbot.waitUntil(lambda: [n for _, _, n in console.poll_panel.chart.rows] == [14, 4, 0],
                    timeout=5000)
    assert console.poll_panel.voters_label.text().endswith(console_text("paper.on_paper", n=15))

    # The room's bars: phones plus paper, and the slide says how many were on paper.
    tally = presentation.tally(POLL)
    assert dict(tally.counts) == {"agree": 2, "disagree": 1, "dont-know": 0}   # phones only
    presentation.set_poll_open(False)
    presentation.set_reveal(True)
    qtbot.waitUntil(lambda: presentation.tally(POLL).revealed, timeout=5000)
    presentation.animator.jump()
    seen = presentation.room_view(for_audience=True).poll(POLL)
    assert dict(seen.counts) == {"agree": 14.0, "disagree": 4.0, "dont-know": 0.0}
    assert (seen.voters, seen.hand) == (18, 15)
    drawn = texts(layout_boxes(presentation.renderer, POLL_SLIDE,
                               presentation.room_view(for_audience=True)))
    assert "18 har stemt" in drawn and "inkl. 15 på papir" in drawn and "14" in drawn

    # The phones' revealed results include the paper and say so.
    poll = phones[0].state()["poll"]
    assert poll["results"] == {"agree": 14, "disagree": 4, "dont-know": 0}
    assert poll["on_paper"] == 15
    with phones[0].opener.open(presentation.join.url, timeout=5) as page:   # without JavaScript
        assert "18 stemmer · inkl. 15 på papir" in page.read().decode("utf-8")

    # Editable: the dialog opens with what is stored, and a correction replaces it.
    again = console.paper.run()
    assert [f.text() for f in again.fields.values()] == ["12", "3", ""]
    _fill(again, agree=10, dont_know=1)
    assert again.save() is True and again.stored == 11
    _wait_hand(qtbot, presentation, {"agree": 10, "dont-know": 1})

    # The exports carry them as hand counts, never added to the phones' count.
    results = session_results(presentation.server.database_path, presentation.server.session_id,
                              presentation.server.deck)
    stored = results.poll(POLL)
    assert [(o.id, o.count) for o in stored.options] == [("agree", 2), ("disagree", 1),
                                                         ("dont-know", 0)]
    assert stored.hand == (("agree", 10), ("dont-know", 1))
    rows = list(csv.DictReader(io.StringIO(csv_bytes(results).decode("utf-8-sig"))))
    assert [(r["option_id"], r["count"], r["hand_count"]) for r in rows if r["poll_id"] == POLL] \
        == [("agree", "2", "10"), ("disagree", "1", "0"), ("dont-know", "0", "1")]
    document = json.loads(json_bytes(results))["polls"][0]
    assert document["hand_total"] == 11 and document["options"][0]["count"] == 2


def test_all_fields_empty_removes_the_ballots(qtbot, talk):
    presentation, console = talk
    presentation.go_to(POLL_SLIDE)
    assert presentation.set_hand_counts(POLL, {"agree": 4}) == 4
    _wait_hand(qtbot, presentation, {"agree": 4})
    dialog = console.paper.run()
    _fill(dialog)
    assert dialog.save() and dialog.stored == 0
    _wait_hand(qtbot, presentation, {})
    assert presentation.room_view(for_audience=False).poll(POLL).hand == 0


def test_a_poll_of_typed_answers_says_there_is_nothing_to_count(qtbot, tmp_path):
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig
    from server.store.hand_counts import HandCountError

    deck_path = tmp_path / "open.md"
    deck_path.write_text("---\ntitle: T\nlanguage: da\n---\n\n# Ord\n\n```poll\nid: words\n"
                         "question: Hvad tænker I på?\nkind: open\n```\n", encoding="utf-8")
    deck = load_deck(deck_path)
    presentation = ShowController(deck, SlideRenderer(deck), ServerConfig(
        host="127.0.0.1", port=0, data_dir=tmp_path / "data"))
    try:
        assert presentation.start_server(), presentation.voting_error
        console = open_console(qtbot, presentation, tmp_path)
        dialog = console.paper.run()
        assert dialog.fields == {} and console_text("paper.typed") in [
            label.text() for label in dialog.findChildren(type(dialog.error))]
        with pytest.raises(HandCountError, match="typed answers"):
            presentation.set_hand_counts("words", {"x": 3})
        console.close()
    finally:
        presentation.shutdown()
        gc.collect()


def test_without_voting_the_dialog_says_why_nothing_was_saved(qtbot, tmp_path):
    presentation = make_presentation(tmp_path, voting=False)
    try:
        console = open_console(qtbot, presentation, tmp_path)
        presentation.go_to(POLL_SLIDE)
        assert not console.paper.button.isEnabled()
        dialog = console.paper.run()
        _fill(dialog, agree=3)
        assert not dialog.save() and dialog.error.text() == console_text("paper.no_voting")
        console.close()
    finally:
        presentation.shutdown()
        gc.collect()
