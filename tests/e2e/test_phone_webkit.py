"""The phone page in WebKit (Safari's engine): a phone votes and changes its vote
(counted once), follows the presenter without a reload, catches up after the
server's socket went away, and catches up within 3 s when it returns from the
background, as an iPhone does after the screen was locked."""
from __future__ import annotations

import time

import pytest
from selenium.webdriver.common.by import By

from tests.e2e.conftest import start_server
from tests.e2e.stall_proxy import StallProxy
from tests.e2e.webkit import wait_until, webkit_phone

QUESTION_2 = "Offentlige ledere ser sig selv"
QUESTION_3 = "Borgerne er de bedste"
BACK_WITHIN_S = 3.0


@pytest.fixture(scope="module")
def webkit():
    with webkit_phone() as driver:
        yield driver


@pytest.fixture
def phone(webkit, voting):
    webkit.delete_all_cookies()
    webkit.get(voting.url)
    wait_until(lambda: QUESTION_2 in _text(webkit, "h1.q"), what="the question")
    return webkit


def _text(driver, css: str) -> str:
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else ""


def _button(driver, label: str):
    for button in driver.find_elements(By.CSS_SELECTOR, "button.opt"):
        if button.find_element(By.CSS_SELECTOR, ".lbl").text == label:
            return button
    raise AssertionError(f"no button {label!r}")


def test_webkit_phone_votes_and_changes_its_vote_counted_once(phone, voting):
    _button(phone, "Enig").click()
    wait_until(lambda: "Din stemme: Enig" in _text(phone, ".mine"), what="the confirmation")
    assert voting.counts("leaders") == {"agree": 1, "disagree": 0, "dont-know": 0}
    _button(phone, "Uenig").click()
    wait_until(lambda: "Din stemme: Uenig" in _text(phone, ".mine"), what="the changed vote")
    assert _button(phone, "Uenig").get_attribute("aria-pressed") == "true"
    assert voting.counts("leaders") == {"agree": 0, "disagree": 1, "dont-know": 0}
    assert voting.voters("leaders") == 1


def test_webkit_phone_follows_the_presenter_without_reloading(phone, voting):
    phone.execute_script("window.sameDocument = true")
    voting.server.show_slide(3)
    wait_until(lambda: QUESTION_3 in _text(phone, "h1.q"), what="the next question")
    voting.server.show_slide(1)
    wait_until(lambda: _text(phone, ".wait-text") == "Vent på næste spørgsmål", what="the waiting page")
    assert phone.execute_script("return window.sameDocument") is True


def test_webkit_phone_catches_up_after_the_server_restarts(webkit, tmp_path):
    first = start_server(tmp_path)
    first.server.show_slide(2)
    second = None
    try:
        webkit.delete_all_cookies()
        webkit.get(first.url)
        wait_until(lambda: QUESTION_2 in _text(webkit, "h1.q"), what="the question")
        first.server.stop()                          # its sockets go with it
        time.sleep(1.5)                              # a few failed reconnects grow the backoff
        second = start_server(tmp_path, port=first.port)
        second.server.show_slide(3)
        wait_until(lambda: QUESTION_3 in _text(webkit, "h1.q"), timeout=BACK_WITHIN_S + 2,
                   what="the phone catching up after the restart")
    finally:
        (second or first).server.stop()


def test_webkit_phone_back_from_the_background_catches_up_within_3_s(webkit, voting):
    """iOS suspends a page in the background: no timer runs, and its socket may come
    back dead without a close event. Visible again, the page must show the current
    question by itself within 3 s."""
    proxy = StallProxy(voting.port)
    try:
        webkit.delete_all_cookies()
        webkit.get(proxy.url)
        wait_until(lambda: QUESTION_2 in _text(webkit, "h1.q"), what="the question")
        webkit.execute_script(SUSPEND)
        assert proxy.stall_open_connections() >= 1      # dead on the wire, alive to the page
        voting.server.show_slide(3)                      # the talk moves on meanwhile
        time.sleep(1.5)
        webkit.execute_script(RESUME)
        started = time.monotonic()
        wait_until(lambda: QUESTION_3 in _text(webkit, "h1.q"), timeout=BACK_WITHIN_S,
                   what="the phone catching up after coming back from the background")
        assert time.monotonic() - started <= BACK_WITHIN_S
    finally:
        proxy.close()


# The page goes to the background as a browser reports it (hidden), with its timers
# frozen until it is back, as iOS does to a suspended page.
SUSPEND = """
    window.__hidden = true;
    window.__frozen = [];
    const realSetTimeout = window.setTimeout.bind(window);
    window.setTimeout = function (fn, ms, ...rest) {
        if (!window.__hidden) return realSetTimeout(fn, ms, ...rest);
        window.__frozen.push([fn, ms, rest]);
        return 0;
    };
    window.__thaw = function () {
        window.__hidden = false;
        window.__frozen.splice(0).forEach(([fn, ms, rest]) => realSetTimeout(fn, ms, ...rest));
    };
    Object.defineProperty(document, 'visibilityState',
                          {configurable: true, get: () => window.__hidden ? 'hidden' : 'visible'});
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => window.__hidden});
    document.dispatchEvent(new Event('visibilitychange'));
"""
RESUME = "window.__thaw(); document.dispatchEvent(new Event('visibilitychange'));"
