"""The machine's LAN addresses and the join URL phones use.

Phones need an address they can reach: a private IPv4 of an interface that is up
(192.168.x, 10.x, 172.16-31.x), never 0.0.0.0, loopback or link-local. When the
machine has none, the URL falls back to loopback with a warning sentence.

Interfaces come from ifaddr (the only thing tests replace). Must not import
aiohttp or PySide6.
"""
from __future__ import annotations

import ipaddress
from dataclasses import replace
from pathlib import Path

import ifaddr

from common.values import JoinInfo, is_loopback_host

# Interfaces that are rarely what phones in the room can reach.
_VIRTUAL_PREFIXES = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap",
                     "utun", "zt", "tailscale", "wg")
# RFC 1918 only: Python's `is_private` also counts documentation and other reserved nets.
_LAN_NETS = tuple(ipaddress.IPv4Network(n) for n in ("192.168.0.0/16", "10.0.0.0/8", "172.16.0.0/12"))
_ANY_HOSTS = ("", "0.0.0.0", "::", "*")


def _is_up(name: str) -> bool:
    """On Linux, trust /sys's operstate; elsewhere an interface with an address counts as up."""
    state = Path("/sys/class/net") / name / "operstate"
    try:
        return state.read_text().strip() != "down"
    except OSError:
        return True


def lan_addresses() -> list[tuple[str, str]]:
    """(interface name, IPv4) of usable interfaces, best first: private, physical, up."""
    found: list[tuple[int, int, str, str]] = []
    for order, adapter in enumerate(ifaddr.get_adapters()):
        name = adapter.nice_name or adapter.name
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):           # IPv6 comes as a tuple
                continue
            try:
                address = ipaddress.IPv4Address(ip.ip)
            except ValueError:
                continue
            if address.is_loopback or address.is_link_local or address.is_unspecified \
                    or address.is_multicast:
                continue
            if not _is_up(str(adapter.name)):
                continue
            found.append((_rank(str(name), address), order, str(name), str(address)))
    found.sort()
    return [(name, ip) for _, _, name, ip in found]


def _rank(name: str, address: ipaddress.IPv4Address) -> int:
    """0 is best: a private address of a physical interface; then virtual, then public."""
    rank = 0 if any(address in net for net in _LAN_NETS) else 2
    if name.lower().startswith(_VIRTUAL_PREFIXES):
        rank += 1
    return rank


def listens_everywhere(bound_host: str) -> bool:
    """The socket takes connections on every address, so the join URL may use any of them."""
    return bound_host in _ANY_HOSTS


def follow_join_host(addresses: list[tuple[str, str]], current: str | None,
                     chosen: str | None = None) -> str | None:
    """The join address after the interfaces changed (wifi reconnect, hotspot started).

    The speaker's own choice sticks while it exists; the address in use stays while
    it exists and nothing strictly better (a private address of a physical
    interface, say) appeared, so the QR code does not flap between equals.
    `addresses` is `lan_addresses()`, best first; None when it is empty.
    """
    if not addresses:
        return None
    ranks = {ip: _rank(name, ipaddress.IPv4Address(ip)) for name, ip in addresses}
    if chosen is not None and chosen in ranks:
        return chosen
    best = addresses[0][1]
    if current in ranks and ranks[current] <= ranks[best]:
        return current
    return best


def choose_join_host(addresses: list[tuple[str, str]]) -> str | None:
    """The address to put in the join URL, or None when there is none."""
    return addresses[0][1] if addresses else None


def join_info(bound_host: str, port: int, *, port_changed: bool = False,
              warnings: tuple[str, ...] = (), addresses: list[tuple[str, str]] | None = None,
              current: str | None = None, chosen: str | None = None,
              hall: tuple[int, int] | None = None) -> JoinInfo:
    """The JoinInfo for a server listening on `bound_host:port`.

    For a server listening everywhere the URL's address comes from `addresses`
    (`lan_addresses()` when None) as `follow_join_host(addresses, current, chosen)`
    picks it: the best one, unless the one in use or the speaker's choice still holds.
    """
    if bound_host in _ANY_HOSTS:
        host = follow_join_host(lan_addresses() if addresses is None else addresses,
                                current, chosen)
        lan = host is not None
    else:
        host = bound_host
        lan = not is_loopback_host(bound_host)
    if host is None:
        host = "127.0.0.1"
    shown = f"[{host}]" if ":" in host else host
    # JoinInfo derives `reason` (NO_LAN or LOOPBACK_BOUND) from `lan` and `bound_host`.
    join = JoinInfo(url=f"http://{shown}:{port}/", host=host, port=port, bound_host=bound_host,
                    lan=lan, port_changed=port_changed, warnings=tuple(warnings), hall=hall)
    if join.reason_warning is not None:
        join = replace(join, warnings=join.warnings + (join.reason_warning,))
    return join
