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
                                             poll.others.sessions, earlier, poll.others.hand_total)
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


def before_view(earlier) -> ComparisonView:
    """A re-vote's "before" bars: the room's own earlier tally (common.values.PollTally) of
    the same statement, paper ballots included and marked, as the slide draws it beside
    the re-vote's bars."""
    counts = tuple((option_id, n + dict(earlier.hand).get(option_id, 0))
                   for option_id, n in earlier.counts)
    return ComparisonView(counts, earlier.voters + earlier.hand_total, 1, True,
                          earlier.hand_total, before=True)


def with_paper(counts: Mapping[str, float], tally) -> dict[str, float]:
    """The room's bars: the phones' counts as drawn now plus the tally's paper ballots
    (which the slide then marks: "incl. 12 on paper")."""
    shown = dict(counts)
    for option_id, n in tally.hand:
        shown[option_id] = shown.get(option_id, 0.0) + n
    return shown
