"""A 40-answer Danish word cloud drawn through the real renderer's paint path."""
from __future__ import annotations

from PySide6.QtGui import QColor

from presenter.render.cloud.ink import MIN_CONTRAST, contrast, word_colours
from presenter.render.renderer import SlideRenderer
from presenter.render.scene import Scene
from presenter.render.theme import Palette
from tests.presenter.cloud_fixtures import DANISH_ANSWERS, cloud_box, cloud_slide, count_words, draw_cloud, render_png
from tests.presenter.render_fixtures import talk_deck


def _words(scene: Scene):
    return [b for b in scene.boxes if b.kind == "cloud-word"]


def test_a_danish_cloud_renders_every_word_inside_its_box(qapp, tmp_path):
    renderer = SlideRenderer(talk_deck())
    scene, layout = cloud_slide(renderer, count_words(DANISH_ANSWERS, "da"))
    boxes = _words(scene)
    assert {b.text for b in boxes} >= {"samarbejde", "mod", "borgerne", "tillid", "tværfagligt-samarbejde"}
    assert layout.hidden == 0
    box = cloud_box()
    for b in boxes:
        assert box.contains(b.needed), b
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.needed.intersects(b.needed), (a.text, b.text)
    image = render_png(scene)
    image.save(str(tmp_path / "cloud.png"))
    top = max(boxes, key=lambda b: b.px)
    centre = top.needed.center()
    background = QColor(renderer.context(False).palette.background)
    inked = sum(QColor(image.pixel(int(x), int(centre.y()))) != background
                for x in range(int(top.needed.left()), int(top.needed.right())))
    assert inked > top.needed.width() * 0.2        # the biggest word really is drawn there


def test_the_same_answers_draw_the_same_cloud_and_reuse_it(qapp):
    renderer = SlideRenderer(talk_deck())
    entries = count_words(DANISH_ANSWERS, "da")
    _, first = cloud_slide(renderer, entries)
    _, again = cloud_slide(renderer, entries)
    _, reused = cloud_slide(renderer, entries, first)
    assert first == again and reused is first


def test_more_answers_keep_the_old_words_in_place(qapp):
    renderer = SlideRenderer(talk_deck())
    _, first = cloud_slide(renderer, count_words(DANISH_ANSWERS[:25], "da"))
    _, second = cloud_slide(renderer, count_words(DANISH_ANSWERS, "da"), first)
    for old in first.spots:
        new = second.spot(old.word)
        assert new is not None
        assert new.centre == old.centre or new.w > old.w, old.word


def test_words_that_do_not_fit_are_counted_in_the_deck_language(qapp):
    renderer = SlideRenderer(talk_deck())
    ctx = renderer.context(False)
    scene = Scene(ctx.palette.background, ctx.family)
    many = [(f"ord{i}", 1) for i in range(300)]
    box = cloud_box().adjusted(0, 0, 0, -400)
    layout = draw_cloud(ctx, scene, box, many)
    more = [b for b in scene.boxes if b.kind == "cloud-more"]
    assert layout.hidden > 0 and more and more[0].text == f"+{layout.hidden} ord mere"
    for b in scene.boxes:
        assert box.contains(b.needed), b


def test_word_colours_are_readable_on_the_slide(qapp):
    faint = Palette(background=QColor("#FFFFFF"), foreground=QColor("#222222"), accent=QColor("#FFE08A"),
                    muted=QColor("#999999"), agree=QColor("#A8E6A1"), disagree=QColor("#F4B6B6"),
                    dont_know=QColor("#DDDDDD"), track=QColor("#EEEEEE"), on_accent=QColor("#111111"))
    for palette in (renderer_palette(), faint):
        for colour in word_colours(palette):
            assert contrast(colour, palette.background) >= MIN_CONTRAST


def renderer_palette() -> Palette:
    return SlideRenderer(talk_deck()).context(False).palette
