"""votedeck's voting server: aiohttp app, vote store, phone page. Never imports PySide6.

The presenter's windows use what is re-exported here and the values in `server.api`;
its commands and venue checks also call the headless modules directly (results,
results_files, rehearsal, loadtest, lan, firewall, wifi, percent, reachability).
"""
from .api import (DeckSpec, JoinInfo, PollOption, PollSpec, PollTally, ServerConfig,
                  ServerError, ServerStartError, TallySnapshot)
from .runtime import VotingServer

__all__ = ["DeckSpec", "JoinInfo", "PollOption", "PollSpec", "PollTally", "ServerConfig",
           "ServerError", "ServerStartError", "TallySnapshot", "VotingServer"]
