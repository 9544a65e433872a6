"""`votedeck rehearse` and `venue.rehearsal` against the real voting server on loopback.

Every server here is a real `server.VotingServer` on 127.0.0.1 with its database
in tmp_path (or the rehearsal's own temp folder); test phones are real aiohttp
clients. Nothing goes to a LAN address.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import socket
import time

import aiohttp
import pytest

from common.values import DeckSpec, PollOption, PollSpec
from presenter.commands import rehearse as rehearse_command
from server.api import ServerConfig
from server.runtime import VotingServer
from venue.rehearsal import (
    REHEARSAL_POLL,
    RehearsalError,
    RehearsalResult,
    ScratchServer,
    is_this_machine,
    rehearse_reach,
    rehearse_votes,
    verdict,
)

TOKEN = "t" * 32


@pytest.fixture
def talk(tmp_path):
    """The 'real talk': a running server whose current slide has an open poll."""
    options = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"))
    deck = DeckSpec(key=str(tmp_path / "talk.md"), title="Talk", slide_count=2,
                    polls=(PollSpec("q1", "Spørgsmål", options, slide=1),))
    server = VotingServer(deck, ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path,
                                             token=TOKEN))
    join = server.start()
    server.show_slide(1)
    try:
        yield server, join
    finally:
        server.stop()


async def control_results(url: str, token: str = TOKEN) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get(url + "api/control/results",
                               headers={"Authorization": f"Bearer {token}"}) as resp:
            assert resp.status == 200
            return await resp.json()


async def wait_for_open_poll(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(100):
            async with session.get(url + "api/state") as resp:
                poll = (await resp.json()).get("poll")
            if poll and poll["open"]:
                return
            await asyncio.sleep(0.02)
    raise AssertionError("the talk's poll never opened")


async def test_scratch_rehearsal_votes_get_through_and_leave_nothing_behind():
    with ScratchServer("127.0.0.1", 0) as scratch:
        folder = scratch._dir
        assert folder is not None and folder.exists()
        assert scratch.join.url.startswith("http://127.0.0.1:")
        result = await rehearse_votes(scratch.join.url, scratch.token, phones=30, seconds=20)
        # The scratch server's own count agrees with the test phones'.
        stored = (await control_results(scratch.join.url, scratch.token))["polls"][REHEARSAL_POLL]
    assert result.voted == 30 and result.reached == 30 and result.ok
    assert stored["voters"] == 30 and sum(stored["counts"].values()) == 30
    assert 0 < result.slowest_ms < 5000
    assert result.text().startswith("30 of 30 test phones voted; slowest answer ")
    assert not folder.exists()      # the scratch database is gone


async def test_reach_rehearsal_against_the_talk_sends_no_vote(talk):
    server, join = talk
    await wait_for_open_poll(join.url)
    result = await rehearse_reach(join.url, phones=25, seconds=20)
    assert result.reached == 25 and result.voted is None and result.ok
    assert result.failures == {}
    results = await control_results(join.url)
    assert results["polls"]["q1"]["voters"] == 0          # the session stays clean
    assert "No test votes were sent" in result.text()


async def test_reach_rehearsal_against_nothing_says_what_to_check():
    with socket.socket() as s:                  # a port on loopback that nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = await rehearse_reach(f"http://127.0.0.1:{port}/", phones=5, seconds=5)
    assert result.reached == 0 and not result.ok
    text = result.text()
    assert text.startswith("None of the 5 test phones reached")
    assert "firewall" in text


async def test_a_server_that_never_answers_cannot_hold_the_rehearsal():
    writers: list[asyncio.StreamWriter] = []
    release = asyncio.Event()

    async def silent(reader, writer):
        writers.append(writer)
        await release.wait()            # accept, read nothing, answer nothing
        writer.close()

    listener = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    started = time.monotonic()
    try:
        result = await rehearse_reach(f"http://127.0.0.1:{port}/", phones=5, seconds=1.5)
    finally:
        release.set()
        listener.close()
        await listener.wait_closed()
        for writer in writers:
            writer.close()
            await writer.wait_closed()
    assert time.monotonic() - started < 6
    assert writers                      # the phones did get a connection
    assert result.reached == 0 and not result.ok
    assert result.stopped_at_deadline or "timeout" in result.failures


def test_verdict_in_plain_words():
    ok_here = RehearsalResult("http://192.168.1.20:8080/", 30, 30, 30, 42.0, 12.0)
    assert verdict(ok_here).startswith("30 of 30 test phones voted; slowest answer 42 ms.")
    assert "cannot show that the venue wifi" in verdict(ok_here)
    elsewhere = RehearsalResult("http://192.168.1.20:8080/", 30, 30, None, 80.0, 20.0,
                                from_this_laptop=False)
    assert verdict(elsewhere) == (
        "30 of 30 test phones reached the laptop; slowest answer 80 ms. No test votes were "
        "sent, so the session stays clean. Phones on this network can reach the laptop."
    )
    partial = RehearsalResult("http://x:8080/", 30, 28, 24, 2500.0, 300.0,
                              failures={"timeout": 6}, stopped_at_deadline=True)
    text = verdict(partial)
    assert text.startswith("24 of 30 test phones voted; slowest answer 2.5 s.")
    assert "6 did not get through (timeout ×6) before the time ran out" in text
    assert not partial.ok
    slow = RehearsalResult("http://x:8080/", 10, 10, 10, 1800.0, 900.0)
    assert "slow enough for phones to feel stuck" in verdict(slow)


def test_is_this_machine():
    assert is_this_machine("http://127.0.0.1:8080/")
    assert is_this_machine("localhost:8080")
    assert is_this_machine("http://[::1]:8080/")
    assert is_this_machine("http://192.168.1.20:8080/", ["192.168.1.20"])
    assert not is_this_machine("http://192.168.1.20:8080/", ["10.0.0.3"])


@pytest.mark.parametrize("phones, seconds, url, words", [
    (0, 10, None, "between 1 and 500 test phones"),
    (501, 10, None, "between 1 and 500 test phones"),
    (30, 0, None, "between 1 and 120 seconds"),
    (30, 10, "ftp://x/", "not an http:// address"),
])
async def test_requests_outside_the_bounds_are_refused(phones, seconds, url, words):
    with pytest.raises(RehearsalError, match=words):
        await rehearse_reach(url or "http://127.0.0.1:9/", phones, seconds) if url else \
            await rehearse_votes("http://127.0.0.1:9/", TOKEN, phones, seconds)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    rehearse_command.add_arguments(parser)
    return parser.parse_args(argv)


def test_command_with_url_checks_the_running_talk(talk, capsys):
    server, join = talk
    code = rehearse_command.run(parse([join.url, "--phones", "10", "--seconds", "10", "--json"]))
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["reached"] == 10 and out["voted"] is None and out["ok"] is True
    assert out["verdict"].startswith("10 of 10 test phones reached the laptop")


def test_command_without_url_rehearses_a_scratch_server(capsys):
    code = rehearse_command.run(parse(["--host", "127.0.0.1", "--port", "0", "--phones", "12",
                                       "--seconds", "15"]))
    captured = capsys.readouterr()
    assert captured.out.startswith("12 of 12 test phones voted; slowest answer")
    # Listening on loopback only: the rehearsal passed but phones could not join.
    assert "phones cannot join" in captured.out
    assert code == 1
    assert "scratch session" in captured.err


def test_command_refuses_a_bad_request_in_one_sentence(capsys):
    code = rehearse_command.run(parse(["--phones", "0"]))
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == "Ask for between 1 and 500 test phones (--phones)."


def test_scratch_rehearsal_runs_on_a_worker_thread_beside_the_talk(talk):
    """The console's rehearsal action: a worker thread, while the real server runs."""
    import threading

    from venue.rehearsal import run_scratch_rehearsal

    server, join = talk
    started, out = [], []
    worker = threading.Thread(target=lambda: out.append(run_scratch_rehearsal(
        "127.0.0.1", join.port, phones=10, seconds=15, on_started=started.append)))
    worker.start()
    worker.join(30)
    assert not worker.is_alive()
    result, scratch_join = out[0]
    assert result.voted == 10 and result.ok
    assert started == [scratch_join]
    assert scratch_join.port != join.port and scratch_join.port_changed   # the talk keeps its port
    results = asyncio.run(control_results(join.url))
    assert results["polls"]["q1"]["voters"] == 0          # and its session stays clean


def test_a_cancelled_scratch_rehearsal_stops_and_cleans_up(tmp_path, monkeypatch):
    """The console quits mid-rehearsal: a sentence, no scratch folder left behind."""
    import tempfile
    import threading

    from venue.rehearsal import run_scratch_rehearsal

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    cancel = threading.Event()
    cancel.set()
    started = time.monotonic()
    with pytest.raises(RehearsalError, match="stopped before it finished"):
        run_scratch_rehearsal("127.0.0.1", 0, phones=5, seconds=60, cancel=cancel)
    assert time.monotonic() - started < 8
    assert not list(tmp_path.glob("votedeck-rehearsal-*"))
