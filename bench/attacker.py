"""One laptop in the audience, attacking: the hostile side of bench/hostile_scale.py.

Run as its own process (it shares the cores with the server and the phones, as a
real attacker's laptop shares the wifi), from loopback aliases (127.0.0.2, .3):

  hold   attacks 1-3 of issue 19 at once: idle keep-alive connections from two
         addresses (a GET /healthz every 8 s each), as many WebSockets as one
         address is let open, and 16 sockets that never read
  flood  attack 12: GET / and GET /api/state as fast as a few connections can

Prints one line "ready {...}" once the attack is in place, then holds it until
stdin closes, and prints its counts as JSON. Imports nothing from votedeck.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from collections import Counter

HANDSHAKE = ("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: Upgrade\r\n"
             "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
HEALTHZ = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
IDLE_ADDRESSES = ("127.0.0.2", "127.0.0.3")


async def _ask(reader, writer, request: bytes) -> str:
    writer.write(request)
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    status = head.split(b" ", 2)[1].decode()
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            await asyncio.wait_for(reader.readexactly(int(line.split(b":")[1])), 10)
    return status


async def idle_connection(port: int, address: str, counts: Counter, held: list) -> None:
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(address, 0))
        counts["idle " + await _ask(reader, writer, HEALTHZ.format(port=port).encode())] += 1
        held.append(writer)
        while True:                           # keep it alive, as the attack did
            await asyncio.sleep(8)
            await _ask(reader, writer, HEALTHZ.format(port=port).encode())
    except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError):
        counts["idle refused or closed"] += 1


async def websocket_slot(port: int, counts: Counter, held: list, read: bool) -> None:
    sock = socket.socket()
    if not read:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    try:
        sock.bind(("127.0.0.2", 0))
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
        reader, writer = await asyncio.open_connection(sock=sock)
        writer.write(HANDSHAKE.format(port=port).encode())
        status = (await asyncio.wait_for(reader.readuntil(b"\r\n"), 10)).split(b" ")[1].decode()
        counts[("ws " if read else "stalled ws ") + status] += 1
        held.append(writer)
        if read and status == "101":
            while await reader.read(65536):
                pass
    except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError):
        counts["ws refused or closed"] += 1


async def hold(port: int, idle: int, sockets: int, stalled: int, counts: Counter, held: list) -> list:
    tasks = [asyncio.create_task(websocket_slot(port, counts, held, read=False))
             for _ in range(stalled)]
    tasks += [asyncio.create_task(websocket_slot(port, counts, held, read=True))
              for _ in range(sockets)]
    for i in range(idle):
        tasks.append(asyncio.create_task(
            idle_connection(port, IDLE_ADDRESSES[i % 2], counts, held)))
        if i % 200 == 199:
            await asyncio.sleep(0.05)
    await asyncio.sleep(2.0)
    return tasks


async def flood_lane(port: int, counts: Counter, stop: asyncio.Event) -> None:
    requests = [f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
                for path in ("/", "/api/state")]
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port,
                                                           local_addr=("127.0.0.2", 0))
            i = 0
            while not stop.is_set():
                counts["flood " + await _ask(reader, writer, requests[i % 2])] += 1
                i += 1
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError):
            counts["flood reconnect"] += 1


async def main_async(args) -> None:
    counts: Counter = Counter()
    held: list = []
    stop = asyncio.Event()
    if args.mode == "hold":
        tasks = await hold(args.port, args.idle, args.sockets, args.stalled, counts, held)
    else:
        tasks = [asyncio.create_task(flood_lane(args.port, counts, stop)) for _ in range(args.lanes)]
        await asyncio.sleep(1.0)
    print("ready " + json.dumps(dict(counts)), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    stop.set()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for writer in held:
        writer.close()
    print(json.dumps(dict(counts)), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("hold", "flood"))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--idle", type=int, default=4000, help="idle keep-alive connections")
    parser.add_argument("--sockets", type=int, default=1000, help="WebSockets from one address")
    parser.add_argument("--stalled", type=int, default=16, help="WebSockets that never read")
    parser.add_argument("--lanes", type=int, default=8, help="flood connections")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
