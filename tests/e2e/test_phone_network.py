"""The venue wifi drops: the phone shows that it is reconnecting, reconnects with
backoff, and shows the current state within 3 s of the network (or the server)
coming back; a vote made while offline is sent on return or plainly marked as
not sent, never silently lost."""
from __future__ import annotations

import time

from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, screenshot, start_server

QUESTION_2 = "Offentlige ledere ser sig selv"
QUESTION_3 = "Borgerne er de bedste"
BACK_WITHIN_MS = 3000


def test_offline_then_back_shows_the_current_state(phone, voting):
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_2)
    phone.context.set_offline(True)
    expect(phone.locator("#net")).to_be_visible()
    expect(phone.locator("#net")).to_have_text("Forbindelsen er væk – forbinder igen …")
    screenshot(phone, "8-reconnecting")
    # The presenter moves on while this phone is away.
    voting.server.show_slide(3)
    time.sleep(1.5)             # long enough for a few failed reconnects to grow the backoff
    phone.context.set_offline(False)
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_3, timeout=BACK_WITHIN_MS)
    expect(phone.locator("#net")).to_be_hidden(timeout=BACK_WITHIN_MS)
    assert not phone.errors, phone.errors


def test_vote_made_offline_is_sent_when_back(phone, voting):
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_2)
    phone.context.set_offline(True)
    phone.get_by_role("button", name="Uenig", exact=True).click()
    expect(phone.locator("#msg")).to_have_text("Ikke sendt – prøver igen")
    expect(phone.locator(".mine")).to_have_count(0)        # no confirmation before the server has it
    screenshot(phone, "9-offline-vote")
    assert voting.voters("leaders") == 0
    phone.context.set_offline(False)
    expect(phone.locator(".mine")).to_have_text("✓Din stemme: Uenig", timeout=BACK_WITHIN_MS)
    expect(phone.locator("#msg")).to_be_hidden()
    assert voting.counts("leaders") == {"agree": 0, "disagree": 1, "dont-know": 0}


def test_vote_queued_for_a_poll_that_closed_is_marked_not_sent(phone, voting):
    expect(phone.locator("h1.q")).to_contain_text(QUESTION_2)
    phone.context.set_offline(True)
    phone.get_by_role("button", name="Enig", exact=True).click()
    expect(phone.locator("#msg")).to_have_text("Ikke sendt – prøver igen")
    voting.server.set_poll("leaders", open=False)
    voting.settled()
    phone.context.set_offline(False)
    expect(phone.locator(".closed")).to_have_text("Afstemningen er lukket", timeout=BACK_WITHIN_MS)
    # The phone says plainly that this vote did not count, with the server's reason.
    expect(phone.locator("#msg")).to_have_text("Din stemme blev ikke sendt: Afstemningen er lukket",
                                                timeout=BACK_WITHIN_MS)
    screenshot(phone, "10-not-sent")
    assert voting.voters("leaders") == 0


def test_server_restart_on_the_same_port_is_followed_within_3_s(browser, tmp_path):
    first = start_server(tmp_path)
    first.server.show_slide(2)
    context = browser.new_context(**PHONE)
    second = None
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(first.url)
        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator(".mine")).to_contain_text("Enig")
        first.server.stop()                        # every socket goes with it
        expect(page.locator("#net")).to_be_visible()
        time.sleep(2)                              # let the backoff grow to its cap
        second = start_server(tmp_path, port=first.port)
        second.server.show_slide(3)
        started = time.monotonic()
        expect(page.locator("h1.q")).to_contain_text(QUESTION_3, timeout=BACK_WITHIN_MS)
        took = time.monotonic() - started
        expect(page.locator("#net")).to_be_hidden()
        # Back on the first poll, the resumed session still knows this phone's vote.
        second.server.show_slide(2)
        expect(page.locator(".mine")).to_contain_text("Din stemme: Enig")
        assert took < BACK_WITHIN_MS / 1000
    finally:
        context.close()
        if second is not None:
            second.server.stop()


def test_refused_vote_offers_tap_to_retry(browser, tmp_path):
    # One vote per second from this address: the second quick tap gets a 429.
    running = start_server(tmp_path, requests_per_second=1)
    running.server.show_slide(2)
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(running.url)
        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator(".mine")).to_contain_text("Enig")
        page.get_by_role("button", name="Uenig", exact=True).click()
        retry = page.get_by_role("button", name="Ikke sendt – tryk for at prøve igen")
        expect(retry).to_be_visible()
        expect(page.locator(".mine")).to_contain_text("Din stemme: Enig")   # still the counted one
        screenshot(page, "11-tap-to-retry")
        assert running.counts("leaders")["agree"] == 1
        time.sleep(1.1)                                     # the bucket refills
        retry.click()
        expect(page.locator(".mine")).to_contain_text("Din stemme: Uenig")
        expect(retry).to_have_count(0)
        assert running.counts("leaders") == {"agree": 0, "disagree": 1, "dont-know": 0}
    finally:
        context.close()
        running.server.stop()


def test_a_socket_that_went_silent_is_replaced(browser, voting):
    """A phone waking from sleep may hold a socket that is dead without a close
    event. The page asks for the state and, hearing nothing, reconnects."""
    context = browser.new_context(**PHONE)
    dead = {"first": False}
    connections = []

    def route(ws):
        server = ws.connect_to_server()
        first = not connections
        connections.append(ws)
        server.on_message(lambda m: None if first and dead["first"] else ws.send(m))
        ws.on_message(lambda m: None if first and dead["first"] else server.send(m))

    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.route_web_socket("**/ws", route)
        page.goto(voting.url)
        expect(page.locator("h1.q")).to_contain_text(QUESTION_2)
        dead["first"] = True                 # the first socket now drops everything, both ways
        voting.server.show_slide(3)
        time.sleep(0.5)
        expect(page.locator("h1.q")).to_contain_text(QUESTION_2)   # it did not hear
        # The screen comes back on: the page probes and, after 4 s of silence, reconnects.
        page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        expect(page.locator("h1.q")).to_contain_text(QUESTION_3, timeout=4000 + BACK_WITHIN_MS)
        assert len(connections) == 2
    finally:
        context.close()


def test_vote_queued_while_the_server_was_down_and_the_talk_moved_on(browser, tmp_path):
    first = start_server(tmp_path)
    first.server.show_slide(2)
    context = browser.new_context(**PHONE)
    second = None
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(first.url)
        expect(page.locator("h1.q")).to_contain_text(QUESTION_2)
        first.server.stop()
        expect(page.locator("#net")).to_be_visible()
        page.get_by_role("button", name="Enig", exact=True).click()
        expect(page.locator("#msg")).to_have_text("Ikke sendt – prøver igen")
        second = start_server(tmp_path, port=first.port)
        second.server.show_slide(3)                 # the presenter has moved on
        expect(page.locator("h1.q")).to_contain_text(QUESTION_3, timeout=BACK_WITHIN_MS)
        # The refused vote is not dropped in silence.
        expect(page.locator("#msg")).to_have_text("Din stemme på det forrige spørgsmål blev ikke sendt.")
        screenshot(page, "12-previous-not-sent")
        assert second.voters("leaders") == 0
        # Voting on the new question clears it.
        page.get_by_role("button", name="Uenig", exact=True).click()
        expect(page.locator(".mine")).to_contain_text("Uenig")
        expect(page.locator("#msg")).to_be_hidden()
    finally:
        context.close()
        if second is not None:
            second.server.stop()
