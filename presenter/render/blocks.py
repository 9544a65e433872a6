"""Turns the deck model's body blocks into fitted-text paragraphs.

Headings, paragraphs, bullet and numbered lists nested two levels (with hanging
indents and a marker per level), and reference links shown as text. Images are
returned apart: layouts place them beside or under the text. Must not import the
layouts or the window.
"""
from __future__ import annotations

from presenter.deck.model import Block, Heading, Image, Link, ListBlock, ListItem, Paragraph, Span
from presenter.render.context import Ctx
from presenter.render.text import Para

BULLETS = ("•", "–", "·")       # level 0, 1, 2: distinct shapes, not only smaller
LEVEL_SIZE = (1.0, 0.86, 0.78)


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
    for block in blocks:
        if isinstance(block, Heading):
            size = 1.12 if block.level <= 2 else 1.0
            color = ctx.fg if block.level <= 2 else ctx.accent
            out.append(Para(block.text, color=color, size=size, weight=600, space_before=0.8,
                            leading=1.2, link_color=ctx.accent))
        elif isinstance(block, Paragraph):
            out.append(Para(block.text, color=ctx.fg, space_before=0.6, link_color=ctx.accent))
        elif isinstance(block, ListBlock):
            _list_paras(ctx, block.items, block.ordered, block.start, 0, out)
        elif isinstance(block, Link):
            spans = (Span(short_url(block.target), link=block.target),)
            if block.text and block.text != block.target and short_url(block.text) != short_url(block.target):
                spans = (Span(block.text + "  "), Span(short_url(block.target), link=block.target))
            out.append(Para(spans, color=ctx.muted, size=0.72, space_before=1.0, link_color=ctx.accent))
        elif isinstance(block, Image):
            images.append(block)
    if out:
        out[0] = _no_space_before(out[0])
    return tuple(out), tuple(images)


def _no_space_before(p: Para) -> Para:
    from dataclasses import replace
    return replace(p, space_before=0.0)
