"""Where each word of a cloud goes: sizes by count, places from the centre, and a memory
of the last layout so a word keeps its place as it grows. Pure geometry, no Qt.

    layout = place_words(entries, width, height, ink, previous)
    # entries: (word, count) pairs; ink(word) -> (width, height) of its ink at 1 px
    # previous: the CloudLayout this returned last time for the same cloud, or None

**Sizes.** A word's font size is the top word's size times sqrt(count / top count)
(area grows with the count, as a reader judges it), never below `MIN_PX`. The top size
is the largest of `MAX_PX`, "the top word fits the box" and "all words fill about
`FILL` of the box", then rounded down to a step of a ladder (a twelfth of an octave),
so one more answer does not nudge every size.

**Places.** Every word sits at the free spot nearest to its target in the box's own
proportions (an ellipse, so the cloud fills a wide box): the same spot a dense spiral
from the centre would find first, found faster. The box is a grid of `CELL`-pixel
cells kept as one Python int bitmask per row; a word needs a run of free cells in
each of its rows (AND-shifting finds the runs), and padded rects never share a
cell, so words never overlap. Words are horizontal: readable from the back of a hall.

**Stability.** With the previous layout as input: a word that shrank or stayed stays
centred where it was; a word that grew stays too if its bigger rect is free; if not
it moves once, to the free spot nearest its old place. Words are never swapped.
A new word goes to the free spot nearest the centre. When words find no room,
the whole cloud first steps down a size or a few (each word shrinks about its own
centre); then a word may take the place of words with fewer answers (they go under
"+N more"), never of words with more. Only if even that would hide a word with more
than twice the answers of one shown is the cloud laid out afresh, once; and a small
cloud (`SMALL_CLOUD` words) is laid out afresh when that shows more words. Everything is
deterministic: no clock, no random state; ties are broken by count, then by the word.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from presenter.render.cloud.grid import CELL, Grid

MAX_PX = 190.0          # the top word on a 1080-line slide: big, but a word, not a banner
MIN_PX = 30.0           # the smallest word still read from the back of a hall
FILL = 0.45             # the share of the box the words' ink covers (gaps make up the rest)
LADDER = 2 ** (1 / 12)  # top sizes come in these steps
SHRINK_TRIES = 6        # size steps a crowded cloud may take down before words are hidden
EVICT_MAX = 12          # words with fewer answers a word may displace before it gives up
SMALL_CLOUD = 60        # up to this many words, none is hidden that a fresh layout shows

Ink = Callable[[str], tuple[float, float]]


class Spot(NamedTuple):
    """One placed word: the centre and size of its ink rect in the box's coordinates
    (top-left origin). The centre is what a word keeps, so it is stored, not derived.
    A plain tuple, not a dataclass: a layout of 500 words crosses a pipe from the child
    (presenter/render/cloud/apart.py) ~10 times a second, and tuples of plain values
    pickle small and leave the garbage collector's sight after its first look (500
    dataclass instances a layout made the GUI thread's middle-generation collections
    walk tens of thousands of objects: 11-18 ms, bench/answer_to_wall.py).
    """

    word: str
    count: int
    px: float
    cx: float
    cy: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.cx, self.cy

    @property
    def x(self) -> float:
        return self.cx - self.w / 2

    @property
    def y(self) -> float:
        return self.cy - self.h / 2


@dataclass(frozen=True)
class CloudLayout:
    """A laid-out cloud: the words that fit and how many did not."""

    width: float
    height: float
    spots: tuple[Spot, ...]
    hidden: int
    entries: tuple[tuple[str, int], ...] = ()     # what it was laid out from
    scale: float = 0.0                              # the top word's size it was laid out at

    def spot(self, word: str) -> Spot | None:
        return next((s for s in self.spots if s.word == word), None)


def top_size(entries: list[tuple[str, int]], width: float, height: float, ink: Ink) -> float:
    """The font size of the word with most answers, on the ladder (see the docstring)."""
    top = entries[0][1]
    fits, area = MAX_PX, 0.0
    for word, count in entries:
        rel = math.sqrt(count / top)
        iw, ih = ink(word)
        if count == top:            # a top word must fit the box whole, however long
            fits = min(fits, 0.9 * width / max(iw, 1e-6), 0.8 * height / max(ih, 1e-6))
        area += (rel * rel) * iw * ih
    size = min(fits, math.sqrt(FILL * width * height / max(area, 1e-6)))
    steps = math.floor(math.log(max(size, 1.0)) / math.log(LADDER))
    # Below MIN_PX only when the top word would not fit the box otherwise.
    return min(fits, max(MIN_PX, LADDER ** steps))


def _sized(word: str, count: int, top: int, scale: float, ink: Ink, centre: tuple[float, float]) -> Spot:
    px = max(min(MIN_PX, scale), round(scale * math.sqrt(count / top)))
    iw, ih = ink(word)
    w, h = iw * px, ih * px
    return Spot(word, count, px, centre[0], centre[1], w, h)


def place_words(entries: Iterable[tuple[str, int]], width: float, height: float, ink: Ink,
                previous: CloudLayout | None = None, pause: Callable[[], None] = lambda: None) -> CloudLayout:
    """Lay a cloud out in a width x height box (see the module docstring). `pause` is
    called after each word looked for room (a worker thread hands the GIL over there)."""
    entries = sorted(((w, int(n)) for w, n in entries if n > 0), key=lambda e: (-e[1], e[0]))
    if not entries or width < CELL or height < CELL:
        return CloudLayout(width, height, (), len(entries), tuple(entries))
    if previous is not None and (previous.width, previous.height) != (width, height):
        previous = None
    if previous is not None and previous.entries == tuple(entries):
        return previous
    # Kept places pack less tightly than a fresh layout: when words find no room at
    # this size, the whole cloud steps down a size or two (every word shrinks about
    # its own centre, so nothing jumps) before any word goes under "+N more". The size
    # from FILL is a guess, too: a long word in a wide, low box may not fit beside the rest.
    scale = top_size(entries, width, height, ink)
    if previous is not None and previous.scale:
        # A cloud only grows back when laid out afresh: growing every word again would
        # push neighbours out of their places.
        scale = min(scale, previous.scale)
    layout = _place_at(entries, width, height, ink, previous, scale, pause)
    # A fresh small cloud steps down too until every word shows (a big one hides words at
    # any size: its tries would cost a layout each for nothing).
    tries = SHRINK_TRIES if previous is not None or len(entries) <= SMALL_CLOUD else 0
    hidden_before = previous.hidden if previous is not None else 0
    for _ in range(tries):
        if layout.hidden <= hidden_before or scale <= MIN_PX:
            break       # no more crowded than before: a smaller cloud would not show more
        scale = max(MIN_PX, scale / LADDER)
        layout = _place_at(entries, width, height, ink, previous, scale, pause)
    if previous is None or not layout.hidden:
        return layout
    shown = {s.word for s in layout.spots}
    weakest_shown = min((s.count for s in layout.spots), default=0)
    if any(n > 2 * weakest_shown for w, n in entries if w not in shown):
        # Kept places leave no room for a word with more than twice the answers of one
        # shown (a word that suddenly dominates): the cloud is laid out afresh.
        return place_words(entries, width, height, ink, None, pause)
    if len(entries) <= SMALL_CLOUD:
        # A small cloud hides no word a fresh layout would show: kept places scattered
        # over a narrow box can leave no gap wide enough for a long word, and with a
        # dozen words each one counts more than the places kept.
        fresh = place_words(entries, width, height, ink, None, pause)
        if fresh.hidden < layout.hidden:
            return fresh
    return layout


def _place_at(entries: list[tuple[str, int]], width: float, height: float, ink: Ink,
              previous: CloudLayout | None, scale: float, pause: Callable[[], None]) -> CloudLayout:
    top = entries[0][1]
    grid = Grid(width, height)
    placed: dict[str, Spot] = {}
    before = {s.word: s for s in previous.spots} if previous else {}
    sized = {w: _sized(w, n, top, scale, ink, before[w].centre if w in before else (width / 2, height / 2))
             for w, n in entries}
    # Shrunk or unchanged words first: each fits inside its old room, so none can clash.
    grown = []
    for word, _ in entries:
        old, new = before.get(word), sized[word]
        if old is not None and new.w <= old.w and new.h <= old.h and grid.free(new):
            grid.mark(new)
            placed[word] = new
        elif old is not None:
            grown.append(word)
    pending = []
    for word in grown:
        if grid.free(sized[word]):
            grid.mark(sized[word])
            placed[word] = sized[word]
        else:
            pending.append(word)
    pending += [w for w, _ in entries if w not in before]
    pending.sort(key=lambda w: (-sized[w].count, w))
    fewest = entries[-1][1]
    # (cells wide, cells high, count) of words that found no room even displacing weaker
    # words: one at least as big, with no more answers, finds none either, while nothing
    # has been placed since (the grid and the words to displace are the same). In a
    # crowded cloud this spares each hidden word its dozen displacement tries.
    hopeless: list[tuple[int, int, int]] = []
    for word in pending:
        want = sized[word]
        wc, hc = grid.span(want.w, want.h, want.px)
        if any(wc >= a and hc >= b and want.count <= c for a, b, c in hopeless):
            continue
        # A word with the fewest answers can displace none: it only looks for room.
        spot = _find_room(grid, placed, want) if want.count > fewest else _at_nearest(grid, want)
        if spot is not None:
            placed[word] = spot
            hopeless.clear()
        elif want.count > fewest:
            hopeless.append((wc, hc, want.count))
        pause()
    spots = tuple(placed[w] for w, _ in entries if w in placed)
    return CloudLayout(width, height, spots, len(entries) - len(spots), tuple(entries), scale)


def _find_room(grid: Grid, placed: dict[str, Spot], want: Spot) -> Spot | None:
    """Place `want` nearest its centre; failing that, displace words with fewer answers
    (fewest first, then farthest from the middle) and try again."""
    spot = _at_nearest(grid, want)
    if spot is not None:
        return spot
    cx, cy = grid.width / 2, grid.height / 2
    weaker = sorted((s for s in placed.values() if s.count < want.count),
                    key=lambda s: (s.count, -math.hypot(s.centre[0] - cx, s.centre[1] - cy), s.word))
    evicted = []
    no_room = list(grid.no_room)         # true again once the displaced words are back
    for victim in weaker[:EVICT_MAX]:
        grid.mark(victim, on=False)
        del placed[victim.word]
        evicted.append(victim)
        spot = _at_nearest(grid, want)
        if spot is not None:
            return spot
    for victim in evicted:          # no room even so: the displaced words come back
        grid.mark(victim)
        placed[victim.word] = victim
    grid.no_room[:] = no_room
    return None


def _at_nearest(grid: Grid, want: Spot) -> Spot | None:
    found = grid.nearest(want.w, want.h, want.px, want.centre)
    if found is None:
        return None
    spot = Spot(want.word, want.count, want.px, found[0] + want.w / 2, found[1] + want.h / 2, want.w, want.h)
    grid.mark(spot)
    return spot
