"""Limits with clear errors, against a real VotingServer on 127.0.0.1 and its SQLite file:
body size, header size, WebSocket message size and count, slow clients (slowloris)."""
from __future__ import annotations

import asyncio
import re
import socket
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import aiohttp
from aiohttp import WSCloseCode, WSMsgType

from server.web.limits import MAX_BODY_BYTES, MAX_WS_MESSAGE

from .conftest import control, start_server


async def raw(port: int, data: bytes, timeout: float = 3.0) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        return await asyncio.wait_for(reader.read(65536), timeout)
    finally:
        writer.close()


async def test_body_over_the_limit_is_413_with_a_sentence(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    big = b'{"poll": "p1", "choice": "agree", "pad": "' + b"x" * MAX_BODY_BYTES + b'"}'
    # Announced by Content-Length, sent chunked with no length, and as a form.
    async with phone().post(running.url("/api/vote"), data=big,
                            headers={"Content-Type": "application/json"}) as r:
        assert r.status == 413 and "too large" in (await r.json())["error"]

    async def chunks():
        for i in range(0, len(big), 1000):
            yield big[i:i + 1000]
    async with phone().post(running.url("/api/vote"), data=chunks(),
                            headers={"Content-Type": "application/json"}) as r:
        assert r.status == 413 and "too large" in (await r.json())["error"]
    async with phone().post(running.url("/api/vote"), allow_redirects=False,
                            headers={"Accept-Language": "en"},
                            data={"poll": "p1", "choice": "agree", "pad": "x" * 5000}) as r:
        assert r.status == 413 and "too large" in await r.text()
    with sqlite3.connect(running.server.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 0


async def test_oversized_headers_are_400_not_500(running):
    port = running.server.join.port
    head = b"GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    for extra in (b"X-Long: " + b"a" * 9000 + b"\r\n",                  # one field too long
                  b"Cookie: voter=" + b"a" * 20000 + b"\r\n",
                  b"".join(b"X-%d: 1\r\n" % i for i in range(300))):   # too many fields
        reply = await raw(port, head + extra + b"\r\n")
        assert re.match(rb"HTTP/1\.[01] 400 ", reply), reply[:80]
    reply = await raw(port, b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert re.match(rb"HTTP/1\.[01] 400 ", reply), reply[:80]   # request line too long
    assert (await raw(port, head + b"\r\n")).startswith(b"HTTP/1.1 200")


async def test_websocket_message_over_the_limit_closes_with_1009(running, phone):
    async with phone().ws_connect(running.url("/ws")) as ws:
        await ws.receive(timeout=3)
        await ws.send_str("state")
        assert (await ws.receive(timeout=3)).type == WSMsgType.TEXT   # small ones are fine
        await ws.send_str("x" * (MAX_WS_MESSAGE + 1))
        message = await ws.receive(timeout=3)
        assert message.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING)
        assert ws.close_code == WSCloseCode.MESSAGE_TOO_BIG == 1009
    await asyncio.sleep(0.05)
    assert running.server.hub.count == 0


async def test_websockets_beyond_the_cap_get_a_503_sentence_before_the_upgrade(tmp_path, phone):
    run = start_server(tmp_path, max_websockets=3)
    try:
        sockets = [await phone().ws_connect(run.url("/ws")) for _ in range(3)]
        for ws in sockets:
            await ws.receive(timeout=3)
        refused = phone()
        try:
            await refused.ws_connect(run.url("/ws"))
            raise AssertionError("a fourth socket was accepted")
        except aiohttp.WSServerHandshakeError as error:
            assert error.status == 503
        async with refused.get(run.url("/ws"), headers={
                "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}) as r:
            assert r.status == 503 and "as many phones" in (await r.json())["error"]
        # Votes still work at the cap, and a place freed is a place taken.
        await sockets[0].close()
        await asyncio.sleep(0.05)
        again = await phone().ws_connect(run.url("/ws"))
        assert (await again.receive(timeout=3)).type == WSMsgType.TEXT
        await again.close()
        for ws in sockets[1:]:
            await ws.close()
    finally:
        run.server.stop()


HEADER_TIMEOUT = 1.0
SLOW_CLIENTS = 40


def _dribbler(port: int, results: dict, key: int, interval: float, stop: float) -> None:
    """A slowloris: one header byte every `interval` s; notes when the server hung up."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(interval)
    opened = time.monotonic()
    request = b"GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 1000
    try:
        for byte in request:
            if time.monotonic() - opened > stop:
                break
            sock.send(bytes([byte]))
            try:
                if sock.recv(100) == b"":
                    results[key] = time.monotonic() - opened
                    return
            except TimeoutError:
                pass
    except (ConnectionError, OSError):
        results[key] = time.monotonic() - opened
        return
    finally:
        sock.close()
    results[key] = None                       # never closed by the server


async def test_slowloris_is_dropped_after_the_header_timeout_while_phones_vote(tmp_path, phone):
    run = start_server(tmp_path, header_timeout=HEADER_TIMEOUT)
    try:
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        port = run.server.join.port
        results: dict = {}
        loop = asyncio.get_running_loop()
        threads = ThreadPoolExecutor(SLOW_CLIENTS)
        dribblers = [loop.run_in_executor(threads, _dribbler, port, results, i, 0.2,
                                          5 * HEADER_TIMEOUT) for i in range(SLOW_CLIENTS)]
        # Meanwhile real phones vote, each answered promptly.
        took = []
        for _ in range(20):
            started = time.perf_counter()
            async with phone().post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
                assert r.status == 200
            took.append(time.perf_counter() - started)
            await asyncio.sleep(0.02)
        await asyncio.gather(*dribblers)
        threads.shutdown()
        closed_after = sorted(results.values(), key=lambda v: v is None and 99 or v)
        print(f"\nslowloris: {len(results)} dribbling connections closed after "
              f"{min(closed_after):.2f}..{max(closed_after):.2f} s (timeout {HEADER_TIMEOUT} s); "
              f"votes meanwhile: median {sorted(took)[len(took) // 2] * 1000:.1f} ms, "
              f"max {max(took) * 1000:.1f} ms")
        assert None not in results.values()
        assert all(HEADER_TIMEOUT * 0.9 <= t <= HEADER_TIMEOUT + 1.0 for t in results.values())
        assert max(took) < 0.5
        assert run.server.snapshot().poll("p1").voters == 20
    finally:
        run.server.stop()


async def test_a_dribbled_vote_body_is_cut_off_with_408(tmp_path):
    run = start_server(tmp_path, header_timeout=HEADER_TIMEOUT)
    try:
        port = run.server.join.port
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /api/vote HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{")
        started = time.monotonic()
        reply = b""
        for _ in range(30):
            writer.write(b" ")
            try:
                reply += await asyncio.wait_for(reader.read(4096), 0.2)
            except asyncio.TimeoutError:
                continue
            if reply:
                break
        took = time.monotonic() - started
        writer.close()
        assert reply.startswith(b"HTTP/1.1 408"), reply[:80]
        assert b"took too long" in reply
        assert HEADER_TIMEOUT * 0.9 <= took <= HEADER_TIMEOUT + 1.0
    finally:
        run.server.stop()
