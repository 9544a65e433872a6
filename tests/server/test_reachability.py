"""ReachabilityLog: windowing, ranges, bounded memory, loopback, the no-phone hint.

Time is an injected clock (a list the test advances), so the minute passes
instantly and exactly.
"""
from __future__ import annotations

import threading

import pytest

from server.net.reachability import (
    HINT_AFTER_S,
    Reachability,
    ReachabilityLog,
    address_range,
    no_phone_hint,
    normalize,
    reachability_line,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def test_counts_distinct_phones_in_the_window(clock):
    log = ReachabilityLog(clock=clock)
    for ip in ["192.168.1.20", "192.168.1.21", "192.168.1.20", "192.168.1.20"]:
        log.record(ip)
    reach = log.recent()
    assert reach.phones == 2
    assert reach.ranges == ("192.168.1.x",)


def test_old_requests_fall_out_of_the_window(clock):
    log = ReachabilityLog(clock=clock)
    log.record("10.0.0.5")
    clock.now += 30
    log.record("10.0.0.6")
    clock.now += 31                     # 10.0.0.5 is 61 s old, 10.0.0.6 31 s
    reach = log.recent(60)
    assert reach.phones == 1
    clock.now += 30
    assert log.recent(60).phones == 0
    assert log.recent(120).phones == 2


def test_a_phone_seen_again_is_recent_again(clock):
    log = ReachabilityLog(clock=clock)
    log.record("10.0.0.5")
    log.record("10.0.0.6")
    clock.now += 50
    log.record("10.0.0.5")
    clock.now += 20
    assert log.recent(60).phones == 1


def test_ranges_are_slash_24_and_slash_64_most_phones_first(clock):
    log = ReachabilityLog(clock=clock)
    for ip in ["172.20.10.2", "192.168.1.9", "172.20.10.3", "2001:db8:1:2::a", "2001:db8:1:2:ff::1"]:
        log.record(ip)
    reach = log.recent()
    assert reach.phones == 5
    assert reach.ranges == ("172.20.10.x", "2001:db8:1:2::/64", "192.168.1.x")


def test_loopback_and_own_addresses_are_the_speaker_not_a_phone(clock):
    log = ReachabilityLog(clock=clock, own_addresses=["192.168.1.20"])
    assert not log.record("127.0.0.1")
    assert not log.record("::1")
    assert not log.record("::ffff:127.0.0.1")
    assert not log.record("192.168.1.20")
    assert not log.record("not an address")
    assert not log.record(None)
    assert log.record("192.168.1.33")
    assert log.recent().phones == 1


def test_loopback_counts_when_asked(clock):
    log = ReachabilityLog(clock=clock, ignore_loopback=False)
    assert log.record("127.0.0.1")
    assert log.recent().ranges == ("127.0.0.x",)


def test_dual_stack_and_zoned_addresses_are_one_phone(clock):
    log = ReachabilityLog(clock=clock)
    log.record("::ffff:192.168.1.40")
    log.record("192.168.1.40")
    log.record("fe80::1%wlan0")
    log.record("fe80::1")
    assert log.recent().phones == 2
    assert normalize("[fe80::1%en0]") == "fe80::1"


def test_memory_is_bounded_and_the_longest_unseen_go_first(clock):
    log = ReachabilityLog(clock=clock, max_addresses=100)
    for n in range(1000):
        clock.now += 0.01
        log.record(f"10.{n // 65536}.{n // 256 % 256}.{n % 256}")
        if n == 950:
            log.record("10.0.0.1")      # an early phone that came back stays
    assert len(log) == 100
    reach = log.recent()
    assert reach.phones == 100
    # 10.0.3.132 .. 10.0.3.231 (the newest 99) and 10.0.0.1, which came back at n=950.
    assert reach.ranges == ("10.0.3.x", "10.0.0.x")
    log.record("10.0.0.2")              # long gone: comes back as new, evicts one
    assert len(log) == 100


def test_no_hint_before_the_join_screen_or_before_a_minute(clock):
    log = ReachabilityLog(clock=clock)
    clock.now += 500
    assert not log.recent().needs_hint              # join screen never shown
    log.join_shown()
    clock.now += HINT_AFTER_S - 1
    assert not log.recent().needs_hint
    clock.now += 1
    reach = log.recent()
    assert reach.needs_hint
    assert reach.since_join_shown_s == pytest.approx(HINT_AFTER_S)


def test_no_hint_once_a_phone_came_even_if_it_went_quiet(clock):
    log = ReachabilityLog(clock=clock)
    log.join_shown()
    clock.now += 10
    log.record("192.168.1.30")
    clock.now += 600
    reach = log.recent()
    assert reach.phones == 0 and not reach.needs_hint


def test_a_phone_before_the_join_screen_does_not_silence_the_hint(clock):
    # The speaker's second device, an hour before: the room still has to get through.
    log = ReachabilityLog(clock=clock)
    log.record("192.168.1.30")
    clock.now += 3600
    log.join_shown()
    log.join_shown()                    # showing it again does not restart the minute
    clock.now += 61
    assert log.recent().needs_hint


def test_snapshots_are_frozen():
    reach = ReachabilityLog().recent()
    with pytest.raises(AttributeError):
        reach.phones = 3  # type: ignore[misc]


def test_recording_from_threads_while_reading(clock):
    log = ReachabilityLog(clock=clock, max_addresses=500)
    stop = threading.Event()
    seen: list[Reachability] = []

    def reader():
        while not stop.is_set():
            seen.append(log.recent())

    def writer(base: int):
        for n in range(2000):
            log.record(f"10.{base}.{n // 256 % 256}.{n % 256}")

    threads = [threading.Thread(target=writer, args=(b,)) for b in range(4)]
    read = threading.Thread(target=reader)
    read.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    read.join()
    assert len(log) == 500
    assert log.recent().phones == 500
    assert all(r.phones <= 500 for r in seen)


def test_address_range():
    assert address_range("10.1.2.3") == "10.1.2.x"
    assert address_range("fd12:3456:789a:1::99") == "fd12:3456:789a:1::/64"


@pytest.mark.parametrize("lang, phone", [("en", "phone"), ("da", "telefon"), ("nb", "telefon"),
                                         ("nn", "telefon"), ("sv", "mobil")])
def test_the_console_line(clock, lang, phone):
    log = ReachabilityLog(clock=clock)
    assert phone in reachability_line(log.recent(), lang)
    for ip in ["192.168.1.2", "192.168.1.3", "10.0.0.2"]:
        log.record(ip)
    line = reachability_line(log.recent(), lang)
    assert line.startswith("3 ")
    assert "(192.168.1.x, 10.0.0.x)" in line
    one = ReachabilityLog(clock=clock)
    one.record("192.168.1.2")
    assert reachability_line(one.recent(), lang).startswith("1 ")


def test_the_english_line_reads_naturally(clock):
    log = ReachabilityLog(clock=clock)
    for ip in ["192.168.1.2", "192.168.1.3", "192.168.1.4"]:
        log.record(ip)
    assert reachability_line(log.recent()) == (
        "3 phones reached this laptop in the last minute (192.168.1.x)."
    )
    assert reachability_line(ReachabilityLog().recent(), "da") == (
        "Ingen telefon har nået denne computer det seneste minut."
    )


@pytest.mark.parametrize("lang, words", [
    ("en", ["client isolation", "mobile data", "firewall", "hotspot"]),
    ("da", ["klientisolering", "mobildata", "firewall", "hotspot"]),
    ("nb", ["klientisolering", "mobildata", "brannmur", "hotspot"]),
    ("nn", ["klientisolering", "mobildata", "brannmur", "hotspot"]),
    ("sv", ["klientisolering", "mobildata", "brandvägg", "hotspot"]),
])
def test_no_phone_hint_names_causes_remedies_and_the_port(lang, words):
    hint = no_phone_hint(8080, lang)
    for word in words + ["port 8080"]:
        assert word in hint


def test_no_phone_hint_reads_any_tag_for_its_language():
    assert no_phone_hint(8080, "da-DK") == no_phone_hint(8080, "dk") == no_phone_hint(8080, "da")
    assert no_phone_hint(8080, "fr") == no_phone_hint(8080, "en")     # no French: English, not nothing


def test_own_addresses_can_change_when_the_laptop_changes_network(clock):
    log = ReachabilityLog(clock=clock, own_addresses=["192.168.1.20"])
    assert not log.record("192.168.1.20")
    assert log.record("10.42.0.1")              # a phone, as far as the log knows yet
    log.ignore_addresses(["10.42.0.1"])         # the laptop started its hotspot
    assert not log.record("10.42.0.1")
    assert log.record("192.168.1.20")           # no longer the laptop's own


def test_many_odd_peer_strings_do_not_grow_the_cache_without_bound(clock):
    log = ReachabilityLog(clock=clock, max_addresses=10)
    for n in range(1000):
        log.record(f"::ffff:10.0.{n // 256}.{n % 256}")
        log.record(f"junk-{n}")
    assert len(log) == 10
    assert len(log._raw) <= 20
