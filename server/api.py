"""The voting server's public API besides `server.runtime.VotingServer`: its
configuration and the errors it reports. Cheap to import (standard library only).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# A guesser is slowed per address, but has many addresses: a token must be long.
MIN_TOKEN_LENGTH = 16
TOKEN_TOO_SHORT = (f"A control token must be at least {MIN_TOKEN_LENGTH} characters long; "
                   f"leave --token out for a random one, or choose a longer one.")


@dataclass(frozen=True)
class ServerConfig:
    host: str = "0.0.0.0"
    port: int = 8080                # 0: any free port (tests)
    port_fallback: bool = True      # when the port is taken, try the next ones
    data_dir: Path | None = None    # None: the user data folder (platformdirs)
    token: str | None = None        # presenter's control token; None: random
    new_session: bool = False
    session_name: str | None = None
    session_place: str | None = None   # where the talk is given (the tour)
    max_voters_per_address: int = 8      # per poll; 0 turns the cap off
    max_requests_per_second: int = 20    # per address, votes and the rest each; 0 turns it off
    max_websockets: int = 6000           # sockets at once (5,000 phones and some); beyond, a 503
    max_websockets_per_address: int = 32  # sockets from one address; 0 turns the cap off
    max_connections_per_address: int = 128  # open connections from one address; 0: no cap
    max_connections: int = 0             # open connections in all; 0: from the open-files limit
    allowed_hosts: tuple[str, ...] = ()  # Host names answered besides this machine's own
    header_timeout: float = 10.0         # seconds a connection has to send a request head
    wifi: tuple[str, str] | None = None  # (SSID, password; "" = open) of the speaker's hotspot
    wifi_hidden: bool = False            # the hotspot does not broadcast its name


class ServerError(Exception):
    """A failure the speaker can act on; str() is the sentence to show (in English: the
    terminal's). `reason` and `values` let the console say it in the speaker's language
    (the `console.server.<reason>` sentence, filled with `values`); "" when it has none."""

    def __init__(self, sentence: str, reason: str = "", **values: object):
        super().__init__(sentence)
        self.reason = reason
        self.values = values


class ServerStartError(ServerError):
    """The server could not start (port in use, bad data folder, locked database)."""
