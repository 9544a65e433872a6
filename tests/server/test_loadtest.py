"""`votedeck loadtest` against the real voting server on a loopback port.

Each test starts a real VotingServer (port 0, SQLite in tmp_path) and runs the
load tool at it as a speaker would, then checks the figures against what the
server itself counted.
"""
from __future__ import annotations

import argparse
import json
import time
import urllib.request

import pytest

from common.values import DeckSpec, PollOption, PollSpec
from loadtest.figures import CAPS_ADVICE
from loadtest.runner import LoadConfig, LoadError, check, run
from presenter.commands import loadtest as command
from server.api import ServerConfig
from server.runtime import VotingServer

TOKEN = "loadtest-token-0123456789"
OPTIONS = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"),
           PollOption("dont-know", "Ved ikke"))
DECK = DeckSpec(key="loadtest-deck", title="Load test", slide_count=3,
                polls=(PollSpec("p1", "Is this fast?", OPTIONS, slide=2),))


def start_server(tmp_path, **config) -> tuple[VotingServer, str]:
    # Every phone of a load test comes from this one machine: the per-address caps off.
    settings = dict(host="127.0.0.1", port=0, data_dir=tmp_path, token=TOKEN,
                    max_voters_per_address=0, max_requests_per_second=0,
                    max_websockets_per_address=0, max_connections_per_address=0)
    settings.update(config)
    server = VotingServer(DECK, ServerConfig(**settings))
    join = server.start()
    return server, f"http://127.0.0.1:{join.port}/"


@pytest.fixture
def voting(tmp_path):
    server, url = start_server(tmp_path)
    yield server, url
    server.stop()


def control_results(url: str) -> dict:
    req = urllib.request.Request(url + "api/control/results",
                                 headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


def test_twenty_phones_every_vote_acknowledged_and_counted_by_the_server(voting):
    server, url = voting
    report = run(LoadConfig(url=url, phones=20, votes_per_phone=3, think_ms=30,
                            ramp_s=0.2, duration_limit_s=20, token=TOKEN))
    assert report.clean, report.text()
    assert report.phones_connected == 20
    assert report.votes_sent == report.votes_acknowledged == 60
    assert report.votes_failed == 0 and report.failures == {}
    lat = report.ack_latency_ms
    assert lat.count == 60
    assert 0 < lat.p50 <= lat.p95 <= lat.p99 <= lat.max < 10_000
    assert report.throughput_votes_per_s > 0
    # The tool opened the poll on slide 2 and left for a neighbour: two timed changes.
    assert [c.slide for c in report.slide_changes] == [2, 3]
    assert all(c.phones_told == 20 and c.phones_not_told == 0 for c in report.slide_changes)
    assert report.slide_change_ms.count == 40
    # The server agrees: 20 phones, each counted once however often it changed its vote.
    polls = control_results(url)["polls"]
    assert polls["p1"]["voters"] == 20
    assert sum(polls["p1"]["counts"].values()) == 20
    text = report.text()
    assert "20 of 20" in text and "60 acknowledged" in text and "slide change" in text


def test_without_a_token_phones_vote_on_the_poll_the_presenter_opened(voting):
    server, url = voting
    server.show_slide(2)
    _wait_for(lambda: server.snapshot().current_poll == "p1")
    report = run(LoadConfig(url=url, phones=10, think_ms=0, duration_limit_s=20))
    assert report.clean, report.text()
    assert report.votes_acknowledged == 10
    assert report.slide_change_ms is None and report.slide_changes == ()
    assert "pass --token" in report.text()


def test_json_output_has_the_same_figures(voting, capsys):
    _, url = voting
    code = command.run(_args(url, "--phones", "5", "--think", "0", "--token", TOKEN, "--json"))
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["phones_connected"] == 5 and out["votes_acknowledged"] == 5 and out["clean"] is True
    for key in ("votes_sent", "votes_failed", "failures", "refused_by_caps",
                "throughput_votes_per_s", "elapsed_s", "stopped_at_deadline"):
        assert key in out
    assert set(out["ack_latency_ms"]) == {"count", "p50", "p95", "p99", "max"}
    assert out["slide_change_ms"]["count"] == 10
    assert [c["slide"] for c in out["slide_changes"]] == [2, 3]


def test_refuses_to_run_without_a_url(capsys):
    assert command.run(_args("", "--phones", "5")) == 2
    err = capsys.readouterr().err
    assert "Give the address of a running votedeck" in err and "Traceback" not in err
    with pytest.raises(LoadError, match="not an http:// address"):
        check(LoadConfig(url="ftp://example.org/", phones=5))


@pytest.mark.parametrize("field, value, words", [
    ("phones", 5001, "between 1 and 5000 phones"),
    ("phones", 0, "between 1 and 5000 phones"),
    ("votes_per_phone", 0, "votes per phone"),
    ("duration_limit_s", 601, "duration limit"),
    ("ramp_s", 90, "ramp"),
])
def test_refuses_requests_beyond_its_bounds(field, value, words):
    config = LoadConfig(url="http://127.0.0.1:9/", phones=5)
    with pytest.raises(LoadError, match=words):
        check(LoadConfig(**{**config.__dict__, field: value}))


def test_says_plainly_when_the_servers_caps_refused_its_votes(tmp_path):
    server, url = start_server(tmp_path, max_voters_per_address=2)
    try:
        report = run(LoadConfig(url=url, phones=6, think_ms=0, duration_limit_s=20, token=TOKEN))
    finally:
        server.stop()
    assert report.votes_acknowledged == 2
    assert report.refused_by_caps == 4 and report.failures == {"429": 4}
    assert not report.clean
    text = report.text()
    assert f"The server's caps refused 4 votes: {CAPS_ADVICE}." in text
    assert "--max-voters-per-address 0 --max-requests-per-second 0" in text


def test_stops_at_its_deadline_when_no_poll_opens(voting):
    _, url = voting                      # slide 1 has no poll and nobody opens one
    started = time.perf_counter()
    report = run(LoadConfig(url=url, phones=8, think_ms=0, duration_limit_s=1.0))
    took = time.perf_counter() - started
    assert report.stopped_at_deadline
    assert took < 1.0 + 3.0
    assert report.phones_connected == 8 and report.votes_sent == 0
    assert report.phones_never_saw_poll == 8
    text = report.text()
    assert "Stopped at the 1 s deadline" in text and "never saw an open poll" in text


def test_a_wrong_token_is_one_sentence(voting, capsys):
    _, url = voting
    assert command.run(_args(url, "--phones", "2", "--token", "wrong")) == 2
    err = capsys.readouterr().err
    assert "refused the control token" in err and "Traceback" not in err


def test_an_address_with_nothing_listening_fails_every_phone_plainly(capsys):
    code = command.run(_args("http://127.0.0.1:9/", "--phones", "3", "--duration-limit", "5"))
    out = capsys.readouterr().out
    assert code == 1
    assert "0 of 3" in out and "connection error ×3" in out


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return parser.parse_args(argv)


def _wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the server did not get there in time"
        time.sleep(0.01)


def test_never_sends_faster_than_the_rate_asked_for(voting):
    server, url = voting
    server.show_slide(2)
    _wait_for(lambda: server.snapshot().current_poll == "p1")
    report = run(LoadConfig(url=url, phones=10, think_ms=0, max_rate=20, duration_limit_s=20))
    assert report.votes_acknowledged == 10
    # ten votes at 20 a second: the first and the last are at least 9 gaps of 50 ms apart
    span = report.votes_acknowledged / report.throughput_votes_per_s
    assert span >= 9 * 0.05 - 0.01


def test_parks_beside_a_row_of_poll_slides_without_opening_another_poll(tmp_path):
    # The bundled talk puts six poll slides in a row: parking on a neighbouring poll
    # slide would open that poll, and phones voting there were refused (409) once the
    # test's own poll opened.
    polls = tuple(PollSpec(f"p{n}", f"Barrier {n}", OPTIONS, slide=n) for n in range(2, 6))
    deck = DeckSpec(key="row-of-polls", title="Row", slide_count=7, polls=polls)
    server = VotingServer(deck, ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path,
                                             token=TOKEN, max_voters_per_address=0,
                                             max_requests_per_second=0,
                                             max_websockets_per_address=0))
    url = f"http://127.0.0.1:{server.start().port}/"
    try:
        report = run(LoadConfig(url=url, phones=40, think_ms=300, duration_limit_s=20,
                                token=TOKEN, poll_slide=3))
        assert report.clean, report.text()
        assert report.votes_acknowledged == 40 and report.failures == {}
        voted = {poll: row["voters"] for poll, row in control_results(url)["polls"].items()}
        assert voted["p3"] == 40
        assert sum(voted.values()) == 40
    finally:
        server.stop()


def test_says_plainly_when_the_servers_socket_cap_refused_its_phones(tmp_path):
    server, url = start_server(tmp_path, max_websockets=3)
    try:
        report = run(LoadConfig(url=url, phones=6, think_ms=0, duration_limit_s=20, token=TOKEN))
    finally:
        server.stop()
    assert report.phones_connected == 3 and report.connect_errors == {"503": 3}
    text = report.text()
    assert "3 failed" in text and "server full" in text
    assert "The server refused 3 phones' sockets" in text
