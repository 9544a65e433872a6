"""How big a cloud word's ink is, and which theme colours it may be drawn in. Qt, no layout.

`ink_box(family, word)` is the word's tight ink rect at 1 px (measured once at
`REF_PX` with unhinted metrics, so it scales linearly to any size, on screen, PNG
and PDF alike); `ink_size` is its (width, height), what `place.place_words` wants.
Measuring happens on whatever thread lays the cloud out (the render worker): a
QFontMetricsF is made per thread, and the cache holds plain floats only.

`word_colours(palette)` are the deck theme's colours a word may take, each at least
`MIN_CONTRAST` against the slide background (WCAG 2 contrast ratio); a theme colour
that is too faint is mixed toward the foreground until it passes.
"""
from __future__ import annotations

import threading
import zlib
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from presenter.render.theme import Palette

REF_PX = 200            # measuring size; big enough that rounding is noise
WEIGHT = 700            # bold words read from the back of a hall
MIN_CONTRAST = 4.5      # WCAG AA for text

_local = threading.local()


def word_font(family: str, px: float) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(px)))
    font.setWeight(QFont.Weight(WEIGHT))
    font.setHintingPreference(QFont.PreferNoHinting)
    font.setKerning(True)
    return font


def _metrics(family: str) -> QFontMetricsF:
    cache = getattr(_local, "metrics", None)
    if cache is None:
        cache = _local.metrics = {}
    if family not in cache:
        cache[family] = QFontMetricsF(word_font(family, REF_PX))
    return cache[family]


@lru_cache(maxsize=4096)
def ink_box(family: str, word: str) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the word's ink at 1 px, relative to its baseline origin."""
    r = _metrics(family).tightBoundingRect(word)
    return r.left() / REF_PX, r.top() / REF_PX, r.width() / REF_PX, r.height() / REF_PX


def ink_size(family: str, word: str) -> tuple[float, float]:
    _, _, w, h = ink_box(family, word)
    return w, h


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _readable(colour: QColor, palette: Palette) -> QColor:
    bg, fg = palette.background, palette.foreground
    for step in range(11):
        t = step / 10
        mixed = QColor.fromRgbF(colour.redF() * (1 - t) + fg.redF() * t,
                                colour.greenF() * (1 - t) + fg.greenF() * t,
                                colour.blueF() * (1 - t) + fg.blueF() * t)
        if contrast(mixed, bg) >= MIN_CONTRAST:
            return mixed
    return QColor(fg)


def word_colours(palette: Palette) -> tuple[QColor, ...]:
    """The colours cloud words take, in this order, all readable on the background."""
    chosen: list[QColor] = []
    # Not "don't know": it is the theme's neutral grey, and a grey top word looks switched off.
    for colour in (palette.accent, palette.foreground, palette.agree, palette.disagree):
        readable = _readable(colour, palette)
        if all(readable.name() != c.name() for c in chosen):
            chosen.append(readable)
    return tuple(chosen)


def colour_of(word: str, colours: tuple[QColor, ...]) -> QColor:
    """A word's colour: by the word itself, so it keeps its colour as it grows and moves."""
    return colours[zlib.crc32(word.encode("utf-8")) % len(colours)]
