"""A poll slide: the state pill with the slide's title as a kicker beside it, the
statement large under them, then one bar per option and the room's numbers, and
(while the poll is open) a QR code with the join URL in a corner.

The vertical rhythm: pill row, statement right under it, and the bars block in the
space left below (a third of the slack above it). Nothing moves when the poll opens or closes: the corner's
column is kept clear whenever the room has a join address, so the statement does not
reflow and the bars do not jump in front of the room. Once it closes the code goes, and
the statement takes the whole width (the one reflow, at the moment the results matter).

With results hidden (reveal mode) the bars give way to a calm "results later" panel.

A preview (RoomView.preview: the phones' follow-along image and the speaker's remote,
made once per slide and kept) claims no state: a neutral "Afstemning" pill instead of
open/closed, and no live layer (no counts, no "no votes yet"); the remote says the
poll's real state in words beside it (docs/api.md, "The speaker's remote").
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from common.words import group
from presenter.deck.model import Slide, Span, plain
from presenter.render import bars, compare_bars, kind_panels
from presenter.render.blocks import block_paras, short_url
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.qr import paint_qr
from presenter.render.scene import Box, Scene
from presenter.render.text import Para
from presenter.render.theme import FOOTER_Y, MARGIN_X, TOP, WIDTH
from presenter.render.view import PollView, RoomView

QR_SIDE = 300           # corner QR: readable from the middle of a hall; the join slide is bigger
PILL_H = 56.0
STATEMENT_GAP = 28.0    # pill row to statement: close, they belong together
BARS_GAP = 56.0         # statement (or corner) to the bars block, at least
ROW_PITCH = 124.0       # one option's row at most: bars stay bars, not slabs
STATUS_H = 64.0         # the "37 telefoner · 29 stemmer" line under the bars
LEAD_H = 104.0          # the author's lead-in above the statement: two lines at most
LEAD_GAP = 18.0         # lead-in to statement: one thought, read in one go
NOTE_H = 56.0           # the author's line under the bars
BLOCK_BOTTOM = FOOTER_Y - 30
PANEL_MIN = 420.0       # a wall, a scale or the questions need at least this much height


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    frame.background(ctx, scene)
    frame.footer(ctx, scene, slide)
    poll = slide.poll
    pv = (view.poll(poll.id) if view and poll else None) or PollView(counts={})
    right = WIDTH - MARGIN_X
    corner = _corner(ctx, scene, view, pv, right)
    if not pv.open:
        corner = None       # the code is gone once the poll closes: the statement takes the width
    text_right = corner.left() - 64 if corner is not None else right
    if view is not None and view.preview:
        pill = _preview_badge(ctx, scene, TOP)
    else:
        pill = _badge(ctx, scene, pv, TOP)
    statement = poll.question if poll else plain(slide.title)
    if poll is not None and slide.title and plain(slide.title).strip() != statement.strip():
        _kicker(ctx, scene, slide, QRectF(pill.right() + 28, pill.top(),
                                          text_right - pill.right() - 28, pill.height()))
    panel = poll is not None and kind_panels.has_panel(poll)
    n = max(1, len(poll.options)) if poll else 0
    top = _lead_in(ctx, scene, slide, QRectF(MARGIN_X, pill.bottom() + STATEMENT_GAP,
                                             text_right - MARGIN_X, LEAD_H))
    note_h = NOTE_H if _author_paras(ctx, slide.after_poll) else 0.0
    bars_min = (PANEL_MIN if panel and not poll.options else n * 92.0) + STATUS_H + note_h if poll else 0.0
    room = max(120.0, min(300.0, BLOCK_BOTTOM - bars_min - BARS_GAP - top))
    needed = scene.text("statement", (Para((Span(statement),), color=ctx.fg, weight=700, leading=1.16),),
                        QRectF(MARGIN_X, top, text_right - MARGIN_X, room), max_px=76, min_px=36)
    if poll is None:
        return
    below = max(needed.bottom(), corner.bottom() if corner is not None else 0.0) + BARS_GAP
    space = BLOCK_BOTTOM - note_h - below
    if panel and poll.kind.name in ("open", "questions", "scale"):
        # The panel takes all the room below the statement (and beside the corner's QR).
        area = QRectF(MARGIN_X, below - BARS_GAP / 2, right - MARGIN_X, space - STATUS_H + BARS_GAP / 2)
        _results(ctx, scene, poll, pv, area)
        with scene.live_layer():
            _status(ctx, scene, view, pv, QRectF(MARGIN_X, area.bottom() + 8, 1100, STATUS_H - 14),
                    poll)
        _author_note(ctx, scene, slide, area, right, note_h)
        return
    pitch = min(ROW_PITCH, (space - STATUS_H) / n)
    block_h = n * pitch + STATUS_H
    # A third of the slack above, two below: the bars stay with their statement, and the
    # block still sits mid-screen rather than against the footer.
    area = QRectF(MARGIN_X, below + (space - block_h) / 3, right - MARGIN_X, n * pitch)
    compared = pv.results_visible and pv.comparison is not None
    _results(ctx, scene, poll, pv, area, compared)
    with scene.live_layer():
        if compared:    # after the reveal the room's n matters more than the phones online
            compare_bars.legend(ctx, scene, pv, QRectF(MARGIN_X, area.bottom() + 8,
                                                       area.width(), STATUS_H - 14), poll=poll)
        else:
            _status(ctx, scene, view, pv, QRectF(MARGIN_X, area.bottom() + 8, 1100, STATUS_H - 14), poll)
    _author_note(ctx, scene, slide, area, right, note_h)


def _author_note(ctx: Ctx, scene: Scene, slide: Slide, area: QRectF, right: float, note_h: float) -> None:
    if note_h:
        _note(ctx, scene, slide, QRectF(MARGIN_X, area.bottom() + STATUS_H, right - MARGIN_X, note_h))


def _results(ctx: Ctx, scene: Scene, poll, pv: PollView, area: QRectF, compared: bool = False) -> None:
    """The bars (beside the tour's when compared) or the kind's panel, or the calm
    "results later" panel before a reveal."""
    if compared:
        compare_bars.poll_rows(ctx, scene, poll, pv, area)
    elif pv.results_visible and kind_panels.has_panel(poll):
        kind_panels.draw(ctx, scene, poll, pv, area)
    elif pv.results_visible:
        bars.poll_rows(ctx, scene, poll, pv, area)
    else:
        panel = area.adjusted(0, 12, 0, -12)
        track = ctx.palette.track
        scene.draw(lambda p: bars.fill_round(p, panel, track, 24))
        scene.text("hidden", (Para((Span(ctx.words.results_later),), color=ctx.muted, weight=600,
                                   align="center"),),
                   panel.adjusted(60, 20, -60, -20), max_px=56, min_px=28, valign="center",
                   halign="center")


def _author_paras(ctx: Ctx, blocks) -> tuple[Para, ...]:
    """The author's text on a poll slide as paragraphs (pictures have no room here)."""
    return block_paras(ctx, blocks)[0] if blocks else ()


def _lead_in(ctx: Ctx, scene: Scene, slide: Slide, allowed: QRectF) -> float:
    """The text written before the poll block, above the statement; returns where the
    statement starts (right under the pill row when there is none)."""
    paras = _author_paras(ctx, slide.blocks)
    if not paras:
        return allowed.top()
    needed = scene.text("lead-in", paras, allowed, max_px=40, min_px=22)
    return needed.bottom() + LEAD_GAP


def _note(ctx: Ctx, scene: Scene, slide: Slide, allowed: QRectF) -> None:
    """The text written after the poll block: one muted line under the room's numbers."""
    paras = tuple(replace(p, color=ctx.muted, link_color=ctx.muted)
                  for p in _author_paras(ctx, slide.after_poll))
    scene.text("note", paras, allowed, max_px=30, min_px=16, valign="center")


def _badge(ctx: Ctx, scene: Scene, pv: PollView, top: float) -> QRectF:
    """The open/closed state as a pill; the words say it, the colour only helps. Open has a
    filled dot (live), closed a hollow one (stopped), so neither leaves a gap."""
    words = ctx.words.poll_open if pv.open else ctx.words.poll_closed
    pal = ctx.palette
    fill = pal.accent if pv.open else pal.track
    text_color = pal.on_accent if pv.open else pal.muted
    label = (Para((Span(words),), color=text_color.name(), weight=600),)
    fitted = scene.fit(label, 700, 60, 30, 20)
    pad_x, h = 30.0, PILL_H
    pill = QRectF(MARGIN_X, top, fitted.width + 2 * pad_x + 30, h)
    dot = QRectF(pill.left() + pad_x - 4, pill.center().y() - 8, 16, 16)
    is_open = pv.open

    def paint(p: QPainter) -> None:
        bars.fill_round(p, pill, fill, h / 2)
        if is_open:
            bars.fill_round(p, dot, text_color, 8)
            return
        p.save()
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setPen(QPen(text_color, 3))
        p.setBrush(Qt.NoBrush)
        p.drawEllipse(dot.adjusted(1.5, 1.5, -1.5, -1.5))
        p.restore()
    scene.draw(paint, Box("badge-dot", dot, pill, 0, "open" if is_open else "closed"))
    scene.text("badge", label,
               QRectF(pill.left() + pad_x + 30, top, fitted.width + 2, h),
               max_px=fitted.px, fitted=fitted, valign="center")
    return pill


def _preview_badge(ctx: Ctx, scene: Scene, top: float) -> QRectF:
    """A preview's pill (phones, the remote): "Afstemning" in an outline, no dot, in the
    state pill's place, so the statement sits where the room sees it; it says a poll is
    here and nothing of its state, which the preview cannot know for long."""
    pal = ctx.palette
    label = (Para((Span(ctx.words.poll_preview),), color=pal.muted.name(), weight=600),)
    fitted = scene.fit(label, 700, 60, 30, 20)
    pad_x, h = 30.0, PILL_H
    pill = QRectF(MARGIN_X, top, fitted.width + 2 * pad_x, h)
    edge = pal.muted

    def paint(p: QPainter) -> None:
        p.save()
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setPen(QPen(edge, 2))
        p.setBrush(Qt.NoBrush)
        p.drawRoundedRect(pill.adjusted(1, 1, -1, -1), h / 2 - 1, h / 2 - 1)
        p.restore()
    scene.draw(paint, Box("badge-dot", pill, pill, 0, "preview"))
    scene.text("badge", label, QRectF(pill.left() + pad_x, top, fitted.width + 2, h),
               max_px=fitted.px, fitted=fitted, valign="center")
    return pill


def _kicker(ctx: Ctx, scene: Scene, slide: Slide, allowed: QRectF) -> None:
    """The slide's own title ("Barriere 2 af 6") beside the pill, so the room knows where
    it is in a run of polls; the statement below is the heading."""
    if allowed.width() < 120:
        return
    scene.text("kicker", (Para(slide.title, color=ctx.muted, weight=600, link_color=ctx.muted),),
               allowed, max_px=32, min_px=20, valign="center")


def _corner(ctx: Ctx, scene: Scene, view: RoomView | None, pv: PollView, right: float):
    """The corner column: its rect whenever the room could show a QR there (so the layout is
    the same open or closed); the QR and URL are drawn only while the poll is open."""
    if view is None:
        return None
    if view.voting_down:
        box = QRectF(right - 420, TOP, 420, 120)
        if pv.open:
            scene.text("voting-down", (Para((Span(ctx.words.voting_down),), color=ctx.muted,
                                            align="right"),), box, max_px=30, min_px=18,
                       halign="right")
        return box
    if view.join is None:
        return None
    box = QRectF(right - QR_SIDE, TOP - 20, QR_SIDE, QR_SIDE)
    url_box = QRectF(right - QR_SIDE - 60, box.bottom() + 6, QR_SIDE + 60, 48)
    if pv.open:
        matrix = view.join.qr
        scene.draw(lambda p: paint_qr(p, matrix, box), Box("qr", box, box, 0, view.join.url))
        scene.text("url", (Para((Span(short_url(view.join.url)),), color=ctx.fg, weight=600,
                                align="right"),), url_box, max_px=34, min_px=18, halign="right",
                   valign="top")
    return QRectF(url_box.left(), box.top(), url_box.width(), url_box.bottom() - box.top())


def _status(ctx: Ctx, scene: Scene, view: RoomView | None, pv: PollView, allowed: QRectF,
            poll=None) -> None:
    """The room's number: the phones that voted on this poll ("29 har stemt"), or "Ingen
    stemmer endnu". Not the phones connected now: that is the join screen's and the
    console's figure, and two different counts side by side read as a contradiction.
    When phones may pick several options, the votes follow ("29 har stemt · 41 stemmer");
    a kind with its own panel says answers, questions or phones that answered instead."""
    w = ctx.words
    own = kind_panels.status_text(ctx, poll, pv) if poll is not None else None
    votes = round(pv.total())
    if own is not None:
        line = own
    elif not votes:
        line = w.no_votes
    else:
        voters = int(pv.voters) or votes
        line = w.phones_voted(voters)
        if voters != votes:
            line += "  ·  " + w.count(votes, w.vote)
    if pv.hand:     # paper ballots are in the bars: say so, never mix them in silently
        line += "  ·  " + group(ctx.deck.language, "tour")["on_paper"].format(n=pv.hand)
    scene.text("status", (Para((Span(line),), color=ctx.muted),),
               allowed, max_px=32, min_px=18, valign="center")
