"""A phone in Chromium votes on the real server: sees the question, votes, changes
its vote (counted once), follows the presenter without reloading, sees a closed
poll and revealed results, never talks to another origin, and votes the same way
with JavaScript off."""
from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, screenshot

QUESTION_2 = "Offentlige ledere ser sig selv"
QUESTION_3 = "Borgerne er de bedste"


def test_phone_votes_changes_its_vote_and_is_counted_once(phone, voting):
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_2)
    expect(phone.locator(".deck")).to_have_text("Innovation i den offentlige sektor")
    expect(phone.locator("button.opt .lbl")).to_have_text(["Enig", "Uenig", "Ved ikke"])
    # The marks beside the labels are decoration: a screen reader hears the label alone.
    for name in ("Enig", "Uenig", "Ved ikke"):
        expect(phone.get_by_role("button", name=name, exact=True)).to_be_visible()
    screenshot(phone, "1-open")

    phone.get_by_role("button", name="Enig", exact=True).click()
    expect(phone.locator(".mine")).to_have_text("✓Din stemme: Enig")
    expect(phone.get_by_role("button", name="Enig", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(phone.locator("#live")).to_have_text("Din stemme: Enig")
    assert voting.counts("leaders") == {"agree": 1, "disagree": 0, "dont-know": 0}
    screenshot(phone, "2-voted")

    phone.get_by_role("button", name="Uenig", exact=True).click()
    expect(phone.locator(".mine")).to_have_text("✓Din stemme: Uenig")
    expect(phone.get_by_role("button", name="Enig", exact=True)).to_have_attribute("aria-pressed", "false")
    assert voting.counts("leaders") == {"agree": 0, "disagree": 1, "dont-know": 0}
    assert voting.voters("leaders") == 1
    assert not phone.errors, phone.errors


def test_phone_follows_the_presenter_without_reloading(phone, voting):
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_2)
    phone.evaluate("window.sameDocument = true")
    voting.server.show_slide(3)
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_3)
    expect(phone.locator(".mine")).to_have_count(0)
    voting.server.show_slide(1)
    expect(phone.locator(".wait-text")).to_have_text("Vent på næste spørgsmål")
    expect(phone.get_by_role("button")).to_have_count(0)
    screenshot(phone, "0-wait")
    voting.server.show_slide(2)
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_2)
    assert phone.evaluate("window.sameDocument") is True
    assert not phone.errors, phone.errors


def test_closed_and_revealed_poll(phone, voting):
    phone.get_by_role("button", name="Ved ikke", exact=True).click()
    expect(phone.locator(".mine")).to_contain_text("Ved ikke")
    voting.server.set_poll("leaders", open=False)
    expect(phone.locator(".closed")).to_have_text("Afstemningen er lukket")
    expect(phone.get_by_role("button")).to_have_count(0)
    expect(phone.locator(".mine")).to_contain_text("Din stemme: Ved ikke")
    screenshot(phone, "3-closed")

    voting.server.set_poll("leaders", reveal=True)
    rows = phone.locator(".results .row")
    expect(rows).to_have_count(3)
    expect(rows.nth(2)).to_contain_text("1 · 100 %")
    expect(rows.nth(0)).to_contain_text("0 · 0 %")
    expect(phone.locator(".results .total")).to_have_text("1 stemme")
    widths = phone.locator(".results .bar").evaluate_all("bars => bars.map(b => b.getBoundingClientRect().width)")
    tracks = phone.locator(".results .track").evaluate_all("ts => ts.map(t => t.getBoundingClientRect().width)")
    assert widths[0] == 0 and widths[1] == 0
    assert abs(widths[2] - tracks[2]) < 1
    screenshot(phone, "4-revealed")
    assert not phone.errors, phone.errors


def test_revealed_results_update_live_while_open(browser, phone, voting):
    voting.server.set_poll("leaders", reveal=True)
    expect(phone.locator(".results .total")).to_have_text("0 stemmer")
    expect(phone.get_by_role("button")).to_have_count(3)
    # A second phone votes; the first phone's bars follow.
    other = browser.new_context(**PHONE)
    try:
        page = other.new_page()
        page.goto(voting.url)
        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator(".mine")).to_contain_text("Enig")
    finally:
        other.close()
    expect(phone.locator(".results .row").nth(0)).to_contain_text("1 · 100 %")
    phone.get_by_role("button", name="Uenig", exact=True).click()
    expect(phone.locator(".results .row").nth(0)).to_contain_text("1 · 50 %")
    expect(phone.locator(".results .row").nth(1)).to_contain_text("1 · 50 %")
    expect(phone.locator(".results .total")).to_have_text("2 stemmer")
    screenshot(phone, "5-live-results")


def test_page_talks_to_no_other_origin(phone, voting):
    phone.get_by_role("button", name="Enig", exact=True).click()
    expect(phone.locator(".mine")).to_contain_text("Enig")
    voting.server.show_slide(3)
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_3)
    origin = voting.url.rstrip("/")
    assert phone.requests, "the page made no request at all?"
    assert all(url.startswith(origin + "/") for url in phone.requests), phone.requests
    assert phone.sockets == [f"ws://127.0.0.1:{voting.port}/ws"], phone.sockets
    # The page, its stylesheet, script and icon came from this server.
    assert {origin + "/", origin + "/static/phone.css", origin + "/static/phone-view.js",
            origin + "/static/phone.js", origin + "/static/icon.svg"} <= set(phone.requests)
    assert not phone.errors, phone.errors        # CSP violations show up as console errors


def test_the_same_vote_works_with_javascript_off(browser, voting):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        responses = []
        page.on("response", lambda r: responses.append((r.request.method, r.url, r.status)))
        page.goto(voting.url)
        expect(page.locator("h1.q")).to_contain_text(QUESTION_2)
        page.get_by_role("button", name="Ved ikke", exact=True).click()
        expect(page.locator(".mine")).to_have_text("✓Din stemme: Ved ikke")
        assert ("POST", voting.url + "api/vote", 303) in responses
        assert voting.counts("leaders")["dont-know"] == 1
        screenshot(page, "6-nojs-voted")

        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator(".mine")).to_have_text("✓Din stemme: Enig")
        assert voting.counts("leaders") == {"agree": 1, "disagree": 0, "dont-know": 0}
        assert voting.voters("leaders") == 1

        voting.server.set_poll("leaders", open=False, reveal=True)
        voting.settled()
        page.reload()
        expect(page.locator(".closed")).to_have_text("Afstemningen er lukket")
        expect(page.locator(".results .row").nth(0)).to_contain_text("1 · 100 %")
        width = page.locator(".results .bar").first.evaluate("b => b.getBoundingClientRect().width")
        assert width > 100
        screenshot(page, "7-nojs-revealed")
    finally:
        context.close()


# The view as a tree of (tag, sorted attributes, text), without the hidden
# message slot (the server renders it only inside an open form).
SERIALIZE_VIEW = """
() => {
  const walk = n => n.nodeType === 3 ? (n.textContent.trim() ? n.textContent : null)
    : (n.id === 'msg' && n.hidden) ? null
    : [n.tagName.toLowerCase(),
       [...n.attributes].map(a => [a.name, a.value]).sort().join(';'),
       [...n.childNodes].map(walk).filter(x => x !== null)];
  return walk(document.getElementById('view'));
}
"""


def test_javascript_renders_the_same_markup_as_the_server(browser, voting):
    """phone.js re-renders what server/web/phone_page.py rendered; the two must agree
    or a phone would look different with JavaScript on and off."""
    with_js = browser.new_context(**PHONE)
    without_js = browser.new_context(java_script_enabled=False, **PHONE)
    try:
        js, plain = with_js.new_page(), without_js.new_page()
        js.goto(voting.url)
        js.get_by_role("button", name="Ved ikke", exact=True).click()
        expect(js.locator(".mine")).to_contain_text("Ved ikke")
        # The JS-off page must be the same voter: share the voter cookie.
        without_js.add_cookies(with_js.cookies())
        # The waiting page differs on purpose (live with JavaScript, "reload" without):
        # tests/e2e/test_phone_fixes.py checks both.
        for step in ("voted", "revealed-open", "closed"):
            if step == "revealed-open":
                voting.server.set_poll("leaders", reveal=True)
                expect(js.locator(".results")).to_be_visible()
            elif step == "closed":
                voting.server.set_poll("leaders", open=False)
                expect(js.locator(".closed")).to_be_visible()
            plain.goto(voting.url)
            assert js.evaluate(SERIALIZE_VIEW) == plain.evaluate(SERIALIZE_VIEW), step
    finally:
        with_js.close()
        without_js.close()


def _cast(voting, poll_id: str, counts: dict[str, int]) -> None:
    """Real votes through POST /api/vote, each from a phone of its own (own cookie)."""
    import json
    import urllib.request
    n = 0
    for choice, times in counts.items():
        for _ in range(times):
            n += 1
            request = urllib.request.Request(
                voting.url + "api/vote", method="POST",
                data=json.dumps({"poll": poll_id, "choice": choice}).encode(),
                headers={"Content-Type": "application/json",
                         "Cookie": f"voter=e2e-phone-{n:08d}-percent"})
            with urllib.request.urlopen(request, timeout=5) as answer:
                assert answer.status == 200


def test_results_add_to_100_percent_with_javascript_on_and_off(browser, voting):
    """134/89/77 rounded one by one is 45 + 30 + 26 = 101 %; both renderers print
    the slide's largest-remainder figures, 45/30/25, in the same markup."""
    _cast(voting, "leaders", {"agree": 134, "disagree": 89, "dont-know": 77})
    voting.server.set_poll("leaders", reveal=True)
    with_js = browser.new_context(**PHONE)
    without_js = browser.new_context(java_script_enabled=False, **PHONE)
    try:
        js, plain = with_js.new_page(), without_js.new_page()
        for page in (js, plain):
            page.set_default_timeout(5000)
            page.goto(voting.url)
        rows = js.locator(".results .row")
        expect(rows).to_have_count(3)
        # The JavaScript page re-renders with phone-view.js; the other is the server's HTML.
        assert js.evaluate("typeof window.VotedeckView") == "function"
        for page in (js, plain):
            rows = page.locator(".results .row .num")
            expect(rows).to_have_text(["134 · 45 %", "89 · 30 %", "77 · 25 %"])
            bars = page.locator(".results .bar").evaluate_all("bs => bs.map(b => b.className)")
            assert bars == ["bar w45", "bar w30", "bar w25"]
        assert js.evaluate(SERIALIZE_VIEW) == plain.evaluate(SERIALIZE_VIEW)
    finally:
        with_js.close()
        without_js.close()


def test_revealed_results_include_paper_ballots_and_say_so(phone, voting):
    """Ballots the speaker counted by hand (the console's Paper ballots…) are in the phones'
    revealed bars, and the line under them says how many were on paper."""
    phone.get_by_role("button", name="Ved ikke", exact=True).click()
    expect(phone.locator(".mine")).to_contain_text("Ved ikke")
    assert voting.server.set_hand_counts("leaders", {"agree": 12, "disagree": 3}) == 15
    voting.server.set_poll("leaders", reveal=True)
    rows = phone.locator(".results .row")
    expect(rows.nth(0)).to_contain_text("12 · 75 %")
    expect(rows.nth(2)).to_contain_text("1 · 6 %")
    expect(phone.locator(".results .total")).to_have_text("16 stemmer · inkl. 15 på papir")
    # Corrected while revealed: the open page follows without a reload.
    voting.server.set_hand_counts("leaders", {"agree": 2})
    expect(phone.locator(".results .total")).to_have_text("3 stemmer · inkl. 2 på papir")
    assert voting.counts("leaders") == {"agree": 0, "disagree": 0, "dont-know": 1}  # phones only
    assert not phone.errors, phone.errors
