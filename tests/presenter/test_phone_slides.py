"""The presenter hands phones the slide it shows (issue 17): the real ShowController
with the real server and the real PhoneSlides: after the presenter is on a slide its
720 px JPEG and words reach the phone state; the next slide's image goes to the
remote only; the console's remote panel shows a code that pairs, and takes it down."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from tests.presenter.ui_support import Phone, make_presentation


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_phone_gets_the_slide_the_presenter_is_on(qtbot, presenting):
    presentation, slides = presenting
    phone = Phone(presentation.join.url)
    qtbot.waitUntil(lambda: (phone.state()["image"] or {}).get("n") == 1, timeout=3000)
    presentation.go_to(2)
    qtbot.waitUntil(lambda: (phone.state()["image"] or {}).get("n") == 2, timeout=3000)
    image = phone.state()["image"]
    assert image["text"] == "Anden slide\npunkt et\npunkt to"
    with urllib.request.urlopen(presentation.join.url.rstrip("/") + image["url"], timeout=5) as response:
        data = response.read()
    assert data[:3] == b"\xff\xd8\xff" and 5_000 < len(data) < 120_000     # a real JPEG
    # The next slide was rendered too, for the remote, but no phone can load it.
    following = presentation.server.presentation.shelf.following
    assert following.image.slide == 3
    assert _status(f"{presentation.join.url.rstrip('/')}/slide/{following.name}") == 404


def test_paging_quickly_publishes_where_the_presenter_stops(qtbot, presenting):
    presentation, slides = presenting
    qtbot.waitUntil(lambda: slides.published >= 1, timeout=3000)
    before = slides.published
    for n in (2, 3, 4, 5):
        presentation.go_to(n)
    qtbot.waitUntil(lambda: slides.published > before, timeout=3000)
    qtbot.wait(300)
    assert slides.published == before + 1
    assert presentation.server.presentation.shelf.current.image.slide == 5


def test_the_console_pairs_the_speakers_phone(qtbot, tmp_path):
    from presenter.ui.console.console_window import ConsoleWindow

    presentation = make_presentation(tmp_path, inside=True)     # reads the server's shelf
    console = ConsoleWindow(presentation, None, confirm_reset=lambda window: True)
    qtbot.addWidget(console)
    try:
        panel = console.remote_panel
        assert panel.qr.isHidden() and panel.link is None        # nothing until asked
        panel.button.click()
        assert not panel.qr.isHidden() and panel.qr.matrix
        link = panel.link
        assert "/remote?pair=" in link
        phone = Phone(presentation.join.url)
        with phone.opener.open(link, timeout=5) as response:
            assert response.status == 200 and response.url.endswith("/remote")
        with phone.opener.open(presentation.join.url + "api/remote/state", timeout=5) as response:
            assert json.load(response)["slides"] == 6
        panel.take_down()
        assert panel.qr.isHidden() and panel.link is None
    finally:
        presentation.shutdown()
        console.close()


def test_with_voting_off_the_panel_says_so(qtbot, tmp_path):
    from presenter.ui.console.console_window import ConsoleWindow

    presentation = make_presentation(tmp_path, voting=False)
    console = ConsoleWindow(presentation, None, confirm_reset=lambda window: True)
    qtbot.addWidget(console)
    try:
        console.remote_panel.button.click()
        assert console.remote_panel.qr.isHidden()
        assert console.remote_panel.hint.text()
    finally:
        presentation.shutdown()
        console.close()


def test_the_remote_sees_the_consoles_timer(qtbot, tmp_path):
    from presenter.ui.console.timer import ElapsedTimer
    from presenter.ui.phone_slides import PhoneSlides

    now = [1000.0]
    timer = ElapsedTimer(clock=lambda: now[0])
    timer.start()
    now[0] += 75.0
    timer.pause()                       # paused at 1:15: the remote must not run on
    presentation = make_presentation(tmp_path, inside=True)     # reads the server's shelf
    slides = PhoneSlides(presentation, timer)
    try:
        shelf = presentation.server.presentation.shelf
        qtbot.waitUntil(lambda: shelf.timer_now() is not None, timeout=3000)
        assert shelf.timer_now() == {"elapsed": 75.0, "running": False}
    finally:
        slides.stop()
        presentation.shutdown()


def test_an_edited_deck_is_rendered_anew_for_phones(qtbot, presenting, tmp_path):
    from presenter.deck.parser import load_deck
    from tests.presenter.ui_support import write_deck

    presentation, slides = presenting
    phone = Phone(presentation.join.url)
    qtbot.waitUntil(lambda: (phone.state()["image"] or {}).get("text", "").startswith("Testdeck"),
                    timeout=3000)
    path = write_deck(tmp_path / "edited")
    path.write_text(path.read_text(encoding="utf-8").replace("# Testdeck", "# Rettet titel"),
                    encoding="utf-8")
    presentation.replace_deck(load_deck(path))
    qtbot.waitUntil(lambda: (phone.state()["image"] or {}).get("text", "").startswith("Rettet titel"),
                    timeout=3000)
