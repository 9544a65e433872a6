"""Join address: only the interface list is replaced (the edge of the machine)."""
from __future__ import annotations

import ifaddr
import pytest

from common.values import LOOPBACK_BOUND, NO_LAN
from server.net import lan


def adapter(name: str, *ips) -> ifaddr.Adapter:
    return ifaddr.Adapter(name, name, [ifaddr.IP(ip, 24, name) for ip in ips])


@pytest.fixture
def interfaces(monkeypatch):
    def use(*adapters):
        monkeypatch.setattr(ifaddr, "get_adapters", lambda *a, **k: list(adapters))
        monkeypatch.setattr(lan, "_is_up", lambda name: not name.startswith("down"))
    return use


def test_private_ipv4_of_a_real_interface_is_preferred(interfaces):
    interfaces(adapter("lo", "127.0.0.1", ("::1", 0, 0)),
               adapter("docker0", "172.17.0.1"),
               adapter("eth9", "203.0.113.7"),
               adapter("wlan0", "169.254.3.3", ("fe80::1", 0, 3), "192.168.1.20"),
               adapter("down0", "10.0.0.5"))
    addresses = lan.lan_addresses()
    assert addresses[0] == ("wlan0", "192.168.1.20")
    assert ("docker0", "172.17.0.1") in addresses and ("down0", "10.0.0.5") not in addresses
    assert all(ip not in ("127.0.0.1", "169.254.3.3") for _, ip in addresses)
    assert lan.choose_join_host(addresses) == "192.168.1.20"
    join = lan.join_info("0.0.0.0", 8081, port_changed=True)
    assert join.url == "http://192.168.1.20:8081/" and join.lan and join.port_changed
    assert join.bound_host == "0.0.0.0" and join.warnings == ()


def test_public_address_when_no_private_one(interfaces):
    interfaces(adapter("lo", "127.0.0.1"), adapter("eth0", "192.0.2.2"))
    assert lan.join_info("0.0.0.0", 8080).url == "http://192.0.2.2:8080/"


def test_loopback_fallback_warns(interfaces):
    interfaces(adapter("lo", "127.0.0.1"))
    join = lan.join_info("0.0.0.0", 8080)
    assert join.url == "http://127.0.0.1:8080/" and not join.lan
    assert join.warnings and join.warnings[0].endswith(".")
    assert join.reason == NO_LAN and join.reason_warning in join.warnings


def test_listening_on_loopback_says_phones_cannot_join(interfaces):
    interfaces(adapter("wlan0", "192.168.1.20"))
    join = lan.join_info("127.0.0.1", 8080)
    assert join.url == "http://127.0.0.1:8080/" and not join.lan
    assert "--host 0.0.0.0" in join.warnings[0] and "without --host" in join.warnings[0]
    assert join.reason == LOOPBACK_BOUND and join.warnings == (join.reason_warning,)
    for bound in ("::1", "localhost"):
        assert lan.join_info(bound, 8080).reason == LOOPBACK_BOUND
    assert lan.join_info("192.168.1.20", 8080).reason is None
    assert lan.join_info("0.0.0.0", 8080).reason is None
