"""A raw HTTP/1.1 client for the fuzz campaign: asyncio streams, keep-alive, no cleaning.

aiohttp's client would refuse or repair much of what the fuzz sends, so requests
are bytes we build ourselves. Well-framed requests share a few keep-alive
connections (that is what makes 10,000 requests fast); unframed ones (lying
Content-Length, truncated, garbage) each get their own connection, which is
half-closed after sending so the server sees the end at once instead of waiting.
"""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

READ_TIMEOUT = 5.0            # a framed request must be answered well within this
RAW_TIMEOUT = 2.0             # an unframed one may rightly get no answer at all


@dataclass
class Reply:
    status: int | None
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""
    error: str = ""            # why there is no status, for a failure message

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[-1] if values else None


@dataclass(frozen=True)
class Request:
    method: str
    data: bytes                # the whole request as sent
    framed: bool               # True: exact Content-Length, safe on a keep-alive connection
    note: str = ""             # what it was, for a failure message

    def __repr__(self) -> str:      # short: Hypothesis prints failing batches
        return f"Request({self.note[:160]!r})"


async def _read_reply(reader: asyncio.StreamReader, method: str) -> Reply:
    while True:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        match = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
        if not match:
            raise ValueError(f"not an HTTP reply: {lines[0]!r}")
        status = int(match.group(1))
        headers: dict[str, list[str]] = {}
        for line in lines[1:]:
            if ":" in line:
                name, _, value = line.partition(":")
                headers.setdefault(name.strip().lower(), []).append(value.strip())
        if 100 <= status < 200 and status != 101:
            continue                         # 100 Continue: the real answer follows
        break
    reply = Reply(status, headers)
    if method == "HEAD" or status in (101, 204, 304):
        return reply
    if "chunked" in (reply.header("transfer-encoding") or "").lower():
        body = bytearray()
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            chunk = await reader.readexactly(size + 2)
            body += chunk[:-2]
            if size == 0:
                break
        reply.body = bytes(body)
    elif reply.header("content-length") is not None:
        reply.body = await reader.readexactly(int(reply.header("content-length")))
    else:
        reply.body = await reader.read()
    return reply


class KeepAlive:
    """One keep-alive connection, reopened when the server closes it."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.connections = 0

    async def send(self, request: Request) -> Reply:
        # A server may close a kept-alive connection after any answer (aiohttp does
        # after, say, a request with an Upgrade header); like any HTTP client, a
        # request that met a connection closed before a single byte came back is
        # sent again once on a fresh one.
        for attempt in (1, 2):
            fresh = self.writer is None or self.reader.at_eof()
            if fresh:
                await self.close()
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
                self.connections += 1
            try:
                self.writer.write(request.data)
                reply = await asyncio.wait_for(_read_reply(self.reader, request.method),
                                               READ_TIMEOUT)
            except (asyncio.IncompleteReadError, ConnectionError) as error:
                await self.close()
                nothing = not getattr(error, "partial", b"")
                if attempt == 1 and not fresh and nothing:
                    continue
                return Reply(None, error=f"{error!r} on a {'fresh' if fresh else 'kept'} connection")
            # After HEAD the client cannot tell whether a body follows (aiohttp's
            # parser-error page sends one even to HEAD): start afresh.
            if (reply.header("connection") or "").lower() == "close" or reply.status == 101 \
                    or request.method.upper() == "HEAD":
                await self.close()
            return reply
        return Reply(None)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except ConnectionError:
                pass
        self.reader = self.writer = None


async def send_raw(port: int, request: Request) -> Reply:
    """Send on a fresh connection, half-close, take whatever comes back."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request.data)
        try:
            await writer.drain()
            writer.write_eof()
        except (ConnectionError, OSError):
            pass
        try:
            return await asyncio.wait_for(_read_reply(reader, request.method), RAW_TIMEOUT)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError,
                asyncio.TimeoutError, ValueError):
            return Reply(None)
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except (ConnectionError, OSError):
            pass


async def send_batch(pool: list[KeepAlive], requests: list[Request]) -> list[Reply]:
    """Framed requests spread over the pool's connections (in order on each), unframed
    ones each on their own connection, all at once."""
    replies: list[Reply | None] = [None] * len(requests)

    async def lane(connection: KeepAlive, indexes: list[int]) -> None:
        for i in indexes:
            replies[i] = await connection.send(requests[i])

    async def alone(i: int) -> None:
        replies[i] = await send_raw(pool[0].port, requests[i])

    framed = [i for i, r in enumerate(requests) if r.framed]
    lanes = [framed[k::len(pool)] for k in range(len(pool))]
    await asyncio.gather(*(lane(c, ix) for c, ix in zip(pool, lanes) if ix),
                         *(alone(i) for i, r in enumerate(requests) if not r.framed))
    return replies  # type: ignore[return-value]
