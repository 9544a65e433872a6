"""The phone page at 200 % text size and 320 px width: nothing sticks out sideways
(no horizontal scroll, every box inside the viewport), no word that fits a line is
split across two (hyphenation only for a word wider than its line), and revealed
results fit above the fold of a 360 × 640 phone at normal size."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot
from tests.e2e.test_phone_layout import LONG

# 200 % text: what a phone's largest accessibility font setting does to the root size.
BIG_TEXT = "html { font-size: 200% !important; }"

# Each element outside the viewport's width or wider inside than its box, by class.
OUTSIDE_JS = """
() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('[hidden], .sr, script, noscript') || !el.getClientRects().length) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1 && el.clientWidth)
      out.push([el.tagName + '.' + el.className, Math.round(r.left), Math.round(r.right), el.scrollWidth]);
  }
  return out;
}
"""

# Words split over two lines although they would fit one: a word's Range has more
# than one line box (client rects on different rows) while its natural width (the
# canvas measures it in the element's font) is narrower than its container.
SPLIT_WORDS_JS = """
() => {
  const canvas = document.createElement('canvas').getContext('2d'), split = [];
  const walker = document.createTreeWalker(document.querySelector('.wrap'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('[hidden], .sr, script, noscript') || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    canvas.font = style.font;
    const box = el.closest('p, h1, h2, button, li, a, span.lbl') || el;
    const room = box.clientWidth || box.getBoundingClientRect().width;
    const re = /\\S+/g;
    let m;
    while ((m = re.exec(node.textContent))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1 && canvas.measureText(m[0]).width < room) split.push([m[0], Math.round(room)]);
    }
  }
  return split;
}
"""


def check_layout(page) -> None:
    outside = page.evaluate(OUTSIDE_JS)
    assert outside == [], str(outside)
    assert page.evaluate("document.scrollingElement.scrollWidth <= document.documentElement.clientWidth"), \
        "the page scrolls sideways"
    assert page.evaluate(SPLIT_WORDS_JS) == []


@pytest.fixture
def long_talk(tmp_path):
    from tests.e2e.conftest import start_server
    running = start_server(tmp_path, deck=LONG)
    running.server.show_slide(2)
    yield running
    running.server.stop()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_200_percent_text_on_320_px(browser, long_talk, javascript):
    context = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2, locale="da-DK",
                                  java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        # The text size rides on the page's own stylesheet, so it holds with JavaScript
        # off and across reloads (a phone's font setting does the same).
        def bigger(route) -> None:
            answer = route.fetch()
            route.fulfill(response=answer, body=answer.text() + BIG_TEXT)
        page.route("**/static/phone.css", bigger)

        def load() -> None:
            page.goto(long_talk.url)

        load()
        expect(page.locator("h1.q")).to_contain_text("Arbejdsmarkeds")
        assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32
        check_layout(page)
        page.get_by_role("button", name="Uenig", exact=True).click()
        if not javascript:
            load()
        expect(page.locator(".mine")).to_contain_text("Uenig")
        check_layout(page)
        long_talk.server.set_poll("long", open=False, reveal=True)
        if not javascript:
            for _ in range(100):        # the change happens on the server's loop
                if long_talk.server.presentation.revealed["long"]:
                    break
                page.wait_for_timeout(20)
            load()
        expect(page.locator(".results .row").nth(1)).to_contain_text("1 · 100 %")
        check_layout(page)
        screenshot(page, f"200pct-320-{'js' if javascript else 'nojs'}-revealed")
    finally:
        context.close()


def test_revealed_results_fit_above_the_fold_on_360_by_640(browser, voting):
    context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2, locale="da-DK")
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(voting.url)
        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator(".mine")).to_be_visible()
        voting.server.set_poll("leaders", open=False, reveal=True)
        expect(page.locator(".results .total")).to_have_text("1 stemme")
        bottom = page.locator(".results").evaluate("r => r.getBoundingClientRect().bottom")
        assert bottom <= 640, f"the results end at {bottom} px, below a 640 px screen"
        screenshot(page, "360x640-revealed")
    finally:
        context.close()
