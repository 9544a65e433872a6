"""The follow-along slide in WebKit (Safari's engine, issue 17): between polls the
phone shows the presenter's image of the current slide with its words as alt
text, loads it, follows the next one without a reload, and drops it on a poll."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from common.values import SlideImage
from tests.e2e.webkit import wait_until, webkit_phone


@pytest.fixture(scope="module")
def webkit():
    with webkit_phone() as driver:
        yield driver


def slide_image(n: int, colour: str = "#0b5fa5") -> SlideImage:
    """A real 720 x 405 JPEG, as PhoneSlides makes them."""
    from PySide6.QtGui import QColor, QImage

    from presenter.render.phone_image import encode
    image = QImage(720, 405, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return SlideImage(n, encode(image), "image/jpeg", 720, 405, f"Dias nummer {n}\nTekst")


def _image(driver) -> dict:
    return driver.execute_script(
        "var i = document.querySelector('figure.now img');"
        "return i ? {alt: i.alt, width: i.naturalWidth, src: i.getAttribute('src')} : null;")


def test_webkit_phone_shows_and_follows_the_slide_between_polls(qapp, webkit, voting):
    server = voting.server
    server.show_slide(1)
    server.publish_slides(slide_image(1))
    webkit.delete_all_cookies()
    webkit.get(voting.url + "?lang=da")
    wait_until(lambda: (_image(webkit) or {}).get("width") == 720, what="the slide's image")
    assert _image(webkit)["alt"] == "Dias nummer 1\nTekst"
    assert webkit.find_element(By.CSS_SELECTOR, "figure.now figcaption").text == "Skærmen lige nu · Dias 1"
    webkit.execute_script("window.sameDocument = true")
    server.show_slide(2)            # a poll: the question, and no slide image
    wait_until(lambda: webkit.find_elements(By.CSS_SELECTOR, "button.opt"), what="the question")
    assert _image(webkit) is None
    server.show_slide(1)
    # The slide as the presenter re-rendered it (an edited deck): a new version, followed.
    old = server.presentation.shelf.current.name
    server.publish_slides(slide_image(1, "#d55e00"))
    wait_until(lambda: (_image(webkit) or {}).get("width") == 720
               and old not in _image(webkit)["src"], what="the new image")
    assert webkit.execute_script("return window.sameDocument") is True


def _violations(driver) -> list[str]:
    from tests.e2e.test_phone_kinds_axe import _webkit_violations
    return _webkit_violations(driver)


def test_axe_finds_nothing_on_the_follow_page_in_webkit(qapp, webkit, voting):
    server = voting.server
    server.show_slide(1)
    server.publish_slides(slide_image(1))
    webkit.get(voting.url)
    webkit.delete_all_cookies()
    webkit.get(voting.url + "?lang=nb")
    wait_until(lambda: (_image(webkit) or {}).get("width") == 720, what="the slide's image")
    assert _violations(webkit) == []


@pytest.mark.parametrize("language", ["da", "nb", "nn", "sv", "en"])
def test_axe_finds_nothing_on_the_remote_in_webkit(qapp, webkit, voting, language):
    """The speaker's remote, paired through its one-time link, in each language."""
    server = voting.server
    server.show_slide(2)                               # a poll: the remote shows its buttons
    server.publish_slides(slide_image(2), slide_image(3))
    webkit.get(voting.url)
    webkit.delete_all_cookies()
    link, _ = server.remote_link()
    webkit.get(link)                                   # paired: the cookie, then /remote
    wait_until(lambda: webkit.current_url.endswith("/remote"), what="the remote page")
    webkit.get(f"{voting.url}remote?lang={language}")
    assert webkit.execute_script("return document.documentElement.lang") == language
    wait_until(lambda: webkit.execute_script(
        "var p = document.getElementById('poll'); return p && !p.hidden;"), what="the poll's buttons")
    wait_until(lambda: webkit.execute_script(
        "return document.querySelectorAll('#now img').length") > 0, what="the current slide")
    assert _violations(webkit) == []
