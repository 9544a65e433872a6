"""Each phone in its own language: Accept-Language picks the page's words, the
picker switches them (a cookie remembers it, with JavaScript on and off), the
deck's translations reach the phones that read them, and a Swedish and a Danish
phone voting on one multilingual poll are counted together."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from common.values import DeckSpec, PollOption, PollSpec, PollText
from common.words import phone_texts
from tests.e2e.conftest import PHONE, start_server

AGREE = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"), PollOption("dont-know", "Ved ikke"))
DECK = DeckSpec(
    key="/e2e/nordic.md", title="Samarbejde på tværs", language="da", slide_count=3,
    polls=(PollSpec("leaders", "Lederne er kilden til innovation", AGREE, 2,
                    texts=(PollText("sv", "Cheferna är källan till innovation",
                                    (("agree", "Håller med"), ("disagree", "Håller inte med"),
                                     ("dont-know", "Vet inte"))),
                           PollText("nb", "Lederne er kilden til innovasjon", ()))),),
)


@pytest.fixture
def nordic(tmp_path):
    running = start_server(tmp_path, deck=DECK)
    running.server.show_slide(2)
    yield running
    running.server.stop()


def phone_in(browser, locale: str, javascript: bool = True):
    context = browser.new_context(**{**PHONE, "locale": locale}, java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(5000)
    return context, page


def test_a_swedish_and_a_danish_phone_vote_on_one_poll(browser, nordic):
    sv_context, sv = phone_in(browser, "sv-SE")
    da_context, da = phone_in(browser, "da-DK")
    try:
        sv.goto(nordic.url)
        da.goto(nordic.url)
        assert sv.evaluate("document.documentElement.lang") == "sv"
        expect(sv.locator("h1.q")).to_have_text("Cheferna är källan till innovation")
        expect(sv.locator("h1.q")).not_to_have_attribute("lang", "da")
        expect(sv.locator(".deck")).to_have_attribute("lang", "da")   # the deck's own title
        expect(sv.locator(".hint")).to_have_text(phone_texts("sv")["choose"])
        expect(da.locator("h1.q")).to_have_text("Lederne er kilden til innovation")
        sv.get_by_role("button", name="Håller med", exact=True).click()
        expect(sv.locator(".mine")).to_contain_text("Din röst: Håller med")
        da.get_by_role("button", name="Enig", exact=True).click()
        expect(da.locator(".mine")).to_contain_text("Din stemme: Enig")
        assert nordic.counts("leaders") == {"agree": 2, "disagree": 0, "dont-know": 0}
        nordic.server.set_poll("leaders", reveal=True)
        expect(sv.locator(".results .row").first).to_contain_text("Håller med")
        expect(sv.locator(".results .row").first).to_contain_text("2 · 100 %")
        expect(da.locator(".results .row").first).to_contain_text("Enig")
    finally:
        sv_context.close()
        da_context.close()


def test_a_language_the_deck_lacks_shows_the_decks_text_marked_as_such(browser, nordic):
    context, page = phone_in(browser, "en-GB")
    try:
        page.goto(nordic.url)
        assert page.evaluate("document.documentElement.lang") == "en"
        expect(page.locator(".hint")).to_have_text(phone_texts("en")["choose"])
        expect(page.locator("h1.q")).to_have_text("Lederne er kilden til innovation")
        expect(page.locator("h1.q")).to_have_attribute("lang", "da")
        expect(page.locator("button.opt .lbl").first).to_have_attribute("lang", "da")
    finally:
        context.close()


def test_a_phone_asking_for_no_language_we_have_gets_the_decks(browser, nordic):
    context, page = phone_in(browser, "fr-FR")
    try:
        page.goto(nordic.url)
        assert page.evaluate("document.documentElement.lang") == "da"
        expect(page.locator(".hint")).to_have_text(phone_texts("da")["choose"])
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_picker_switches_and_remembers(browser, nordic, javascript):
    context, page = phone_in(browser, "da-DK", javascript)
    try:
        page.goto(nordic.url)
        picker = page.get_by_role("navigation", name=phone_texts("da")["language"])
        expect(picker.get_by_role("link", name="Dansk")).to_have_attribute("aria-current", "true")
        picker.get_by_role("link", name="Norsk bokmål").click()
        expect(page.locator(".hint")).to_have_text(phone_texts("nb")["choose"])
        expect(page.locator("h1.q")).to_have_text("Lederne er kilden til innovasjon")
        # Remembered: the plain address now opens in bokmål, whatever the browser asks for.
        page.goto(nordic.url)
        assert page.evaluate("document.documentElement.lang") == "nb"
        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator(".mine")).to_contain_text(phone_texts("nb")["your_vote"].format(choice="Enig"))
        assert nordic.voters("leaders") == 1
    finally:
        context.close()


def test_a_refused_vote_without_javascript_is_told_in_the_phones_language(browser, nordic):
    context, page = phone_in(browser, "sv-SE", javascript=False)
    try:
        page.goto(nordic.url)
        nordic.server.set_poll("leaders", open=False)
        nordic.settled()
        page.get_by_role("button", name="Håller med", exact=True).click()
        expect(page.locator(".msg")).to_have_text(phone_texts("sv")["error_not_open"])
        assert page.evaluate("document.documentElement.lang") == "sv"
        page.get_by_role("link", name=phone_texts("sv")["back"]).click()
        expect(page.locator(".closed")).to_have_text(phone_texts("sv")["closed"])
    finally:
        context.close()
