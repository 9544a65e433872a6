"""A hostile room, round two: descriptors (issue 19, item 1). One client holds as
many idle keep-alive connections as it can from two addresses; a phone from a
fresh address must still load the page and vote, and the log stays small."""
from __future__ import annotations

import asyncio
import logging

import aiohttp

from server import quiet_log
from server.quiet_log import RareLog, quiet_loop_errors
from server.web.connection_guard import EVICT_GRACE, connection_budget

from .conftest import control, start_server, wait_for

HEALTHZ = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


async def hold_idle(port: int, address: str, count: int) -> list[asyncio.StreamWriter]:
    """`count` keep-alive connections from `address`, each asks once and then idles."""
    held = []
    for _ in range(count):
        writer = None
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port,
                                                           local_addr=(address, 0))
            writer.write(HEALTHZ)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 3)
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            await asyncio.wait_for(reader.readexactly(length), 3)
            held.append((reader, writer))
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError):
            if writer is not None:  # cut off at once: the cap at work
                writer.close()
    return held


async def still_open(held) -> int:
    """How many of `held` the server has not closed (a closed one reads as end of stream)."""
    async def alive(reader) -> bool:
        try:
            return await asyncio.wait_for(reader.read(1), 0.2) != b""
        except asyncio.TimeoutError:
            return True
        except OSError:
            return False
    return sum(await asyncio.gather(*(alive(reader) for reader, _ in held)))


async def test_idle_connections_cannot_starve_a_new_phone(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    run = start_server(tmp_path, max_connections_per_address=10, max_connections=16)
    port = run.server.join.port
    held = []
    try:
        held += await hold_idle(port, "127.0.0.2", 25)
        assert await still_open(held) <= 10
        assert run.server.connections.refused > 0     # too new to make room: cut off
        await asyncio.sleep(EVICT_GRACE)          # an attack holds its connections for long
        held += await hold_idle(port, "127.0.0.4", 25)
        # At the total cap: the oldest idle ones were closed to let newer ones in.
        assert await still_open(held) <= 16
        assert run.server.connections.evicted > 0
        await asyncio.sleep(EVICT_GRACE)
        async with aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(local_addr=("127.0.0.3", 0))) as fresh:
            await control(fresh, run, "/api/control/slide", {"slide": 2})
            async with fresh.get(run.url("/")) as r:
                assert r.status == 200
            async with fresh.post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
                assert r.status == 200
        await wait_for(lambda: run.server.snapshot().polls[0].voters == 1)
        assert len(caplog.records) <= 3, [r.getMessage() for r in caplog.records]
        assert not [r for r in caplog.records if r.name == "server.loop"]
        assert not any(r.exc_info for r in caplog.records)
    finally:
        for _, writer in held:
            writer.close()
        run.server.stop()


def test_the_connection_budget_keeps_room_below_the_open_files_limit():
    assert connection_budget(1024) < 1024 - 100
    assert connection_budget(65536) > 50000
    assert connection_budget(None) > 0
    assert connection_budget(20) >= 16


def test_accept_errors_are_one_line_a_second_without_a_traceback(caplog, monkeypatch):
    caplog.set_level(logging.WARNING)
    # A fresh limiter: another test's server may have used this second's line.
    monkeypatch.setattr(quiet_log, "_loop_errors", RareLog(logging.getLogger("server.loop"),
                                                           interval=1.0, level=logging.ERROR))
    loop = asyncio.new_event_loop()
    try:
        for _ in range(5000):
            quiet_loop_errors(loop, {"message": "socket.accept() out of system resource",
                                     "exception": OSError(24, "Too many open files")})
    finally:
        loop.close()
    assert 1 <= len(caplog.records) <= 2
    assert not any(r.exc_info for r in caplog.records)
    assert "Too many open files" in caplog.records[0].getMessage()


def test_a_rare_log_counts_what_it_held_back(caplog):
    caplog.set_level(logging.WARNING)
    rare = RareLog(logging.getLogger("test.rare"), interval=0.0)
    rare("first")
    rare2 = RareLog(logging.getLogger("test.rare"), interval=3600)
    for _ in range(10):
        rare2("again %s", "x")
    assert rare2.count == 10 and len(caplog.records) == 2
