"""The speaker's phone as a remote (issue 17): paired once by a one-time code from
the console, kept in an HttpOnly, SameSite=Strict cookie; without it every remote
address answers 403 and reveals nothing; spent, wrong and expired codes and wrong
cookies cost a guesser time in the control API's TokenGuard; its moves go through
the control API's handlers, so the presenter hears them as control events."""
from __future__ import annotations

import aiohttp
import pytest

from common.values import SlideImage
from server.web.remote_pairing import CODE_LIFETIME, RemotePairing
from server.web.token_guard import FREE_TRIES
from tests.server.conftest import make_config, make_deck, wait_for

REMOTE_ADDRESSES = (("GET", "/remote"), ("GET", "/api/remote/state"),
                    ("GET", "/remote/slide/1-000000000000.jpg"),
                    ("POST", "/api/remote/slide"), ("POST", "/api/remote/poll"))


@pytest.fixture
def remote_server(tmp_path):
    from server.runtime import VotingServer
    events: list = []
    server = VotingServer(make_deck(), make_config(tmp_path), on_control=events.append)
    server.start()
    server.events = events
    server.base = f"http://127.0.0.1:{server.join.port}"
    yield server
    server.stop()


def pair_path(server) -> str:
    link, lifetime = server.remote_link()
    assert lifetime == CODE_LIFETIME
    assert link.startswith(server.join.url.rstrip("/") + "/remote?pair=")
    return link.split("/", 3)[3]


async def paired_session(server, phone) -> aiohttp.ClientSession:
    session = phone()
    async with session.get(f"{server.base}/{pair_path(server)}", allow_redirects=False) as response:
        assert response.status == 303 and response.headers["Location"] == "/remote"
        cookie = response.headers["Set-Cookie"]
    assert "remote=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/" in cookie
    return session


async def test_without_the_cookie_every_remote_address_refuses_and_reveals_nothing(
        remote_server, phone):
    session = phone()
    remote_server.publish_slides(SlideImage(1, b"jpeg", "image/jpeg", 720, 405, "Titel", "Hemmelige noter"))
    for method, path in REMOTE_ADDRESSES:
        async with session.request(method, remote_server.base + path, json={"slide": 2}) as response:
            assert response.status == 403, path
            body = await response.text()
            assert "Hemmelige" not in body and "Testdæk" not in body, path
            assert "remote" in body.lower() or "fjernbetjening" in body.lower(), path
    assert remote_server.presentation.slide == 1 and remote_server.events == []


async def test_a_paired_phone_sees_the_talk_and_moves_it_through_the_control_path(
        remote_server, phone):
    session = await paired_session(remote_server, phone)
    remote_server.publish_slides(SlideImage(1, b"one", "image/jpeg", 720, 405, "Titel 1", "Noter 1"),
                                 SlideImage(2, b"two", "image/jpeg", 720, 405, "Titel 2", "Noter 2"),
                                 (65.0, False))
    await wait_for(lambda: remote_server.presentation.shelf.following is not None)
    async with session.get(f"{remote_server.base}/remote") as response:
        assert response.status == 200 and "/static/remote.js" in await response.text()
    async with session.get(f"{remote_server.base}/api/remote/state") as response:
        state = await response.json()
    assert (state["slide"], state["slides"], state["notes"]) == (1, 5, "Noter 1")
    assert state["next"]["n"] == 2 and state["timer"] == {"elapsed": 65.0, "running": False}
    async with session.get(remote_server.base + state["next"]["url"]) as response:
        assert response.status == 200 and await response.read() == b"two"
        assert response.headers["Cache-Control"].startswith("private")
    origin = {"Origin": remote_server.base}
    async with session.post(f"{remote_server.base}/api/remote/slide", json={"slide": 2},
                            headers=origin) as response:
        assert response.status == 200 and (await response.json())["poll"] == "p1"
    async with session.post(f"{remote_server.base}/api/remote/poll",
                            json={"poll": "p1", "open": False, "reveal": True},
                            headers=origin) as response:
        assert response.status == 200
    await wait_for(lambda: len(remote_server.events) == 2)
    moved, changed = remote_server.events
    assert (moved.kind, moved.slide) == ("slide", 2)
    assert (changed.kind, changed.poll_id, changed.open, changed.reveal) == ("poll", "p1", False, True)
    async with session.get(f"{remote_server.base}/api/remote/state") as response:
        poll = (await response.json())["poll"]
    assert (poll["id"], poll["open"], poll["revealed"]) == ("p1", False, True)


async def test_a_code_works_once(remote_server, phone):
    path = pair_path(remote_server)
    first, second = phone(), phone()
    async with first.get(f"{remote_server.base}/{path}", allow_redirects=False) as response:
        assert response.status == 303
    async with second.get(f"{remote_server.base}/{path}", allow_redirects=False) as response:
        assert response.status == 403 and "Set-Cookie" not in response.headers
    async with second.get(f"{remote_server.base}/api/remote/state") as response:
        assert response.status == 403


async def test_a_new_code_replaces_an_unused_one(remote_server, phone):
    old = pair_path(remote_server)
    pair_path(remote_server)
    async with phone().get(f"{remote_server.base}/{old}", allow_redirects=False) as response:
        assert response.status == 403


def test_a_code_expires():
    now = [100.0]
    pairing = RemotePairing(clock=lambda: now[0])
    code, _ = pairing.new_code()
    now[0] += CODE_LIFETIME + 1
    assert pairing.redeem(code) is None
    code, _ = pairing.new_code()
    assert pairing.redeem("x" + code[1:]) is None
    secret = pairing.redeem(code)
    assert secret and pairing.paired(secret) and not pairing.paired(secret[:-1]) \
        and not pairing.paired(None)


async def test_guessing_codes_or_cookies_costs_growing_waits(remote_server, phone):
    session = phone()
    statuses = []
    for n in range(FREE_TRIES + 2):
        async with session.get(f"{remote_server.base}/remote?pair=guess{n}") as response:
            statuses.append(response.status)
    assert statuses[:FREE_TRIES] == [403] * FREE_TRIES and 429 in statuses[FREE_TRIES:]
    # The right code, now, waits too: the guard holds the address, not the code.
    async with session.get(f"{remote_server.base}/{pair_path(remote_server)}",
                           allow_redirects=False) as response:
        assert response.status == 429 and "Retry-After" in response.headers


async def test_a_wrong_cookie_counts_as_a_guess(remote_server, phone):
    session = phone()
    session.cookie_jar.update_cookies({"remote": "not-the-secret"})
    for _ in range(FREE_TRIES + 2):
        async with session.get(f"{remote_server.base}/api/remote/state") as response:
            last = response.status
    assert last == 429


async def test_another_sites_page_cannot_move_the_talk(remote_server, phone):
    session = await paired_session(remote_server, phone)
    async with session.post(f"{remote_server.base}/api/remote/slide", json={"slide": 3},
                            headers={"Origin": "http://evil.example"}) as response:
        assert response.status == 403
    assert remote_server.presentation.slide == 1 and remote_server.events == []


def test_serve_without_a_window_has_a_remote_link_but_no_images(tmp_path):
    from server.runtime import VotingServer
    server = VotingServer(make_deck(), make_config(tmp_path))
    assert server.remote_link() is None             # not listening yet
    server.start()
    try:
        assert server.remote_link() is not None
        assert server.presentation.common_state()["image"] is None
    finally:
        server.stop()
