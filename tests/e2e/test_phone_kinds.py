"""Phones in Chromium answer every kind on the real server, with JavaScript and
without: pick-3 (k enforced on the phone), a scale, open answers (send, edit,
withdraw; markup stays text), questions (ask, upvote once); and the JavaScript
page draws the same markup as the server's."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, screenshot, start_server
from tests.e2e.test_phone_vote import SERIALIZE_VIEW
from tests.server.kinds_support import kinds_deck

HOSTILE = '<img src=x onerror="document.title=1">'


@pytest.fixture
def kinds(tmp_path):
    running = start_server(tmp_path, deck=kinds_deck())
    yield running
    running.server.stop()


def _tally(kinds, poll_id):
    return kinds.server.snapshot().poll(poll_id)


def _eventually(check, timeout: float = 3.0) -> None:
    """The server's snapshot follows a commit by a few milliseconds: wait for it."""
    import time
    deadline = time.monotonic() + timeout
    while not _holds(check):
        assert time.monotonic() < deadline, "the server's snapshot did not follow"
        time.sleep(0.02)


def _holds(check) -> bool:
    """`check()`, where a snapshot without the answer yet (an empty list) is "not yet"."""
    try:
        return bool(check())
    except (IndexError, KeyError):
        return False


def _show(kinds, slide) -> None:
    """Show a slide and wait until phones are shown it: that is after it is saved."""
    kinds.server.show_slide(slide)
    _eventually(lambda: kinds.server.snapshot().slide == slide)


def _page(browser, kinds, slide, js=True):
    _show(kinds, slide)
    context = browser.new_context(java_script_enabled=js, **PHONE)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.set_default_timeout(5000)
    page.goto(kinds.url)
    return context, page


def test_pick_three_enforced_on_the_phone_and_counted(browser, kinds):
    context, page = _page(browser, kinds, 2)
    try:
        for label in ("Sætte retning", "Skabe rum", "Netværk", "Tage risiko"):
            page.get_by_text(label, exact=True).click()
        expect(page.locator("input[name=choice]:checked")).to_have_count(3)
        page.get_by_role("textbox").fill("Tid til at lære")
        page.get_by_text("Andet", exact=True).click()            # a 4th pick: refused
        expect(page.locator("input[name=choice]:checked")).to_have_count(3)
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".mine")).to_contain_text("Sætte retning, Skabe rum, Netværk")
        _eventually(lambda: dict(_tally(kinds, "tasks").counts)["netvaerk"] == 1)
        screenshot(page, "kinds-pick")
        assert not page.errors, page.errors
    finally:
        context.close()


def test_scale_buttons_vote_the_number(browser, kinds):
    context, page = _page(browser, kinds, 3)
    try:
        expect(page.locator(".ends")).to_have_text("LidtMeget")
        page.get_by_role("button", name="4", exact=True).click()
        expect(page.locator(".mine")).to_contain_text("4")
        _eventually(lambda: dict(_tally(kinds, "mood").counts)["4"] == 1)
    finally:
        context.close()


def test_open_answers_send_edit_withdraw_and_stay_text(browser, kinds):
    context, page = _page(browser, kinds, 4)
    try:
        page.locator("#answer").fill(HOSTILE)
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".own textarea")).to_have_value(HOSTILE)
        expect(page.locator("#answer")).to_have_value("")        # the box is ready for another
        _eventually(lambda: _tally(kinds, "words").answers[0].text == HOSTILE)
        assert page.title() != "1" and page.locator("img").count() == 0
        page.locator(".own textarea").fill("Samarbejde")
        page.get_by_role("button", name="Gem").click()
        expect(page.locator(".own textarea")).to_have_value("Samarbejde")
        page.get_by_role("button", name="Træk tilbage").click()
        expect(page.locator(".own")).to_have_count(0)
        _eventually(lambda: _tally(kinds, "words").answer_count == 0)
        assert not page.errors, page.errors
    finally:
        context.close()


def test_questions_ask_and_upvote_once(browser, kinds):
    asker, page = _page(browser, kinds, 5)
    fan_context = browser.new_context(**PHONE)
    try:
        page.locator("#answer").fill("Hvem betaler?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".qlist .qt")).to_have_text(["Hvem betaler?"])
        expect(page.locator(".upb")).to_be_disabled()          # not one's own
        fan = fan_context.new_page()
        fan.goto(kinds.url)
        fan.locator(".upb").click()
        expect(fan.locator(".upb")).to_have_attribute("aria-pressed", "true")
        expect(fan.locator(".upb")).to_be_disabled()
        expect(page.locator(".upb .n")).to_have_text("1")      # the asker sees it live
        _eventually(lambda: _tally(kinds, "ask").answers[0].votes == 1)
    finally:
        asker.close()
        fan_context.close()


def test_every_kind_works_with_javascript_off(browser, kinds):
    context, page = _page(browser, kinds, 2, js=False)
    try:
        page.get_by_text("Skabe rum", exact=True).click()
        page.get_by_text("Andet", exact=True).click()
        page.locator("input.other").fill("Tid")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".mine")).to_contain_text("Skabe rum, Andet")
        _eventually(lambda: _tally(kinds, "tasks").answers[0].text == "Tid")
        _show(kinds, 4)
        page.goto(kinds.url)
        page.locator("#answer").fill("Leg")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".own textarea")).to_have_value("Leg")
        page.get_by_role("button", name="Træk tilbage").click()
        expect(page.locator(".own")).to_have_count(0)
        _show(kinds, 5)
        page.goto(kinds.url)
        page.locator("#answer").fill("Hvorfor?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator(".qlist .qt")).to_have_text(["Hvorfor?"])
    finally:
        context.close()


@pytest.mark.parametrize("slide", [2, 3, 4, 5])
def test_javascript_draws_the_same_markup_as_the_server(browser, kinds, slide):
    with_js, js = _page(browser, kinds, slide)
    without_js = browser.new_context(java_script_enabled=False, **PHONE)
    try:
        if slide in (4, 5):
            js.locator("#answer").fill("Et svar")
            js.get_by_role("button", name="Send").click()
            expect(js.locator(".own")).to_be_visible()
            js.locator("#answer").fill("") if js.locator("#answer").count() else None
        without_js.add_cookies(with_js.cookies())
        plain = without_js.new_page()
        plain.goto(kinds.url)
        assert js.evaluate(SERIALIZE_VIEW) == plain.evaluate(SERIALIZE_VIEW)
    finally:
        with_js.close()
        without_js.close()
