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
            raise ServerStartError(_bind_sentence(error, host, first, tries)) from None
        port = runner.addresses[-1][1]
        if host in EVERY_ADDRESS and socket.has_ipv6:
            await _also_ipv6(runner, port)
        return port
    raise ServerStartError(f"No free port from {first}; start with --port on another one.")


async def _also_ipv6(runner: web.AppRunner, port: int) -> None:
    site = web.TCPSite(runner, "::", port, backlog=BACKLOG)
    try:
        await site.start()
    except OSError as error:
        log.info("listening on IPv4 only: IPv6 port %d could not be opened (%s)",
                 port, error.strerror or error)


def _bind_sentence(error: OSError, host: str, port: int, tries: int) -> str:
    if error.errno == errno.EADDRINUSE:
        more = f" (and the next {tries - 1})" if tries > 1 else ""
        return (f"Port {port}{more} is already in use; stop the other program or start with "
                f"--port on a free port.")
    if error.errno == errno.EACCES:
        return f"Port {port} needs administrator rights; start with --port 8080 or another above 1023."
    if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
        return f"This computer has no address {host!r}; start with --host 0.0.0.0."
    return f"Cannot listen on {host}:{port} ({error.strerror or error}); try another --host or --port."
