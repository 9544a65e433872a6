"""Hypothesis: arbitrary methods, paths, headers, cookies and bodies never get a 5xx,
never change the tallies, and the server answers normally afterwards.

Requests go over a raw socket so nothing on the client side cleans them up first.
"""
from __future__ import annotations

import logging
import socket
import sqlite3

from hypothesis import HealthCheck, given, settings, strategies as st

from .conftest import start_server

PATHS = ["/", "/api/state", "/api/vote", "/ws", "/healthz", "/static/phone.css",
         "/api/control/slide", "/api/control/poll", "/api/control/results", "/static/..%2f",
         "/%2e%2e/etc/passwd", "/api/vote?x=1", "//", "/static/%00"]
TOKEN_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7e, exclude_characters=":\r\n")
header_names = st.sampled_from(["Content-Type", "Cookie", "Origin", "Authorization",
                                "Content-Length", "Transfer-Encoding", "Upgrade", "Connection",
                                "Accept", "Host", "X-Anything", "Sec-WebSocket-Key"])
header_values = st.one_of(
    st.sampled_from(["application/json", "application/x-www-form-urlencoded",
                     "multipart/form-data; boundary=xx", "voter=abc", "voter=" + "a" * 40,
                     "Bearer x", "websocket", "chunked", "-1", "99999999", "0", "", "null",
                     "http://evil.example", "text/plain; charset=utf-16"]),
    st.text(TOKEN_CHARS, max_size=60))
bodies = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([b'{"poll":"p1","choice":"agree"', b'{"poll":"p1","choice":"nope"}',
                     b'{"poll":["p1"],"choice":{"a":1}}', b"poll=p1&choice=agree&choice=x",
                     b'{"slide": 99999999999999999999999}', b'{"poll":"p1","reset":"yes"}',
                     b"[" * 5000, b'"' + b"\\u0000" * 100 + b'"', b"\xed\xa0\x80",
                     b"x" * 9000]),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))


def raw_request(port: int, method: str, path: str, headers: list[tuple[str, str]],
                body: bytes) -> int | None:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{name}: {value}" for name, value in headers]
    if not any(name.lower() in ("content-length", "transfer-encoding") for name, _ in headers):
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + body
    # A lying Content-Length makes the server wait for more body: a short timeout ends that.
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        try:
            sock.sendall(data)
            reply = b""
            while len(reply) < 20:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except (ConnectionResetError, BrokenPipeError, socket.timeout):
            return None
    if not reply.startswith(b"HTTP/1."):
        return None
    return int(reply.split(b" ", 2)[1])


def test_arbitrary_requests_never_get_a_5xx(tmp_path, caplog):
    run = start_server(tmp_path, max_requests_per_second=0)
    run.server.show_slide(2)
    port = run.server.join.port
    try:
        @settings(max_examples=400, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow])
        @given(method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS",
                                       "PATCH", "BREW"]),
               path=st.one_of(st.sampled_from(PATHS),
                              st.text(TOKEN_CHARS, max_size=40).map(lambda p: "/" + p)),
               headers=st.lists(st.tuples(header_names, header_values), max_size=5),
               body=bodies)
        def check(method, path, headers, body):
            status = raw_request(port, method, path, headers, body)
            statuses.append(status)
            assert status is None or status < 500, (method, path, headers, body[:80], status)

        statuses: list[int | None] = []
        check()
        # Most requests got an HTTP answer (None: the server rightly hung up or waited).
        assert statuses.count(None) < len(statuses) // 5, statuses.count(None)
        assert len({s for s in statuses if s}) > 4
        assert raw_request(port, "GET", "/healthz", [], b"") == 200
        with sqlite3.connect(run.server.database_path) as db:
            # A fuzzed body may be a valid vote; none may be counted twice or lost.
            rows = db.execute("SELECT COUNT(*), COUNT(DISTINCT voter_id) FROM votes").fetchone()
        assert rows[0] == rows[1]
        assert run.server.snapshot().poll("p1").voters == rows[0]
        assert run.server.snapshot().slide in range(1, 6)
        assert [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info] == []
    finally:
        run.server.stop()
