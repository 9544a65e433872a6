"""A hostile room, round two, request by request (issue 19, items 6, 7 and 12): Host
names not ours get 421 (DNS rebinding), token guessing meets growing waits and a log
line without the guess, and every route has its per-address rate."""
from __future__ import annotations

import argparse
import logging
import time

import aiohttp
import pytest

from presenter.commands.server_options import add_server_options, server_config
from server.api import ServerConfig, ServerStartError
from server.runtime import VotingServer
from server.web.host_check import HostCheck
from server.web.token_guard import FREE_TRIES, MAX_WAIT, TokenGuard

from .conftest import make_deck, start_server

VOTE = {"poll": "p1", "choice": "agree"}


def from_address(address: str) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)),
                                 cookie_jar=aiohttp.DummyCookieJar())


async def test_a_host_that_is_not_ours_gets_421_everywhere(tmp_path, phone):
    run = start_server(tmp_path, allowed_hosts=("talk.example",))
    port = run.server.join.port
    # What a DNS-rebinding page makes a phone send: its own name, as Host and Origin.
    rebound = {"Host": f"evil.example:{port}", "Origin": f"http://evil.example:{port}",
               "Sec-Fetch-Site": "same-origin"}
    try:
        p = phone()
        async with p.post(run.url("/api/control/slide"), json={"slide": 2}, headers=run.auth) as r:
            assert r.status == 200
        for method, path in (("POST", "/api/vote"), ("GET", "/"), ("GET", "/api/state"),
                             ("GET", "/ws"), ("GET", "/static/phone.css"), ("GET", "/healthz")):
            async with p.request(method, run.url(path), json=VOTE, headers=rebound) as r:
                assert r.status == 421, (path, r.status)
                assert "join URL" in (await r.json())["error"]
        assert run.server.snapshot().poll("p1").voters == 0
        for host in (f"127.0.0.1:{port}", "localhost", f"[::1]:{port}", f"TALK.example:{port}"):
            async with p.get(run.url("/api/state"), headers={"Host": host}) as r:
                assert r.status == 200, host
    finally:
        run.server.stop()


def test_the_machines_own_addresses_are_ours_and_read_again_when_it_moves():
    addresses = {"192.0.2.10"}
    check = HostCheck(addresses=lambda: set(addresses))
    assert check.allows("192.0.2.10:8080") and check.allows("127.0.0.1")
    assert not check.allows("192.0.2.11:8080") and not check.allows("evil.example")
    assert not check.allows("10.0.0.1.evil.example") and not check.allows("")
    assert check.allows(None)                      # HTTP/1.0 without Host: nothing to rebind


async def test_guessing_the_token_meets_growing_waits_and_a_log_line(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    run = start_server(tmp_path)
    guess = "Bearer guess-number-"
    try:
        async with from_address("127.0.0.2") as guesser, from_address("127.0.0.3") as speaker:
            statuses = []
            for i in range(FREE_TRIES + 10):
                async with guesser.get(run.url("/api/control/results"),
                                       headers={"Authorization": f"{guess}{i}"}) as r:
                    statuses.append(r.status)
                    if r.status == 429:
                        assert int(r.headers["Retry-After"]) >= 1
            assert statuses[:FREE_TRIES] == [401] * FREE_TRIES
            assert set(statuses[FREE_TRIES + 1:]) == {429}
            async with speaker.get(run.url("/api/control/results"), headers=run.auth) as r:
                assert r.status == 200           # the speaker elsewhere is not shut out
        lines = [r.getMessage() for r in caplog.records if r.name == "server.web.token_guard"]
        assert 1 <= len(lines) <= 2 and "guessing" in lines[0]
        assert not any(guess.split()[1] in line or "127.0.0.2" in line for line in lines)
    finally:
        run.server.stop()


def test_each_further_wrong_token_waits_twice_as_long_up_to_a_minute():
    guard = TokenGuard()
    waits = []
    for i in range(FREE_TRIES + 12):
        guard.failed("a", now=1000.0 * i)
        waits.append(guard.wait_left("a", now=1000.0 * i))
    assert waits[:FREE_TRIES] == [0.0] * FREE_TRIES
    grown = waits[FREE_TRIES:]
    assert all(b == min(MAX_WAIT, 2 * a) for a, b in zip(grown, grown[1:], strict=False))
    assert grown[-1] == MAX_WAIT
    guard.succeeded("a")
    assert guard.wait_left("a") == 0.0


def test_a_short_token_is_refused_with_a_sentence(tmp_path):
    server = VotingServer(make_deck(), ServerConfig(host="127.0.0.1", port=0,
                                                    data_dir=tmp_path, token="123456"))
    with pytest.raises(ServerStartError, match="16 characters"):
        server.start()


async def test_a_page_flood_from_one_address_is_refused_cheaply_and_others_are_served(tmp_path):
    run = start_server(tmp_path, max_requests_per_second=20)
    try:
        async with from_address("127.0.0.2") as flood, from_address("127.0.0.3") as phone:
            statuses = []
            started = time.monotonic()
            for _ in range(300):
                async with flood.get(run.url("/api/state")) as r:
                    statuses.append(r.status)
                    if r.status == 429:
                        assert r.headers["Retry-After"] == "1"
            took = time.monotonic() - started
            # Five seconds' worth of burst (100), then 20 a second for as long as it took.
            assert statuses.count(200) <= 100 + 20 * took + 1
            assert statuses.count(429) >= 300 - (100 + 20 * took + 1)
            for path in ("/", "/api/state", "/static/phone.css"):
                async with phone.get(run.url(path)) as r:
                    assert r.status == 200, path
    finally:
        run.server.stop()


def test_the_new_caps_are_options_and_a_short_token_is_an_error(capsys):
    parser = argparse.ArgumentParser(prog="votedeck")
    add_server_options(parser)
    config = server_config(parser.parse_args([
        "--max-websockets-per-address", "0", "--max-connections-per-address", "500",
        "--allow-host", "talk.example", "--allow-host", "hall.local"]))
    assert config.max_websockets_per_address == 0 and config.max_connections_per_address == 500
    assert config.allowed_hosts == ("talk.example", "hall.local")
    with pytest.raises(SystemExit):
        parser.parse_args(["--token", "123456"])
    assert "at least 16 characters" in capsys.readouterr().err
