"""The join slide: without join details it is an ordinary text slide (no empty box);
with a Wi-Fi code it shows two equal steps side by side, centred, each code crisp with
its step above and its words under it."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QTransform

from common.words import WORDS
from presenter.render.qr import QUIET, placement, qr_matrix_sized
from presenter.render.renderer import SlideRenderer
from presenter.render.theme import palette_for
from presenter.render.view import RoomView
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import is_dark, layout_boxes, problems, texts


@pytest.fixture
def talk(qapp):
    return SlideRenderer(F.talk_deck())


def _join(deck) -> int:
    return next(s.number for s in deck.slides if s.layout == "join")


def _hairline(palette) -> QColor:
    """The light grey a dashed placeholder box would be drawn in (18 % of the text colour)."""
    bg, fg = palette.background, palette.foreground
    return QColor.fromRgbF(*(b * 0.82 + f * 0.18 for b, f in zip(bg.getRgbF()[:3], fg.getRgbF()[:3])))


def _rule_pixels(image, rect: QRectF, rule: QColor) -> int:
    n = 0
    for y in range(int(rect.top()), int(rect.bottom()), 3):
        for x in range(int(rect.left()), int(rect.right()), 3):
            c = image.pixelColor(x, y)
            if abs(c.red() - rule.red()) + abs(c.green() - rule.green()) + abs(c.blue() - rule.blue()) < 12:
                n += 1
    return n


@pytest.mark.parametrize("view", [None, RoomView()], ids=["export", "console-thumbnail"])
def test_without_join_details_the_text_takes_the_width(talk, view):
    n = _join(talk.deck)
    boxes = layout_boxes(talk, n, view)
    assert problems(boxes) == []
    words = texts(boxes)
    assert not any(b.kind in ("qr", "placeholder") for b in boxes)
    body = next(b for b in boxes if b.kind == "body")
    # The slide's own text says "scan koden": a handout says where the code will be.
    note = next(b for b in boxes if b.kind == "note")
    assert note.text == "QR-koden og adressen vises her, når præsentationen kører" in words
    assert note.needed.top() > body.needed.bottom()
    assert body.allowed.width() >= 1600, "text may use the whole width"
    # No dashed box: the right half under the text holds no rule-coloured ink.
    image = talk.render_image(n, view)
    rule = _hairline(palette_for(talk.deck.theme))
    assert _rule_pixels(image, QRectF(1000, note.needed.bottom() + 20, 800, 300), rule) == 0


def test_voting_down_is_a_muted_line_not_a_box(talk):
    n = _join(talk.deck)
    view = replace(F.join_view(), voting_down=True)
    boxes = layout_boxes(talk, n, view)
    note = next(b for b in boxes if b.kind == "note")
    body = next(b for b in boxes if b.kind == "body")
    assert note.text == "Afstemningen er ikke tilgængelig lige nu"
    assert note.needed.top() > body.needed.bottom() and not any(b.kind == "qr" for b in boxes)
    assert problems(boxes) == []


# The room's view while the talk runs with no code yet: voting starting (the app starts it
# once the first slide is up), switched off (--no-voting), down (failed or stopped).
STATES = {"starting": RoomView(), "off": RoomView(voting_off=True),
          "down": RoomView(voting_down=True)}
SAYS = {"starting": "slide.qr_later", "off": "slide.voting_down", "down": "slide.voting_down"}


@pytest.mark.parametrize("overlay", [False, True], ids=["slide", "overlay"])
@pytest.mark.parametrize("state", sorted(STATES))
@pytest.mark.parametrize("language", sorted(WORDS))
def test_without_a_code_the_join_screen_says_what_is_true_now(qapp, language, state, overlay):
    """Only while voting starts may the room read that the code appears while the talk runs:
    the talk is running. Off or down, it reads that voting is not available, in the deck's
    language, and no box stands where a code would be."""
    r = SlideRenderer(replace(F.talk_deck(), language=language))
    n = 2 if overlay else _join(r.deck)         # Q over an ordinary slide, or the join slide
    view = replace(STATES[state], show_join_overlay=overlay)
    boxes = layout_boxes(r, n, view)
    assert problems(boxes) == []
    assert [b.text for b in boxes if b.kind == "note"] == [WORDS[language][SAYS[state]]]
    said = {WORDS[language][key] for key in SAYS.values()} & set(texts(boxes).splitlines())
    assert said == {WORDS[language][SAYS[state]]}, "one sentence about the code, the true one"
    assert not any(b.kind in ("qr", "qr-wifi", "url", "placeholder") for b in boxes)
    note = next(b for b in boxes if b.kind == "note")
    image = r.render_image(n, view)
    rule = _hairline(palette_for(r.deck.theme))
    under = QRectF(0, note.needed.bottom() + 20, 1920, 1000 - note.needed.bottom() - 20)
    assert _rule_pixels(image, under, rule) == 0, "no empty box promising a code"


def test_voting_off_is_part_of_the_keys_so_the_join_slide_is_drawn_again(talk):
    """One renderer draws the join slide as voting starts and once it is off: the second
    must not be the first's cached scene or layer."""
    from presenter.render.keys import LayerKey, SlideKey

    n = _join(talk.deck)
    slide = talk.deck.slides[n - 1]
    starting, off = STATES["starting"], STATES["off"]
    assert SlideKey.of(slide, starting) != SlideKey.of(slide, off)
    assert LayerKey.of(slide, starting) != LayerKey.of(slide, off)
    notes = [next(b.text for b in layout_boxes(talk, n, view) if b.kind == "note")
             for view in (starting, off, starting)]
    assert notes == [WORDS["da"]["slide.qr_later"], WORDS["da"]["slide.voting_down"],
                     WORDS["da"]["slide.qr_later"]]


def test_wifi_steps_are_equal_aligned_and_centred(talk):
    n = _join(talk.deck)
    view = F.join_view(wifi=True)
    boxes = layout_boxes(talk, n, view)
    assert problems(boxes) == []
    wifi = next(b for b in boxes if b.kind == "qr-wifi").needed
    url = next(b for b in boxes if b.kind == "qr").needed
    assert wifi.size() == url.size() and wifi.top() == url.top(), (wifi, url)
    assert wifi.height() >= 0.25 * 1080
    labels = sorted((b for b in boxes if b.kind == "qr-label"), key=lambda b: b.needed.left())
    under = [next(b for b in boxes if b.kind == k) for k in ("wifi-ssid", "url")]
    assert [b.text for b in labels] == ["1 · Forbind til Wi-Fi", "2 · Åbn siden"]
    assert [b.text for b in under] == ["votedeck", "192.168.1.23:8080"]
    for code, label, words in zip((wifi, url), labels, under):
        assert 0 <= code.top() - label.needed.bottom() <= 30, "step label right above its code"
        assert 0 <= words.needed.top() - code.bottom() <= 30, "its words right under it"
        for thing in (label, words):
            assert abs(thing.needed.center().x() - code.center().x()) < 2, "centred on the code"
    top = labels[0].needed.top()
    bottom = max(b.needed.bottom() for b in under)
    assert abs((top + bottom) / 2 - 540) < 40, "the steps sit mid-screen"


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1280, 720)])
def test_wifi_codes_decode_module_by_module(talk, size):
    n = _join(talk.deck)
    view = F.join_view(wifi=True)
    image = talk.render_image(n, view, size)
    scale = size.width() / 1920
    boxes = layout_boxes(talk, n, view)
    url_matrix = qr_matrix_sized(view.join.url, len(view.join.wifi_qr))
    assert url_matrix is not None and len(url_matrix) == len(view.join.wifi_qr)
    modules = []
    for kind, matrix in (("qr-wifi", view.join.wifi_qr), ("qr", url_matrix)):
        box = next(b for b in boxes if b.kind == kind).needed
        origin, module = placement(len(matrix), box, QTransform.fromScale(scale, scale))
        module_px = module * scale
        assert module_px == int(module_px), "whole device pixels: crisp"
        modules.append(module_px)
        ox, oy = origin.x() * scale, origin.y() * scale
        for r in range(-QUIET, len(matrix) + QUIET):
            for c in range(-QUIET, len(matrix) + QUIET):
                want = 0 <= r < len(matrix) and 0 <= c < len(matrix) and matrix[r][c]
                x = ox + (c + QUIET + 0.5) * module_px
                y = oy + (r + QUIET + 0.5) * module_px
                assert is_dark(image, x, y) == want, (kind, r, c)
    assert modules[0] == modules[1], "one module size: equal codes"


def test_qr_matrix_sized_refuses_what_does_not_fit(qapp):
    assert len(qr_matrix_sized("http://a.io/", 21)) == 21                  # version 1-M: 14 bytes
    assert qr_matrix_sized("x" * 200, 21) is None
    assert qr_matrix_sized("x", 22) is None                               # no version has 22


def test_join_overlay_before_the_server_runs_says_so_without_a_box(talk):
    view = RoomView(show_join_overlay=True)
    boxes = layout_boxes(talk, 2, view)
    assert problems(boxes) == []
    assert "Stem med din telefon" in texts(boxes) and "Temaer" not in texts(boxes)
    note = next(b for b in boxes if b.kind == "note")
    assert note.text == "QR-koden og adressen vises her, når præsentationen kører"
    image = talk.render_image(2, view)
    rule = _hairline(palette_for(talk.deck.theme))
    assert _rule_pixels(image, QRectF(0, note.needed.bottom() + 20, 1920, 900 - note.needed.bottom()), rule) == 0


@pytest.mark.parametrize("language, sentence", [
    ("da", "Scan koden eller åbn"), ("nb", "Skann koden eller åpne"),
    ("nn", "Skann koden eller opne"), ("sv", "Skanna koden eller öppna"),
    ("en", "Scan the code or open")])
def test_the_scan_hint_has_no_comma_before_or(qapp, language, sentence):
    """Two short commands joined by "eller" / "or" take no comma in any of our languages."""
    r = SlideRenderer(replace(F.talk_deck(), language=language))
    hint = next(b for b in layout_boxes(r, _join(r.deck), F.join_view()) if b.kind == "url-hint")
    assert hint.text == sentence and "," not in hint.text
