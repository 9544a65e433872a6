"""axe-core finds no accessibility violation on the phone page in Chromium and in
WebKit (Safari's engine), in each of the five languages: waiting, an open poll,
and a voted, closed and revealed poll. axe is vendored in tests/e2e/vendor and
injected by the test only; phones never get it."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from common.language import SUPPORTED
from tests.e2e.conftest import PHONE

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
# WCAG 2.1 A and AA, and axe's best practices.
RUN = ("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', "
       "'wcag21aa', 'best-practice']}, resultTypes: ['violations']})"
       ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))")


def chromium_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(f"() => {RUN}")


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_violations_in_chromium(browser, voting, language):
    # bypass_csp: the page's CSP rightly refuses the injected script; only the test needs it.
    context = browser.new_context(**{**PHONE, "locale": language}, bypass_csp=True)
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        voting.server.show_slide(1)
        page.goto(voting.url)
        expect(page.locator(".wait .pulse")).to_have_count(1)
        assert chromium_violations(page) == [], "waiting"
        voting.server.show_slide(2)
        expect(page.locator("button.opt")).to_have_count(3)
        assert chromium_violations(page) == [], "open poll"
        page.locator("button.opt").nth(1).click()
        expect(page.locator(".mine")).to_be_visible()
        voting.server.set_poll("leaders", open=False, reveal=True)
        expect(page.locator(".results .row")).to_have_count(3)
        assert chromium_violations(page) == [], "revealed"
    finally:
        context.close()


@pytest.fixture(scope="module")
def webkit():
    from tests.e2e.webkit import webkit_phone
    with webkit_phone() as driver:
        yield driver


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_violations_in_webkit(webkit, voting, language):
    from tests.e2e.webkit import wait_until

    webkit.delete_all_cookies()
    webkit.get(f"{voting.url}?lang={language}")
    wait_until(lambda: webkit.execute_script("return document.querySelectorAll('button.opt').length") == 3,
               what="the question")
    assert webkit.execute_script("return document.documentElement.lang") == language
    webkit.execute_script(AXE.read_text(encoding="utf-8"))
    found = webkit.execute_async_script(
        f"var done = arguments[arguments.length - 1]; {RUN}.then(done, e => done(['axe failed: ' + e]));")
    assert found == [], found
