"""The load tool's arithmetic and wording (loadtest/figures.py)."""
from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from loadtest.figures import Latency, LoadReport, SlideChange, median, percentile


def test_percentile_interpolates_between_ranks():
    values = [10, 20, 30, 40, 50]
    assert percentile(values, 0) == 10
    assert percentile(values, 50) == 30
    assert percentile(values, 100) == 50
    assert percentile(values, 25) == 20
    assert percentile([1, 2], 50) == 1.5
    assert math.isnan(percentile([], 50))


@given(st.lists(st.floats(min_value=0, max_value=1e6), min_size=1, max_size=200))
def test_percentiles_are_ordered_and_within_the_samples(values):
    lat = Latency.of_seconds(values)
    assert lat.count == len(values)
    assert min(values) * 1000 - 1e-6 <= lat.p50 <= lat.p95 <= lat.p99 <= lat.max + 1e-6
    assert lat.max == max(values) * 1000


def test_median_skips_missing_values():
    assert median([3, None, 1, float("nan"), 2]) == 2
    assert math.isnan(median([]))


def _report(**changes) -> LoadReport:
    figures = dict(url="http://127.0.0.1:8080/", phones_asked=4, votes_per_phone=1, ramp_s=0,
                   think_ms=0, phones_connected=4, phones_failed_to_connect=0,
                   phones_never_saw_poll=0, votes_sent=4, votes_acknowledged=4, votes_failed=0,
                   failures={}, refused_by_caps=0, throughput_votes_per_s=100.0,
                   ack_latency_ms=Latency.of_seconds([0.001, 0.002, 0.003, 0.004]),
                   slide_changes=(), slide_change_ms=None, elapsed_s=1.0,
                   stopped_at_deadline=False, deadline_s=60)
    figures.update(changes)
    return LoadReport(**figures)


def test_json_has_no_nan_and_round_trips():
    empty = Latency.of_seconds([])
    report = _report(votes_acknowledged=0, votes_failed=4, failures={"409": 4},
                     ack_latency_ms=empty,
                     slide_changes=(SlideChange(2, 0, 4, empty),), slide_change_ms=empty)
    out = json.loads(json.dumps(report.as_json(), allow_nan=False))
    assert out["ack_latency_ms"]["p99"] is None
    assert out["clean"] is False
    assert "409 poll closed or not the current poll ×4" in report.text()


def test_a_clean_report_reads_as_one_summary():
    text = _report().text()
    assert "4 of 4" in text and "4 sent · 4 acknowledged · 0 failed" in text
    assert "p50 2.5 ms" in text
    assert "caps" not in text and "Stopped" not in text
