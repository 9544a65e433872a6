"""Whole percentages of one poll that add up to 100: largest-remainder rounding.

Rounding each share on its own can print 45 % + 30 % + 26 % = 101 % (134/89/77
votes), which a room notices. This is the one place that turns a poll's counts
into whole percentages, so the slide, the phone page and any export can agree.

Standard library only: the presenter imports this module too, and the server
"""
from __future__ import annotations

from collections.abc import Sequence


def whole_percentages(counts: Sequence[int]) -> list[int]:
    """Whole percentages of `counts` that sum to exactly 100 (all 0 when nobody voted).

    Each is the exact share rounded down or up (so within 1 of it); the points left
    after rounding down go to the largest remainders, ties to the larger count and
    then to the earlier option, so the same counts always print the same figures.
    """
    values = [int(c) for c in counts]
    if any(v < 0 for v in values):
        raise ValueError(f"vote counts cannot be negative: {values}")
    total = sum(values)
    if total == 0:
        return [0] * len(values)
    # Integer arithmetic: 100 * c = floor * total + remainder, exact for any count.
    floors = [100 * v // total for v in values]
    remainders = [100 * v % total for v in values]
    left = 100 - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-remainders[i], -values[i], i))
    for i in order[:left]:
        floors[i] += 1
    return floors
