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
than twice the answers of one shown is the cloud laid out afresh, once. Everything is
deterministic: no clock, no random state; ties are broken by count, then by the word.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MAX_PX = 190.0          # the top word on a 1080-line slide: big, but a word, not a banner
MIN_PX = 30.0           # the smallest word still read from the back of a hall
FILL = 0.45             # the share of the box the words' ink covers (gaps make up the rest)
LADDER = 2 ** (1 / 12)  # top sizes come in these steps
EPS = 1e-6
CELL = 6.0              # grid cell, canvas px
PAD_X = 0.16            # space beside a word, in units of its size
PAD_Y = 0.07            # and above and below its ink
SHRINK_TRIES = 6        # size steps a crowded cloud may take down before words are hidden
EVICT_MAX = 12          # words with fewer answers a word may displace before it gives up

Ink = Callable[[str], tuple[float, float]]


@dataclass(frozen=True)
class Spot:
    """One placed word: the centre and size of its ink rect in the box's coordinates
    (top-left origin). The centre is what a word keeps, so it is stored, not derived."""

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


class _Grid:
    """Occupied cells of the box, one int per row (bit c = column c)."""

    def __init__(self, width: float, height: float):
        self.cols = max(1, math.ceil(width / CELL))
        self.rows = [0] * max(1, math.ceil(height / CELL))
        self.width, self.height = width, height
        # Sizes (in cells) that found no room: a word at least as wide and as tall cannot
        # either, until cells are freed. Saves the full scans of a crowded cloud's tail.
        self.no_room: list[tuple[int, int]] = []

    def cells(self, spot: Spot) -> tuple[int, int, int, int]:
        px_, py_ = _pads(spot.px)
        # EPS: a spot found on the grid starts on a cell edge, give or take the float error
        # of centre -> corner; without it a kept word would claim its neighbour's cell.
        c0 = max(0, math.floor((spot.x - px_) / CELL + EPS))
        c1 = min(self.cols, math.ceil((spot.x + spot.w + px_) / CELL - EPS))
        r0 = max(0, math.floor((spot.y - py_) / CELL + EPS))
        r1 = min(len(self.rows), math.ceil((spot.y + spot.h + py_) / CELL - EPS))
        return c0, c1, r0, r1

    def free(self, spot: Spot) -> bool:
        if spot.x < 0 or spot.y < 0 or spot.x + spot.w > self.width or spot.y + spot.h > self.height:
            return False
        c0, c1, r0, r1 = self.cells(spot)
        mask = ((1 << (c1 - c0)) - 1) << c0
        return not any(self.rows[r] & mask for r in range(r0, r1))

    def mark(self, spot: Spot, on: bool = True) -> None:
        c0, c1, r0, r1 = self.cells(spot)
        mask = ((1 << (c1 - c0)) - 1) << c0
        for r in range(r0, r1):
            self.rows[r] = self.rows[r] | mask if on else self.rows[r] & ~mask
        if not on:
            self.no_room.clear()

    def nearest(self, w: float, h: float, px: float, target: tuple[float, float]):
        """The top-left of the free spot for a w x h ink rect nearest `target`, or None."""
        pad_x, pad_y = _pads(px)
        wc = math.ceil((w + 2 * pad_x) / CELL)
        hc = math.ceil((h + 2 * pad_y) / CELL)
        last_c = math.floor((self.width - w - pad_x) / CELL)       # ink stays inside the box
        last_r = min(len(self.rows) - hc, math.floor((self.height - h - pad_y) / CELL))
        if last_c < 0 or last_r < 0 or any(wc >= a and hc >= b for a, b in self.no_room):
            return None
        ax, ay = self.width / 2, self.height / 2
        tx, ty = target
        want_c = min(last_c, max(0, round((tx - w / 2 - pad_x) / CELL)))
        want_r = min(last_r, max(0, round((ty - h / 2 - pad_y) / CELL)))
        every = (1 << self.cols) - 1
        limit = (1 << (last_c + 1)) - 1       # where a run may start
        steps = _run_steps(wc)
        runs_of: dict[int, int] = {}     # row -> where runs of wc free cells start in it
        best, best_score = None, math.inf
        for r in _outward(want_r, last_r):
            # Rows come outward from the wanted one; once even the nearest possible row at
            # this distance is farther than the best spot, every row left is too.
            floor_dy = max(0.0, (abs(r - want_r) - 1) * CELL) / ay
            if floor_dy * floor_dy >= best_score:
                break
            dy = ((r * CELL + pad_y + h / 2) - ty) / ay
            if dy * dy >= best_score:
                continue
            # A run free in the whole band is one free in each of its rows.
            runs = limit
            for row in range(r, r + hc):
                found = runs_of.get(row)
                if found is None:
                    found = runs_of[row] = _runs(~self.rows[row] & every, steps)
                runs &= found
                if not runs:
                    break
            if not runs:
                continue
            for c in _nearest_bits(runs, want_c):
                dx = ((c * CELL + pad_x + w / 2) - tx) / ax
                score = dx * dx + dy * dy
                if score < best_score:
                    best, best_score = (c * CELL + pad_x, r * CELL + pad_y), score
        if best is None:
            self.no_room.append((wc, hc))
        return best


def _pads(px: float) -> tuple[float, float]:
    return max(3.0, PAD_X * px), max(2.0, PAD_Y * px)


def _outward(start: int, last: int):
    """start, start+1, start-1, start+2, ... within 0..last."""
    yield start
    for d in range(1, last + 1):
        if start + d <= last:
            yield start + d
        if start - d >= 0:
            yield start - d
        if start + d > last and start - d < 0:
            return


def _run_steps(length: int) -> tuple[int, ...]:
    """The shifts that turn "cell free" bits into "`length` free cells start here" bits."""
    steps, span = [], 1
    while span < length:
        step = min(span, length - span)
        steps.append(step)
        span += step
    return tuple(steps)


def _runs(free: int, steps: tuple[int, ...]) -> int:
    """Bit c set where the run that `steps` was made for starts at column c."""
    for step in steps:
        free &= free >> step
    return free


def _nearest_bits(bits: int, c: int) -> tuple[int, ...]:
    """The set bits nearest column c, one on each side (c itself counts as right)."""
    found = []
    high = bits >> c
    if high:
        found.append(c + (high & -high).bit_length() - 1)
    low = bits & ((1 << c) - 1)
    if low:
        found.append(low.bit_length() - 1)
    return tuple(found)


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
                previous: CloudLayout | None = None) -> CloudLayout:
    """Lay a cloud out in a width x height box (see the module docstring)."""
    entries = sorted(((w, int(n)) for w, n in entries if n > 0), key=lambda e: (-e[1], e[0]))
    if not entries or width < CELL or height < CELL:
        return CloudLayout(width, height, (), len(entries), tuple(entries))
    if previous is not None and (previous.width, previous.height) != (width, height):
        previous = None
    if previous is not None and previous.entries == tuple(entries):
        return previous
    # Kept places pack less tightly than a fresh layout: when words find no room at
    # this size, the whole cloud steps down a size or two (every word shrinks about
    # its own centre, so nothing jumps) before any word goes under "+N more".
    scale = top_size(entries, width, height, ink)
    if previous is not None and previous.scale:
        # A cloud only grows back when laid out afresh: growing every word again would
        # push neighbours out of their places.
        scale = min(scale, previous.scale)
    layout = _place_at(entries, width, height, ink, previous, scale)
    for _ in range(SHRINK_TRIES if previous is not None else 0):
        if layout.hidden <= previous.hidden or scale <= MIN_PX:
            break       # no more crowded than before: a smaller cloud would not show more
        scale = max(MIN_PX, scale / LADDER)
        layout = _place_at(entries, width, height, ink, previous, scale)
    shown = {s.word for s in layout.spots}
    weakest_shown = min((s.count for s in layout.spots), default=0)
    if previous is not None and any(n > 2 * weakest_shown for w, n in entries if w not in shown):
        # Kept places leave no room for a word with more than twice the answers of one
        # shown (a word that suddenly dominates): the only case the cloud is laid out afresh.
        return place_words(entries, width, height, ink, None)
    return layout


def _place_at(entries: list[tuple[str, int]], width: float, height: float, ink: Ink,
              previous: CloudLayout | None, scale: float) -> CloudLayout:
    top = entries[0][1]
    grid = _Grid(width, height)
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
    for word in pending:
        spot = _find_room(grid, placed, sized[word])
        if spot is not None:
            placed[word] = spot
    spots = tuple(placed[w] for w, _ in entries if w in placed)
    return CloudLayout(width, height, spots, len(entries) - len(spots), tuple(entries), scale)


def _find_room(grid: _Grid, placed: dict[str, Spot], want: Spot) -> Spot | None:
    """Place `want` nearest its centre; failing that, displace words with fewer answers
    (fewest first, then farthest from the middle) and try again."""
    spot = _at_nearest(grid, want)
    if spot is not None:
        return spot
    cx, cy = grid.width / 2, grid.height / 2
    weaker = sorted((s for s in placed.values() if s.count < want.count),
                    key=lambda s: (s.count, -math.hypot(s.centre[0] - cx, s.centre[1] - cy), s.word))
    evicted = []
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
    return None


def _at_nearest(grid: _Grid, want: Spot) -> Spot | None:
    found = grid.nearest(want.w, want.h, want.px, want.centre)
    if found is None:
        return None
    spot = Spot(want.word, want.count, want.px, found[0] + want.w / 2, found[1] + want.h / 2, want.w, want.h)
    grid.mark(spot)
    return spot
