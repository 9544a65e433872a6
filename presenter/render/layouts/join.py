"""The join screen: a QR code large enough to read from the back of the hall, the URL
beside it in large type, and (for the laptop's own hotspot) two steps side by side:
join the Wi-Fi, then open the page, each code with its step above and its words
(network name, URL) right under it.

`build` is the join slide; `overlay` is the same screen over any slide (key Q).
Without join details (a plain export, a handout, the console's thumbnail before the
server runs) the join slide is laid out as an ordinary text slide with a muted line
saying where the code and the address will appear: a hole where a code would be helps
nobody. (The vote store keeps no address, so an export cannot print the last one.)
If voting is down, the muted line says so instead.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Slide, Span
from presenter.render.blocks import block_paras, short_url
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.qr import QUIET, paint_qr, qr_matrix_sized
from presenter.render.scene import Box, Scene
from presenter.render.text import Para, fit_group
from presenter.render.theme import HEIGHT, MARGIN_X, WIDTH
from presenter.render.view import JoinView, RoomView

QR_BIG = 640            # ~60% of the screen height
STEP_QR = 480           # each of the two Wi-Fi steps' codes: ~44% of the height
STEP_GAP = 96           # between the two steps
STEP_LABEL_H, STEP_TEXT_H = 56.0, 64.0


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    frame.background(ctx, scene)
    frame.footer(ctx, scene, slide)
    if view is None or view.join is None or view.voting_down:
        # Exported (a handout, a PDF) or before the server runs: the slide's own text may
        # say "scan the code", so say where the code and the address will appear.
        note = ctx.words.voting_down if view is not None and view.voting_down else ctx.words.qr_later
        _without_code(ctx, scene, slide.title, slide.blocks, note)
        return
    _screen(ctx, scene, view, slide.title, slide.blocks)


def overlay(ctx: Ctx, scene: Scene, view: RoomView) -> None:
    """The join screen over whatever slide is showing (Q)."""
    bg = ctx.palette.background
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), bg))
    scene.cover()           # the slide underneath is covered: its boxes and live items no longer show
    heading = (Span(ctx.words.join_heading),)
    if view.join is None or view.voting_down:
        _without_code(ctx, scene, heading, (),
                      ctx.words.voting_down if view.voting_down else ctx.words.qr_later)
        return
    _screen(ctx, scene, view, heading, ())


def _without_code(ctx: Ctx, scene: Scene, title, blocks, note: str | None) -> None:
    """Title and text across the whole width, and an optional muted line under them."""
    area = frame.content_area(frame.heading(ctx, scene, title))
    if note:
        area.setBottom(area.bottom() - 90)
    needed = frame.body(ctx, scene, blocks, area)
    if note:
        y = needed.bottom() + 48 if needed.height() > 0 else area.top()
        scene.text("note", (Para((Span(note),), color=ctx.muted, weight=600),),
                   QRectF(MARGIN_X, y, area.width(), 60), max_px=38, min_px=20)


def _screen(ctx: Ctx, scene: Scene, view: RoomView, title, blocks) -> None:
    join = view.join
    if join.wifi_qr is not None:
        _two_steps(ctx, scene, view, join, title, blocks)
        return
    side = QR_BIG
    qr_left = WIDTH - MARGIN_X - side
    text_w = qr_left - 80 - MARGIN_X
    y = _title_and_body(ctx, scene, title, blocks, QRectF(MARGIN_X, 150, text_w, 520))
    box = QRectF(qr_left, (HEIGHT - side) / 2, side, side)
    matrix = join.qr
    scene.draw(lambda p: paint_qr(p, matrix, box), Box("qr", box, box, 0, join.url))
    url_top = max(y, 560)
    scene.text("url-hint", (Para((Span(ctx.words.scan_to_vote),), color=ctx.muted),),
               QRectF(MARGIN_X, url_top, text_w, 60), max_px=38, min_px=20)
    scene.text("url", (Para((Span(short_url(join.url)),), color=ctx.accent, weight=700, leading=1.1),),
               QRectF(MARGIN_X, url_top + 70, text_w, 240), max_px=96, min_px=36)
    _phones(ctx, scene, view, QRectF(MARGIN_X, 920, text_w, 50))


def _title_and_body(ctx: Ctx, scene: Scene, title, blocks, area: QRectF) -> float:
    """The heading and the slide's text in the left column; returns where they end."""
    heading = title or (Span(ctx.words.join_heading),)
    needed = scene.text("title", (Para(heading, color=ctx.fg, weight=700, leading=1.12),),
                        QRectF(area.left(), area.top(), area.width(), min(300, area.height())),
                        max_px=80, min_px=40)
    y = needed.bottom() + 48
    paras, _ = block_paras(ctx, blocks)
    if paras and area.bottom() - y > 40:
        needed = scene.text("body", paras, QRectF(area.left(), y, area.width(),
                                                  min(220, area.bottom() - y)),
                            max_px=42, min_px=22)
        y = needed.bottom() + 48
    return y


def _two_steps(ctx: Ctx, scene: Scene, view: RoomView, join: JoinView, title, blocks) -> None:
    """1 · join the Wi-Fi, 2 · open the page: two equal codes side by side, each with its
    step above and its words under it, the block centred on the screen."""
    wifi, url = join.wifi_qr, join.qr
    if len(url) < len(wifi):
        # The same module count makes the two codes exactly the same size at one module size.
        url = qr_matrix_sized(join.url, len(wifi)) or url
    side = STEP_QR
    steps_left = WIDTH - MARGIN_X - 2 * side - STEP_GAP
    text_w = steps_left - 80 - MARGIN_X
    block_h = STEP_LABEL_H + 6 + side + 6 + STEP_TEXT_H
    top = (HEIGHT - block_h) / 2
    qr_top = top + STEP_LABEL_H + 6
    # One module size for both, the largest that fits the bigger code: equal squares.
    module = int(side / (max(len(wifi), len(url)) + 2 * QUIET))
    boxes = []
    for i, matrix in enumerate((wifi, url)):
        drawn = module * (len(matrix) + 2 * QUIET)
        cell_left = steps_left + i * (side + STEP_GAP)
        boxes.append(QRectF(cell_left + (side - drawn) / 2, qr_top + (side - drawn) / 2, drawn, drawn))
    ssid = join.wifi_ssid or "Wi-Fi"
    scene.draw(lambda p, b=boxes[0]: paint_qr(p, wifi, b), Box("qr-wifi", boxes[0], boxes[0], 0, ssid))
    scene.draw(lambda p, b=boxes[1]: paint_qr(p, url, b), Box("qr", boxes[1], boxes[1], 0, join.url))
    labels = [(Para((Span(text),), color=ctx.muted, weight=600, align="center"),)
              for text in (ctx.words.wifi_step, ctx.words.url_step)]
    texts = [(Para((Span(ssid),), color=ctx.fg, weight=700, align="center"),),
             (Para((Span(short_url(join.url)),), color=ctx.accent, weight=700, align="center"),)]
    label_fits = fit_group([(q, side, STEP_LABEL_H) for q in labels], ctx.family, 38, 20)
    text_fits = fit_group([(q, side + STEP_GAP - 16, STEP_TEXT_H) for q in texts], ctx.family, 52, 24)
    for i, box in enumerate(boxes):
        cell_left = steps_left + i * (side + STEP_GAP)
        # Close to the code, but never inside its quiet zone: ink there can stop a scan.
        under = box.bottom() + 6
        scene.text("qr-label", labels[i], QRectF(cell_left, box.top() - 6 - STEP_LABEL_H,
                                                 side, STEP_LABEL_H),
                   max_px=label_fits[i].px, fitted=label_fits[i], valign="bottom", halign="center")
        scene.text("wifi-ssid" if i == 0 else "url", texts[i],
                   QRectF(cell_left - (STEP_GAP - 16) / 2, under, side + STEP_GAP - 16, STEP_TEXT_H),
                   max_px=text_fits[i].px, fitted=text_fits[i], halign="center")
    text_row = boxes[1].bottom() + 6
    _title_and_body(ctx, scene, title, blocks, QRectF(MARGIN_X, top, text_w, text_row - 24 - top))
    _phones(ctx, scene, view, QRectF(MARGIN_X, text_row, text_w, STEP_TEXT_H))   # on the URL's line


def _phones(ctx: Ctx, scene: Scene, view: RoomView, allowed: QRectF) -> None:
    if view.phones:
        with scene.live_layer():
            scene.text("phones", (Para((Span(ctx.words.phones_connected(view.phones)),),
                                       color=ctx.muted),),
                       allowed, max_px=32, min_px=18, valign="center")
