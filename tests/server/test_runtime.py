"""VotingServer's thread: start, port fallback, snapshots, stop, resume after restart."""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import urllib.request

import aiohttp
import pytest

from server.api import ServerStartError
from server.runtime import VotingServer

from .conftest import control, make_config, make_deck, start_server, wait_for


def votedeck_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("votedeck-")]


def listening_socket() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


def test_stop_joins_every_thread_and_is_idempotent(tmp_path):
    run = start_server(tmp_path)
    assert set(votedeck_threads()) == {"votedeck-server", "votedeck-store"}
    run.server.stop()
    assert votedeck_threads() == []
    run.server.stop()                         # again: nothing happens
    run.server.show_slide(2)                  # after stop: ignored, no error
    run.server.set_poll("p1", open=True)
    with pytest.raises(OSError):
        urllib.request.urlopen(run.url("/healthz"), timeout=1)


def test_port_fallback_takes_the_next_port(tmp_path):
    taken = listening_socket()
    port = taken.getsockname()[1]
    try:
        server = VotingServer(make_deck(), make_config(tmp_path, port=port))
        join = server.start()
        try:
            assert join.port > port and join.port_changed
            assert join.url == f"http://127.0.0.1:{join.port}/"
            with urllib.request.urlopen(f"http://127.0.0.1:{join.port}/healthz") as response:
                assert response.status == 200
        finally:
            server.stop()
    finally:
        taken.close()


def test_taken_port_without_fallback_is_a_sentence(tmp_path):
    taken = listening_socket()
    try:
        server = VotingServer(make_deck(), make_config(
            tmp_path, port=taken.getsockname()[1], port_fallback=False))
        with pytest.raises(ServerStartError) as caught:
            server.start()
        assert "in use" in str(caught.value) and "--port" in str(caught.value)
        assert votedeck_threads() == []
    finally:
        taken.close()


def test_unknown_host_is_a_sentence(tmp_path):
    server = VotingServer(make_deck(), make_config(tmp_path, host="192.0.2.250"))
    with pytest.raises(ServerStartError) as caught:
        server.start()
    assert "--host" in str(caught.value)
    assert votedeck_threads() == []


async def test_snapshots_are_coalesced_and_come_from_the_server_thread(tmp_path):
    threads = set()
    snapshots = []

    def seen(snapshot):
        threads.add(threading.current_thread().name)
        snapshots.append(snapshot)
    server = VotingServer(make_deck(), make_config(tmp_path), on_snapshot=seen)
    join = server.start()
    base = f"http://127.0.0.1:{join.port}"
    try:
        server.show_slide(2)
        await wait_for(lambda: server.snapshot().current_poll == "p1")
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
            for batch in range(4):
                await asyncio.gather(*(
                    http.post(f"{base}/api/vote", json={"poll": "p1", "choice": "agree"},
                              headers={"Cookie": f"voter=burst-{batch}-{n:04d}-xxxxxxxx"})
                    for n in range(50)))
        await wait_for(lambda: server.snapshot().poll("p1").voters == 200)
        assert threads == {"votedeck-server"}
        assert len(snapshots) < 100                       # 200 votes, far fewer callbacks
        last = server.snapshot()
        assert last.slide == 2 and last.poll("p1").count("agree") == 200
        assert last.acked_at <= last.taken_at
    finally:
        server.stop()


async def test_session_resumes_after_restart_with_tallies_and_choices(tmp_path):
    run = start_server(tmp_path)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        await control(http, run, "/api/control/slide", {"slide": 2})
        async with http.post(run.url("/api/vote"), json={"poll": "p1", "choice": "disagree"}) as r:
            assert r.status == 200
            voter = r.cookies["voter"].value
        session_id = run.server.session_id
        run.server.stop()

        again = start_server(tmp_path)
        try:
            assert again.server.session_id == session_id and again.server.session.resumed
            assert again.server.snapshot().poll("p1").count("disagree") == 1
            await control(http, again, "/api/control/slide", {"slide": 2})
            async with http.get(again.url("/api/state"),
                                headers={"Cookie": f"voter={voter}"}) as response:
                assert (await response.json())["poll"]["choice"] == "disagree"
        finally:
            again.server.stop()

    fresh = start_server(tmp_path, new_session=True)
    try:
        assert fresh.server.session_id != session_id
        assert fresh.server.snapshot().poll("p1").voters == 0
    finally:
        fresh.server.stop()


def test_on_failure_when_the_loop_dies(tmp_path):
    failures = []
    server = VotingServer(make_deck(), make_config(tmp_path), on_failure=failures.append)
    server.start()
    server._loop.loop.call_soon_threadsafe(server._loop.loop.stop)     # the loop ends on its own
    deadline = time.monotonic() + 5
    while server._thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert failures and "restart" in str(failures[0]) and failures[0].reason == "stopped"
    server.stop()
    assert votedeck_threads() == []


def test_slide_from_another_thread_reaches_state(running):
    running.server.show_slide(3)
    deadline = time.monotonic() + 3
    while running.server.snapshot().slide != 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    with urllib.request.urlopen(running.url("/api/state")) as response:
        state = json.load(response)
    assert state["slide"] == 3 and state["poll"]["id"] == "p2"
    running.server.set_poll("p2", reveal=True)
    deadline = time.monotonic() + 3
    while not running.server.snapshot().poll("p2").revealed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert running.server.snapshot().poll("p2").revealed
