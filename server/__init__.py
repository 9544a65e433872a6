"""votedeck's voting server: aiohttp app, vote store, phone page. Never imports PySide6.

The presenter uses only what is re-exported here and the values in `server.api`.
"""
from .api import (DeckSpec, JoinInfo, PollOption, PollSpec, PollTally, ServerConfig,
                  ServerError, ServerStartError, TallySnapshot)
from .runtime import VotingServer

__all__ = ["DeckSpec", "JoinInfo", "PollOption", "PollSpec", "PollTally", "ServerConfig",
           "ServerError", "ServerStartError", "TallySnapshot", "VotingServer"]
