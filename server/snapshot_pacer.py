"""SnapshotPacer: many changes on the loop, one TallySnapshot for the presenter.

A burst of votes changes the counts hundreds of times a second, but the presenter
repaints at most ~30 times a second and takes only frozen values across threads.
So a change (a vote committed, a phone come or gone, the join URL moved) only asks
for a snapshot: the first ask schedules one SNAPSHOT_DELAY later on the loop, and
the asks that come before it is taken ride along. Kept apart from VotingServer
because this pacing is the one thing that decides how often the GUI thread hears
from the server; the latest snapshot is read from any thread (one reference).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from common.values import TallySnapshot

log = logging.getLogger(__name__)

SNAPSHOT_DELAY = 0.01      # seconds: snapshots are coalesced to at most one per this


class SnapshotPacer:
    def __init__(self, on_snapshot: Callable[[TallySnapshot], None] | None):
        self.latest = TallySnapshot(session_id=0, slide=1, current_poll=None, phones=0, polls=())
        self._on_snapshot = on_snapshot
        self._take: Callable[[], TallySnapshot] | None = None
        self._due = False

    def follow(self, take: Callable[[], TallySnapshot]) -> None:
        """On the loop, as soon as the talk exists (before anything can ask): how a
        snapshot is taken."""
        self._take = take

    def soon(self) -> None:
        """On the loop: a snapshot within SNAPSHOT_DELAY, one however often this is called."""
        if self._due:
            return
        self._due = True
        asyncio.get_running_loop().call_later(SNAPSHOT_DELAY, self._emit)

    def _emit(self) -> None:
        self._due = False
        self.latest = self._take()
        if self._on_snapshot is not None:
            try:
                self._on_snapshot(self.latest)
            except Exception:  # noqa: BLE001 - a listener's bug must not stop voting
                log.exception("the snapshot listener failed")
