"""The vote path against its ceiling: wrk on POST /api/vote, and raw SQLite inserts.

`wrk_votes` drives one server with wrk and bench/vote.lua (each request a new
voter cookie) and returns acknowledged votes a second; `sqlite_inserts` times raw
inserts into votedeck's own schema, in one transaction, with the store's pragmas.
"""
from __future__ import annotations

import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WRK = "/usr/bin/wrk"
LUA = Path(__file__).resolve().parent / "vote.lua"
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    non_2xx: int
    socket_errors: int
    p50_ms: float
    p99_ms: float

    @property
    def acked_per_s(self) -> float:
        return max(0, self.requests - self.non_2xx - self.socket_errors) / self.seconds


def wrk_votes(url: str, poll: str, choice: str, *, seconds: float = 5.0, connections: int = 64,
              threads: int = 1) -> WrkResult:
    argv = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--latency",
            "-s", str(LUA), url, "--", poll, choice]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 30).stdout
    return parse_wrk(out)


def parse_wrk(out: str) -> WrkResult:
    done = re.search(r"(\d+) requests in ([\d.]+)(\w+),", out)
    if not done:
        raise RuntimeError(f"wrk printed no result: {out[-500:]}")
    seconds = float(done.group(2)) * _UNITS[done.group(3)] / 1000.0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return WrkResult(
        requests=int(done.group(1)), seconds=seconds,
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(g) for g in errors.groups()) if errors else 0,
        p50_ms=_latency(out, "50%"), p99_ms=_latency(out, "99%"),
    )


def _latency(out: str, label: str) -> float:
    found = re.search(rf"^\s+{re.escape(label)}\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
    return float(found.group(1)) * _UNITS[found.group(2)] if found else float("nan")


def sqlite_inserts(rows: int = 50_000) -> dict:
    """Rows a second: plain INSERTs, and the store's own per-vote SQL, each in one transaction."""
    from server.store.schema import open_database

    figures = {}
    with tempfile.TemporaryDirectory(prefix="votedeck-bench-sql-") as folder:
        conn = open_database(Path(folder) / "votes.sqlite3")
        try:
            conn.execute("INSERT INTO sessions (id, deck_key, deck_title, name, started_at) "
                         "VALUES (1, 'bench', 'bench', 'bench', 0)")
            figures["insert_rows_per_s"] = _timed(conn, rows, _plain_insert, "a")
            figures["store_sql_rows_per_s"] = _timed(conn, rows, _store_sql, "b")
        finally:
            conn.close()
    return figures


def _timed(conn, rows: int, write, tag: str) -> float:
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for i in range(rows):
        write(conn, f"{tag}-voter-{i:012d}")
    conn.execute("COMMIT")
    return rows / (time.perf_counter() - started)


def _plain_insert(conn, voter: str) -> None:
    conn.execute("INSERT INTO votes (session_id, poll_id, voter_id, choice, voted_at) "
                 "VALUES (1, 'bench', ?, 'agree', ?)", (voter, time.time()))


def _store_sql(conn, voter: str) -> None:
    # What VoteStore.vote runs per vote: look for the phone's row, then insert it.
    row = conn.execute("SELECT choice FROM votes WHERE session_id = 1 AND poll_id = 'bench2' "
                       "AND voter_id = ?", (voter,)).fetchone()
    if row is None:
        conn.execute("INSERT INTO votes (session_id, poll_id, voter_id, choice, voted_at) "
                     "VALUES (1, 'bench2', ?, 'agree', ?)", (voter, time.time()))
