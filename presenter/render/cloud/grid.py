"""The cloud's occupancy grid: the box as rows of `CELL`-pixel cells, one Python int
bitmask per row, and the bit tricks that find a run of free cells nearest a target
(see `presenter.render.cloud.place` for how words use it). Pure geometry, no Qt.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presenter.render.cloud.place import Spot

EPS = 1e-6
CELL = 6.0              # grid cell, canvas px
PAD_X = 0.16            # space beside a word, in units of its size
PAD_Y = 0.07            # and above and below its ink


class Grid:
    """Occupied cells of the box, one int per row (bit c = column c)."""

    def __init__(self, width: float, height: float):
        self.cols = max(1, math.ceil(width / CELL))
        self.rows = [0] * max(1, math.ceil(height / CELL))
        self.width, self.height = width, height
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
        pad_x, pad_y = pads(px)
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


def pads(px: float) -> tuple[float, float]:
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
