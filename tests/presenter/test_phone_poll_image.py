"""A poll slide's image for phones and the speaker's remote claims no state it cannot
keep: the real ShowController, the real server on loopback and the real PhoneSlides.
The image is made once per slide and kept while the poll opens, closes and fills, so
it must not say "Afstemning lukket" over an open poll, nor "lukket" on the preview
of the next poll, which the server opens when the talk arrives there.

What the JPEG shows is checked by its pixels: its pill is compared with the pills the
room's own render draws for the poll open and closed (both must differ), and the whole
image with the neutral preview render (it must match, up to JPEG's noise)."""
from __future__ import annotations

import urllib.request
from pathlib import Path

from common.words import WORDS
from tests.presenter.ui_support import POLL_SLIDE, Phone

SAME = 4.0          # mean difference per channel (0-255) of one render and its JPEG
DIFFERENT = 10.0    # ... of two pills that say different things


def _room_renders(presentation, number: int):
    """The slide at the phones' size as the room shows it with its poll open or closed,
    the same as a preview, and the canvas rect where the room's pills sit."""
    from dataclasses import replace
    from types import MappingProxyType

    from PySide6.QtCore import QSize

    from presenter.render.phone_image import PHONE_HEIGHT, PHONE_WIDTH
    from presenter.render.renderer import SlideRenderer
    from presenter.render.view import PREVIEW, PollView

    renderer = SlideRenderer(presentation.deck, cache_layers=False)
    poll = presentation.deck.slides[number - 1].poll
    room = presentation.room_view(True)
    size = QSize(PHONE_WIDTH, PHONE_HEIGHT)
    views = {state: replace(room, polls=MappingProxyType({poll.id: PollView(counts={}, open=state)}))
             for state in (True, False)}
    pill = None
    for view in views.values():
        dot = next(b for b in renderer.scene(number, view).boxes if b.kind == "badge-dot")
        pill = dot.allowed if pill is None else pill.united(dot.allowed)
    return ({state: renderer.render_image(number, view, size) for state, view in views.items()},
            renderer.render_image(number, PREVIEW, size), pill)


def _difference(a, b, canvas_rect=None) -> float:
    """Mean absolute difference per colour channel, over `canvas_rect` (1920x1080 units)
    or the whole image."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    a, b = (image.convertToFormat(QImage.Format.Format_RGB32) for image in (a, b))
    assert a.size() == b.size()
    scale = a.width() / 1920
    region = QRect(0, 0, a.width(), a.height()) if canvas_rect is None else QRect(
        int(canvas_rect.left() * scale), int(canvas_rect.top() * scale),
        int(canvas_rect.width() * scale) + 1, int(canvas_rect.height() * scale) + 1)
    total = count = 0
    for y in range(region.top(), region.bottom() + 1, 1 if canvas_rect is not None else 3):
        for x in range(region.left(), region.right() + 1, 1 if canvas_rect is not None else 3):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            total += sum(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16))
            count += 3
    return total / count


def _claims_no_state(presentation, image_bytes: bytes, number: int, kept: Path) -> None:
    from PySide6.QtGui import QImage

    kept.write_bytes(image_bytes)           # to look at when it fails
    image = QImage.fromData(image_bytes, "JPEG")
    assert not image.isNull()
    room, preview, pill = _room_renders(presentation, number)
    assert _difference(image, room[False], pill) > DIFFERENT, "the image says the poll is closed"
    assert _difference(image, room[True], pill) > DIFFERENT, "the image says the poll is open"
    assert _difference(image, preview) < SAME, "the image is not the slide's neutral preview"


def _no_state_words(text: str) -> None:
    said = {WORDS[lang][key] for lang in WORDS for key in ("slide.poll_open", "slide.poll_closed")}
    assert not any(words in text for words in said), text


def _current_bytes(presentation, phone: Phone, number: int) -> tuple[bytes, str]:
    image = presentation.server.presentation.shelf.for_phones(number)
    assert image is not None
    with phone.opener.open(f"{phone.base}/slide/{image.name}", timeout=5) as response:
        return response.read(), image.image.text


def test_an_open_then_closed_poll_is_never_drawn_closed_or_open(qtbot, presenting, tmp_path):
    presentation, slides = presenting
    phone = Phone(presentation.join.url)
    presentation.go_to(POLL_SLIDE)
    shelf = presentation.server.presentation.shelf
    qtbot.waitUntil(lambda: shelf.for_phones(POLL_SLIDE) is not None, timeout=5000)
    if not phone.state()["poll"]["open"]:
        presentation.set_poll_open(True)
    qtbot.waitUntil(lambda: phone.state()["poll"]["open"], timeout=3000)
    data, text = _current_bytes(presentation, phone, POLL_SLIDE)
    _claims_no_state(presentation, data, POLL_SLIDE, tmp_path / "open.jpg")
    _no_state_words(text)
    assert "Ledere ser medarbejderne som hovedkilden til innovation" in text

    presentation.set_poll_open(False)
    qtbot.waitUntil(lambda: not phone.state()["poll"]["open"], timeout=3000)
    qtbot.wait(300)                         # anything PhoneSlides would re-publish
    data, text = _current_bytes(presentation, phone, POLL_SLIDE)
    _claims_no_state(presentation, data, POLL_SLIDE, tmp_path / "closed.jpg")
    _no_state_words(text)


def test_the_next_polls_preview_does_not_say_closed(qtbot, presenting, tmp_path):
    presentation, slides = presenting
    presentation.go_to(POLL_SLIDE - 1)
    shelf = presentation.server.presentation.shelf
    qtbot.waitUntil(lambda: shelf.following is not None and shelf.following.image.slide == POLL_SLIDE,
                    timeout=5000)
    following = shelf.following.image
    _claims_no_state(presentation, following.data, POLL_SLIDE, tmp_path / "next.jpg")
    _no_state_words(following.text)
    # And it is the very image phones get once the talk is there: nothing to re-render.
    name = shelf.following.name
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: shelf.for_phones(POLL_SLIDE) is not None, timeout=5000)
    assert shelf.for_phones(POLL_SLIDE).name == name
    with urllib.request.urlopen(f"{presentation.join.url.rstrip('/')}/slide/{name}", timeout=5) as r:
        assert r.status == 200
