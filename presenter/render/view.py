"""What the renderer needs besides the deck: the live state of the room.

Plain frozen values built on the GUI thread from the server's snapshots, so the
renderer never touches the server. No Qt here either: tests and the PDF export
build these by hand.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from common.values import Answer


@dataclass(frozen=True)
class ComparisonView:
    """The tour beside this room for one poll: other sessions' pooled counts (frozen and
    hashable: computed once when the talk starts, part of the render cache's keys)."""

    counts: tuple[tuple[str, int], ...]     # (option id, count) pooled over the sessions
    voters: int                             # their n
    sessions: int                           # how many sessions are pooled
    earlier: bool = True                    # the tour so far (True) or sessions picked by name
    hand: int = 0                           # paper ballots pooled in `counts` (marked)
    # A re-vote (deck `again:`): this is the room's own earlier answer to the same statement,
    # drawn as "before" beside the room's "after", with the shift between them.
    before: bool = False

    def count(self, option_id: str) -> int:
        return dict(self.counts).get(option_id, 0)


@dataclass(frozen=True)
class PollView:
    """One poll as a slide shows it."""

    counts: Mapping[str, float]     # option id -> count; fractional while bars animate
    voters: int = 0
    open: bool = False
    results_visible: bool = True    # draw the bars (False: "results hidden until reveal")
    comparison: ComparisonView | None = None   # the tour beside the room's bars, when shown
    # Open answers and questions: what the room sees (newest first; questions by votes)
    # and how many visible ones there are in all.
    answers: tuple[Answer, ...] = ()
    answer_count: int = 0
    hand: int = 0                   # paper ballots included in `counts` (marked on the slide)

    def total(self) -> float:
        return sum(self.counts.values())


@dataclass(frozen=True)
class JoinView:
    """How phones join: the URL and its QR matrix (rows of modules, True = dark,
    without quiet zone: the renderer draws the quiet zone itself)."""

    url: str
    qr: tuple[tuple[bool, ...], ...]
    wifi_qr: tuple[tuple[bool, ...], ...] | None = None   # WIFI:T:WPA;S:...;P:...;; for a hotspot
    wifi_ssid: str | None = None


@dataclass(frozen=True)
class RoomView:
    """The live overlay of a slide: join details, phones, and the polls' tallies."""

    join: JoinView | None = None
    phones: int = 0
    polls: Mapping[str, PollView] = field(default_factory=lambda: MappingProxyType({}))
    show_join_overlay: bool = False   # Q: full-screen join overlay on any slide
    voting_down: bool = False         # the server failed: poll slides say so instead of a QR
    # The talk runs without voting (`votedeck --no-voting`): no code will come, so the join
    # slide and the Q overlay say voting is not available, as when it is down. Poll slides say
    # nothing of it (no poll opens), so it is a field of its own.
    voting_off: bool = False
    last_join_url: str | None = None  # an export: the address the session's room last used
    # A preview (PREVIEW: the phones' follow-along image and the speaker's remote): the slide
    # as it is written, claiming no state of the room. It is made once and kept while polls
    # open, close and fill, so a poll slide draws a neutral pill and no live layer (no counts,
    # no "no votes yet"), and no join code.
    preview: bool = False
    # A preview for phones that joined (their follow-along image and the remote: PhoneSlides):
    # the join address the room is shown now. Their join slide prints it and says the code is
    # on the big screen; a preview without it (an export, PREVIEW itself) has no running talk.
    joined_url: str | None = None

    def poll(self, poll_id: str) -> PollView | None:
        return self.polls.get(poll_id)


PREVIEW = RoomView(preview=True)
