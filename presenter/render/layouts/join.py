"""The join screen: a QR code large enough to read from the back of the hall, the URL
beside it in large type, and (for the laptop's own hotspot) two steps side by side:
join the Wi-Fi, then open the page, each code with its step above and its words
(network name, URL) right under it.

`build` is the join slide; `overlay` is the join screen over any slide (key Q), composed
as one centred group: the heading over the code, the hint and URL beside the code.
Without join details (a plain export, a handout, the console's thumbnail before the
server runs) the join slide is laid out as an ordinary text slide with a muted line:
on a handout of a session, the address its room last used (the store keeps it,
server/store/join_url.py); otherwise where the code and the address will appear. A
hole where a code would be helps nobody. If no code will come while the talk runs (voting
switched off, or down: the server could not start or stopped), the muted line says voting
is not available right now: the talk is running, so "appear here while the talk runs" would
be untrue in front of the hall; the console tells the speaker why.

A phone's own image of the join slide (a preview with `joined_url`: the follow-along
image and the speaker's remote, presenter/ui/phone_slides.py) is seen while the talk
runs, by a phone that is in already: it says so, that the code is on the big screen,
and prints the address large, for a neighbour who has not joined yet.
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
OVERLAY_QR = 560        # the Q overlay's code: a little smaller, the heading sits above it
OVERLAY_TITLE_GAP = 64.0
JOINED_H = 220.0        # a phone's join slide: the "you are in" line and the address under it


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    frame.background(ctx, scene)
    frame.footer(ctx, scene, slide)
    if view is not None and view.preview and view.joined_url:
        _joined(ctx, scene, slide.title, slide.blocks, view.joined_url)
        return
    if view is None or view.join is None or _no_code_coming(view):
        # Exported (a handout, a PDF), before the server runs, or without voting: the slide's
        # own text may say "scan the code", so say where the code will appear, or that it will not.
        note = _note_without_code(ctx, view)
        _without_code(ctx, scene, slide.title, slide.blocks, note)
        return
    _screen(ctx, scene, view, slide.title, slide.blocks)


def overlay(ctx: Ctx, scene: Scene, view: RoomView) -> None:
    """The join screen over whatever slide is showing (Q)."""
    bg = ctx.palette.background
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), bg))
    scene.cover()           # the slide underneath is covered: its boxes and live items no longer show
    heading = (Span(ctx.words.join_heading),)
    if view.join is None or _no_code_coming(view):
        _without_code(ctx, scene, heading, (),
                      ctx.words.voting_down if _no_code_coming(view) else ctx.words.qr_later)
        return
    if view.join.wifi_qr is not None:
        _screen(ctx, scene, view, heading, ())
        return
    _overlay_group(ctx, scene, view)


def _overlay_group(ctx: Ctx, scene: Scene, view: RoomView) -> None:
    """The Q overlay as one group centred on the screen: the heading over a row of the code
    and, beside it, the hint and the URL (as on the join slide), and the phones under it.

    It comes up over any slide, so nothing of the slide's own layout anchors it: a title
    hung top-left and a URL mid-left read as two things with a hole between them."""
    join = view.join
    heading = (Para((Span(ctx.words.join_heading),), color=ctx.fg, weight=700, align="center"),)
    hint = (Para((Span(ctx.words.scan_to_vote),), color=ctx.muted),)
    url = (Para((Span(short_url(join.url)),), color=ctx.accent, weight=700, leading=1.1),)
    side, gap = OVERLAY_QR, 16.0   # the code's own quiet zone is most of the gap
    text_room = WIDTH - 2 * MARGIN_X - side - gap
    url_fit = scene.fit(url, text_room, 240, 96, 36)
    hint_fit = scene.fit(hint, text_room, 60, 38, 20)
    text_w = max(url_fit.width, hint_fit.width) + 2
    row_w = side + gap + text_w
    title_fit = scene.fit(heading, WIDTH - 2 * MARGIN_X, 200, 80, 40)
    group_h = title_fit.height + OVERLAY_TITLE_GAP + side
    top = (HEIGHT - group_h) / 2
    scene.text("title", heading, QRectF(MARGIN_X, top, WIDTH - 2 * MARGIN_X, title_fit.height),
               max_px=title_fit.px, fitted=title_fit, halign="center")
    row_left, row_top = (WIDTH - row_w) / 2, top + title_fit.height + OVERLAY_TITLE_GAP
    box = QRectF(row_left, row_top, side, side)
    matrix = join.qr
    scene.draw(lambda p: paint_qr(p, matrix, box), Box("qr", box, box, 0, join.url))
    text_left = box.right() + gap
    words_h = hint_fit.height + 16 + url_fit.height
    hint_top = box.center().y() - words_h / 2
    scene.text("url-hint", hint, QRectF(text_left, hint_top, text_w, hint_fit.height),
               max_px=hint_fit.px, fitted=hint_fit)
    scene.text("url", url, QRectF(text_left, hint_top + hint_fit.height + 16, text_w,
                                  url_fit.height), max_px=url_fit.px, fitted=url_fit)
    _phones(ctx, scene, view, QRectF(text_left, box.bottom() - 50, text_w, 50))


def _no_code_coming(view: RoomView) -> bool:
    """The talk runs and no join code will come: voting is off, or down."""
    return view.voting_off or view.voting_down


def _note_without_code(ctx: Ctx, view: RoomView | None) -> str:
    """The muted line of a join slide with no code: voting is off or down; or (a handout)
    the address the room used when the session ran; or where code and address will appear."""
    if view is not None and _no_code_coming(view):
        return ctx.words.voting_down
    if view is not None and view.last_join_url:
        return ctx.words.voted_at.format(url=short_url(view.last_join_url))
    # An export without results (PREVIEW) is read away from any running talk: the address
    # is the venue's, unknown until a talk runs there, so printing one would be false. What
    # is true of the slide is where its code appears in the talk. Before voting starts (the
    # app starts it once the first slide is up) the room and the console say the same, true
    # a moment early.
    return ctx.words.qr_later


def _joined(ctx: Ctx, scene: Scene, title, blocks, url: str) -> None:
    """A phone's image of the join slide: its title and text, then a line that the phone is
    in and others scan the code on the big screen (its own screen is no place for a code it
    could not scan itself), and the address, large enough to read out to a neighbour."""
    area = frame.content_area(frame.heading(ctx, scene, title))
    area.setBottom(area.bottom() - JOINED_H)
    needed = frame.body(ctx, scene, blocks, area)
    y = needed.bottom() + 48 if needed.height() > 0 else area.top()
    scene.text("url-hint", (Para((Span(ctx.words.joined),), color=ctx.muted, weight=600),),
               QRectF(MARGIN_X, y, area.width(), 60), max_px=40, min_px=20)
    scene.text("url", (Para((Span(short_url(url)),), color=ctx.accent, weight=700, leading=1.1),),
               QRectF(MARGIN_X, y + 76, area.width(), JOINED_H - 76), max_px=96, min_px=36)


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
