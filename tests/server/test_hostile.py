"""A hostile room against a real VotingServer on loopback and its SQLite file: token
guessing and token secrecy, cross-site votes, security headers, path traversal and
symlinks, cookie-less ballot stuffing per address, and a flood from one address
while another votes. Different client addresses are 127.0.0.2 / 127.0.0.3 (all of
127.0.0.0/8 is loopback)."""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import shutil
import sqlite3
import subprocess
import sys
import time

import aiohttp
import pytest
from aiohttp import web

from server.web import views_control
from server.web.app import CSP, create_app
from server.web.limits import AddressLimits
from server.web.static_files import WEB_DIR

from .conftest import TOKEN, control, start_server, wait_for

VOTE = {"poll": "p1", "choice": "agree"}


def from_address(address: str, **kwargs) -> aiohttp.ClientSession:
    """A client whose connections come from `address` (a loopback alias)."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)),
                                 cookie_jar=aiohttp.DummyCookieJar(), **kwargs)


def voter(i: int) -> dict:
    return {"Cookie": f"voter=hostilevoter{i:08d}xyz"}


# ------------------------------------------------------------------ the control token

@pytest.mark.parametrize("address", ["127.0.0.1", "127.0.0.2"])
async def test_control_without_the_token_is_401_from_any_address(running, address):
    async with from_address(address) as client:
        for header in ({}, {"Authorization": "Bearer"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
                       {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Basic {TOKEN}"},
                       {"Authorization": TOKEN}, {"Authorization": f"Bearer {TOKEN.upper()}"}):
            async with client.post(running.url("/api/control/slide"), json={"slide": 3},
                                   headers=header) as r:
                assert r.status == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")
                assert "token" in (await r.json())["error"]
            async with client.get(running.url("/api/control/results"), headers=header) as r:
                assert r.status == 401
            # The right token clears the address's wrong ones (test_token_guessing has those).
            async with client.get(running.url("/api/control/results"), headers=running.auth) as r:
                assert r.status == 200
    assert running.server.snapshot().slide == 1


async def test_the_token_is_compared_in_constant_time(running, phone, monkeypatch):
    compared = []
    real = hmac.compare_digest

    def watching(a, b):
        compared.append((a, b))
        return real(a, b)
    monkeypatch.setattr(views_control.hmac, "compare_digest", watching)
    async with phone().get(running.url("/api/control/results"),
                           headers={"Authorization": "Bearer guess"}) as r:
        assert r.status == 401
    async with phone().get(running.url("/api/control/results"), headers=running.auth) as r:
        assert r.status == 200
    assert compared == [(b"guess", TOKEN.encode()), (TOKEN.encode(), TOKEN.encode())]


async def test_the_token_is_never_logged_nor_sent_to_phones(running, phone, caplog):
    caplog.set_level(logging.DEBUG)           # every logger, the access log included
    p = phone()
    await control(p, running, "/api/control/slide", {"slide": 2})
    await control(p, running, "/api/control/poll", {"poll": "p1", "reveal": True})
    async with p.get(running.url("/api/control/results"), headers=running.auth) as r:
        assert r.status == 200
    async with p.post(running.url("/api/control/slide"), json={"slide": 99},
                      headers=running.auth) as r:
        assert r.status == 400
    seen = []
    async with p.get(running.url("/")) as r:
        seen.append(await r.text())
    async with p.get(running.url("/api/state")) as r:
        seen.append(await r.text())
    async with p.post(running.url("/api/vote"), json=VOTE) as r:
        seen.append(await r.text())
    async with p.ws_connect(running.url("/ws")) as ws:
        seen.append((await ws.receive(timeout=3)).data)
    for name in ("phone.js", "phone-view.js", "phone.css"):
        async with p.get(running.url(f"/static/{name}")) as r:
            seen.append(await r.text())
    seen.append(running.server.join.url)
    assert not [text for text in seen if TOKEN in text]
    logged = [r for r in caplog.records
              if TOKEN in r.getMessage() or TOKEN in repr(r.args) or
              (r.exc_text and TOKEN in r.exc_text)]
    assert logged == []
    assert any(r.name == "aiohttp.access" for r in caplog.records)   # the access log was seen


# ------------------------------------------------------------------ headers, cookies, origin

async def test_every_html_answer_has_the_security_headers(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    p = phone()
    answers = []
    async with p.get(running.url("/")) as r:
        answers.append(r)
        cookie = r.cookies["voter"]
        assert cookie["httponly"] and cookie["samesite"] == "Lax"
    async with p.post(running.url("/api/vote"), data={"poll": "p1", "choice": "maybe"},
                      allow_redirects=False) as r:
        answers.append(r)                                  # the JavaScript-off refusal page
    async with p.get(running.url("/nowhere")) as r:
        answers.append(r)
    for r in answers:
        assert r.headers["Content-Security-Policy"] == CSP
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "no-referrer"
    for part in ("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"):
        assert part in CSP
    assert "unsafe-inline" not in CSP


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://127.0.0.1:1"},                      # another port is another origin
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site", "Origin": "http://127.0.0.1"},
])
async def test_cross_site_votes_are_refused(running, phone, headers):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    async with phone().post(running.url("/api/vote"), json=VOTE, headers=headers) as r:
        assert r.status == 403 and "own page" in (await r.json())["error"]
    # A form POST from another site's page: refused as a page with the sentence, in
    # the phone's language.
    async with phone().post(running.url("/api/vote"), data=VOTE,
                            headers={**headers, "Accept-Language": "en"},
                            allow_redirects=False) as r:
        assert r.status == 403 and "voting page itself" in await r.text()
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await phone().ws_connect(running.url("/ws"), headers=headers)
    assert refused.value.status == 403


@pytest.mark.parametrize("fetch_site", [None, "cross-site", "same-site", "none", "garbage"])
async def test_a_null_origin_is_refused_unless_the_browser_says_same_origin(running, phone,
                                                                             fetch_site):
    """`Origin: null` comes from sandboxed frames and privacy-stripped pages anywhere."""
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    headers = {"Origin": "null"}
    if fetch_site is not None:
        headers["Sec-Fetch-Site"] = fetch_site
    async with phone().post(running.url("/api/vote"), data=VOTE,
                            headers={**headers, "Accept-Language": "en"},
                            allow_redirects=False) as r:
        assert r.status == 403 and "voting page itself" in await r.text()
    async with phone().post(running.url("/api/vote"), json=VOTE, headers=headers) as r:
        assert r.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await phone().ws_connect(running.url("/ws"), headers=headers)
    assert refused.value.status == 403
    assert running.server.snapshot().poll("p1").voters == 0


async def test_a_null_origin_with_same_origin_fetch_site_is_our_own_page(running, phone):
    """What Chromium sends with the JavaScript-off form POST under our
    `Referrer-Policy: no-referrer`: Origin null, Sec-Fetch-Site same-origin."""
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    headers = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    async with phone().post(running.url("/api/vote"), data=VOTE, headers=headers,
                            allow_redirects=False) as r:
        assert r.status == 303
    async with phone().post(running.url("/api/vote"), json=VOTE, headers=headers) as r:
        assert r.status == 200
    await wait_for(lambda: running.server.snapshot().poll("p1").voters == 2)


async def test_the_page_keeps_the_no_referrer_policy(running, phone):
    async with phone().get(running.url("/")) as r:
        assert r.headers["Referrer-Policy"] == "no-referrer"
        assert 'name="referrer"' not in await r.text()      # no meta that loosens it


async def test_own_page_votes_pass_the_origin_check(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    same = {"Origin": running.base, "Sec-Fetch-Site": "same-origin"}
    async with phone().post(running.url("/api/vote"), json=VOTE, headers=same) as r:
        assert r.status == 200
    async with phone().ws_connect(running.url("/ws"), headers=same) as ws:
        assert json.loads((await ws.receive(timeout=3)).data)["slide"] == 2
    with sqlite3.connect(running.server.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 1


# ------------------------------------------------------------------ static files

TRAVERSALS = ["/static/../server/api.py", "/static/%2e%2e/server/api.py",
              "/static/%252e%252e/server/api.py", "/static/..%2fserver%2fapi.py",
              "/static/..%5cserver%5capi.py", "/static/..\\server\\api.py",
              "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/C:%5cWindows%5cwin.ini",
              "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/.%2e/server/api.py",
              "/static/phone.css/../../server/api.py", "/static/%00../server/api.py",
              "/static/outside", "/static/outside/secret.txt", "/static/inside-link.css",
              "/static/", "/static/sub/", "/static/sub", "/static/.", "/static/%2e"]


async def test_nothing_outside_the_web_folder_is_served_and_no_listing(tmp_path, phone):
    """A copy of assets/web/ with symlinks pointing outside it and a sub folder."""
    web_dir = tmp_path / "web"
    shutil.copytree(WEB_DIR, web_dir)
    (web_dir / "sub").mkdir()
    (web_dir / "sub" / "inner.css").write_text("p{}")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "secret.txt").write_text("SECRET-OUTSIDE")
    (web_dir / "outside").symlink_to(secret, target_is_directory=True)
    (web_dir / "inside-link.css").symlink_to(secret / "secret.txt")
    run = start_server(tmp_path)
    # The same app as the server's, on the copy (the real static root is fixed).
    app = create_app(run.server.presentation, run.server.hub, AddressLimits(0, 0), TOKEN,
                     web_dir=web_dir)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        p = phone()
        async with p.get(base + "/static/phone.css") as r:
            assert r.status == 200
        # Only the regular files directly in the folder: no sub folder, no symlink.
        for path in TRAVERSALS + ["/static/sub/inner.css"]:
            async with p.get(base + path) as r:
                body = await r.text()
                assert r.status in (400, 403, 404), (path, r.status)
                assert "SECRET" not in body and "DeckSpec" not in body and "root:" not in body
                assert "<a href" not in body, path                    # no directory listing
                if r.status == 404:                                   # a sentence, as everywhere
                    assert r.content_type == "application/json", path
                    assert (await r.json())["error"].endswith("."), path
        reader, writer = await asyncio.open_connection("127.0.0.1", runner.addresses[0][1])
        writer.write(b"GET /static/../../server/api.py HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Connection: close\r\n\r\n")          # raw, no client normalising it
        reply = await reader.read()
        writer.close()
        assert reply.split(b" ")[1] in (b"400", b"403", b"404") and b"DeckSpec" not in reply
    finally:
        await runner.cleanup()
        run.server.stop()


# ------------------------------------------------------------------ ballot stuffing and floods

async def test_cookieless_ballot_stuffing_is_capped_per_address(tmp_path, phone):
    run = start_server(tmp_path, max_voters_per_address=3)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        statuses = {}
        for address in ("127.0.0.2", "127.0.0.3"):
            async with from_address(address) as client:
                statuses[address] = []
                for _ in range(6):            # a script throwing its cookie away each time
                    async with client.post(run.url("/api/vote"), json=VOTE) as r:
                        statuses[address].append(r.status)
                        if r.status == 429:
                            assert "--max-voters-per-address" in (await r.json())["error"]
                # A voter already counted from here may still change its vote.
                async with client.post(run.url("/api/vote"), json=VOTE, headers=voter(0)) as r:
                    statuses[address].append(r.status)
        assert statuses["127.0.0.2"] == [200, 200, 200, 429, 429, 429, 429]
        assert statuses["127.0.0.3"] == [200, 200, 200, 429, 429, 429, 429]
        with sqlite3.connect(run.server.database_path) as db:
            assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 6
    finally:
        run.server.stop()


FLOOD = r"""
import asyncio, json, sys, time
port, seconds, lanes = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
body = b'{"poll": "p1", "choice": "agree"}'
request = (b"POST /api/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           b"Cookie: voter=floodfloodflood0000\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
counts = {}
async def lane():
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.2", 0))
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        status = head.split(b" ")[1].decode()
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        await reader.readexactly(length)
        counts[status] = counts.get(status, 0) + 1
    writer.close()
async def main():
    print("ready", flush=True)
    await asyncio.gather(*(lane() for _ in range(lanes)))
asyncio.run(main())
print(json.dumps(counts))
"""


async def _timed_votes(run, count: int, first: int) -> list[float]:
    took = []
    async with from_address("127.0.0.3") as client:
        for i in range(first, first + count):
            started = time.perf_counter()
            async with client.post(run.url("/api/vote"), json=VOTE, headers=voter(i)) as r:
                assert r.status == 200, await r.text()
            took.append(time.perf_counter() - started)
            await asyncio.sleep(0.06)          # a hall's pace: well under the rate cap
    return took


async def test_a_flood_from_one_address_does_not_slow_another(tmp_path, phone):
    run = start_server(tmp_path, max_requests_per_second=20, max_voters_per_address=100)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        quiet = await _timed_votes(run, 15, 0)
        flood = subprocess.Popen([sys.executable, "-c", FLOOD, str(run.server.join.port), "3", "8"],
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert flood.stdout.readline().strip() == "ready"
            await asyncio.sleep(0.3)
            flooded = await _timed_votes(run, 30, 100)
            out, _ = await asyncio.get_running_loop().run_in_executor(None, flood.communicate)
        finally:
            flood.kill()
        counts = json.loads(out.strip().splitlines()[-1])
        median = lambda xs: sorted(xs)[len(xs) // 2] * 1000        # noqa: E731
        print(f"\nflood from 127.0.0.2: {counts} in 3 s; votes from 127.0.0.3: median "
              f"{median(quiet):.1f} ms quiet, {median(flooded):.1f} ms during the flood "
              f"(max {max(flooded) * 1000:.1f} ms)")
        assert counts.get("429", 0) > 20 * counts.get("200", 0) > 0     # the cap held the flood
        assert counts.get("200", 0) <= 20 * 4 + 20                      # ~20/s for ~3 s + burst
        assert median(flooded) < max(5 * median(quiet), 25.0)
        assert max(flooded) < 0.5
        assert run.server.snapshot().poll("p1").voters == 15 + 30 + 1
    finally:
        run.server.stop()
