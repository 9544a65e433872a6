"""The cloud's occupancy grid: the box as `CELL`-pixel cells, all of them bits of one
Python int, and the bit tricks that find where a word's cells are free nearest a target
(see `presenter.render.cloud.place` for how words use it). Pure geometry, no Qt.

The grid is one int, row after row, each row `stride` bits: its columns and at least
one spare bit that is never free, so no run of free cells wraps into the next row. A
word's padded rect needs wc x hc free cells; AND-shifting the free bits by columns
(1, 2, 4, ... cells) and then by whole rows turns "cell free" into "a wc x hc rect
of free cells has its top-left corner here", for the whole grid in about a dozen int
operations (a few microseconds) instead of a Python loop per row. Rows are multiples
of 8 bits, so the answer is read back one row at a time as a slice of its bytes.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presenter.render.cloud.place import Spot

EPS = 1e-6
CELL = 6.0              # grid cell, canvas px
PAD_X = 0.16            # space beside a word, in units of its size
PAD_Y = 0.07            # and above and below its ink


class Grid:
    """The occupied cells of the box: bit r * stride + c is row r, column c."""

    def __init__(self, width: float, height: float):
        self.cols = max(1, math.ceil(width / CELL))
        self.row_count = max(1, math.ceil(height / CELL))
        self.row_bytes = self.cols // 8 + 1         # whole bytes, and a spare bit at least
        self.stride = 8 * self.row_bytes
        self.width, self.height = width, height
        self.row_mask = (1 << self.cols) - 1
        self.every = self.row_mask * _repeat(self.row_count, self.stride)    # every cell
        self.taken = 0
        # Sizes (in cells) that found no room: a word at least as wide and as tall cannot
        # either, until cells are freed. Saves the full scans of a crowded cloud's tail.
        self.no_room: list[tuple[int, int]] = []

    def cells(self, spot: Spot) -> tuple[int, int, int, int]:
        px_, py_ = pads(spot.px)
        # EPS: a spot found on the grid starts on a cell edge, give or take the float error
        # of centre -> corner; without it a kept word would claim its neighbour's cell.
        c0 = max(0, math.floor((spot.x - px_) / CELL + EPS))
        c1 = min(self.cols, math.ceil((spot.x + spot.w + px_) / CELL - EPS))
        r0 = max(0, math.floor((spot.y - py_) / CELL + EPS))
        r1 = min(self.row_count, math.ceil((spot.y + spot.h + py_) / CELL - EPS))
        return c0, c1, r0, r1

    def _rect(self, spot: Spot) -> int:
        c0, c1, r0, r1 = self.cells(spot)
        if c1 <= c0 or r1 <= r0:
            return 0
        # The row's bits times the repeat, then shifted: a small int times a small one.
        return (((1 << (c1 - c0)) - 1) * _repeat(r1 - r0, self.stride)) << (c0 + r0 * self.stride)

    def free(self, spot: Spot) -> bool:
        if spot.x < 0 or spot.y < 0 or spot.x + spot.w > self.width or spot.y + spot.h > self.height:
            return False
        return not self.taken & self._rect(spot)

    def mark(self, spot: Spot, on: bool = True) -> None:
        if on:
            self.taken |= self._rect(spot)
        else:
            self.taken &= ~self._rect(spot)
            self.no_room.clear()

    @staticmethod
    def span(w: float, h: float, px: float) -> tuple[int, int]:
        """How many cells (wide, high) a w x h ink rect at size px takes with its padding."""
        pad_x, pad_y = pads(px)
        return math.ceil((w + 2 * pad_x) / CELL), math.ceil((h + 2 * pad_y) / CELL)

    def corners(self, wc: int, hc: int) -> int:
        """Bit r * stride + c set where a wc x hc rect of free cells has its top-left corner."""
        fits = self.every & ~self.taken
        for step in _run_steps(wc):
            fits &= fits >> step
        for step in _run_steps(hc):
            fits &= fits >> (step * self.stride)
        return fits

    def nearest(self, w: float, h: float, px: float, target: tuple[float, float]):
        """The top-left of the free spot for a w x h ink rect nearest `target`, or None."""
        pad_x, pad_y = pads(px)
        wc, hc = self.span(w, h, px)
        last_c = math.floor((self.width - w - pad_x) / CELL)       # ink stays inside the box
        last_r = min(self.row_count - hc, math.floor((self.height - h - pad_y) / CELL))
        if last_c < 0 or last_r < 0 or any(wc >= a and hc >= b for a, b in self.no_room):
            return None
        # Corners whose ink would leave the box do not count: columns past last_c, rows past last_r.
        fits = self.corners(wc, hc) & ((1 << ((last_r + 1) * self.stride)) - 1) & (
            ((1 << (last_c + 1)) - 1) * _repeat(self.row_count, self.stride))
        if not fits:
            self.no_room.append((wc, hc))
            return None
        search = _Search(self, fits, (w, h, pad_x, pad_y), target, last_r)
        return search.nearest()


class _Search:
    """The free corner whose word centre is nearest the target, measured in the box's own
    proportions (x over half the width, y over half the height: an ellipse, as the
    cloud's shape). Rows are read in blocks of `BLOCK`: a block none of whose rows has a
    corner nearer than the best found so far is passed over whole, so a crowded cloud
    costs a few blocks per word, not a Python loop over every row. Ties go to the row
    nearest the wanted one (below before above), then to the right: deterministic."""

    BLOCK = 8

    def __init__(self, grid: Grid, fits: int, size: tuple[float, float, float, float],
                 target: tuple[float, float], last_r: int):
        self.w, self.h, self.pad_x, self.pad_y = size
        self.tx, self.ty = target
        self.ax, self.ay = grid.width / 2, grid.height / 2
        self.row_bytes, self.last_r = grid.row_bytes, last_r
        self.want_c = max(0, round((self.tx - self.w / 2 - self.pad_x) / CELL))
        self.want_r = min(last_r, max(0, round((self.ty - self.h / 2 - self.pad_y) / CELL)))
        size_bytes = grid.row_bytes * grid.row_count
        self.fits = fits.to_bytes(size_bytes, "little")
        for shift in (1, 2, 4):         # bit (r, c): a corner at c in one of rows r .. r + 7
            fits |= fits >> (shift * grid.stride)
        self.blocks = fits.to_bytes(size_bytes, "little")
        self.best, self.best_key = None, (math.inf,)

    def _row(self, source: bytes, r: int) -> int:
        return int.from_bytes(source[r * self.row_bytes:(r + 1) * self.row_bytes], "little")

    def _dy(self, r: int) -> float:
        return ((r * CELL + self.pad_y + self.h / 2) - self.ty) / self.ay

    def _block_dy(self, b: int) -> float:
        """How far (in half heights) the row of block b nearest the target is from it."""
        last = min(b + self.BLOCK - 1, self.last_r)
        if b <= self.want_r <= last:
            return 0.0
        return min(abs(self._dy(b)), abs(self._dy(last)))

    def nearest(self) -> tuple[float, float] | None:
        for b in sorted(range(0, self.last_r + 1, self.BLOCK), key=self._block_dy):
            dy_min = self._block_dy(b)
            room = self.best_key[0] - dy_min * dy_min
            if room < 0:
                break                   # blocks come nearest first: every one left is farther
            window = self._columns_within(room)
            if self._row(self.blocks, b) & window:
                self._scan(b, min(b + self.BLOCK - 1, self.last_r), window)
        return self.best

    def _columns_within(self, room: float) -> int:
        """The columns whose corner's word centre is within sqrt(room) of the target's x."""
        if room == math.inf:
            return -1
        reach = math.sqrt(room) * self.ax
        left = max(0, math.floor((self.tx - reach - self.w / 2 - self.pad_x) / CELL))
        right = math.ceil((self.tx + reach - self.w / 2 - self.pad_x) / CELL)
        return ((1 << (right - left + 1)) - 1) << left if right >= left else 0

    def _scan(self, first: int, last: int, window: int) -> None:
        """Rows first .. last, each at its corners nearest the wanted column (one a side)
        among the columns of `window` (none farther can win). One loop with no calls:
        it runs for every row a crowded cloud leaves open."""
        fits, row_bytes, want_c, want_r = self.fits, self.row_bytes, self.want_c, self.want_r
        x0 = self.pad_x + self.w / 2 - self.tx     # a corner at column c: dx = c * CELL + x0
        y0 = self.pad_y + self.h / 2 - self.ty
        ax, ay, below = self.ax, self.ay, (1 << want_c) - 1
        for r in range(first, last + 1):
            runs = int.from_bytes(fits[r * row_bytes:(r + 1) * row_bytes], "little") & window
            if not runs:
                continue
            dy = (r * CELL + y0) / ay
            dy2 = dy * dy
            if dy2 > self.best_key[0]:
                continue
            rank = (abs(r - want_r), r < want_r)
            high, low = runs >> want_c, runs & below
            for side, c in ((0, want_c + (high & -high).bit_length() - 1 if high else -1),
                            (1, low.bit_length() - 1)):
                if c < 0:
                    continue
                dx = (c * CELL + x0) / ax
                key = (dx * dx + dy2, *rank, side)
                if key < self.best_key:
                    self.best, self.best_key = (c * CELL + self.pad_x, r * CELL + self.pad_y), key


def pads(px: float) -> tuple[float, float]:
    return max(3.0, PAD_X * px), max(2.0, PAD_Y * px)


@lru_cache(maxsize=256)
def _repeat(count: int, stride: int) -> int:
    """A 1 bit at the start of each of `count` rows: times a row's bits, that row repeated."""
    return sum(1 << (k * stride) for k in range(count))


@lru_cache(maxsize=256)
def _run_steps(length: int) -> tuple[int, ...]:
    """The shifts that turn "cell free" bits into "`length` free cells start here" bits."""
    steps, span = [], 1
    while span < length:
        step = min(span, length - span)
        steps.append(step)
        span += step
    return tuple(steps)
