"""SessionDesk: the session's store as the presenter's thread sees it.

VotingServer runs two kinds of work: the web app on its loop, and a few writes
that the speaker asks for from the GUI thread and waits for (paper ballots, the
session's name, the join URL kept for handouts). The second kind never touches
the loop: it owns the data folder's lock, opens the vote store and begins (or
resumes) the session before the loop exists, and later hands a write to the
store's writer thread and waits a few seconds for its answer. That waiting is
why it lives apart from the loop's side: nothing here may run on the loop.
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from common.values import DeckSpec, JoinInfo
from server.api import ServerConfig, ServerStartError
from server.store.folder_lock import FolderLock
from server.store.hand_counts import HandCountError, ballots_for, replace_hand_counts
from server.store.join_url import record_join_url, worth_keeping
from server.store.schema import database_path
from server.store.sessions import checked_session_name, rename_session
from server.store.tour_schema import record_session
from server.store.vote_store import LoadedSession, SessionInfo, StoreError, VoteStore

log = logging.getLogger(__name__)


class SessionDesk:
    def __init__(self, data_dir: Path | None, voting: Callable[[], bool]):
        self.database_path: Path = database_path(data_dir)
        self.folder_lock = FolderLock(self.database_path.parent)
        self.store: VoteStore | None = None
        self.session: SessionInfo | None = None
        self.session_id = 0
        self._voting = voting       # is the server running? (writes are refused when not)

    def open(self, deck: DeckSpec, config: ServerConfig) -> LoadedSession:
        """Own the data folder, open the store, resume or begin the session."""
        self.folder_lock.acquire()
        store = VoteStore(self.database_path)
        try:
            store.open()
            title = deck.title or "votedeck"
            session = store.begin_session(
                deck.key, title, config.session_name, new=config.new_session,
                default_name=f"{title} {datetime.date.today().isoformat()}")
            store.call(lambda conn: record_session(conn, session.id, config.session_place, deck.polls))
            loaded = store.load(session.id)
        except (StoreError, ServerStartError) as error:
            store.close()
            self.folder_lock.release()
            raise ServerStartError(str(error), error.reason, **error.values) from None
        self.store, self.session, self.session_id = store, session, session.id
        return loaded

    def close(self, timeout: float = 5.0) -> None:
        """Commit what is queued, close the store and let the data folder go."""
        if self.store is not None:
            self.store.close(timeout)
            self.folder_lock.release()

    def store_hand_counts(self, deck: DeckSpec, poll_id: str,
                          counts: Mapping[str, object]) -> tuple[dict[str, int], int]:
        """The paper ballots for a poll, checked and stored: (the ballots, how many stored).
        HandCountError or StoreError (sentences) when refused."""
        poll = deck.poll(poll_id)
        if poll is None:
            raise HandCountError(f"There is no poll {poll_id!r} in this deck; reload the deck.",
                                 "no_poll")
        ballots = ballots_for(poll, counts)
        return ballots, self.store_now(replace_hand_counts(self.session_id, poll_id, ballots))

    def rename(self, name: str) -> str:
        """Name the session, stored at once; the name as kept. ServerError when it cannot be."""
        name = checked_session_name(name)
        self.store_now(lambda conn: rename_session(conn, self.session_id, name))
        self.session = dataclasses.replace(self.session, name=name)
        return name

    def store_now(self, run: Callable[[Any], Any]) -> Any:
        """`run(conn)` by the store's writer, waited for (a few seconds at most); StoreError
        (a sentence) when voting is not running or the store does not answer."""
        if self.store is None or not self._voting():
            raise StoreError("Voting is not running, so nothing can be saved; restart voting "
                             "from the console first.", "not_running")
        try:
            return self.store.call(run, timeout=5.0)
        except (TimeoutError, concurrent.futures.TimeoutError):
            raise StoreError("The vote store did not answer in time, so nothing was saved; "
                             "try again in a moment.", "no_answer") from None

    def remember_join(self, join: JoinInfo) -> None:
        """Keep the session's join URL for handouts (server/store/join_url.py). Not from the
        loop: it waits for the store's writer (briefly: a stop may be under way)."""
        store = self.store
        if store is None or not worth_keeping(join):
            return
        try:
            store.call(lambda conn: record_join_url(conn, self.session_id, join.url), timeout=2.0)
        except (StoreError, TimeoutError):
            log.warning("could not keep the join address for handouts")
