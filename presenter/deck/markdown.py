"""One slide's Markdown, read through markdown-it-py into model blocks.

The result is a flat list of pieces in reading order: blocks (headings,
paragraphs, lists, images, links, quotes) each with its file line, plus the things a
layout needs to find — column markers (`::right::`), HTML comments (directives
and notes) and ```poll fences. Turning pieces into a slide is `layouts.py`'s job.

Inline markup is `inline.py`'s job, from markdown-it's token tree, never from regexes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from .fences import inside_fences
from .inline import inline_text, join_inline, lone_link, merge, spans_of
from .model import Block, Heading, Image, Inline, ListBlock, ListItem, Paragraph, Quote, Span, plain

_MD = MarkdownIt("commonmark")
COLUMN_MARKERS = ("::left::", "::right::")
ATTRIBUTION_DASHES = ("— ", "-- ")     # a quote's last line starting so says who said it
_FIT = re.compile(r"<!--\s*fit\s*-->")    # Marp's heading that fills the slide's width


@dataclass(frozen=True)
class Located:
    block: Block
    line: int


@dataclass(frozen=True)
class ColumnMarker:
    name: str           # "left" or "right"
    line: int


@dataclass(frozen=True)
class Comment:
    body: str           # the text between <!-- and -->
    line: int


@dataclass(frozen=True)
class PollFence:
    source: str         # the YAML inside the fence
    line: int           # the line of the opening ```poll


Piece = Located | ColumnMarker | Comment | PollFence


def read_slide(text: str, first_line: int, path: Path) -> list[Piece]:
    """Pieces of one slide whose text starts on file line `first_line`.

    A `::right::` line splits the slide before Markdown sees it (as in Slidev), so
    it works even right under a list, where Markdown would fold it into the item.
    """
    reader = _Reader(first_line, path)
    segment_start = 0
    lines = text.split("\n")
    fenced = inside_fences(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not fenced[index] and stripped in COLUMN_MARKERS:
            reader.segment("\n".join(lines[segment_start:index]), first_line + segment_start)
            reader.pieces.append(ColumnMarker(stripped.strip(":"), first_line + index))
            segment_start = index + 1
    reader.segment("\n".join(lines[segment_start:]), first_line + segment_start)
    return reader.pieces


class _Reader:
    def __init__(self, first_line: int, path: Path):
        self.first_line = first_line
        self.path = path
        self.pieces: list[Piece] = []

    def segment(self, text: str, first_line: int) -> None:
        self.first_line = first_line
        for node in SyntaxTreeNode(_MD.parse(text)).children:
            self.block(node)

    def line(self, node: SyntaxTreeNode) -> int:
        return self.first_line + (node.map[0] if node.map else 0)

    def add(self, block: Block, node: SyntaxTreeNode) -> None:
        self.pieces.append(Located(block, self.line(node)))

    def block(self, node: SyntaxTreeNode) -> None:
        kind = node.type
        if kind == "heading":
            inline = node.children[0]
            fit = any(c.type == "html_inline" and _FIT.fullmatch(c.content) for c in inline.children)
            self.add(Heading(int(node.tag[1]), _strip(self.inline(inline, node)), fit), node)
        elif kind == "paragraph":
            self.paragraph(node)
        elif kind in ("bullet_list", "ordered_list"):
            self.add(self.list_block(node, depth=1), node)
        elif kind == "fence" and node.info.strip().split(" ")[0].lower() == "poll":
            self.pieces.append(PollFence(node.content, self.line(node)))
        elif kind in ("fence", "code_block"):
            code = node.content.rstrip("\n")
            if code:
                self.add(Paragraph((Span(code, code=True),)), node)
        elif kind == "html_block":
            self.html(node.content, self.line(node))
        elif kind == "blockquote":
            self.quote(node)
        # hr and anything else carry no content on a slide

    def html(self, content: str, line: int) -> None:
        text = content.strip()
        # One html_block may hold several comments (`<!-- a --> <!-- b -->`).
        while text.startswith("<!--"):
            end = text.find("-->")
            if end < 0:
                self.pieces.append(Comment(text[4:], line))
                return
            self.pieces.append(Comment(text[4:end], line))
            line += text[:end].count("\n")
            text = text[end + 3:].strip()

    def quote(self, node: SyntaxTreeNode) -> None:
        """A Quote of the blockquote's blocks; comments and fences inside it still count."""
        outer, self.pieces = self.pieces, []
        attribution: Inline = ()
        try:
            children = list(node.children)
            last = children[-1] if children else None
            for child in children:
                if child is last and child.type == "paragraph":
                    attribution = self.paragraph(child, attribution=True)
                else:
                    self.block(child)
        finally:
            inner, self.pieces = self.pieces, outer
        blocks: list[Block] = []
        located = [p for p in inner if isinstance(p, Located)]
        self.pieces.extend(p for p in inner if not isinstance(p, Located))
        for piece in located:
            if isinstance(piece.block, Quote):
                # Quotes are drawn one level deep: a nested quote's lines join this one,
                # and its attribution becomes this one's when nothing follows it.
                blocks.extend(piece.block.blocks)
                said_by = piece.block.attribution
                if said_by and piece is located[-1] and not attribution:
                    attribution = said_by
                elif said_by:
                    blocks.append(Paragraph(merge([Span("— "), *said_by])))
            else:
                blocks.append(piece.block)
        if not blocks and attribution:
            # A dash line alone is not an attribution of nothing: it is the quote.
            blocks, attribution = [Paragraph(merge([Span("— "), *attribution]))], ()
        if blocks:
            self.add(Quote(tuple(blocks), attribution), node)

    def paragraph(self, node: SyntaxTreeNode, attribution: bool = False) -> Inline:
        """Add a paragraph's blocks; with `attribution`, split off and return a last
        line that starts with a dash (the rest is added as usual)."""
        inline_node = node.children[0]
        source = inline_node.content.strip() if inline_node.content else ""
        if source in COLUMN_MARKERS:
            self.pieces.append(ColumnMarker(source.strip(":"), self.line(node)))
            return ()
        nodes, said_by = list(inline_node.children), ()
        if attribution:
            nodes, said_by = self._split_attribution(nodes, node)
        images: list[Image] = []
        text = inline_text(nodes, self.line(node), self.path, images)
        link = lone_link(text)
        if link is not None:
            self.add(link, node)
        elif plain(text).strip():
            self.add(Paragraph(text), node)
        for image in images:
            self.add(image, node)
        return said_by

    def _split_attribution(self, nodes: list, owner: SyntaxTreeNode) -> tuple[list, Inline]:
        """(the nodes before the attribution line, the attribution without its dash)."""
        for i in range(len(nodes) - 1, -1, -1):
            node = nodes[i]
            starts_line = i == 0 or nodes[i - 1].type in ("softbreak", "hardbreak")
            if node.type == "text" and starts_line and node.content.startswith(ATTRIBUTION_DASHES):
                spans = spans_of(nodes[i:], self.line(owner), self.path)
                first = spans[0]
                dash = next(d for d in ATTRIBUTION_DASHES if first.text.startswith(d))
                spans[0] = Span(first.text[len(dash):], first.bold, first.italic, first.code,
                                first.link)
                return nodes[:max(0, i - 1)], merge(spans)
        return nodes, ()

    def list_block(self, node: SyntaxTreeNode, depth: int) -> ListBlock:
        items: list[ListItem] = []
        for item in node.children:
            items.extend(self.list_item(item, depth))
        start = 1
        if node.type == "ordered_list":
            try:
                start = int(node.attrs.get("start", 1))
            except (TypeError, ValueError):
                start = 1
        return ListBlock(tuple(items), ordered=node.type == "ordered_list", start=start)

    def list_item(self, node: SyntaxTreeNode, depth: int) -> list[ListItem]:
        parts: list[Inline] = []
        children: list[ListItem] = []
        ordered_children = False
        images: list[Image] = []
        for child in node.children:
            if child.type == "paragraph":
                parts.append(self.inline(child.children[0], child, images))
            elif child.type == "heading":
                parts.append(self.inline(child.children[0], child, images))
            elif child.type in ("bullet_list", "ordered_list"):
                sub = self.list_block(child, depth + 1)
                children.extend(sub.items)
                ordered_children = ordered_children or sub.ordered
            elif child.type in ("fence", "code_block") and child.content.strip():
                parts.append((Span(child.content.rstrip("\n"), code=True),))
            elif child.type == "html_block":
                self.html(child.content, self.line(child))
        for image in images:
            self.add(image, node)
        text = join_inline(parts)
        if depth >= 2:
            # Two levels are drawn: deeper items become siblings at the second level.
            return [ListItem(text)] + [ListItem(c.text) for c in _flatten(children)]
        return [ListItem(text, tuple(children), ordered_children)]

    def inline(self, node: SyntaxTreeNode, owner: SyntaxTreeNode,
               images: list[Image] | None = None) -> Inline:
        return inline_text(node.children, self.line(owner), self.path, images)


def _strip(text: Inline) -> Inline:
    """A heading's text without the space a `<!--fit-->` before it left."""
    if not text:
        return text
    spans = list(text)
    first = spans[0]
    spans[0] = Span(first.text.lstrip(), first.bold, first.italic, first.code, first.link)
    last = spans[-1]
    spans[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.code, last.link)
    return tuple(s for s in spans if s.text)


def _flatten(items: list[ListItem]) -> list[ListItem]:
    out: list[ListItem] = []
    for item in items:
        out.append(item)
        out.extend(_flatten(list(item.children)))
    return out
