"""The join screen: a QR code large enough to read from the back of the hall, the URL
beside it in large type, and (for the laptop's own hotspot) a Wi-Fi QR first.

`build` is the join slide; `overlay` is the same screen over any slide (key Q).
Without a running server (a plain export) a quiet placeholder stands where the
code will be.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen

from presenter.deck.model import Slide, Span
from presenter.render.blocks import block_paras, short_url
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.qr import paint_qr
from presenter.render.scene import Box, Scene
from presenter.render.text import Para
from presenter.render.theme import HEIGHT, MARGIN_X, WIDTH
from presenter.render.view import RoomView

QR_BIG = 640            # ~60% of the screen height


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    frame.background(ctx, scene)
    frame.footer(ctx, scene, slide)
    _screen(ctx, scene, view, slide.title, slide.blocks)


def overlay(ctx: Ctx, scene: Scene, view: RoomView) -> None:
    """The join screen over whatever slide is showing (Q)."""
    bg = ctx.palette.background
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), bg))
    scene.cover()           # the slide underneath is covered: its boxes and live items no longer show
    _screen(ctx, scene, view, (Span(ctx.words.join_heading),), ())


def _screen(ctx: Ctx, scene: Scene, view: RoomView | None, title, blocks) -> None:
    join = view.join if view is not None else None
    wifi = join is not None and join.wifi_qr is not None
    top = 150
    side = QR_BIG if not wifi else 560
    codes_w = side if not wifi else 2 * side + 60
    qr_left = WIDTH - MARGIN_X - codes_w
    text_w = qr_left - 80 - MARGIN_X
    heading = title or (Span(ctx.words.join_heading),)
    needed = scene.text("title", (Para(heading, color=ctx.fg, weight=700, leading=1.12),),
                        QRectF(MARGIN_X, top, text_w, 300), max_px=80, min_px=40)
    y = needed.bottom() + 48
    paras, _ = block_paras(ctx, blocks)
    if paras:
        needed = scene.text("body", paras, QRectF(MARGIN_X, y, text_w, 220), max_px=42, min_px=22)
        y = needed.bottom() + 48
    box_top = (HEIGHT - side) / 2
    url_rect = QRectF(MARGIN_X, max(y, 560), text_w, 900 - max(y, 560))
    if join is None or view.voting_down:
        _placeholder(ctx, scene, QRectF(qr_left, box_top, side, side),
                     ctx.words.voting_down if view is not None and view.voting_down else ctx.words.qr_later)
        return
    boxes = [QRectF(qr_left, box_top, side, side)]
    if wifi:
        boxes.insert(0, QRectF(qr_left, box_top, side, side))
        boxes[1] = QRectF(qr_left + side + 60, box_top, side, side)
        ssid = join.wifi_ssid or "Wi-Fi"
        for box, label in ((boxes[0], f"{ctx.words.wifi_step}: {ssid}"), (boxes[1], ctx.words.url_step)):
            scene.text("qr-label", (Para((Span(label),), color=ctx.muted, weight=600, align="center"),),
                       QRectF(box.left(), box.top() - 70, side, 60), max_px=34, min_px=18,
                       valign="bottom", halign="center")
        wmatrix = join.wifi_qr
        scene.draw(lambda p, b=boxes[0]: paint_qr(p, wmatrix, b), Box("qr-wifi", boxes[0], boxes[0], 0, ssid))
    matrix = join.qr
    scene.draw(lambda p, b=boxes[-1]: paint_qr(p, matrix, b), Box("qr", boxes[-1], boxes[-1], 0, join.url))
    scene.text("url-hint", (Para((Span(ctx.words.scan_to_vote),), color=ctx.muted),),
               QRectF(url_rect.left(), url_rect.top(), text_w, 60), max_px=38, min_px=20)
    scene.text("url", (Para((Span(short_url(join.url)),), color=ctx.accent, weight=700, leading=1.1),),
               QRectF(url_rect.left(), url_rect.top() + 70, text_w, 240), max_px=96, min_px=36)
    if view.phones:
        with scene.live_layer():
            scene.text("phones", (Para((Span(ctx.words.count(view.phones, ctx.words.phone)),),
                                       color=ctx.muted),),
                       QRectF(url_rect.left(), 920, text_w, 50), max_px=32, min_px=18)


def _placeholder(ctx: Ctx, scene: Scene, box: QRectF, message: str) -> None:
    rule = ctx.palette.rule

    def paint(p):
        p.save()
        p.setPen(QPen(rule, 4, Qt.DashLine))
        p.setBrush(Qt.NoBrush)
        p.drawRoundedRect(box, 24, 24)
        p.restore()
    scene.draw(paint)   # its message is the measured box
    scene.text("placeholder", (Para((Span(message),), color=ctx.muted, align="center"),),
               box.adjusted(60, 60, -60, -60), max_px=38, min_px=20, valign="center", halign="center")
