"""Live slides in two layers: the static layer is rendered once and reused, the bars and
numbers painted over it still follow the counts, a layered frame looks like one painted
item by item (no stale layer), PDF export keeps vector text, the cached QR still reads
module by module, and the summary shows its body (the source link)."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QTransform

from presenter.export import export_pdf
from presenter.render.qr import QUIET, placement
from presenter.render.renderer import SlideRenderer, fit_rect
from presenter.render.theme import palette_for
from tests.presenter import render_fixtures as F
from tests.presenter.render_checks import is_dark, layout_boxes, problems, run_length


@pytest.fixture
def deck(qapp):
    """The talk deck, its summary sorted by agreement (so the rows move with the counts)."""
    talk = F.talk_deck()
    slides = tuple(replace(s, sort_summary=True) if s.layout == "summary" else s
                   for s in talk.slides)
    return replace(talk, slides=slides)


def _poll_slide(deck, index: int = 0):
    return [s for s in deck.slides if s.layout == "poll"][index]


def _summary_slide(deck):
    return next(s for s in deck.slides if s.layout == "summary")


def _view(deck, counts: dict[str, tuple], open_: bool = True, visible: bool = True, **kw):
    polls = {pid: F.poll_view(*c, open=open_, visible=visible) for pid, c in counts.items()}
    return F.join_view(polls=polls, **kw)


def _mismatch(a: QImage, b: QImage, tol: int = 60) -> float:
    """Share of pixels (sampled) whose colour differs by more than `tol` in a channel."""
    bad = total = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            total += 1
            ca, cb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()),
                   abs(ca.blue() - cb.blue())) > tol:
                bad += 1
    return bad / total


def test_static_layer_is_rendered_once_while_counts_change(deck):
    r = SlideRenderer(deck)
    slide = _poll_slide(deck)
    for agree in (1, 2, 3, 5, 8):
        r.render_image(slide.number, _view(deck, {slide.poll.id: (agree, 2, 1)}))
    assert r.layers.renders == 1 and r.layers.hits == 4
    scene = r.scene(slide.number, _view(deck, {slide.poll.id: (8, 2, 1)}))
    # The statement and labels are in the static layer; only counts are live.
    assert {"bar-value", "status"} <= scene.live_kinds
    assert not scene.live_kinds & {"statement", "bar-label", "badge", "qr", "url", "footer"}


def test_state_changes_make_a_new_static_layer(deck):
    r = SlideRenderer(deck)
    slide = _poll_slide(deck)
    pid = slide.poll.id
    r.render_image(slide.number, _view(deck, {pid: (1, 2, 1)}, open_=True))
    r.render_image(slide.number, _view(deck, {pid: (1, 2, 1)}, open_=False))
    r.render_image(slide.number, _view(deck, {pid: (1, 2, 1)}, visible=False))
    assert r.layers.renders == 3


def test_bars_still_follow_the_counts_over_a_cached_layer(deck):
    r = SlideRenderer(deck)
    slide = _poll_slide(deck)
    agree_colour = palette_for(deck.theme).agree
    lengths = []
    for agree, disagree in ((1, 3), (3, 1), (2, 2)):
        view = _view(deck, {slide.poll.id: (agree, disagree, 0)})
        image = r.render_image(slide.number, view)
        track = next(b for b in layout_boxes(r, slide.number, view)
                     if b.kind == "bar-track" and b.text == "agree").needed
        run = run_length(image, int(track.center().y()), int(track.left()), int(track.right()),
                         agree_colour)
        assert abs(run - track.width() * agree / (agree + disagree)) <= 3
        lengths.append(run)
    assert lengths[0] < lengths[2] < lengths[1]
    assert r.layers.renders == 1, "the bars moved without re-rendering the static layer"


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1280, 720)])
def test_layered_frames_look_like_frames_painted_item_by_item(deck, size):
    """A stale layer (wrong state, wrong row order) would show up here."""
    layered, direct = SlideRenderer(deck), SlideRenderer(deck, cache_layers=False)
    poll = _poll_slide(deck)
    summary = _summary_slide(deck)
    ids = [p.id for p in deck.polls]
    first = {pid: (10 + 5 * i, 30 - 4 * i, 2) for i, pid in enumerate(ids)}
    flipped = {pid: (30 - 4 * i, 10 + 5 * i, 2) for i, pid in enumerate(ids)}   # order reverses
    steps = [
        (poll.number, _view(deck, {poll.poll.id: (3, 1, 0)})),
        (poll.number, _view(deck, {poll.poll.id: (3, 1, 0)}, open_=False)),
        (poll.number, _view(deck, {poll.poll.id: (9, 1, 4)}, visible=False)),
        (poll.number, _view(deck, {poll.poll.id: (9, 1, 4)}, overlay=True)),
        (summary.number, _view(deck, first)),
        (summary.number, _view(deck, flipped)),
    ]
    rows = [[b.text for b in layout_boxes(direct, summary.number, v) if b.kind == "row-label"]
            for _, v in steps[-2:]]
    assert rows[0] == rows[1][::-1], "the counts reorder the summary's rows"
    for number, view in steps:
        direct.render_image(number, view, size)            # warm the glyph caches
    for number, view in steps:
        a = layered.render_image(number, view, size)
        b = direct.render_image(number, view, size)
        assert _mismatch(a, b) < 0.002, (number, view)
    assert layered.layers.renders >= 4


def test_join_overlay_hides_the_bars_underneath(deck):
    r = SlideRenderer(deck)
    slide = _poll_slide(deck)
    plain = _view(deck, {slide.poll.id: (5, 0, 0)})
    track = next(b for b in layout_boxes(r, slide.number, plain)
                 if b.kind == "bar-track" and b.text == "agree").needed
    y, x0, x1 = int(track.center().y()), int(track.left()), int(track.right())
    agree = palette_for(deck.theme).agree
    assert run_length(r.render_image(slide.number, plain), y, x0, x1, agree) > 100
    covered = _view(deck, {slide.poll.id: (5, 0, 0)}, overlay=True)
    assert r.scene(slide.number, covered).live_kinds <= {"phones"}
    assert run_length(r.render_image(slide.number, covered), y, x0, x1, agree) == 0


def test_pdf_export_keeps_vector_text(deck, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    r = SlideRenderer(deck)
    slide = _poll_slide(deck)
    view = _view(deck, {slide.poll.id: (7, 3, 1)})
    r.render_image(slide.number, view)         # a cached layer exists; PDF must not use it
    pdf = tmp_path / "talk.pdf"
    export_pdf(r, pdf, view)
    text = subprocess.run(["pdftotext", "-f", str(slide.number), "-l", str(slide.number),
                           str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "Offentlige ledere ser sig selv" in flat
    assert "Enig" in flat and "64 %" in flat


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1280, 720)])
def test_qr_in_the_cached_layer_reads_module_by_module(deck, size):
    r = SlideRenderer(deck)
    slide = _poll_slide(deck)
    for agree in (1, 2):        # the second frame comes from the cached layer
        view = _view(deck, {slide.poll.id: (agree, 1, 0)})
        image = r.render_image(slide.number, view, size)
    assert r.layers.hits >= 1
    box = next(b for b in layout_boxes(r, slide.number, view) if b.kind == "qr").needed
    inner = fit_rect(QRectF(0, 0, size.width(), size.height()))
    transform = QTransform.fromTranslate(inner.left(), inner.top()).scale(
        inner.width() / 1920, inner.height() / 1080)
    matrix = view.join.qr
    origin, module = placement(len(matrix), box, transform)
    origin_dev = transform.map(origin)
    module_dev = module * transform.m11()
    assert abs(module_dev - round(module_dev)) < 1e-6, "modules are whole device pixels"
    n = len(matrix)
    for row in range(-QUIET, n + QUIET):
        for col in range(-QUIET, n + QUIET):
            x = origin_dev.x() + (col + QUIET + 0.5) * module_dev
            y = origin_dev.y() + (row + QUIET + 0.5) * module_dev
            want = 0 <= row < n and 0 <= col < n and matrix[row][col]
            assert is_dark(image, x, y) == want, (row, col)
    # Crisp: inside the code only black and white, no grey seams.
    side = (n + 2 * QUIET) * module_dev
    colours = {image.pixel(int(origin_dev.x() + dx), int(origin_dev.y() + dy))
               for dx in range(1, int(side) - 1, 2) for dy in range(1, int(side) - 1, 2)}
    assert colours <= {QColor("black").rgb(), QColor("white").rgb()}


def test_summary_shows_its_body_under_the_chart(qapp):
    from presenter.deck.parser import load_deck
    from presenter.paths import BUNDLED_DECK
    deck = load_deck(BUNDLED_DECK)
    r = SlideRenderer(deck)
    summary = _summary_slide(deck)
    votes = {p.id: (10 + i, 5, 1) for i, p in enumerate(deck.polls)}
    view = _view(deck, votes, open_=False)
    boxes = layout_boxes(r, summary.number, view)
    body = [b for b in boxes if b.kind == "body"]
    assert body and "fdz.dk/wss/default.asp?page=2588" in body[0].text
    chart = [b for b in boxes if b.kind in ("bar-track", "row-label", "n")]
    assert chart and all(b.needed.bottom() <= body[0].needed.top() for b in chart)
    assert body[0].px >= 20
    assert problems(boxes) == []


def test_summary_without_body_keeps_the_whole_area(deck):
    r = SlideRenderer(deck)
    summary = _summary_slide(deck)
    assert not summary.blocks
    boxes = layout_boxes(r, summary.number, None)
    assert not [b for b in boxes if b.kind == "body"]
    assert max(b.needed.bottom() for b in boxes if b.kind == "bar-track") > 900


def test_no_layers_for_static_slides_or_when_asked(deck):
    r = SlideRenderer(deck)
    r.render_image(1, _view(deck, {}))
    assert r.layers.renders == 0 and len(r.layers) == 0
    plain = SlideRenderer(deck, cache_layers=False)
    slide = _poll_slide(deck)
    plain.render_image(slide.number, _view(deck, {slide.poll.id: (1, 1, 1)}))
    assert plain.layers.renders == 0


def _worker_images(qtbot, deck, jobs):
    """Render `jobs` on a RenderWorker's thread; {job: (image, key)} once all are back."""
    from presenter.render.worker import RenderWorker

    worker = RenderWorker(deck)
    got = {}
    worker.rendered.connect(lambda job, image, key: got.__setitem__(job.number, (job, image, key)))
    try:
        worker.plan(jobs)
        qtbot.waitUntil(lambda: len(got) == len(jobs), timeout=20000)
    finally:
        worker.stop()
    assert not worker._thread.is_alive() and worker.failed == 0
    return got


def test_worker_renders_slides_pixel_identical_to_the_gui_thread(qtbot, deck):
    from presenter.render.worker import RenderJob

    size = QSize(960, 540)
    view = F.room_with_votes(deck)
    jobs = [RenderJob("slide", s.number, view, size.width(), size.height(), ("k", s.number))
            for s in deck.slides]
    got = _worker_images(qtbot, deck, jobs)
    gui = SlideRenderer(deck)
    for slide in deck.slides:
        job, image, key = got[slide.number]
        assert key == ("k", slide.number)
        assert image == gui.render_image(slide.number, view, size), slide.layout


def test_worker_static_layers_are_the_layers_the_gui_thread_would_build(qtbot, deck):
    from presenter.render.keys import LayerKey
    from presenter.render.worker import RenderJob

    view = F.room_with_votes(deck)
    live = [s for s in deck.slides if s.layout in ("poll", "summary", "join")]
    assert live
    jobs = [RenderJob("layer", s.number, view, 1280, 720, LayerKey.of(s, view))
            for s in live]
    got = _worker_images(qtbot, deck, jobs)
    gui = SlideRenderer(deck)
    for slide in live:
        _job, image, key = got[slide.number]
        # Adopted under its key, the GUI thread's frame blits it and builds nothing ...
        gui.layers.put(key, image)
        before = gui.layers.renders
        adopted = gui.render_image(slide.number, view, QSize(1280, 720))
        assert gui.layers.renders == before, slide.layout
        # ... and the frame is the one a layer built on the GUI thread gives.
        assert adopted == SlideRenderer(deck).render_image(slide.number, view, QSize(1280, 720))
