"""Poll pages say where the talk is ("Barriere 1 af 2" from the poll slide's title,
else "Spørgsmål 2 af 2" in the phone's language); after the last poll the phone
says thank you instead of "wait for the next question". JavaScript on and off."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from common.values import DeckSpec, PollSpec
from common.words import phone_texts
from tests.e2e.conftest import AGREE, PHONE, start_server

DECK = DeckSpec(key="/e2e/progress.md", title="Fremdrift", language="da", slide_count=4,
                polls=(PollSpec("first", "Første udsagn", AGREE, 2, kicker="Barriere 1 af 2"),
                       PollSpec("second", "Andet udsagn", AGREE, 3)))


@pytest.fixture
def talk(tmp_path):
    running = start_server(tmp_path, deck=DECK)
    yield running
    running.server.stop()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_progress_line_and_thanks(browser, talk, javascript):
    context = browser.new_context(java_script_enabled=javascript, **{**PHONE, "locale": "sv-SE"})
    page = context.new_page()
    page.set_default_timeout(5000)
    sv = phone_texts("sv")

    def show(slide: int) -> None:
        talk.server.show_slide(slide)
        if not javascript:
            talk.settled()          # the server's calls return before they run
            page.goto(talk.url)

    try:
        page.goto(talk.url)
        expect(page.locator(".wait-text")).to_have_text(sv["wait"])
        show(2)
        expect(page.locator(".progress")).to_have_text("Barriere 1 af 2")
        expect(page.locator(".progress")).to_have_attribute("lang", "da")   # the deck's words
        show(3)
        expect(page.locator("h1.q")).to_have_text("Andet udsagn")
        expect(page.locator(".progress")).to_have_text(sv["progress"].format(n=2, total=2))
        show(4)
        expect(page.locator(".wait-text")).to_have_text(sv["thanks"])
        expect(page.locator(".progress")).to_have_count(0)
        show(1)
        expect(page.locator(".wait-text")).to_have_text(sv["wait"])
    finally:
        context.close()
