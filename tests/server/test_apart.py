"""VotingServerApart: the voting server in a process of its own, driven from this one.

Real child processes (spawned), the real server in them on a loopback port, the real
SQLite file in tmp_path, phones over HTTP. What crosses the pipe is checked by what
this side sees: snapshots, replies, errors with their reason, the end of the child.
"""
from __future__ import annotations

import json
import os
import time
import urllib.request

import pytest

from server.apart import VotingServerApart
from server.api import ServerError, ServerStartError
from server.store.hand_counts import HandCountError

from .conftest import make_config, make_deck


def wait_until(condition, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        time.sleep(0.01)


def vote(server, poll: str, choice: str, voter: str) -> int:
    request = urllib.request.Request(
        f"{server.join.url}api/vote", data=json.dumps({"poll": poll, "choice": choice}).encode(),
        headers={"Content-Type": "application/json", "Cookie": f"voter={voter}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status


@pytest.fixture
def apart(tmp_path):
    snapshots, failures, controls = [], [], []
    server = VotingServerApart(make_deck(), make_config(tmp_path),
                               on_snapshot=snapshots.append, on_failure=failures.append,
                               on_control=controls.append)
    server.start()
    server.snapshots, server.failures, server.controls = snapshots, failures, controls
    yield server
    server.stop()


def test_votes_over_http_reach_this_side_as_snapshots(apart):
    assert apart.running and apart.join.port > 0 and apart.session_id > 0
    assert apart.database_path.exists()
    apart.show_slide(2)
    apart.set_poll("p1", open=True)
    wait_until(lambda: apart.snapshot().current_poll == "p1"
               and apart.snapshot().poll("p1").open)
    assert vote(apart, "p1", "agree", "phone-one-0001") == 200
    assert vote(apart, "p1", "disagree", "phone-two-0002") == 200
    wait_until(lambda: apart.snapshot().poll("p1").count("agree") == 1
               and apart.snapshot().poll("p1").count("disagree") == 1)
    assert apart.snapshots[-1] == apart.snapshot()       # the callback had the same news
    assert apart.failures == []


def test_what_the_speaker_waits_for_is_answered_errors_and_all(apart):
    assert apart.rename_session("Bergen kommune") == "Bergen kommune"
    assert apart.session.name == "Bergen kommune"
    assert apart.set_hand_counts("p1", {"agree": 3, "disagree": 1}) == 4
    with pytest.raises(HandCountError) as refused:
        apart.set_hand_counts("nope", {"agree": 1})
    assert refused.value.reason == "no_poll" and "nope" in str(refused.value)
    link, lifetime = apart.remote_link()
    assert link.startswith(apart.join.url) and "pair=" in link and lifetime > 0
    join = apart.join
    assert apart.choose_join_host("192.0.2.1") == join      # one address only: it stays
    assert apart.join_candidates() == ()
    wait_until(lambda: apart.reachability() is not None)


def test_the_control_api_is_heard_on_this_side(apart):
    request = urllib.request.Request(
        f"{apart.join.url}api/control/slide", data=json.dumps({"slide": 3}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {apart.token}"})
    with urllib.request.urlopen(request, timeout=5):
        pass
    wait_until(lambda: apart.controls)
    assert apart.controls[0].kind == "slide" and apart.controls[0].slide == 3


def test_a_second_server_on_the_same_folder_is_refused_with_a_sentence(apart, tmp_path):
    second = VotingServerApart(make_deck(), make_config(tmp_path))
    with pytest.raises(ServerStartError) as refused:
        second.start()
    assert refused.value.reason and str(refused.value).endswith(".")
    # The process to stop is the app (this one), not the voting process it spawned.
    assert refused.value.values["pid"] == os.getpid() != apart._process.pid
    assert not second.running


def test_a_child_that_dies_is_a_failure_said_once(apart):
    apart._process.kill()
    wait_until(lambda: apart.failures)
    assert [error.reason for error in apart.failures] == ["stopped"]
    assert not apart.running
    with pytest.raises(ServerError) as refused:
        apart.rename_session("Oslo")
    assert refused.value.reason in ("stopped", "not_running")


def test_a_child_whose_parent_is_gone_ends_and_lets_the_folder_go(apart, tmp_path):
    # As if this process had died without a word: the pipe closes.
    process = apart._process
    apart._stopping = True
    apart._conn.close()
    process.join(10)
    assert not process.is_alive()
    after = VotingServerApart(make_deck(), make_config(tmp_path))
    after.start()                      # the folder's lock was let go
    after.stop()


def test_stop_is_idempotent_and_moves_after_it_are_ignored(apart):
    url = apart.join.url
    apart.stop()
    assert not apart.running and apart.failures == []
    apart.stop()
    apart.show_slide(2)
    apart.set_poll("p1", open=True)
    with pytest.raises(ServerError):
        apart.set_hand_counts("p1", {"agree": 1})
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{url}healthz", timeout=1)


def test_slide_images_cross_to_the_phones(apart):
    from common.values import SlideImage

    shown = SlideImage(slide=1, data=b"\xff\xd8 not really a jpeg", content_type="image/jpeg",
                       width=720, height=405, text="Velkommen\nØresund", notes="kun taleren")
    apart.publish_slides(shown, None, (12.0, True))

    def phone_image():
        with urllib.request.urlopen(f"{apart.join.url}api/state", timeout=5) as response:
            return json.load(response)["image"]
    wait_until(lambda: phone_image() is not None)
    image = phone_image()
    assert image["n"] == 1 and image["text"] == "Velkommen\nØresund"
    with urllib.request.urlopen(apart.join.url + image["url"].lstrip("/"), timeout=5) as response:
        assert response.read() == shown.data


def test_a_process_started_ahead_is_the_one_that_serves(tmp_path):
    from server import apart as module

    module.start_ahead()
    module.start_ahead()                    # one spare at most
    ahead = module.SPARE._waiting[0]
    server = VotingServerApart(make_deck(), make_config(tmp_path))
    try:
        server.start()
        assert server._process is ahead and server.running
        assert module.SPARE._waiting is None
    finally:
        server.stop()
    assert not ahead.is_alive()


def test_phones_keep_answering_when_the_app_stops_reading(tmp_path):
    """A hung app reads nothing: the child's snapshots must not fill the pipe and stop
    the server's loop (in one process, a hung window never stopped the voting)."""
    from common.child_process import spawn_child
    from server.voting_child import child_main
    from tests.server.kinds_support import kinds_deck

    process, conn = spawn_child(child_main, "votedeck-voting-test")
    try:
        conn.send(("start", kinds_deck(), make_config(tmp_path)))
        word = ("",)
        while word[0] != "started":
            assert conn.poll(30)
            word = conn.recv()
        url = word[1].join.url
        conn.send(("cast", 0, "show_slide", (4,), {}))
        conn.send(("cast", 0, "set_poll", ("words",), {"open": True}))
        time.sleep(0.5)
        # From here on nothing is read. Each snapshot carries the newest answers (40
        # characters each): a few dozen of them fill what the pipe holds.
        for n in range(300):
            request = urllib.request.Request(
                f"{url}api/answer", method="POST",
                data=json.dumps({"poll": "words", "text": f"svar {n:03d} " + "æ" * 30}).encode(),
                headers={"Content-Type": "application/json", "Origin": url.rstrip("/"),
                         "Cookie": f"voter=phone-{n:08d}"})
            with urllib.request.urlopen(request, timeout=5) as response:
                assert response.status == 200
    finally:
        conn.close()                    # the app is gone: the child ends
        process.join(10)
    assert not process.is_alive()


def test_the_outbox_sends_events_before_the_snapshot_and_only_the_newest_snapshot():
    import multiprocessing

    from server.voting_child import _Outbox

    ours, theirs = multiprocessing.Pipe(duplex=True)
    outbox = _Outbox(theirs)
    with outbox._ready:                 # hold the sender while the news piles up
        outbox._queue.append(("join", "the new address", ()))
        outbox._snapshot = ("snapshot", 1)
    outbox.put(("snapshot", 2))
    outbox.put(("control", "slide 3"))
    outbox.close()
    received = []
    while ours.poll(1):
        received.append(ours.recv())
    assert [m for m in received if m[0] == "snapshot"] == [("snapshot", 2)]
    assert ("control", "slide 3") in received
    assert received.index(("join", "the new address", ())) < received.index(("snapshot", 2))
