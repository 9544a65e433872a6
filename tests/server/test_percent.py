"""Whole percentages of a poll add up to 100 and stay within 1 of the exact share."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.percent import whole_percentages


def test_the_case_that_printed_101_percent():
    # Rounded one by one these are 45 + 30 + 26 = 101.
    assert whole_percentages([134, 89, 77]) == [45, 30, 25]


def test_ties_go_to_the_earlier_option_and_stay_stable():
    assert whole_percentages([1, 1, 1]) == [34, 33, 33]
    # All three remainders tie: the larger count gets a point first, then the earlier option.
    assert whole_percentages([1, 1, 4]) == [17, 16, 67]


def test_nobody_voted_and_empty():
    assert whole_percentages([0, 0, 0]) == [0, 0, 0]
    assert whole_percentages([]) == []


def test_one_option_takes_everything():
    assert whole_percentages([0, 7, 0]) == [0, 100, 0]


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        whole_percentages([3, -1])


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12)
       .filter(lambda counts: sum(counts) > 0))
def test_sums_to_100_and_each_is_within_1_of_the_exact_share(counts):
    shown = whole_percentages(counts)
    assert sum(shown) == 100
    total = sum(counts)
    for count, pct in zip(counts, shown):
        exact = Fraction(100 * count, total)
        assert abs(pct - exact) < 1
        assert 0 <= pct <= 100
