"""ScratchServer: the throw-away voting server a votes rehearsal runs against, and
its one-poll deck. Its own temporary data folder, so a rehearsal never touches the
talk's votes (nor the talk's data-folder lock), and every per-address cap off,
as all its test phones come from one address.
"""
from __future__ import annotations

import secrets
import shutil
import tempfile
from pathlib import Path

from common.values import DeckSpec, JoinInfo, PollOption, PollSpec
from server.api import ServerConfig

__all__ = ["REHEARSAL_POLL", "ScratchServer", "rehearsal_deck"]

REHEARSAL_POLL = "votedeck-rehearsal"


def rehearsal_deck() -> DeckSpec:
    """Two slides, a poll on the first: the load tool parks on 2, then opens 1."""
    options = (PollOption("agree", "Agree"), PollOption("disagree", "Disagree"),
               PollOption("dont-know", "Don't know"))
    poll = PollSpec(REHEARSAL_POLL, "Rehearsal: can the room vote?", options, slide=1)
    return DeckSpec(key=f"rehearsal-{secrets.token_hex(8)}", title="votedeck rehearsal",
                    language="en", slide_count=2, polls=(poll,))


class ScratchServer:
    """A throw-away voting server for rehearsals: its own temp database, caps off
    (every test phone comes from one address), stopped and deleted on exit."""

    def __init__(self, host: str = "0.0.0.0", port: int = 8080) -> None:
        self.host, self.port = host, port
        self.token = secrets.token_urlsafe(24)
        self.join: JoinInfo | None = None
        self._server = None
        self._dir: Path | None = None

    def __enter__(self) -> ScratchServer:
        from server.runtime import VotingServer  # the package's public API; imported late (heavy

        self._dir = Path(tempfile.mkdtemp(prefix="votedeck-rehearsal-"))
        config = ServerConfig(host=self.host, port=self.port, data_dir=self._dir, token=self.token,
                              new_session=True, max_voters_per_address=0,
                              max_requests_per_second=0, max_websockets_per_address=0,
                              max_connections_per_address=0)
        self._server = VotingServer(rehearsal_deck(), config)
        try:
            self.join = self._server.start()
        except BaseException:
            self._cleanup()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self._cleanup()

    def _cleanup(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
