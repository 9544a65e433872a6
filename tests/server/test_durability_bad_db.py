"""A vote database that is corrupt, locked, read-only or full: a sentence and a way out,
never a traceback, never a 200 for a vote that was not saved, never a silent loss.

tests/server/test_store.py already checks VoteStore.open's sentences in-process;
these drive the commands a person runs (`votedeck serve|results|sessions`) as
subprocesses, and the vote path of a running server while its database fails.
"""
from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys

import pytest

from presenter.paths import BUNDLED_DECK

from .conftest import control, start_server, wait_for
from .serve_process import ServeProcess, votedeck, without_root_override


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text and 'File "' not in text, text


def _recorded(tmp_path):
    """A data folder with a real session of the bundled deck, stopped cleanly."""
    data = tmp_path / "data"
    server = ServeProcess(BUNDLED_DECK, data).start()
    server.terminate()
    return data


@pytest.mark.parametrize("damage", ["random bytes", "pages overwritten"])
def test_corrupt_database_is_a_sentence_everywhere(tmp_path, damage):
    data = tmp_path / "data"
    db = data / "votes.sqlite3"
    rng = random.Random(7)
    if damage == "random bytes":
        data.mkdir()
        db.write_bytes(bytes(rng.randrange(256) for _ in range(64 * 1024)))
    else:
        _recorded(tmp_path)
        raw = bytearray(db.read_bytes())
        raw[4096:] = bytes(rng.randrange(256) for _ in range(len(raw) - 4096))
        db.write_bytes(bytes(raw))
    before = db.read_bytes()

    server = ServeProcess(BUNDLED_DECK, data).start()
    said = server.finish()
    assert server.proc.returncode == 1 and server.port == 0
    assert "is damaged; move it aside" in said and "--data-dir on a fresh folder" in said
    _no_traceback(said)
    for command in (("results", "--data-dir", str(data), "--format", "json"),
                    ("sessions", "--data-dir", str(data))):
        done = votedeck(*command)
        assert done.returncode == 1 and done.stdout == b""
        err = done.stderr.decode()
        assert "damaged; move it aside" in err, err
        _no_traceback(err)
    assert db.read_bytes() == before            # nothing was "repaired" over the votes


def _hold_exclusive_lock(db) -> subprocess.Popen:
    """Another process holding SQLite's exclusive lock until its stdin closes."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE')\nprint('held', flush=True)\nsys.stdin.read()\n"
         "c.execute('ROLLBACK')\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def _release(holder: subprocess.Popen) -> None:
    holder.stdin.close()
    holder.wait(10)
    holder.stdout.close()


def test_locked_database_at_start_is_a_sentence_and_reading_still_works(tmp_path):
    data = _recorded(tmp_path)
    holder = _hold_exclusive_lock(data / "votes.sqlite3")
    try:
        server = ServeProcess(BUNDLED_DECK, data).start()
        said = server.finish()
        assert server.proc.returncode == 1
        assert "locked by another program" in said and "--data-dir" in said, said
        _no_traceback(said)
        # WAL: readers are not blocked by a writer's lock, so results can still be read.
        listed = votedeck("sessions", "--data-dir", str(data), "--json")
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1
        deleted = votedeck("sessions", "--data-dir", str(data), "--delete", "1")
        assert deleted.returncode == 1 and "in use by another program" in deleted.stderr.decode()
        _no_traceback(deleted.stderr.decode())
    finally:
        _release(holder)
    assert len(json.loads(votedeck("sessions", "--data-dir", str(data), "--json").stdout)) == 1


async def test_lock_taken_mid_talk_refuses_votes_with_503_then_recovers(tmp_path, phone):
    run = start_server(tmp_path)
    try:
        http = phone()
        await control(http, run, "/api/control/slide", {"slide": 2})

        async def vote(session, choice):
            async with session.post(run.url("/api/vote"), json={"poll": "p1", "choice": choice}) as r:
                return r.status, await r.json()
        assert await vote(phone(), "agree") == (200, {"poll": "p1", "choice": "agree"})
        holder = _hold_exclusive_lock(run.server.database_path)
        try:
            refused_phone = phone()
            status, body = await vote(refused_phone, "disagree")
            assert status == 503 and body["error"].startswith("Your vote could not be saved")
        finally:
            _release(holder)
        assert await vote(refused_phone, "disagree") == (200, {"poll": "p1", "choice": "disagree"})
        tally = run.server.snapshot()
    finally:
        run.server.stop()
    with sqlite3.connect(run.server.database_path) as db:
        stored = sorted(c for (c,) in db.execute("SELECT choice FROM votes"))
    assert stored == ["agree", "disagree"]          # the refused attempt left nothing behind
    assert tally.poll("p1").voters in (1, 2)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_database_is_a_sentence(tmp_path, what):
    prefix = without_root_override()
    if prefix is None:
        pytest.skip("running as root without setpriv: file modes cannot bind")
    data = _recorded(tmp_path)
    target = data / "votes.sqlite3" if what == "file" else data
    target.chmod(0o444 if what == "file" else 0o555)
    try:
        server = ServeProcess(BUNDLED_DECK, data, prefix=prefix).start()
        said = server.finish()
        assert server.proc.returncode == 1, said
        assert "--data-dir" in said and ("read-only" in said or "writable" in said), said
        _no_traceback(said)
        deleted = votedeck("sessions", "--data-dir", str(data), "--delete", "1", prefix=prefix)
        err = deleted.stderr.decode()
        assert deleted.returncode == 1 and "read-only); make it writable" in err, err
        _no_traceback(err)
        # Reading needs no write: results come out of a read-only copy (a backup, a stick).
        listed = votedeck("sessions", "--data-dir", str(data), "--json", prefix=prefix)
        assert listed.returncode == 0, listed.stderr.decode()
        assert [s["id"] for s in json.loads(listed.stdout)] == [1]
    finally:
        target.chmod(0o644 if what == "file" else 0o755)
    assert len(json.loads(votedeck("sessions", "--data-dir", str(data), "--json").stdout)) == 1


async def test_full_database_refuses_votes_with_503_and_keeps_every_acked_one(tmp_path, phone):
    """'Disk full' without filling a disk: SQLite's own SQLITE_FULL from a page limit set
    on the writer's connection (PRAGMA max_page_count; it lasts as long as the connection,
    which is why it is set through the store rather than in the file)."""
    run = start_server(tmp_path)
    try:
        store = run.server.store
        pages = store.call(lambda conn: conn.execute("PRAGMA page_count").fetchone()[0])
        store.call(lambda conn: conn.execute(f"PRAGMA max_page_count = {pages + 2}").fetchone())
        http = phone()
        await control(http, run, "/api/control/slide", {"slide": 2})
        acked, refused = 0, []
        for _ in range(400):
            async with phone().post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
                if r.status == 200:
                    acked += 1
                else:
                    refused.append((r.status, (await r.json())["error"]))
        print(f"\nfull database: {acked} votes acknowledged, {len(refused)} refused with 503")
        assert acked > 0 and refused, (acked, len(refused))
        assert {status for status, _ in refused} == {503}
        assert all(sentence.endswith("try again in a moment.") for _, sentence in refused)
        # The way out (space freed): the same server takes votes again.
        store.call(lambda conn: conn.execute("PRAGMA max_page_count = 1073741823").fetchone())
        async with phone().post(run.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
            assert r.status == 200
        acked += 1
        await wait_for(lambda: run.server.snapshot().poll("p1").voters == acked)
    finally:
        run.server.stop()
    with sqlite3.connect(run.server.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == acked



def test_read_only_folder_with_unsaved_wal_is_not_read_as_if_complete(tmp_path):
    """After kill -9 the newest votes may live only in the -wal file. SQLite reads it
    even from a read-only folder while the -shm index is there; without the index
    (copied without it) it cannot, and reading the main file alone would hide those
    votes, so that gets a sentence instead of a silently short export."""
    prefix = without_root_override()
    if prefix is None:
        pytest.skip("running as root without setpriv: file modes cannot bind")
    data = tmp_path / "data"
    ServeProcess(BUNDLED_DECK, data).start().kill()
    assert (data / "votes.sqlite3-wal").stat().st_size > 0
    (data / "votes.sqlite3-shm").unlink()
    files = sorted(data.iterdir())
    for path in files + [data]:               # a read-only copy: folder and files
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        listed = votedeck("sessions", "--data-dir", str(data), prefix=prefix)
    finally:
        for path in [data] + files:
            path.chmod(0o755 if path.is_dir() else 0o644)
    err = listed.stderr.decode()
    assert listed.returncode == 1 and "copy the folder somewhere writable" in err, err
    _no_traceback(err)
    assert "1 session" in votedeck("sessions", "--data-dir", str(data)).stdout.decode()
