"""A hostile room, round two, for the phones' sockets (issue 19, items 2, 3 and 10):
phones that never read, one address taking every socket, broken handshakes.

Real VotingServer on loopback; other client addresses are 127.0.0.x aliases.
"""
from __future__ import annotations

import asyncio
import json
import logging
import socket

import aiohttp
from aiohttp import WSMsgType

from common.values import DeckSpec, PollSpec

from .conftest import AGREE, control, start_server, wait_for

HANDSHAKE = (b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
             b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
STALLED = 16


def wordy_deck() -> DeckSpec:
    """Questions of a few KB, so stalled readers' buffers fill in a few hundred changes."""
    return DeckSpec(key="/decks/wordy.md", title="Wordy", slide_count=5,
                    polls=(PollSpec("p1", "Første påstand? " + "ord " * 1000, AGREE, 2),
                           PollSpec("p2", "Anden påstand? " + "ord " * 1000, AGREE, 3)))


def stalled_reader(port: int) -> socket.socket:
    """A WebSocket that completes its handshake and then never reads again."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    sock.sendall(HANDSHAKE)
    sock.settimeout(3)
    assert sock.recv(12) == b"HTTP/1.1 101"
    return sock


async def next_slide(ws, timeout: float = 3.0) -> int:
    message = await ws.receive(timeout=timeout)
    assert message.type == WSMsgType.TEXT, message
    return json.loads(message.data)["slide"]


async def test_phones_that_never_read_delay_no_other_phone_and_are_dropped(tmp_path, phone):
    run = start_server(tmp_path, deck=wordy_deck())
    port = run.server.join.port
    stalled = [stalled_reader(port) for _ in range(STALLED)]
    try:
        await wait_for(lambda: run.server.hub.sockets == STALLED)
        async with phone().ws_connect(run.url("/ws")) as ws:
            assert await next_slide(ws) == 1
            controller = phone()
            # Enough changes to fill every stalled reader's buffers many times over.
            for change in range(300):
                slide = 2 + change % 2
                await control(controller, run, "/api/control/slide", {"slide": slide})
                # The reading phone keeps up with every change (latest wins: it may
                # skip one, never lag behind for good).
                while (seen := await next_slide(ws)) != slide:
                    assert seen in (2, 3)
            # The stalled ones are cut off; the reading phone stays.
            await wait_for(lambda: run.server.hub.sockets == 1, timeout=10)
            await control(controller, run, "/api/control/slide", {"slide": 5})
            assert await next_slide(ws) == 5
    finally:
        for sock in stalled:
            sock.close()
        run.server.stop()


def from_address(address: str, cookie: str | None = None) -> aiohttp.ClientSession:
    jar = aiohttp.CookieJar(unsafe=True)
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)),
                                    cookie_jar=jar)
    if cookie:
        jar.update_cookies({"voter": cookie})
    return session


async def test_one_address_cannot_take_every_socket_and_phones_are_counted_once(tmp_path):
    run = start_server(tmp_path, max_websockets=10, max_websockets_per_address=4)
    sockets = []
    try:
        async with from_address("127.0.0.2", cookie="attackervoter0000001") as attacker, \
                from_address("127.0.0.3") as real:
            for _ in range(4):
                sockets.append(await attacker.ws_connect(run.url("/ws")))
            try:
                await attacker.ws_connect(run.url("/ws"))
                raise AssertionError("a fifth socket from one address was accepted")
            except aiohttp.WSServerHandshakeError as error:
                assert error.status == 429
            async with attacker.get(run.url("/ws"), headers={
                    "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}) as r:
                assert r.status == 429
                assert "--max-websockets-per-address" in (await r.json())["error"]
            async with real.ws_connect(run.url("/ws")) as ws:
                assert await next_slide(ws) == 1
                # Four sockets with one cookie are one phone; the real phone another.
                await wait_for(lambda: run.server.snapshot().phones == 2)
                assert run.server.hub.sockets == 5
    finally:
        for ws in sockets:
            await ws.close()
        run.server.stop()


async def test_the_per_address_socket_cap_can_be_turned_off(tmp_path, phone):
    run = start_server(tmp_path, max_websockets_per_address=0)
    try:
        sockets = [await phone().ws_connect(run.url("/ws")) for _ in range(40)]
        await wait_for(lambda: run.server.snapshot().phones == 40)
        for ws in sockets:
            await ws.close()
    finally:
        run.server.stop()


BAD_HANDSHAKES = [
    HANDSHAKE.replace(b"dGhlIHNhbXBsZSBub25jZQ==", b"\xff"),
    HANDSHAKE.replace(b"dGhlIHNhbXBsZSBub25jZQ==", b"\xff" * 24),
    HANDSHAKE.replace(b"dGhlIHNhbXBsZSBub25jZQ==", b"not base64 at all!!"),
    HANDSHAKE.replace(b"dGhlIHNhbXBsZSBub25jZQ==", b""),
    HANDSHAKE.replace(b"GET /ws", b"HEAD /ws"),
    HANDSHAKE.replace(b"Sec-WebSocket-Version: 13", b"Sec-WebSocket-Version: \xff"),
]


async def raw_status(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        return (await asyncio.wait_for(reader.readuntil(b"\r\n"), 3)).split(b" ")[1]
    finally:
        writer.close()


async def test_broken_handshakes_are_400_without_a_traceback(running, caplog):
    caplog.set_level(logging.WARNING)
    port = running.server.join.port
    for request in BAD_HANDSHAKES:
        assert await raw_status(port, request) == b"400", request
    bad = [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert bad == [], [r.getMessage() for r in bad]
