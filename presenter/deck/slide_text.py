"""A slide's words as plain text: what a screen reader reads on a phone instead of
the slide's picture (the phone's follow-along image, its alt text).

Title, subtitle, then the body in reading order (columns left to right, phases,
roles, a poll's question, the lines under it), one line each. A PDF page gives
only its place: its words are inside the PDF. No Qt, no server.
"""
from __future__ import annotations

from .model import Block, Heading, Image, Link, ListBlock, ListItem, Paragraph, Quote, Slide, plain


def slide_text(slide: Slide) -> str:
    lines = [plain(slide.title), plain(slide.subtitle)]
    lines += _blocks(slide.blocks)
    for column in slide.columns:
        lines.append(plain(column.heading or ()))
        lines += _blocks(column.blocks)
    for phase in slide.phases:
        lines += [phase.name, plain(phase.caption)]
    if slide.roles is not None:
        lines += [*slide.roles.flow, slide.roles.centre]
        for role in slide.roles.roles:
            lines.append(role.name)
            lines += _blocks(role.description)
    if slide.poll is not None:
        lines.append(slide.poll.question)
    lines += _blocks(slide.after_poll)
    return "\n".join(line.strip() for line in lines if line and line.strip())


def _blocks(blocks: tuple[Block, ...]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, (Heading, Paragraph)):
            lines.append(plain(block.text))
        elif isinstance(block, ListBlock):
            lines += _items(block.items)
        elif isinstance(block, Quote):
            lines += _blocks(block.blocks)
            lines.append(plain(block.attribution))
        elif isinstance(block, Image):
            lines.append(block.alt)
        elif isinstance(block, Link):
            lines.append(block.text)
    return lines


def _items(items: tuple[ListItem, ...]) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(plain(item.text))
        lines += _items(item.children)
    return lines
