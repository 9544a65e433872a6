"""HostCheck: answer only to Host names that are this server's own (issue 19, item 6).

A page on another site can make a phone's browser talk to us through DNS
rebinding: its own name, re-pointed at our address. To the browser that is the
page's own origin, so Origin and Sec-Fetch-Site pass; only the Host header,
which carries the page's name, gives it away. We answer a request only when its Host is one of ours:

- an address of this machine (any interface, IPv4 or IPv6; read again at most
  once every few seconds when an unknown address arrives, as the laptop may
  have joined another network), loopback included;
- `localhost`, this machine's name and its `.local` name;
- the names the speaker allowed (`--allow-host`), for a venue's own DNS name,
  and the `--host` name the server was told to listen on.

Anything else gets `421 Misdirected Request` with a sentence. Hosts already
judged are remembered, so the check on the vote path is one dict lookup.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable

import ifaddr

REFRESH_EVERY = 5.0        # seconds between re-reads of the machine's addresses
_REMEMBER = 256            # host values remembered as ours


def machine_addresses() -> set[str]:
    """Every address of every interface of this machine, as text."""
    found = set()
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            found.add(ip.ip[0] if isinstance(ip.ip, tuple) else ip.ip)
    return {a.split("%", 1)[0].lower() for a in found}


class HostCheck:
    def __init__(self, allowed: Iterable[str] = (),
                 addresses: Callable[[], set[str]] = machine_addresses):
        name = socket.gethostname().lower()
        self.names = {"localhost", name, f"{name}.local", *(n.lower().rstrip(".") for n in allowed)}
        self._addresses = addresses
        self._known: set[str] = set()
        self._read_at = float("-inf")
        self._ours: set[str] = set()           # raw Host values already accepted

    def allows(self, host: str | None) -> bool:
        if host is None or host in self._ours:
            return True
        ours = self._judge(host)
        if ours and len(self._ours) < _REMEMBER:
            self._ours.add(host)
        return ours

    def _judge(self, host: str) -> bool:
        name = _without_port(host.strip().lower())
        try:
            address = ipaddress.ip_address(name.split("%", 1)[0])
        except ValueError:
            return name.rstrip(".") in self.names
        if address.is_loopback:
            return True
        text = str(address)
        if text not in self._known and time.monotonic() - self._read_at > REFRESH_EVERY:
            self._read_at = time.monotonic()
            self._known = self._addresses()
        return text in self._known


def _without_port(host: str) -> str:
    if host.startswith("["):                      # [v6]:port
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:                      # name:port or v4:port
        return host.rsplit(":", 1)[0]
    return host                                   # a name, v4, or bare v6
