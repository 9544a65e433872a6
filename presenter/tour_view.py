"""From a comparison of sessions (server/store/compare.py) to the frozen values the
renderer draws beside the room's bars (`ComparisonView` per poll id), and the deck's
`polls: compare:` setting read as what to compare with.

Plain values, no Qt: the controller computes these off the UI thread once when the
talk starts (and when the speaker picks other sessions); the report uses them too.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from presenter.render.view import ComparisonView


def compare_target(setting: str | None) -> str | tuple[int, ...] | None:
    """The deck's `compare:` setting as `compare_sessions` takes it: None (off), "all"
    (the tour so far) or the named session ids."""
    if setting is None or str(setting).strip().lower() in ("", "off", "false", "no"):
        return None
    if str(setting).strip().lower() in ("tour", "all", "on", "true"):
        return "all"
    return tuple(int(part) for part in str(setting).split(",") if part.strip())


def comparison_views(comparison) -> Mapping[str, ComparisonView]:
    """poll id -> the tour's pooled counts, for polls some other session answered."""
    earlier = True
    views = {}
    for poll in comparison.polls:
        if poll.others.sessions == 0 or poll.others.voters == 0:
            continue
        views[poll.poll_id] = ComparisonView(poll.others.counts, poll.others.voters,
                                             poll.others.sessions, earlier)
    return MappingProxyType(views)


def load_comparison_views(database: Path, session_id: int, target, deck_spec=None,
                          *, earlier: bool | None = None) -> Mapping[str, ComparisonView]:
    """Read and pool the sessions (ResultsError: a sentence). `earlier` says how the slide
    names them; by default the tour so far for "all", picked sessions otherwise."""
    from dataclasses import replace

    from server.store.compare import compare_sessions
    comparison = compare_sessions(database, session_id, target, deck_spec)
    views = comparison_views(comparison)
    if earlier is None:
        earlier = target == "all"
    return MappingProxyType({poll_id: replace(view, earlier=earlier)
                             for poll_id, view in views.items()})
