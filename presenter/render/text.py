"""Fitted rich text: paragraphs of styled spans laid out in a box, shrunk until they fit.

A `Para` is one paragraph (a heading line, a bullet, a caption) made of the deck
model's `Span` runs; the paragraphs of one quote stand in beside a shared bar.
`fit()` lays a list of paragraphs out with QTextLayout at the largest font size
that fits the box (width and height), stepping down; it never
lets text spill: below the preferred minimum it keeps shrinking, and a single word
wider than the box is broken anywhere as a last resort. Results are cached, since
the same slide is laid out again for every frame of an animation.

Positions here are relative to the box; `draw()` places them. The fit cache is per
thread: a `Fitted` holds QTextLayouts (and their fonts), which one thread may use at
a time, and the audience window renders neighbour slides on a worker thread while
the GUI thread paints.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption

from presenter.deck.model import Inline, Span

QUOTE_BAR = 0.14        # a quote's accent bar, in units of the box's font size
QUOTE_INSET = 0.85      # and how far its text stands in from the box's left
HARD_FLOOR_PX = 6.0     # below the preferred minimum we still shrink: overflow is never OK
STEP = 0.94             # each try is 6% smaller: fine enough that fitted text looks chosen


@dataclass(frozen=True)
class Para:
    spans: Inline
    color: str = "#000000"      # hex; links get `link_color`
    size: float = 1.0           # relative to the box's font size
    weight: int = 400           # CSS-like weight: 400 regular, 600 semibold, 700 bold
    italic: bool = False
    level: int = 0              # list depth: 0 top, 1 nested, 2 nested twice
    marker: str = ""            # bullet or number, hung in the indent
    marker_color: str = ""      # default: the text colour
    space_before: float = 0.0   # in units of the box's font size
    leading: float = 1.28       # line pitch / font size
    align: str = "left"         # "left" | "center" | "right"
    link_color: str = "#0B5FA5"
    quote: int = 0              # >0: part of quote n, inset beside a bar (neighbours share it)
    bar_color: str = ""         # the quote bar's colour


def para(text: str, **style) -> Para:
    """A paragraph of plain text."""
    return Para((Span(text),), **style)


@dataclass(frozen=True)
class Fitted:
    """Paragraphs laid out at one size, positions relative to the box's top-left."""

    px: float
    width: float            # the widest line, including indents and markers
    height: float
    box_width: float
    lines: tuple            # (QTextLayout, QPointF origin, marker QTextLayout | None, QPointF)
    fits: bool              # False only if even HARD_FLOOR_PX did not fit
    quotes: tuple = ()      # (bar QRectF, extent QRectF, colour, first para, last para) per quote


def _font(family: str, px: float, weight: int = 400, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(px)))
    font.setWeight(QFont.Weight(weight))
    font.setItalic(italic)
    # Unhinted metrics are the same on screen, PNG and PDF, so a fit measured once holds.
    font.setHintingPreference(QFont.PreferNoHinting)
    font.setKerning(True)
    # Inter's contextual alternates swap "=", "←" and friends for raised variants next to
    # figures and capitals ("n = 40", "← Uenig"). Those variant glyphs have no Unicode
    # mapping, so Qt's PDF writer left them out of the text layer: a handout's copied or
    # searched text lost them. The plain glyphs differ by a few pixels of height.
    font.setFeature(QFont.Tag("calt"), 0)
    return font


def _formats(spans: Inline, color: str, weight: int, link_color: str):
    # Every span gets a range, so colour comes from the paragraph, never from the pen.
    ranges, start = [], 0
    for span in spans:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(link_color if span.link else color))
        if span.link:
            # An anchor in the format becomes a link annotation in Qt's PDF writer.
            fmt.setAnchor(True)
            fmt.setAnchorHref(span.link)
        if span.bold:
            fmt.setFontWeight(max(700, weight))
        if span.italic:
            fmt.setFontItalic(True)
        if span.code:
            fmt.setFontFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
            fmt.setFontFixedPitch(True)
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, len(span.text), fmt
        ranges.append(r)
        start += len(span.text)
    return ranges


def _text(spans: Inline) -> str:
    # QTextLayout treats \n as a line separator char; keep explicit breaks as U+2028.
    return "".join(s.text for s in spans).replace("\n", "\u2028")


def _marker(p: Para, family: str, px: float) -> tuple[QTextLayout | None, float, float]:
    """A list item's marker laid out: (its layout, the column it takes, its shift right
    within that column); (None, 0, 0) for a paragraph without one."""
    if not p.marker:
        return None, 0.0, 0.0
    marker_weight = max(p.weight, 600) if p.marker[0].isdigit() else p.weight
    marker_layout = QTextLayout(p.marker, _font(family, px, marker_weight))
    marker_layout.setFormats(_formats((Span(p.marker),), p.marker_color or p.color, p.weight, p.link_color))
    marker_layout.beginLayout()
    mline = marker_layout.createLine()
    mline.setLineWidth(10 * px)
    marker_layout.endLayout()
    natural = mline.naturalTextWidth()
    if p.marker[0].isdigit():
        # Numbers sit right-aligned in a column wide enough for "10.", so 1. and 9. line up.
        marker_w = max(natural, 1.25 * px) + 0.4 * px
        return marker_layout, marker_w, marker_w - 0.4 * px - natural
    return marker_layout, max(0.9 * px, natural + 0.45 * px), 0.0


def _layout_para(p: Para, family: str, base_px: float, width: float, y: float,
                 indent_step: float, anywhere: bool):
    px = base_px * p.size
    font = _font(family, px, p.weight, p.italic)
    indent = p.level * indent_step * base_px + (QUOTE_INSET * base_px if p.quote else 0.0)
    marker_layout, marker_w, marker_shift = _marker(p, family, px)
    text_x = indent + marker_w
    avail = max(1.0, width - text_x)
    layout = QTextLayout(_text(p.spans), font)
    layout.setFormats(_formats(p.spans, p.color, p.weight, p.link_color))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere if anywhere else QTextOption.WordWrap)
    option.setAlignment({"center": Qt.AlignHCenter, "right": Qt.AlignRight}.get(p.align, Qt.AlignLeft))
    layout.setTextOption(option)
    pitch = px * p.leading
    layout.beginLayout()
    widest, top, count = 0.0, y, 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(avail)
        # Centre the glyphs' natural height inside the line pitch.
        line.setPosition(QPointF(0, (y - top) + (pitch - line.height()) / 2))
        widest = max(widest, text_x + line.naturalTextWidth())
        y += pitch
        count += 1
    layout.endLayout()
    if count == 0:
        y += pitch
    marker_pos = None
    if marker_layout is not None:
        first_h = layout.lineAt(0).height() if count else px
        mh = marker_layout.lineAt(0).height()
        marker_pos = QPointF(indent + marker_shift, top + (pitch - first_h) / 2 + (first_h - mh) / 2)
        # A bullet glyph sits at the x-height; a number on the baseline: both look aligned.
    return layout, QPointF(text_x, top), marker_layout, marker_pos, widest, y


def _layout_all(paras: tuple[Para, ...], family: str, px: float, width: float,
                indent_step: float, anywhere: bool):
    y, widest, lines, quotes = 0.0, 0.0, [], []
    for i, p in enumerate(paras):
        if i:
            y += p.space_before * px
        top = y
        layout, origin, marker, marker_pos, w, y = _layout_para(
            p, family, px, width, y, indent_step, anywhere)
        widest = max(widest, w)
        lines.append((layout, origin, marker, marker_pos))
        if p.quote and quotes and quotes[-1][0] == p.quote and paras[i - 1].quote == p.quote:
            quotes[-1][2:6] = [y, max(quotes[-1][3], w), quotes[-1][4], i]
        elif p.quote:
            quotes.append([p.quote, top, y, w, i, i, p.bar_color or p.color])
    return tuple(lines), widest, y, tuple(_quote_rects(q, px) for q in quotes)


def _quote_rects(quote: list, px: float) -> tuple:
    _, top, bottom, w, first, last, color = quote
    # The line pitch leaves air above and below the glyphs; the bar spans the ink.
    trim = 0.12 * px
    bar = QRectF(0, top + trim, max(2.0, QUOTE_BAR * px), max(0.0, bottom - top - 2 * trim))
    return bar, QRectF(0, top, w, bottom - top), color, first, last


def fit(paras: tuple[Para, ...], width: float, height: float, family: str,
        max_px: float, min_px: float = 0.0, indent_step: float = 1.3) -> Fitted:
    """The largest size <= max_px at which `paras` fit `width` x `height`.

    min_px is where we would rather stop; the text still shrinks below it (down to
    HARD_FLOOR_PX) because overflowing is worse than small text.
    """
    # A cache per thread: two threads must never draw the same QTextLayout, and a
    # thread's layouts hold its font engines, which Qt frees when the thread ends (so
    # the cache goes with the thread, never to a later thread given the same id).
    cached = getattr(_per_thread, "fit", None)
    if cached is None:
        cached = _per_thread.fit = lru_cache(maxsize=2048)(_fit)
    return cached(paras, width, height, family, max_px, min_px, indent_step)


_per_thread = threading.local()


def _cache_clear() -> None:
    """Forget this thread's fitted layouts (benchmarks time cold layouts)."""
    cached = getattr(_per_thread, "fit", None)
    if cached is not None:
        cached.cache_clear()


@lru_cache(maxsize=64)
def _sizes(max_px: float) -> tuple[float, ...]:
    """The sizes a text may take, largest first: `max_px`, then STEP smaller each, rounded
    to half a pixel, down to HARD_FLOOR_PX."""
    sizes = [float(max_px)]
    while sizes[-1] > HARD_FLOOR_PX:
        smaller = max(HARD_FLOOR_PX, round(sizes[-1] * STEP * 2) / 2)
        if smaller >= sizes[-1]:
            break
        sizes.append(smaller)
    return tuple(sizes)


def _fit(paras: tuple[Para, ...], width: float, height: float, family: str,
         max_px: float, min_px: float, indent_step: float) -> Fitted:
    """The largest of `_sizes(max_px)` at which the text fits, found by halving: a long
    answer on the room's wall took up to 11 layouts one size after another, in the GUI
    thread's turn (bench/answer_to_wall.py); a smaller size never needs more room, so
    halving finds the same size in ~4. None fits: the smallest, marked not ok."""
    sizes = _sizes(max_px)

    def at(px: float):
        anywhere = px <= max(min_px, HARD_FLOOR_PX)
        lines, widest, total, quotes = _layout_all(paras, family, px, width, indent_step, anywhere)
        ok = total <= height + 0.5 and widest <= width + 0.5
        return Fitted(px, widest, total, width, lines, ok, quotes)

    first = at(sizes[0])                # most text fits at its largest size: one layout
    if first.fits or len(sizes) == 1:
        return first
    best, smallest = None, None
    low, high = 1, len(sizes) - 1
    while low <= high:
        middle = (low + high) // 2
        tried = at(sizes[middle])
        if tried.fits:
            best, high = tried, middle - 1
        else:
            low = middle + 1
            if middle == len(sizes) - 1:
                smallest = tried
    # None fits: the smallest, marked not ok (overflowing is all there is).
    return best or smallest or at(sizes[-1])


fit.cache_clear = _cache_clear


def at_size(paras: tuple[Para, ...], width: float, family: str, px: float,
            indent_step: float = 1.3) -> Fitted:
    """`paras` laid out at exactly `px` (used to give a group of boxes one common size)."""
    lines, widest, total, quotes = _layout_all(paras, family, px, width, indent_step, False)
    return Fitted(px, widest, total, width, lines, widest <= width + 0.5, quotes)


def fit_group(groups: list[tuple[tuple[Para, ...], float, float]], family: str,
              max_px: float, min_px: float = 0.0) -> list[Fitted]:
    """Fit several boxes at one common size (columns, captions): the smallest any of them needs."""
    px = min((fit(p, w, h, family, max_px, min_px).px for p, w, h in groups), default=max_px)
    out = []
    for p, w, h in groups:
        f = fit(p, w, h, family, px, px)
        out.append(f)
    return out


def draw(painter: QPainter, fitted: Fitted, origin: QPointF) -> None:
    """Paint laid-out paragraphs with the box's top-left at `origin`."""
    for bar, _extent, color, _first, _last in fitted.quotes:
        painter.fillRect(bar.translated(origin), QColor(color))
    for layout, pos, marker, marker_pos in fitted.lines:
        if marker is not None:
            marker.draw(painter, origin + marker_pos)
        layout.draw(painter, origin + pos)


def place(fitted: Fitted, allowed: QRectF, valign: str = "top",
          halign: str = "left") -> tuple[QPointF, QRectF]:
    """Where laid-out text goes in its allowed box: (draw origin, rect the ink needs).

    `halign` must match the paragraphs' own `align` (lines are aligned inside the box width).
    """
    y = allowed.top()
    if valign == "center":
        y += (allowed.height() - fitted.height) / 2
    elif valign == "bottom":
        y += allowed.height() - fitted.height
    w = fitted.width
    x = allowed.left()
    if halign == "center":
        x += (fitted.box_width - w) / 2
    elif halign == "right":
        x += fitted.box_width - w
    return QPointF(allowed.left(), y), QRectF(x, y, w, fitted.height)
