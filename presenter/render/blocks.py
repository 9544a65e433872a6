"""Turns the deck model's body blocks into fitted-text paragraphs.

Headings, paragraphs, bullet and numbered lists nested two levels (with hanging
indents and a marker per level), reference links shown as text, and quotes
(inset and italic beside an accent bar, the attribution under them, muted). Images are
returned apart: layouts place them beside or under the text.
"""
from __future__ import annotations

from dataclasses import replace

from presenter.deck.model import (
    Block,
    Heading,
    Image,
    Inline,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Span,
)
from presenter.render.context import Ctx
from presenter.render.text import Para

BULLETS = ("•", "–", "·")       # level 0, 1, 2: distinct shapes, not only smaller
LEVEL_SIZE = (1.0, 0.86, 0.78)
HEADING_SIZE = 1.12             # a heading, relative to the body text it heads
QUOTE_SIZE = 1.1                # a quote stands out a little from the body around it
ATTRIBUTION_SIZE = 0.76


def short_url(target: str) -> str:
    """A URL as a person reads it aloud: no scheme, no trailing slash."""
    for scheme in ("https://", "http://"):
        if target.startswith(scheme):
            target = target[len(scheme):]
    return target.rstrip("/")


def _list_paras(ctx: Ctx, items: tuple[ListItem, ...], ordered: bool, start: int,
                level: int, out: list[Para]) -> None:
    for i, item in enumerate(items):
        marker = f"{start + i}." if ordered else BULLETS[min(level, 2)]
        marker_color = ctx.accent if level == 0 else ctx.muted
        out.append(Para(item.text, color=ctx.fg, size=LEVEL_SIZE[min(level, 2)], level=level,
                        marker=marker, marker_color=marker_color,
                        space_before=0.5 if level == 0 else 0.18, link_color=ctx.accent))
        if item.children:
            _list_paras(ctx, item.children, item.ordered_children, 1, level + 1, out)


def block_paras(ctx: Ctx, blocks: tuple[Block, ...]) -> tuple[tuple[Para, ...], tuple[Image, ...]]:
    """Paragraphs for the text blocks, and the images to place separately."""
    out: list[Para] = []
    images: list[Image] = []
    quotes = 0
    for block in blocks:
        if isinstance(block, Heading):
            out.append(heading_para(ctx, block.text, HEADING_SIZE if block.level <= 2 else 1.0))
        elif isinstance(block, Paragraph):
            out.append(Para(block.text, color=ctx.fg, space_before=0.6, link_color=ctx.accent))
        elif isinstance(block, ListBlock):
            _list_paras(ctx, block.items, block.ordered, block.start, 0, out)
        elif isinstance(block, Link):
            spans = (Span(short_url(block.target), link=block.target),)
            if block.text and block.text != block.target and short_url(block.text) != short_url(block.target):
                spans = (Span(block.text + "  "), Span(short_url(block.target), link=block.target))
            out.append(Para(spans, color=ctx.muted, size=0.72, space_before=1.0, link_color=ctx.accent))
        elif isinstance(block, Quote):
            quotes += 1
            paras, pictures = _quote_paras(ctx, block, quotes)
            out.extend(paras)
            images.extend(pictures)
        elif isinstance(block, Image):
            images.append(block)
    if out:
        out[0] = _no_space_before(out[0])
    return tuple(out), tuple(images)


def heading_para(ctx: Ctx, text: Inline, size: float = HEADING_SIZE) -> Para:
    """The one heading style of the body: a column's heading in two columns and a `##` in
    a slide's text look the same (accent colour, bold, a size up from the body)."""
    return Para(text, color=ctx.accent, size=size, weight=700, space_before=0.8, leading=1.2,
                link_color=ctx.accent)


def _quote_paras(ctx: Ctx, quote: Quote, number: int) -> tuple[list[Para], tuple[Image, ...]]:
    """A quote's blocks as body paragraphs, set in italic a size up, then who said it."""
    inner, pictures = block_paras(ctx, quote.blocks)
    paras = [replace(p, spans=_italic(p.spans), size=p.size * QUOTE_SIZE, quote=number,
                     bar_color=ctx.accent) for p in inner]
    if quote.attribution:
        paras.append(Para((Span("— "),) + quote.attribution, color=ctx.muted,
                          size=ATTRIBUTION_SIZE, space_before=0.4, quote=number,
                          bar_color=ctx.accent, link_color=ctx.accent))
    if paras:
        paras[0] = replace(paras[0], space_before=0.8)
    return paras, pictures


def _italic(spans: Inline) -> Inline:
    # Emphasis inside italic text is set upright, as typesetters do; code stays as it is.
    return tuple(s if s.code else replace(s, italic=not s.italic) for s in spans)


def _no_space_before(p: Para) -> Para:
    return replace(p, space_before=0.0)
