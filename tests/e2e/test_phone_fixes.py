"""What a phone showed wrongly, checked with JavaScript on and off: a chosen button
carries one mark (its kind's), not a second tick; the waiting page without
JavaScript asks for a reload and shows nothing that looks live."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from common.words import phone_texts
from tests.e2e.conftest import PHONE

DA = phone_texts("da")
MARKS = set("✓✕?")

# Every character a person sees on a button, pseudo-elements included.
BUTTON_MARKS_JS = """
btn => {
  const pseudo = side => {
    const c = getComputedStyle(btn, side).content;
    return c && c !== 'none' && c !== 'normal' ? c.replace(/^"|"$/g, '') : '';
  };
  return pseudo('::before') + btn.innerText + pseudo('::after');
}
"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("label", ["Enig", "Uenig", "Ved ikke"])
def test_the_chosen_button_carries_one_mark(browser, voting, javascript, label):
    context = browser.new_context(java_script_enabled=javascript, **PHONE)
    try:
        page = context.new_page()
        page.goto(voting.url)
        page.get_by_role("button", name=label, exact=True).click()
        chosen = page.locator("button.opt.chosen")
        expect(chosen).to_have_count(1)
        expect(chosen).to_have_attribute("aria-pressed", "true")
        seen = chosen.evaluate(BUTTON_MARKS_JS)
        assert sum(ch in MARKS for ch in seen) <= 1, seen
        assert label in seen
        # Its accessible name is the label alone: it reads as the one word.
        expect(page.get_by_role("button", name=label, exact=True)).to_have_count(1)
    finally:
        context.close()


def test_waiting_without_javascript_asks_for_a_reload_and_does_not_pulse(browser, voting):
    voting.server.show_slide(1)
    context = browser.new_context(java_script_enabled=False, **PHONE)
    try:
        page = context.new_page()
        page.goto(voting.url)
        expect(page.locator(".wait-text")).to_have_text(DA["wait"])
        text = page.locator("body").inner_text()
        assert DA["wait_hint"] not in text            # it would not appear by itself
        assert text.count(DA["wait_static"]) == 1
        assert DA["no_script_note"] not in text        # said once, not twice
        expect(page.locator(".pulse")).to_have_count(0)
        reload = page.get_by_role("link", name=DA["reload"])
        voting.server.show_slide(2)
        reload.click()
        expect(page.locator("h1.q")).to_be_visible()
    finally:
        context.close()


def test_waiting_with_javascript_is_live(phone, voting):
    voting.server.show_slide(1)
    expect(phone.locator(".wait-text")).to_have_text(DA["wait"])
    expect(phone.locator(".pulse")).to_have_count(1)
    expect(phone.locator(".wait .fine")).to_have_text(DA["wait_hint"])
    expect(phone.get_by_role("link", name=DA["reload"])).to_have_count(0)
