"""The SQL of a run of queued votes, for the store's writer thread (server/store/vote_store.py).

Each op has `.vote` = (session, poll, voter, choice) and gets `.result`, the
voter's choice just before it. Runs inside the writer's transaction.
"""
from __future__ import annotations

import sqlite3
import time

_CHUNK = 400          # voter ids per SELECT ... IN (...), under SQLite's parameter limit


def store_votes(conn: sqlite3.Connection, ops: list) -> None:
    """A run of votes in few statements: read the old choices, then upsert them all.

    Each op's result is the choice its voter had just before it, in queue order (a
    voter twice in one run sees its own earlier vote), which is what the counters need.
    """
    wanted: dict[tuple[int, str], set[str]] = {}
    for op in ops:
        session, poll, voter, _ = op.vote
        wanted.setdefault((session, poll), set()).add(voter)
    current: dict[tuple[int, str, str], str] = {}
    for (session, poll), voters in wanted.items():
        ids = list(voters)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for voter, choice in conn.execute(
                    f"SELECT voter_id, choice FROM votes WHERE session_id = ? AND poll_id = ? "
                    f"AND voter_id IN ({marks})", (session, poll, *chunk)):
                current[(session, poll, voter)] = choice
    now = time.time()
    rows = []
    for op in ops:
        session, poll, voter, choice = op.vote
        op.result = current.get((session, poll, voter))
        current[(session, poll, voter)] = choice
        rows.append((session, poll, voter, choice, now))
    conn.executemany(
        "INSERT INTO votes (session_id, poll_id, voter_id, choice, voted_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (session_id, poll_id, voter_id) DO UPDATE SET choice = excluded.choice, "
        "voted_at = excluded.voted_at WHERE choice != excluded.choice", rows)
