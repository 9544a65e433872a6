"""Every question kind live: the real voting server on 127.0.0.1 port 0 (SQLite in
tmp_path), phones over HTTP, the real ShowController and renderer. What a phone
sends appears on the rendered slide; hiding takes it off the slide and the phones."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from tests.presenter.render_checks import layout_boxes, problems, texts
from tests.presenter.ui_support import Phone

PICK, SCALE, OPEN, QUESTIONS = 2, 3, 4, 5


def _post(phone: Phone, path: str, body: dict) -> dict:
    request = urllib.request.Request(
        f"{phone.base}{path}", data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Origin": phone.base})
    try:
        with phone.opener.open(request, timeout=5) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        return {"status": error.code, **json.load(error)}


def _slide_text(presentation) -> str:
    boxes = layout_boxes(presentation.renderer, presentation.slide,
                         presentation.room_view(for_audience=True))
    assert not problems(boxes), problems(boxes)
    return texts(boxes)


def _show(qtbot, presentation, slide: int) -> None:
    presentation.go_to(slide)
    poll = presentation.deck.slides[slide - 1].poll
    qtbot.waitUntil(lambda: (t := presentation.tally(poll.id)) is not None and t.open, timeout=3000)


def test_picks_over_http_draw_bars_by_count_with_shares_of_phones(qtbot, kinds):
    _show(qtbot, kinds, PICK)
    for picks in (["netvaerk", "tage-risiko"], ["netvaerk"], ["tage-risiko", "netvaerk", "skabe-rum"]):
        answer = _post(Phone(kinds.join.url), "/api/vote", {"poll": "tasks", "choice": picks})
        assert answer["poll"] == "tasks" and set(answer["choice"].split(",")) == set(picks)
    refused = _post(Phone(kinds.join.url), "/api/vote", {"poll": "tasks", "choice": [
        "saette-retning", "skabe-rum", "netvaerk", "tage-risiko"]})
    assert refused["status"] == 400 and "at most 3" in refused["error"]
    # The bars animate to their counts; the order (order: count) follows them as drawn.
    def ordered() -> bool:
        text = _slide_text(kinds)
        return "100 %" in text and text.index("Netværk") < text.index("Tage risiko") \
            < text.index("Skabe rum") < text.index("Sætte retning")
    qtbot.waitUntil(ordered, timeout=3000)
    text = _slide_text(kinds)
    assert "3 har svaret" in text and "67 %" in text    # of the 3 phones, not of the 6 picks


def test_scale_over_http_draws_the_distribution_mean_and_median(qtbot, kinds):
    _show(qtbot, kinds, SCALE)
    for n in (2, 4, 4, 5):
        assert _post(Phone(kinds.join.url), "/api/vote", {"poll": "mood", "choice": n})["poll"] == "mood"
    qtbot.waitUntil(lambda: "3,8" in _slide_text(kinds), timeout=3000)
    text = _slide_text(kinds)
    assert "Gennemsnit" in text and "Median" in text and "4,0" in text
    assert "Slet ikke" in text and "Helt klar" in text


def test_open_answers_reach_the_wall_and_hiding_takes_them_off(qtbot, kinds):
    _show(qtbot, kinds, OPEN)
    phone = Phone(kinds.join.url)
    sent = _post(phone, "/api/answer", {"poll": "words", "text": "<b>Mod</b> \u202eevil"})
    answer_id = sent["state"]["me"]["mine"][0]["id"]
    _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": "Samskabelse"})
    qtbot.waitUntil(lambda: "Samskabelse" in _slide_text(kinds), timeout=3000)
    assert "<b>Mod</b> evil" in _slide_text(kinds)      # as text, the override gone
    assert "2 svar" in _slide_text(kinds)
    kinds.moderate(answer_id, hidden=True)
    qtbot.waitUntil(lambda: "Mod" not in _slide_text(kinds), timeout=3000)
    assert "1 svar" in _slide_text(kinds)
    assert phone.state()["me"]["mine"][0]["hidden"] is True


def test_a_wall_of_300_answers_stays_legible(qtbot, kinds):
    _show(qtbot, kinds, OPEN)
    phones = [Phone(kinds.join.url) for _ in range(100)]
    for i in range(300):
        _post(phones[i % 100], "/api/answer", {"poll": "words", "text": f"Svar nummer {i} " * 3})
    qtbot.waitUntil(lambda: kinds.tally("words").answer_count == 300, timeout=10000)
    qtbot.waitUntil(lambda: "300 svar" in _slide_text(kinds), timeout=3000)
    boxes = layout_boxes(kinds.renderer, kinds.slide, kinds.room_view(for_audience=True))
    cards = [b for b in boxes if b.kind == "answer"]
    assert 3 <= len(cards) <= 12 and all(b.px >= 16 for b in cards)
    assert "Svar nummer 299" in texts(boxes)            # newest first
    assert any(b.kind == "more" for b in boxes)


def test_questions_sorted_by_upvotes_and_marked_answered(qtbot, kinds):
    _show(qtbot, kinds, QUESTIONS)
    asker = Phone(kinds.join.url)
    first = _post(asker, "/api/answer", {"poll": "ask", "text": "Hvem betaler?"})
    second = _post(asker, "/api/answer", {"poll": "ask", "text": "Hvor starter vi?"})
    q2 = second["state"]["me"]["mine"][-1]["id"]
    for _ in range(2):
        assert "state" in _post(Phone(kinds.join.url), "/api/upvote", {"poll": "ask", "id": q2})
    qtbot.waitUntil(lambda: "▲ 2" in _slide_text(kinds), timeout=3000)
    text = _slide_text(kinds)
    assert text.index("Hvor starter vi?") < text.index("Hvem betaler?")
    kinds.moderate(first["state"]["me"]["mine"][0]["id"], answered=True)
    qtbot.waitUntil(lambda: "(besvaret)" in _slide_text(kinds), timeout=3000)


def test_the_console_lists_answers_as_text_and_its_hide_button_hides(qtbot, kinds):
    from PySide6.QtCore import Qt

    from presenter.ui.console.console_window import ConsoleWindow

    console = ConsoleWindow(kinds, None)
    qtbot.addWidget(console)
    _show(qtbot, kinds, OPEN)
    _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": "<i>Tillid</i>"})
    rows = console.moderation.rows
    qtbot.waitUntil(lambda: rows.rowCount() == 1, timeout=3000)
    # The poll panel counts the answers the room sees (no phone "voted"), without a chart.
    counts = console.poll_panel.voters_label
    qtbot.waitUntil(lambda: counts.text().startswith("Answers: 1 ·"), timeout=3000)
    assert console.poll_panel.chart.isHidden()
    assert rows.index(0).data(Qt.ItemDataRole.DisplayRole) == "<i>Tillid</i>"
    view = console.moderation.view
    from tests.presenter.test_moderation_rows import button_rect
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button_rect(view, 0, "hide").center())
    qtbot.waitUntil(lambda: kinds.tally("words").answer_count == 0, timeout=3000)
    qtbot.waitUntil(lambda: _labels(rows.index(0))["hide"] == "Show", timeout=3000)
    assert "Tillid" not in _slide_text(kinds)
    qtbot.waitUntil(lambda: counts.text().startswith("Answers: 0 ·"), timeout=3000)


def test_on_a_1366x768_laptop_the_answers_list_shows_four_rows(qtbot, kinds):
    from presenter.ui.console.console_window import ConsoleWindow

    console = ConsoleWindow(kinds, None)
    qtbot.addWidget(console)
    console.resize(1366, 768)
    console.show()
    _show(qtbot, kinds, OPEN)
    for n in range(6):
        _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": f"Svar nummer {n}"})
    view = console.moderation.view
    qtbot.waitUntil(lambda: console.moderation.rows.rowCount() == 6, timeout=3000)
    # The answers take the notes' place by the next slide, the session's name moved aside.
    assert view.viewport().height() >= 4 * view.painter.row_height()


def _labels(index) -> dict[str, str]:
    """A moderation row's buttons by key: their labels as painted."""
    from presenter.ui.console.moderation_rows import BUTTONS_ROLE
    return {button.key: button.label for button in index.data(BUTTONS_ROLE)}


def test_cards_side_by_side_share_one_size(qtbot, kinds):
    _show(qtbot, kinds, OPEN)
    long = "Vi har prøvet design thinking i socialforvaltningen, og medarbejderne var begejstrede"
    for text in ("Tillid", long[:80], "Borgerpanel om budgettet"):
        _post(Phone(kinds.join.url), "/api/answer", {"poll": "words", "text": text})
    qtbot.waitUntil(lambda: "3 svar" in _slide_text(kinds), timeout=3000)
    boxes = layout_boxes(kinds.renderer, kinds.slide, kinds.room_view(for_audience=True))
    cards = [b for b in boxes if b.kind == "answer"]
    assert len(cards) == 3 and len({round(b.allowed.top()) for b in cards}) == 1     # one row
    assert len({b.px for b in cards}) == 1, [(b.text, b.px) for b in cards]
