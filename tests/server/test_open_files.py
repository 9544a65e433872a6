"""The one open-files helper the voting server and the load-test client share."""
from __future__ import annotations

import pytest

from server.oslimits import LARGE_HALL, hall_size_warning, raise_open_files_limit

resource = pytest.importorskip("resource")      # Windows has no such limit


def test_raising_toward_what_is_already_allowed_keeps_the_limit():
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        assert raise_open_files_limit(100) is None
    else:
        assert raise_open_files_limit(min(soft, 100)) == soft


def test_raising_as_high_as_allowed_never_lowers_the_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    now = raise_open_files_limit()
    if soft == resource.RLIM_INFINITY:
        assert now is None
    else:
        assert now >= soft
        assert hard == resource.RLIM_INFINITY or now <= hard


def test_a_small_limit_is_one_sentence_with_the_way_out():
    warning = hall_size_warning(256)
    assert "about 192 phones" in warning and "ulimit -n 4096" in warning
    assert hall_size_warning(LARGE_HALL + 64) is None
    assert hall_size_warning(None) is None          # no cap: nothing to say
