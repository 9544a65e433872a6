"""What most slides share: the background, the title with its accent rule, the
slide number, and a body area with pictures beside the text.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Image, Slide, Span
from presenter.render import backdrops
from presenter.render import images as rimages
from presenter.render.blocks import block_paras
from presenter.render.context import Ctx
from presenter.render.scene import Box, Scene
from presenter.render.text import Para
from presenter.render.theme import BODY_PX, FOOTER_PX, FOOTER_Y, HEIGHT, MARGIN_X, TITLE_PX, TOP, WIDTH

RULE_W, RULE_H = 96, 8
SPARSE = 0.6        # text using less than this share of the body area is balanced in it
BODY_BOTTOM = FOOTER_Y - 44     # the body never runs into the slide number
FIT_PX = 180        # Marp's `# <!--fit-->` title: one line, this large when it fits


def background(ctx: Ctx, scene: Scene) -> None:
    color = ctx.palette.background
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), color))
    slide = ctx.slide
    if slide is not None and backdrops.shown(slide):
        muted = ctx.palette.muted
        scene.draw(lambda p: backdrops.paint(p, slide, muted),
                   Box("backdrop", backdrops.area(slide), backdrops.area(slide), 0))


def footer(ctx: Ctx, scene: Scene, slide: Slide, color: str | None = None) -> None:
    """The slide number, small, bottom right: for the speaker and questions, not the show
    (unless Marp's `paginate: false` says no); Marp's header and footer lines. Beside a
    split backdrop they keep to the text's side."""
    look = slide.look
    color = color or ctx.muted
    left, right = backdrops.text_span(slide)
    if look.paginate is not False:
        allowed = QRectF(right - 200, FOOTER_Y - 10, 200, 40)
        scene.text("footer", (Para((Span(str(slide.number)),), color=color, align="right"),),
                   allowed, max_px=FOOTER_PX, halign="right", valign="center")
    if look.footer:
        scene.text("marp-footer", (Para(look.footer, color=color),),
                   QRectF(left, FOOTER_Y - 10, right - left - 240, 40),
                   max_px=FOOTER_PX, min_px=14, valign="center")
    if look.header:
        scene.text("marp-header", (Para(look.header, color=color),),
                   QRectF(left, 18, right - left, 40), max_px=FOOTER_PX, min_px=14,
                   valign="center")


def title(ctx: Ctx, scene: Scene, slide: Slide, *, width: float = WIDTH - 2 * MARGIN_X,
          max_px: float = TITLE_PX, lines: int = 2, top: float = TOP) -> float:
    """Draw the slide title and the accent rule under it; return where the body starts.
    Beside a split backdrop the title keeps to the text's side; Marp's `<!--fit-->`
    title is one line as large as the width allows."""
    left, right = backdrops.text_span(ctx.slide)
    width = min(width, right - left)
    if slide.fit_title:
        max_px, lines = FIT_PX, 1
    return heading(ctx, scene, slide.title, width=width, max_px=max_px, lines=lines, left=left,
                   top=top)


def heading(ctx: Ctx, scene: Scene, text, *, width: float = WIDTH - 2 * MARGIN_X,
            max_px: float = TITLE_PX, lines: int = 2, left: float = MARGIN_X,
            top: float = TOP) -> float:
    """`title` for any inline text (a slide's title, or a screen's own heading)."""
    if not text:
        return top
    allowed = QRectF(left, top, width, max_px * 1.14 * lines + 4)
    needed = scene.text("title", (Para(text, color=ctx.fg, weight=700, leading=1.14,
                                       link_color=ctx.accent),),
                        allowed, max_px=max_px, min_px=44)
    rule_y = needed.bottom() + 26
    accent = ctx.palette.accent
    scene.draw(lambda p: p.fillRect(QRectF(left, rule_y, RULE_W, RULE_H), accent))
    return rule_y + RULE_H + 48


def body(ctx: Ctx, scene: Scene, blocks, area: QRectF, *, max_px: float = BODY_PX,
         min_px: float = 26, kind: str = "body", valign: str = "top") -> QRectF:
    """Body text in `area`, with any pictures on the right (or filling it when there is no text)."""
    paras, pictures = block_paras(ctx, blocks)
    text_area = QRectF(area)
    if pictures:
        if paras:
            split = area.left() + area.width() * 0.54
            text_area = QRectF(area.left(), area.top(), split - area.left() - 40, area.height())
            pics_area = QRectF(split + 20, area.top(), area.right() - split - 20, area.height())
        else:
            pics_area = QRectF(area)
        _pictures(ctx, scene, pictures, pics_area)
    if paras:
        if valign == "balanced" and not pictures:
            fitted = scene.fit(paras, text_area.width(), text_area.height(), max_px, min_px)
            text_area.moveTop(text_area.top() + balance_offset(fitted.height, text_area.height()))
            return scene.text(kind, paras, text_area, max_px=fitted.px, fitted=fitted)
        return scene.text(kind, paras, text_area, max_px=max_px, min_px=min_px,
                          valign="top" if valign == "balanced" else valign)
    return QRectF(area.left(), area.top(), 0, 0)


def balance_offset(used: float, room: float) -> float:
    """How far down to move a block of content that uses `used` of `room` under the title.

    Short content hung from the title leaves the bottom half of the slide empty and the
    slide looks top-heavy; content that fills most of the room stays where it is. Short
    content sits a little above the middle (45 % of the slack above it), where the eye
    expects the centre to be."""
    if used >= SPARSE * room:
        return 0.0
    return (room - used) * 0.45


def _pictures(ctx: Ctx, scene: Scene, pictures: tuple[Image, ...], area: QRectF) -> None:
    gap = 24
    h = (area.height() - gap * (len(pictures) - 1)) / len(pictures)
    for i, pic in enumerate(pictures):
        cell = QRectF(area.left(), area.top() + i * (h + gap), area.width(), h)
        target = _sized(rimages.fitted_rect(pic.path, cell), pic)
        muted = ctx.palette.muted
        scene.draw(lambda p, path=pic.path, t=target, m=muted: rimages.paint_picture(p, path, t, m),
                   Box("image", target, cell, 0, pic.alt))


def _sized(target: QRectF, pic: Image) -> QRectF:
    """Marp's `![w:200](...)`: no larger than the size the author gave (aspect kept)."""
    scale = 1.0
    if pic.width:
        scale = min(scale, pic.width / target.width())
    if pic.height:
        scale = min(scale, pic.height / target.height())
    if scale >= 1.0:
        return target
    w, h = target.width() * scale, target.height() * scale
    return QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)


def standard(ctx: Ctx, scene: Scene, slide: Slide) -> float:
    """Background, title and footer; returns the y where content starts."""
    background(ctx, scene)
    footer(ctx, scene, slide)
    return title(ctx, scene, slide)


def content_area(top: float, ctx: Ctx | None = None) -> QRectF:
    """The body's area under `top`; beside a split backdrop (ctx's slide), its text side."""
    left, right = backdrops.text_span(ctx.slide if ctx is not None else None)
    return QRectF(left, top, right - left, BODY_BOTTOM - top)
