"""Inline Markdown into styled spans: bold, italic, code, links and images.

Reads markdown-it's inline token tree (never regexes): a run of text with one
style becomes one `Span`; an image is checked to be a file next to the deck (the
talk is given offline) and handed back apart from the text. `markdown.py` turns
the spans into the slide's blocks.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from markdown_it.tree import SyntaxTreeNode

from . import marp_images
from .errors import DeckError
from .model import Backdrop, Image, Inline, Link, PdfPages, Span, plain

URL_SCHEMES = ("http://", "https://", "mailto:", "ftp://")


def inline_text(nodes, line: int, path: Path, images: list[Image] | None = None) -> Inline:
    """The text of inline `nodes` (on file `line` of deck `path`), neighbouring spans of
    one style merged; images found are appended to `images` (or dropped when None)."""
    return merge(spans_of(nodes, line, path, images))


def spans_of(nodes, line: int, path: Path, images: list[Image] | None = None) -> list[Span]:
    """The spans of inline `nodes` as they come, not merged."""
    spans: list[Span] = []
    _collect(nodes, spans, {}, line, path, images)
    return spans


def _collect(nodes, spans: list[Span], style: dict, line: int, path: Path,
             images: list[Image] | None) -> None:
    for node in nodes:
        kind = node.type
        if kind == "text":
            spans.append(Span(node.content, **style))
        elif kind == "softbreak":
            spans.append(Span(" ", **style))
        elif kind == "hardbreak":
            spans.append(Span("\n", **style))
        elif kind == "code_inline":
            spans.append(Span(node.content, **{**style, "code": True}))
        elif kind == "strong":
            _collect(node.children, spans, {**style, "bold": True}, line, path, images)
        elif kind == "em":
            _collect(node.children, spans, {**style, "italic": True}, line, path, images)
        elif kind == "link":
            target = str(node.attrs.get("href", ""))
            _collect(node.children, spans, {**style, "link": target}, line, path, images)
        elif kind == "image":
            image = read_image(node, line, path)
            if images is not None:
                images.append(image)
        # html_inline (an inline comment or tag) is not shown


def read_image(node: SyntaxTreeNode, line: int, path: Path) -> Image | PdfPages | Backdrop:
    """An image node as an `Image` of a file next to the deck, `PdfPages` for a PDF
    (`talk.pdf#7`, `talk.pdf#3-9`), or a `Backdrop` for Marp's `![bg ...](...)`; a
    sentence when it is none. An image on the web is kept as a placeholder (the talk is
    given offline; the deck's warnings name it)."""
    src = str(node.attrs.get("src", ""))
    alt = plain(inline_text(node.children, line, path)) if node.children else ""
    if src.split("#", 1)[0].lower().endswith(".pdf"):
        from .pdf_slides import pdf_reference
        return pdf_reference(src, line, path)
    words = alt.split()
    keywords = [w for w in words if marp_images.is_keyword(w)]
    alt = " ".join(w for w in words if not marp_images.is_keyword(w))
    width, height = marp_images.size_of(keywords)
    if src.startswith(URL_SCHEMES) or src.startswith("//"):
        image = Image(Path(src.split("?", 1)[0].rstrip("/") or "image"), alt, remote=src,
                      line=line, width=width, height=height)
    else:
        image = Image(_local_file(src, line, path), alt, line=line, width=width, height=height)
    if "bg" in keywords:
        return marp_images.backdrop(image, keywords)
    return image


def _local_file(src: str, line: int, path: Path) -> Path:
    deck_dir = path.parent
    try:
        target = (deck_dir / unquote(src)).resolve()
        found = bool(src) and target.is_file()
    except (OSError, ValueError):       # a NUL byte, a name too long for the system
        target, found = deck_dir / src, False
    if not found:
        raise DeckError(path, line, f"image \"{src}\" not found; expected a file at "
                        f"{target}")
    return target


def lone_link(text: Inline) -> Link | None:
    """A paragraph that is only a link (or a bare URL) is a reference line."""
    content = [s for s in text if s.text.strip()]
    if not content:
        return None
    targets = {s.link for s in content}
    if len(targets) == 1 and None not in targets:
        return Link(plain(text).strip(), content[0].link)
    words = plain(text).strip()
    if len(content) == 1 and words.startswith(URL_SCHEMES) and " " not in words:
        return Link(words, words)
    return None


def join_inline(parts: list[Inline]) -> Inline:
    """Inline texts one after another, a space between each."""
    spans: list[Span] = []
    for i, part in enumerate(parts):
        if i:
            spans.append(Span(" "))
        spans.extend(part)
    return merge(spans)


def merge(spans: list[Span]) -> Inline:
    """Neighbouring spans with the same style become one; edges are trimmed."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and _style(merged[-1]) == _style(span):
            last = merged.pop()
            span = Span(last.text + span.text, span.bold, span.italic, span.code, span.link)
        merged.append(span)
    if merged:
        first = merged[0]
        merged[0] = Span(first.text.lstrip(), first.bold, first.italic, first.code, first.link)
        last = merged[-1]
        merged[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.code, last.link)
    return tuple(s for s in merged if s.text)


def _style(span: Span) -> tuple:
    return (span.bold, span.italic, span.code, span.link)
