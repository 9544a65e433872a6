"""The phones' HTTP API against a real VotingServer and a real SQLite file."""
from __future__ import annotations

import sqlite3

import pytest

from server.web.app import CSP
from server.web.static_files import WEB_DIR

from .conftest import control, start_server, wait_for


async def show_poll(phone, running, slide: int = 2) -> None:
    await control(phone(), running, "/api/control/slide", {"slide": slide})


async def test_healthz(running, phone):
    async with phone().get(running.url("/healthz")) as response:
        assert response.status == 200


async def test_page_is_html_with_the_question_and_security_headers(running, phone):
    await show_poll(phone, running)
    async with phone().get(running.url("/")) as response:
        assert response.status == 200
        assert response.content_type == "text/html"
        assert "Første påstand?" in await response.text()
        assert response.headers["Content-Security-Policy"] == CSP
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        cookie = response.cookies["voter"]
        assert cookie["httponly"] and cookie["samesite"] == "Lax"
        assert len(cookie.value) >= 16


async def test_state_between_polls_and_during_one(running, phone):
    p = phone()
    async with p.get(running.url("/api/state")) as response:
        state = await response.json()
    assert state["slide"] == 1 and state["poll"] is None
    assert state["session"]["id"] == running.server.session_id
    await show_poll(phone, running)
    async with p.get(running.url("/api/state")) as response:
        poll = (await response.json())["poll"]
    assert poll["id"] == "p1" and poll["question"] == "Første påstand?"
    assert [o["id"] for o in poll["options"]] == ["agree", "disagree", "dont-know"]
    assert [o["label"] for o in poll["options"]] == ["Enig", "Uenig", "Ved ikke"]
    assert poll["open"] is True and poll["choice"] is None and poll["results"] is None


async def test_vote_is_acknowledged_only_after_commit(running, phone):
    await show_poll(phone, running)
    p = phone()
    async with p.post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as response:
        assert response.status == 200
        assert await response.json() == {"poll": "p1", "choice": "agree"}
        voter = response.cookies["voter"].value
    # A separate connection sees the row the moment the 200 arrived.
    with sqlite3.connect(running.server.database_path) as db:
        rows = db.execute("SELECT session_id, poll_id, voter_id, choice FROM votes").fetchall()
    assert rows == [(running.server.session_id, "p1", voter, "agree")]
    async with p.get(running.url("/api/state")) as response:
        assert (await response.json())["poll"]["choice"] == "agree"


async def test_changed_vote_counts_once(running, phone):
    await show_poll(phone, running)
    p, other = phone(), phone()
    for choice in ("agree", "disagree", "disagree", "dont-know"):
        async with p.post(running.url("/api/vote"), json={"poll": "p1", "choice": choice}) as r:
            assert r.status == 200
    async with other.post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
        assert r.status == 200
    async with p.get(running.url("/api/control/results"), headers=running.auth) as response:
        results = await response.json()
    assert results["polls"]["p1"]["counts"] == {"agree": 1, "disagree": 0, "dont-know": 1}
    assert results["polls"]["p1"]["voters"] == 2
    with sqlite3.connect(running.server.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 2


async def test_form_vote_redirects_to_the_page(running, phone):
    await show_poll(phone, running)
    p = phone()
    async with p.post(running.url("/api/vote"), data={"poll": "p1", "choice": "disagree"},
                      allow_redirects=False) as response:
        assert response.status == 303
        assert response.headers["Location"] == "/"
    async with p.get(running.url("/api/state")) as response:
        assert (await response.json())["poll"]["choice"] == "disagree"


async def test_form_vote_error_is_a_page_with_a_sentence(running, phone):
    await show_poll(phone, running)
    async with phone().post(running.url("/api/vote"), data={"poll": "p1", "choice": "maybe"},
                            allow_redirects=False) as response:
        assert response.status == 400
        assert response.content_type == "text/html"
        assert "answers" in await response.text()


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400),
    (b"[1, 2]", 400),
    (b'{"poll": "p1"}', 400),
    (b'{"choice": "agree"}', 400),
    (b'{"poll": "p1", "choice": "maybe"}', 400),
    (b'{"poll": 3, "choice": "agree"}', 400),
    (b'{"poll": "nope", "choice": "agree"}', 404),
    (b'{"poll": "p2", "choice": "agree"}', 409),         # not the current poll
    (b"\xff\xfe\x00garbage", 400),
    (b'{"poll": "p1", "choice": "agree", "pad": "' + b"x" * 5000 + b'"}', 413),
])
async def test_vote_errors_are_json_sentences(running, phone, body, status):
    await show_poll(phone, running)
    async with phone().post(running.url("/api/vote"), data=body,
                            headers={"Content-Type": "application/json"}) as response:
        assert response.status == status
        error = (await response.json())["error"]
        assert isinstance(error, str) and error.endswith(".")
    with sqlite3.connect(running.server.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 0


async def test_vote_on_a_closed_poll_is_409(running, phone):
    await show_poll(phone, running)
    await control(phone(), running, "/api/control/poll", {"poll": "p1", "open": False})
    async with phone().post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
        assert r.status == 409
        assert "closed" in (await r.json())["error"]


async def test_cross_origin_vote_is_refused(running, phone):
    await show_poll(phone, running)
    async with phone().post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"},
                            headers={"Origin": "http://evil.example"}) as response:
        assert response.status == 403
    same = running.base
    async with phone().post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"},
                            headers={"Origin": same}) as response:
        assert response.status == 200


async def test_unknown_path_and_method_are_json_errors(running, phone):
    async with phone().get(running.url("/nope")) as response:
        assert response.status == 404 and "error" in await response.json()
    async with phone().get(running.url("/api/vote")) as response:
        assert response.status == 405 and "error" in await response.json()


async def test_static_files_and_no_traversal(running, phone):
    p = phone()
    async with p.get(running.url("/static/phone.css")) as response:
        assert response.status == 200
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    for path in ("/static/", "/static/../server/api.py", "/static/%2e%2e/server/api.py",
                 "/static/..%2fserver%2fapi.py", "/static//etc/passwd",
                 "/static/%2e%2e/%2e%2e/etc/passwd"):
        async with p.get(running.url(path)) as response:
            assert response.status in (403, 404), path
            assert "DeckSpec" not in await response.text()


async def test_voters_per_address_cap(tmp_path, phone):
    run = start_server(tmp_path, max_voters_per_address=3)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        statuses = []
        for _ in range(5):                      # five cookie-less "phones" from one address
            async with phone().post(run.url("/api/vote"),
                                    json={"poll": "p1", "choice": "agree"}) as response:
                statuses.append(response.status)
        assert statuses == [200, 200, 200, 429, 429]
        # Waiting does not lift this cap (it holds for the whole poll): no Retry-After.
        async with phone().post(run.url("/api/vote"),
                                json={"poll": "p1", "choice": "agree"}) as response:
            assert response.status == 429 and "Retry-After" not in response.headers
        await wait_for(lambda: run.server.snapshot().poll("p1").voters == 3)
    finally:
        run.server.stop()


async def test_a_reset_poll_starts_the_per_address_cap_afresh(tmp_path, phone):
    run = start_server(tmp_path, max_voters_per_address=2)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})

        async def new_phones_vote(count: int) -> list[int]:
            statuses = []
            for _ in range(count):
                async with phone().post(run.url("/api/vote"),
                                        json={"poll": "p1", "choice": "agree"}) as response:
                    statuses.append(response.status)
            return statuses

        assert await new_phones_vote(3) == [200, 200, 429]
        await control(phone(), run, "/api/control/poll", {"poll": "p1", "reset": True})
        await wait_for(lambda: run.server.snapshot().poll("p1").voters == 0)
        assert await new_phones_vote(3) == [200, 200, 429]
    finally:
        run.server.stop()


async def test_requests_per_second_cap(tmp_path, phone):
    run = start_server(tmp_path, max_requests_per_second=5)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        p = phone()
        statuses, retry_after = [], []
        for _ in range(12):
            async with p.post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
                statuses.append(r.status)
                if r.status == 429:
                    assert "Too many" in (await r.json())["error"]
                    retry_after.append(r.headers.get("Retry-After", ""))
        assert statuses.count(200) <= 6 and 429 in statuses
        assert retry_after and set(retry_after) == {"1"}      # a 5/s bucket refills in a second
    finally:
        run.server.stop()


async def test_a_vote_with_an_unknown_field_is_refused_by_name(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    for body in ({"poll": "p1", "choice": "agree", "weight": 10},
                 {"poll": "p1", "chioce": "agree"}):
        async with phone().post(running.url("/api/vote"), json=body) as response:
            assert response.status == 400
            sentence = (await response.json())["error"]
            assert ('"weight"' in sentence or '"chioce"' in sentence) and '"choice"' in sentence
    # A browser's form is what our page's form holds; an extra field there is let through.
    async with phone().post(running.url("/api/vote"), allow_redirects=False,
                            data={"poll": "p1", "choice": "agree", "x": "1"}) as response:
        assert response.status == 303
    await wait_for(lambda: running.server.snapshot().poll("p1").voters == 1)


async def test_missing_static_files_are_json_sentences(running, phone):
    p = phone()
    for path in ("/static/nonexistent.js", "/static/%252e%252e/x", "/static/%2e%2e/server/api.py",
                 "/static/", "/static/phone.css/x"):
        async with p.get(running.url(path)) as response:
            assert response.status == 404, path
            assert response.content_type == "application/json", path
            assert (await response.json())["error"].endswith("."), path


async def test_static_files_revalidate_with_their_etag(running, phone):
    p = phone()
    async with p.get(running.url("/static/phone.js")) as response:
        assert response.status == 200 and response.content_type == "text/javascript"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        tag = response.headers["ETag"]
        body = await response.read()
    assert body == (WEB_DIR / "phone.js").read_bytes()
    async with p.get(running.url("/static/phone.js"), headers={"If-None-Match": tag}) as response:
        assert response.status == 304 and await response.read() == b""
    async with p.head(running.url("/static/phone.css")) as response:
        assert response.status == 200 and await response.read() == b""
