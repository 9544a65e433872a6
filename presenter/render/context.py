"""What every layout needs to know about the deck: colours, words, font family.

Built once per deck (and per slide class, for "invert", and per Marp colours); plain
values. A slide with Marp's backgrounds, header or footer gets a copy that names it
(`slide`), for the frame to draw them. Must not import the layouts or the window.
"""
from __future__ import annotations

from dataclasses import dataclass

from presenter.deck.model import Deck, Slide
from presenter.render.theme import Palette
from presenter.render.words import Words


@dataclass(frozen=True)
class Ctx:
    deck: Deck
    palette: Palette
    words: Words
    family: str
    slide: Slide | None = None      # set when the slide has Marp's backdrops or look

    @property
    def fg(self) -> str:
        return self.palette.foreground.name()

    @property
    def muted(self) -> str:
        return self.palette.muted.name()

    @property
    def accent(self) -> str:
        return self.palette.accent.name()
