"""The look of a slide: canvas size, margins, type sizes, colours and the font.

Turns the deck's `Theme` (plain strings) into Qt colours and fonts once per deck.
The bundled Inter font (assets/fonts, SIL OFL) is loaded lazily on first use,
because `QFontDatabase` needs a running QGuiApplication; without the files the
system's sans-serif is used.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication

from presenter.deck.model import Theme
from presenter.paths import ASSETS_DIR

# The fixed logical canvas every slide is laid out on.
WIDTH = 1920
HEIGHT = 1080
MARGIN_X = 120          # generous side margins: projectors crop edges
TOP = 84
FOOTER_Y = 1020         # baseline area of the small footer (slide number)

# Type scale in canvas pixels (readable from the back of a hall: body >= 40 px
# is ~3.7% of the height, as large as most conference templates use).
TITLE_PX = 80
BODY_PX = 46
FOOTER_PX = 22

FONT_FILES = ("Inter-Regular.otf", "Inter-Italic.otf", "Inter-SemiBold.otf",
              "Inter-SemiBoldItalic.otf", "Inter-Bold.otf", "Inter-BoldItalic.otf")
BUNDLED_FAMILY = "Inter"


@lru_cache(maxsize=1)
def _bundled_family() -> str | None:
    """Load the bundled font files once; None when they are missing or unreadable."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("The slide renderer needs a QGuiApplication; create one before drawing slides.")
    family = None
    for name in FONT_FILES:
        path = ASSETS_DIR / "fonts" / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if BUNDLED_FAMILY in families:
                family = BUNDLED_FAMILY
    return family


def resolve_family(requested: str | None) -> str:
    """The family to draw with: the deck's choice if installed, else Inter, else the system sans."""
    bundled = _bundled_family()
    if requested and (requested == bundled or requested in QFontDatabase.families()):
        return requested
    if bundled:
        return bundled
    return QFont().defaultFamily() or "Sans Serif"


@dataclass(frozen=True)
class Palette:
    background: QColor
    foreground: QColor
    accent: QColor
    muted: QColor
    agree: QColor
    disagree: QColor
    dont_know: QColor
    track: QColor       # empty bar tracks and panels: a light tint of the foreground
    on_accent: QColor   # text drawn on the accent colour


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                           a.greenF() * (1 - t) + b.greenF() * t,
                           a.blueF() * (1 - t) + b.blueF() * t)


def _color(value: str, fallback: str) -> QColor:
    color = QColor(value)
    return color if color.isValid() else QColor(fallback)


def palette_for(theme: Theme, invert: bool = False, background: str | None = None,
                foreground: str | None = None) -> Palette:
    """Qt colours for a deck theme; `invert` swaps background and foreground (class "invert");
    `background`/`foreground` are a slide's own (Marp's backgroundColor and color)."""
    defaults = Theme()
    bg = _color(theme.background, defaults.background)
    fg = _color(theme.foreground, defaults.foreground)
    if invert:
        bg, fg = fg, bg
    if background or foreground:
        bg = _color(background or "", bg.name())
        fg = _color(foreground or "", fg.name())
        if not foreground and abs(bg.lightnessF() - fg.lightnessF()) < 0.4:
            # A dark backgroundColor without a color: text the room can still read.
            fg = QColor("#FFFFFF") if bg.lightnessF() < 0.5 else QColor(defaults.foreground)
        invert = True       # muted text is mixed from the slide's own two colours
    accent = _color(theme.accent, defaults.accent)
    on_accent = QColor("#FFFFFF") if accent.lightnessF() < 0.6 else QColor("#111111")
    return Palette(
        background=bg, foreground=fg, accent=accent,
        muted=_color(theme.muted, defaults.muted) if not invert else _mix(fg, bg, 0.35),
        agree=_color(theme.agree, defaults.agree),
        disagree=_color(theme.disagree, defaults.disagree),
        dont_know=_color(theme.dont_know, defaults.dont_know),
        track=_mix(bg, fg, 0.07), on_accent=on_accent,
    )


def option_color(palette: Palette, option_id: str, index: int) -> QColor:
    """The bar colour of a poll option: the agree scale by id, others by position."""
    by_id = {"agree": palette.agree, "disagree": palette.disagree, "dont-know": palette.dont_know}
    if option_id in by_id:
        return by_id[option_id]
    cycle = (palette.accent, palette.agree, palette.disagree, palette.dont_know, palette.muted)
    return cycle[index % len(cycle)]
