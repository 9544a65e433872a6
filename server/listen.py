"""Opening the voting server's listening sockets, and what a failure means to a person.

"Every address" (`--host 0.0.0.0`, the default) means both families: IPv4, and
IPv6 on the same port where the system has it, so a phone the venue gave only
an IPv6 address can join (issue 19, item 13). IPv6 is a bonus: when it cannot
be opened, the server listens on IPv4 alone and says so in the log.
"""
from __future__ import annotations

import errno
import logging
import socket

from aiohttp import web

from server.api import ServerStartError

log = logging.getLogger(__name__)

PORT_TRIES = 20
BACKLOG = 2048
EVERY_ADDRESS = ("0.0.0.0", "")


async def listen(runner: web.AppRunner, host: str, first: int, fallback: bool) -> int:
    """Listen on `host` at `first` (or the next free ports); the port listened on."""
    tries = PORT_TRIES if fallback and first else 1
    for port in range(first, first + tries):
        site = web.TCPSite(runner, host or "0.0.0.0", port, backlog=BACKLOG)
        try:
            await site.start()
        except OSError as error:
            if error.errno == errno.EADDRINUSE and port < first + tries - 1:
                continue
            raise _bind_error(error, host, first, tries) from None
        port = runner.addresses[-1][1]
        if host in EVERY_ADDRESS and socket.has_ipv6:
            await _also_ipv6(runner, port)
        return port
    raise ServerStartError(f"No free port from {first}; start with --port on another one.",
                           "no_free_port", port=first)


async def _also_ipv6(runner: web.AppRunner, port: int) -> None:
    site = web.TCPSite(runner, "::", port, backlog=BACKLOG)
    try:
        await site.start()
    except OSError as error:
        log.info("listening on IPv4 only: IPv6 port %d could not be opened (%s)",
                 port, error.strerror or error)


def _bind_error(error: OSError, host: str, port: int, tries: int) -> ServerStartError:
    """The sentence (English, for the terminal) and its reason (for the console's words)."""
    if error.errno == errno.EADDRINUSE:
        if tries > 1:
            return ServerStartError(
                f"Port {port} (and the next {tries - 1}) is already in use; stop the other "
                f"program or start with --port on a free port.", "ports_in_use", port=port,
                more=tries - 1)
        return ServerStartError(f"Port {port} is already in use; stop the other program or "
                                f"start with --port on a free port.", "port_in_use", port=port)
    if error.errno == errno.EACCES:
        return ServerStartError(f"Port {port} needs administrator rights; start with --port 8080 "
                                f"or another above 1023.", "port_needs_admin", port=port)
    if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
        return ServerStartError(f"This computer has no address {host!r}; start with --host 0.0.0.0.",
                                "no_such_address", host=host)
    detail = error.strerror or str(error)
    return ServerStartError(f"Cannot listen on {host}:{port} ({detail}); try another --host or "
                            f"--port.", "cannot_listen", host=host, port=port, detail=detail)
