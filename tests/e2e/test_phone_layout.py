"""The phone page fits a 320 px phone: nothing overflows sideways, the buttons are
at least 48 px tall, and every piece of text has at least 4.5:1 contrast against
what is behind it, in the light and the dark colour scheme."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from common.values import DeckSpec, PollOption, PollSpec
from tests.e2e.conftest import screenshot, start_server

LONG = DeckSpec(
    key="/e2e/long.md", language="da", slide_count=2,
    title="Folketingets Kommunalbestyrelsesmedlemsuddannelsesprogram 2025 – efterårskonferencen",
    polls=(PollSpec("long", "Arbejdsmarkedsuddannelsesinstitutionernes kvalitetsudviklingsstrategier "
                    "bør evalueres af borgerne selv, ikke af ministeriet?",
                    (PollOption("agree", "Helt og aldeles enig med udsagnet"),
                     PollOption("disagree", "Uenig"),
                     PollOption("dont-know", "Ved ikke / ønsker ikke at svare")), 2),),
)

# WCAG relative luminance and contrast of each text element against the first
# opaque background behind it.
CONTRAST_JS = """
() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('[hidden], .sr, script') || !el.getClientRects().length) continue;
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    out.push([el.className || el.tagName, el.textContent.trim().slice(0, 30), Math.round(ratio * 100) / 100]);
  }
  return out;
}
"""


@pytest.fixture
def long_server(tmp_path):
    running = start_server(tmp_path, deck=LONG)
    running.server.show_slide(2)
    yield running
    running.server.stop()


def check_fits(page) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= 320, f"the page is {width} px wide on a 320 px phone"
    for height in page.locator("button").evaluate_all("bs => bs.map(b => b.getBoundingClientRect().height)"):
        assert height >= 48, f"a button is only {height} px tall"


def check_contrast(page) -> None:
    texts = page.evaluate(CONTRAST_JS)
    assert texts
    low = [t for t in texts if t[2] < 4.5]
    assert not low, f"text below 4.5:1 contrast: {low}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_320_px_phone_fits_and_reads(browser, long_server, scheme):
    context = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2, color_scheme=scheme)
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(long_server.url)
        expect(page.locator("h1.q")).to_contain_text("Arbejdsmarkeds")
        check_fits(page)
        check_contrast(page)
        page.get_by_role("button", name="Uenig", exact=True).click()
        expect(page.locator(".mine")).to_contain_text("Uenig")
        check_fits(page)
        check_contrast(page)
        screenshot(page, f"320-{scheme}-voted")
        long_server.server.set_poll("long", open=False, reveal=True)
        expect(page.locator(".results .row").nth(1)).to_contain_text("1 · 100 %")
        check_fits(page)
        check_contrast(page)
        screenshot(page, f"320-{scheme}-revealed")
        long_server.server.show_slide(1)
        expect(page.locator(".wait-text")).to_be_visible()
        check_fits(page)
        check_contrast(page)
    finally:
        context.close()
