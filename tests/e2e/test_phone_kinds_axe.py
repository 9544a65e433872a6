"""axe-core finds no accessibility violation on the phone page of every question kind
(one choice, pick 3 with "other", a scale, open answers, questions from the room),
open and after this phone answered, with JavaScript and without, in Chromium and in
WebKit (Safari's engine), in Danish and in English. The real server on 127.0.0.1.

Without JavaScript axe cannot run in the page itself, so the page a phone with
JavaScript off gets (the server's HTML, fetched with that phone's cookie) is opened
with its scripts taken out and its <noscript> parts shown, styled by the server's
own stylesheet, and axe runs on that."""
from __future__ import annotations

import html
import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from common.values import CHOICE, DeckSpec, PollKind, PollOption, PollSpec
from tests.e2e.conftest import PHONE, start_server
from tests.e2e.test_phone_axe import AXE, RUN, chromium_violations
from tests.server.kinds_support import kinds_deck

SINGLE = 6
# slide -> (what this phone sends to answer it: API path and body)
KINDS = {
    SINGLE: ("/api/vote", {"poll": "single", "choice": "b"}),
    2: ("/api/vote", {"poll": "tasks", "choice": ["rum", "other"], "text": "Tid"}),
    3: ("/api/vote", {"poll": "mood", "choice": 4}),
    4: ("/api/answer", {"poll": "words", "text": "Samskabelse"}),
    5: ("/api/answer", {"poll": "ask", "text": "Hvem betaler?"}),
}
LANGUAGES = ("da", "en")
# The page without its script is styled by the server's stylesheet (axe checks contrast),
# and shows the question or the list.
STYLED = ("() => getComputedStyle(document.body).marginTop !== '8px' "
          "&& document.querySelectorAll('#view form, #view .qlist').length > 0")


def _deck() -> DeckSpec:
    deck = kinds_deck()
    single = PollSpec("single", "Hvilken?", (PollOption("a", "Først"), PollOption("b", "Bagefter")), SINGLE,
                      PollKind(CHOICE))
    return DeckSpec(key=deck.key, title=deck.title, language=deck.language, slide_count=7,
                    polls=deck.polls + (single,))


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):
    running = start_server(tmp_path_factory.mktemp("kinds-axe"), deck=_deck())
    # Someone else's question, so the list has an upvote button.
    running.server.show_slide(5)
    _post_as(running.url, "axeasker000000001", "/api/answer", {"poll": "ask", "text": "Hvornår?"})
    yield running
    running.server.stop()


def _post_as(url: str, voter: str, path: str, body: dict) -> None:
    request = urllib.request.Request(url.rstrip("/") + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Cookie": f"voter={voter}",
                                              "Origin": url.rstrip("/")})
    urllib.request.urlopen(request, timeout=5).read()


def _show(kinds, slide: int) -> None:
    kinds.server.show_slide(slide)
    import time
    deadline = time.monotonic() + 3
    while kinds.server.snapshot().slide != slide:
        assert time.monotonic() < deadline, "the slide did not change"
        time.sleep(0.02)


def _without_script(url: str, cookies: dict[str, str], language: str) -> str:
    """The page as a phone with JavaScript off gets it, ready to open anywhere: no
    scripts, its <noscript> parts shown, its links resolved against the server."""
    request = urllib.request.Request(f"{url}?lang={language}", headers={
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()), "Accept-Language": language})
    page = urllib.request.urlopen(request, timeout=5).read().decode("utf-8")
    page = re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    page = re.sub(r"</?noscript>", "", page)
    return page.replace("<head>", f'<head><base href="{html.escape(url)}">', 1)


# One choice and a scale are answered with one tap on an option (the page then shows the
# vote as its own); the others are sent as the page's own script sends them.
TAP = "document.querySelectorAll('#view form button')[1].click()"


def _answer_from_page(page_or_driver, path: str, body: dict, webkit: bool = False) -> None:
    """This phone answers, as its page's own script would (same cookie, same origin)."""
    if path == "/api/vote" and body["poll"] in ("single", "mood"):
        if webkit:
            page_or_driver.execute_script(TAP)
        else:
            page_or_driver.evaluate(f"() => {TAP}")
        return
    script = (f"return fetch({json.dumps(path)}, {{method: 'POST', headers: {{'Content-Type': "
              f"'application/json'}}, body: {json.dumps(json.dumps(body))}}}).then(r => r.status)")
    status = (page_or_driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; (function () {" + script + "})().then(done);")
        if webkit else page_or_driver.evaluate("() => { " + script + " }"))
    assert status == 200, (path, body, status)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slide", sorted(KINDS))
def test_every_kind_in_chromium_with_and_without_javascript(browser, kinds, slide, language):
    _show(kinds, slide)
    context = browser.new_context(**{**PHONE, "locale": language}, bypass_csp=True)
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(f"{kinds.url}?lang={language}")
        expect(page.locator("#view form, #view .qlist").first).to_be_visible()
        assert chromium_violations(page) == [], "open"
        before = page.inner_html("#view")
        _answer_from_page(page, *KINDS[slide])
        page.wait_for_function("(before) => document.getElementById('view').innerHTML !== before", arg=before)
        assert chromium_violations(page) == [], "answered"
        cookies = {c["name"]: c["value"] for c in context.cookies()}
        plain = context.new_page()
        plain.set_content(_without_script(kinds.url, cookies, language))
        assert plain.evaluate(STYLED), "the server's stylesheet did not load"
        assert chromium_violations(plain) == [], "answered, without JavaScript"
    finally:
        context.close()


@pytest.fixture(scope="module")
def plain_pages():
    """A page server of the test's own on 127.0.0.1: WebKit opens the page without its
    script from here (from a data: URL it would not load the server's stylesheet)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    pages = {"page": ""}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages["page"].encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="plain-pages")
    thread.start()
    yield pages, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def webkit():
    from tests.e2e.webkit import webkit_phone
    with webkit_phone() as driver:
        yield driver


def _webkit_violations(driver) -> list[str]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    return driver.execute_async_script(
        f"var done = arguments[arguments.length - 1]; {RUN}.then(done, e => done(['axe failed: ' + e]));")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slide", sorted(KINDS))
def test_every_kind_in_webkit_with_and_without_javascript(webkit, plain_pages, kinds, slide, language):
    from tests.e2e.webkit import wait_until

    _show(kinds, slide)
    webkit.get(kinds.url)           # cookies are dropped for the page's own site: this one,
    webkit.delete_all_cookies()     # not the last test's data: page, so this is a new phone
    webkit.get(f"{kinds.url}?lang={language}")
    wait_until(lambda: webkit.execute_script(
        "return document.querySelectorAll('#view form, #view .qlist').length") > 0, what="the question")
    assert webkit.execute_script("return document.documentElement.lang") == language
    assert _webkit_violations(webkit) == [], "open"
    before = webkit.execute_script("return document.getElementById('view').innerHTML")
    _answer_from_page(webkit, *KINDS[slide], webkit=True)
    # 10 s: the answer comes back over the phone's socket, slow on a busy shared machine.
    wait_until(lambda: webkit.execute_script("return document.getElementById('view').innerHTML") != before,
               timeout=10, what="the page showing the answer")
    assert _webkit_violations(webkit) == [], "answered"
    cookies = {c["name"]: c["value"] for c in webkit.get_cookies()}
    pages, where = plain_pages
    pages["page"] = _without_script(kinds.url, cookies, language)
    webkit.get(where)
    wait_until(lambda: webkit.execute_script(f"return {STYLED.removeprefix('() => ')}"), what="the stylesheet")
    assert _webkit_violations(webkit) == [], "answered, without JavaScript"
