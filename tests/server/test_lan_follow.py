"""The join URL follows the laptop's addresses (wifi reconnect, hotspot started).

Only the interface list is replaced (ifaddr, the edge of the machine); the
server tests listen on every address but talk to 127.0.0.1 only.
"""
from __future__ import annotations

import threading
import time

import aiohttp
import ifaddr
import pytest

from server.net import join_address, lan
from server.net.join_address import JoinAddress
from server.net.reachability import ReachabilityLog
from server.runtime import VotingServer

from .conftest import make_config, make_deck


def adapter(name: str, *ips) -> ifaddr.Adapter:
    return ifaddr.Adapter(name, name, [ifaddr.IP(ip, 24, name) for ip in ips])


class Interfaces:
    """The machine's interface list, as a test changes it."""

    def __init__(self, monkeypatch):
        self.adapters: list[ifaddr.Adapter] = []
        monkeypatch.setattr(ifaddr, "get_adapters", lambda *a, **k: list(self.adapters))
        monkeypatch.setattr(lan, "_is_up", lambda name: not name.startswith("down"))

    def set(self, *adapters) -> None:
        self.adapters = list(adapters)


@pytest.fixture
def interfaces(monkeypatch):
    return Interfaces(monkeypatch)


LO = adapter("lo", "127.0.0.1", ("::1", 0, 0))


# ------------------------------------------------------------ the rule


def test_follow_rule():
    wlan, eth = ("wlan0", "192.168.1.20"), ("eth0", "10.0.0.5")
    docker, public = ("docker0", "172.17.0.1"), ("eth9", "203.0.113.7")
    assert lan.follow_join_host([], "192.168.1.20") is None
    assert lan.follow_join_host([wlan, eth], None) == "192.168.1.20"
    # An equal one appearing does not move the QR code; the one in use going does.
    assert lan.follow_join_host([eth, wlan], "192.168.1.20") == "192.168.1.20"
    assert lan.follow_join_host([eth], "192.168.1.20") == "10.0.0.5"
    # A strictly better one (private, physical) replaces a virtual or public one.
    assert lan.follow_join_host([wlan, docker], "172.17.0.1") == "192.168.1.20"
    assert lan.follow_join_host([wlan, public], "203.0.113.7") == "192.168.1.20"
    # The speaker's choice wins while it exists, even over a better one.
    assert lan.follow_join_host([wlan, docker], "192.168.1.20", chosen="172.17.0.1") == "172.17.0.1"
    assert lan.follow_join_host([wlan], "172.17.0.1", chosen="172.17.0.1") == "192.168.1.20"


# ------------------------------------------------------------ JoinAddress


def test_address_gone_and_back(interfaces):
    announced = []
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"))
    address = JoinAddress("0.0.0.0", 8080, announce=announced.append)
    assert address.join.url == "http://192.168.1.20:8080/" and address.join.lan
    assert address.addresses == (("wlan0", "192.168.1.20"),)

    interfaces.set(LO, adapter("wlan0", "192.168.1.21"))       # a new lease after a reconnect
    assert address.follow().url == "http://192.168.1.21:8080/"
    assert [j.url for j in announced] == ["http://192.168.1.21:8080/"]
    assert address.follow() is address.join and len(announced) == 1    # nothing new: no news

    interfaces.set(LO)                                          # wifi dropped
    join = address.follow()
    assert join.url == "http://127.0.0.1:8080/" and not join.lan and join.warnings
    assert address.addresses == ()

    interfaces.set(LO, adapter("wlan0", "192.168.1.21"))        # back
    join = address.follow()
    assert join.url == "http://192.168.1.21:8080/" and join.lan and join.warnings == ()
    assert len(announced) == 3


def test_hotspot_started_beats_a_virtual_interface(interfaces):
    interfaces.set(LO, adapter("docker0", "172.17.0.1"))
    address = JoinAddress("0.0.0.0", 8080, port_changed=True, warnings=("Few files.",))
    assert address.join.host == "172.17.0.1"
    interfaces.set(LO, adapter("docker0", "172.17.0.1"), adapter("ap0", "10.42.0.1"))
    join = address.follow()
    assert join.host == "10.42.0.1"
    assert join.port_changed and join.warnings == ("Few files.",) and join.bound_host == "0.0.0.0"


def test_speaker_choice_sticks_while_it_exists(interfaces):
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"), adapter("eth0", "10.0.0.5"))
    address = JoinAddress("0.0.0.0", 8080)
    assert address.join.host == "192.168.1.20"
    assert address.choose("192.0.2.99").host == "192.168.1.20"      # not this machine's
    assert address.choose("10.0.0.5").host == "10.0.0.5"
    assert address.follow().host == "10.0.0.5"
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"))            # cable unplugged
    assert address.follow().host == "192.168.1.20"
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"), adapter("eth0", "10.0.0.5"))
    assert address.follow().host == "10.0.0.5"                      # the choice comes back


def test_a_specific_binding_never_moves(interfaces):
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"))
    address = JoinAddress("127.0.0.1", 8080)
    assert not address.follows
    interfaces.set(LO, adapter("wlan0", "192.168.1.21"))
    assert address.follow().url == "http://127.0.0.1:8080/"
    assert address.choose("192.168.1.21").url == "http://127.0.0.1:8080/"


def test_own_addresses_are_not_phones(interfaces):
    log = ReachabilityLog(ignore_loopback=False)
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"))
    address = JoinAddress("0.0.0.0", 8080, reachability=log)
    assert not log.record("192.168.1.20")
    interfaces.set(LO, adapter("wlan0", "192.168.1.21"))
    address.follow()
    assert log.record("192.168.1.20")          # no longer the laptop: a phone got that lease
    assert not log.record("192.168.1.21")


def test_follow_from_two_threads_agrees(interfaces):
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"), adapter("eth0", "10.0.0.5"))
    address = JoinAddress("0.0.0.0", 8080)
    address.choose("10.0.0.5")
    threads = [threading.Thread(target=lambda: [address.follow() for _ in range(200)])
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert address.join.host == "10.0.0.5"


# ------------------------------------------------------------ the running server


def wait_for(predicate, timeout: float) -> float:
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - started


async def test_running_server_follows_a_new_address_within_a_few_seconds(tmp_path, interfaces):
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"))
    changed, snapshots = [], []
    server = VotingServer(make_deck(), make_config(tmp_path, host="0.0.0.0"),
                          on_snapshot=snapshots.append, on_join_changed=changed.append)
    join = server.start()
    try:
        assert join.url == f"http://192.168.1.20:{join.port}/"
        before = len(snapshots)
        interfaces.set(LO, adapter("wlan0", "192.168.1.77"))     # the wifi reconnected
        took = wait_for(lambda: changed, timeout=join_address.LAN_WATCH_S + 3)
        assert took <= join_address.LAN_WATCH_S + 1
        assert changed[-1].url == f"http://192.168.1.77:{join.port}/" == server.join.url
        wait_for(lambda: len(snapshots) > before, timeout=2)     # the presenter hears of it
        # Still the same socket: phones that reach any address get in.
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{join.port}/healthz") as resp:
                assert resp.status == 200
    finally:
        server.stop()


def test_running_server_takes_the_speakers_choice(tmp_path, interfaces):
    interfaces.set(LO, adapter("wlan0", "192.168.1.20"), adapter("eth0", "10.0.0.5"))
    changed = []
    server = VotingServer(make_deck(), make_config(tmp_path, host="0.0.0.0"),
                          on_join_changed=changed.append)
    server.start()
    try:
        join = server.choose_join_host("10.0.0.5")
        assert join.host == "10.0.0.5" and server.join == join
        wait_for(lambda: changed, timeout=2)
        assert changed == [join]
    finally:
        server.stop()
