"""Marp's image keywords, written in an image's alt text: `![bg left:40% 80%](a.jpg)`,
`![w:200](logo.png)`, `![bg contain](b.png)`.

Sizes are Marp's pixels on its 1280x720 canvas, scaled to votedeck's 1920x1080.
Filters (`blur`, `sepia`, ...) are taken off the alt text and not drawn. No Qt.
"""
from __future__ import annotations

import re

from .model import Backdrop, Image

MARP_SCALE = 1920 / 1280        # Marp's default canvas is 1280 wide, ours 1920
SIZES = ("cover", "contain", "fit", "auto")
FILTERS = ("blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate",
           "invert", "opacity", "saturate", "sepia")
_KEYWORD = re.compile(
    r"bg|vertical|(left|right)(:\d+(\.\d+)?%)?|\d+(\.\d+)?%|(w|width|h|height):\d+(\.\d+)?(px)?"
    rf"|({'|'.join(SIZES)})|({'|'.join(FILTERS)})(:\S+)?")


def is_keyword(word: str) -> bool:
    return bool(_KEYWORD.fullmatch(word))


def size_of(keywords: list[str]) -> tuple[float, float]:
    """(width, height) in canvas pixels from `w:200` / `height:150px`; 0 where not given."""
    width = height = 0.0
    for word in keywords:
        name, _, value = word.partition(":")
        if name in ("w", "width"):
            width = float(value.removesuffix("px")) * MARP_SCALE
        elif name in ("h", "height"):
            height = float(value.removesuffix("px")) * MARP_SCALE
    return width, height


def backdrop(image: Image, keywords: list[str]) -> Backdrop:
    size, split, share = "cover", "", 0.5
    for word in keywords:
        side, _, percent = word.partition(":")
        if side in ("left", "right"):
            split = side
            if percent:
                share = min(max(float(percent[:-1]) / 100, 0.05), 0.95)
        elif word in SIZES:
            size = "contain" if word == "fit" else word
        elif word.endswith("%") and ":" not in word:
            size = word
    return Backdrop(image, size, split, share)
