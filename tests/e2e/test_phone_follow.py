"""Follow along on the phone, and the speaker's phone as a remote (issue 17), in
Chromium against the real presenter: the real ShowController, audience window,
PhoneSlides and voting server on loopback.

Between polls the phone shows the slide the presenter is on (the presenter's own
render, its words as alt text), follows it, never gets a slide ahead, shows it
with JavaScript off and not at all on a poll page. The remote, paired through the
console's one-time link, drives next/open/reveal and the window follows; without
its cookie (or with a wrong or spent code) it gets a sentence and nothing else.
axe-core finds nothing on the follow page or on the remote."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, screenshot
from tests.e2e.test_phone_axe import chromium_violations
from tests.presenter.ui_support import POLL_SLIDE, make_presentation

POLL = "first-poll"
SLIDE_1_TEXT = "Testdeck\nEt lille deck til prøver"
SLIDE_2_TEXT = "Anden slide\npunkt et\npunkt to"


@pytest.fixture
def presenter(qtbot, tmp_path):
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.keys import KeyRouter
    from presenter.ui.phone_slides import PhoneSlides

    presentation = make_presentation(tmp_path, inside=True)     # reads the server's shelf
    assert presentation.server is not None, presentation.voting_error
    window = AudienceWindow(presentation, KeyRouter(presentation, confirm_reset=lambda w: True))
    qtbot.addWidget(window)
    window.resize(640, 360)
    window.show()
    slides = PhoneSlides(presentation)
    presentation.slides_published = slides
    settle(qtbot, presentation, 1)
    yield presentation
    slides.stop()
    presentation.shutdown()


def settle(qtbot, presentation, n: int) -> None:
    """Let Qt run until the presenter has handed the server slide n's image."""
    qtbot.waitUntil(lambda: presentation.server.presentation.shelf.current is not None
                    and presentation.server.presentation.shelf.current.image.slide == n,
                    timeout=3000)


@pytest.fixture
def context(browser):
    made = []

    def make(**options):
        made.append(browser.new_context(**{**PHONE, **options}))
        page = made[-1].new_page()
        page.set_default_timeout(5000)
        page.requests = []
        page.on("request", lambda r: page.requests.append(r.url))
        return page
    yield make
    for one in made:
        one.close()


def test_the_phone_follows_the_slide_between_polls_and_never_runs_ahead(qtbot, presenter, context):
    page = context()
    page.goto(presenter.join.url)
    image = page.locator("figure.now img")
    expect(image).to_have_attribute("alt", SLIDE_1_TEXT)
    expect(page.locator("figure.now figcaption")).to_have_text("Skærmen lige nu · Dias 1")
    page.wait_for_function("() => document.querySelector('figure.now img').naturalWidth === 720")
    screenshot(page, "follow-wait")
    presenter.go_to(2)
    settle(qtbot, presenter, 2)
    expect(image).to_have_attribute("alt", SLIDE_2_TEXT)
    page.wait_for_function("() => document.querySelector('figure.now img').naturalWidth === 720")
    assert page.locator("figure.now a.zoom").get_attribute("href").startswith("/slide/2-")
    # The next slide's image is on the server, for the remote; no phone can load it.
    following = presenter.server.presentation.shelf.following
    assert following.image.slide == 3
    assert page.request.get(presenter.join.url + f"slide/{following.name}").status == 404
    assert not any("/slide/3-" in url for url in page.requests)
    # A poll slide: the question, no slide image, and none loaded.
    presenter.go_to(POLL_SLIDE)
    settle(qtbot, presenter, POLL_SLIDE)
    expect(page.locator("button.opt")).to_have_count(3)
    expect(page.locator("figure.now")).to_have_count(0)
    page.wait_for_timeout(200)
    assert not any(f"/slide/{POLL_SLIDE}-" in url for url in page.requests)
    screenshot(page, "follow-poll")


def test_the_waiting_page_shows_the_slide_without_javascript(presenter, context):
    page = context(java_script_enabled=False)
    page.goto(presenter.join.url)
    expect(page.locator("figure.now img")).to_have_attribute("alt", SLIDE_1_TEXT)
    page.wait_for_function("() => document.querySelector('figure.now img').complete")
    assert page.evaluate("document.querySelector('figure.now img').naturalWidth") == 720


def test_the_deck_setting_off_shows_no_slide(qtbot, tmp_path, context):
    from presenter.ui.phone_slides import PhoneSlides
    from tests.presenter.ui_support import write_deck

    path = write_deck(tmp_path / "deck")
    path.write_text(path.read_text(encoding="utf-8").replace("title: Testdeck\n",
                                                             "title: Testdeck\nphone_slides: off\n"),
                    encoding="utf-8")
    presentation = make_presentation(tmp_path, inside=True)     # its own deck: replaced below
    try:
        from presenter.deck.parser import load_deck
        presentation.replace_deck(load_deck(path))
        slides = PhoneSlides(presentation)
        settle(qtbot, presentation, 1)
        page = context()
        page.goto(presentation.join.url)
        expect(page.locator(".wait-text")).to_be_visible()
        expect(page.locator("figure.now")).to_have_count(0)
        name = presentation.server.presentation.shelf.current.name
        assert page.request.get(presentation.join.url + f"slide/{name}").status == 404
        slides.stop()
    finally:
        presentation.shutdown()


def test_axe_finds_nothing_on_the_follow_page(presenter, context):
    page = context(bypass_csp=True)
    page.goto(presenter.join.url)
    page.wait_for_function("() => document.querySelector('figure.now img').naturalWidth > 0")
    assert chromium_violations(page) == []


def test_the_remote_drives_the_talk_and_the_window_follows(qtbot, presenter, context):
    page = context(viewport={"width": 360, "height": 640})
    link, _ = presenter.remote_link()
    page.goto(link)
    assert page.url == presenter.join.url + "remote"
    expect(page.locator("#where")).to_have_text("Dias 1 af 6")
    expect(page.locator("#now img")).to_have_attribute("alt", SLIDE_1_TEXT)
    expect(page.locator("#upcoming img")).to_have_attribute("alt", SLIDE_2_TEXT)
    expect(page.locator("#prev")).to_be_disabled()
    screenshot(page, "remote-start")
    for target in ("#prev", "#next", "#open", "#reveal"):
        box = page.locator(target).bounding_box() if page.locator(target).is_visible() else None
        assert box is None or box["height"] >= 48, target
    page.locator("#next").click()
    qtbot.waitUntil(lambda: presenter.slide == 2, timeout=3000)         # the window followed
    settle(qtbot, presenter, 2)
    expect(page.locator("#where")).to_have_text("Dias 2 af 6")
    expect(page.locator("#now img")).to_have_attribute("alt", SLIDE_2_TEXT)
    screenshot(page, "remote-next-is-a-poll")
    page.locator("#next").click()
    qtbot.waitUntil(lambda: presenter.slide == POLL_SLIDE, timeout=3000)
    expect(page.locator("#poll")).to_be_visible()
    # Showing the slide opened its poll (the deck's default): the button closes it.
    expect(page.locator("#open")).to_have_text("Luk afstemningen")
    settle(qtbot, presenter, POLL_SLIDE)
    expect(page.locator("#now img")).to_have_count(1)
    screenshot(page, "remote-poll-open")
    page.locator("#open").click()
    qtbot.waitUntil(lambda: presenter.tally(POLL) is not None and not presenter.tally(POLL).open,
                    timeout=3000)
    expect(page.locator("#open")).to_have_text("Åbn afstemningen")
    page.locator("#reveal").click()
    qtbot.waitUntil(lambda: presenter.tally(POLL).revealed, timeout=3000)
    expect(page.locator("#reveal")).to_have_text("Skjul resultaterne")
    settle(qtbot, presenter, POLL_SLIDE)
    expect(page.locator("#now img")).to_have_count(1)
    screenshot(page, "remote-poll")


def test_axe_finds_nothing_on_the_remote(qtbot, presenter, context):
    page = context(bypass_csp=True)
    page.goto(presenter.remote_link()[0])
    expect(page.locator("#upcoming img")).to_have_count(1)
    assert chromium_violations(page) == [], "between polls"
    page.locator("#next").click()
    qtbot.waitUntil(lambda: presenter.slide == 2, timeout=3000)
    page.locator("#next").click()
    qtbot.waitUntil(lambda: presenter.slide == POLL_SLIDE, timeout=3000)
    expect(page.locator("#poll")).to_be_visible()
    assert chromium_violations(page) == [], "on a poll"


def test_the_remote_is_refused_without_its_cookie(presenter, context):
    page = context()
    for address in ("remote", "remote?pair=not-a-code"):
        answer = page.goto(presenter.join.url + address)
        assert answer.status == 403, address
        expect(page.locator(".refused")).to_have_text(
            "Dette er talerens fjernbetjening. Par den ved at scanne koden på talerens konsol.")
        assert "Testdeck" not in page.content()
    assert page.request.get(presenter.join.url + "api/remote/state").status == 403
    # A code that another phone already used.
    link, _ = presenter.remote_link()
    other = context()
    other.goto(link)
    expect(other.locator("#where")).to_have_text("Dias 1 af 6")
    assert page.goto(link).status == 403
    assert not any("remote.js" in url for url in page.requests)
