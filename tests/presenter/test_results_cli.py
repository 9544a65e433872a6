"""`votedeck results` and `votedeck sessions` run as a person runs them (subprocesses),
against a session recorded by real phones over HTTP; files parsed back with the csv
and json modules and compared with the votes sent."""
from __future__ import annotations

import csv
import io
import json

from tests.server.results_support import record
from tests.server.serve_process import votedeck


def _ok(done) -> str:
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode("utf-8")


def _fails(done, *phrases: str) -> str:
    err = done.stderr.decode()
    assert done.returncode == 1 and done.stdout == b"", (done.returncode, err)
    assert "Traceback" not in err and err.count("\n") == 1, err     # one sentence
    for phrase in phrases:
        assert phrase in err, err
    return err


def _counts_from_csv(data: bytes) -> tuple[dict, dict]:
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    counts: dict = {}
    voters: dict = {}
    for row in rows:
        counts.setdefault(row["poll_id"], {})[row["option_id"]] = int(row["count"])
        voters[row["poll_id"]] = int(row["voters"])
    return counts, voters


async def test_results_csv_file_matches_the_votes(tmp_path):
    rec = await record(tmp_path)
    out = tmp_path / "export" / "resultater.csv"
    done = votedeck("results", str(rec.deck_path), "--data-dir", str(rec.data_dir),
                    "--format", "csv", "--output", str(out))
    assert done.returncode == 0 and done.stdout == b""
    assert f"session {rec.session_id}" in done.stderr.decode() and str(out) in done.stderr.decode()
    counts, voters = _counts_from_csv(out.read_bytes())
    assert counts == {poll: {o: rec.counts[poll][o] for o in counts[poll]} for poll in rec.counts}
    assert voters == rec.voters
    assert sum(counts["lunch"].values()) == rec.voters["lunch"]
    assert "Smørrebrød" in out.read_bytes().decode("utf-8-sig")


async def test_results_json_to_stdout_and_session_picks_its_deck(tmp_path):
    rec = await record(tmp_path)
    # No DECK: --session finds the deck file the session was recorded with.
    document = json.loads(_ok(votedeck("results", "--session", str(rec.session_id),
                                       "--data-dir", str(rec.data_dir), "--format", "json")))
    assert document["session"]["id"] == rec.session_id
    assert document["session"]["deck_key"] == str(rec.deck_path.resolve())
    got = {p["id"]: {o["id"]: o["count"] for o in p["options"] if o["count"]}
           for p in document["polls"]}
    assert got == {poll: dict(c) for poll, c in rec.counts.items()}
    assert {p["id"]: p["voters"] for p in document["polls"]} == rec.voters
    assert document["polls"][1]["options"][0]["label"] == "Smørrebrød"


async def test_results_default_to_the_latest_session(tmp_path):
    first = await record(tmp_path)
    second = await record(tmp_path, deck_path=first.deck_path, new_session=True, name="Bergen",
                          plan={"p-agree": ["dont-know"], "lunch": ["suppe"]})
    latest = json.loads(_ok(votedeck("results", str(first.deck_path), "--data-dir",
                                     str(first.data_dir), "--format", "json")))
    assert latest["session"]["id"] == second.session_id and latest["session"]["name"] == "Bergen"
    assert [p["voters"] for p in latest["polls"]] == [1, 1]
    older = _ok(votedeck("results", str(first.deck_path), "--data-dir", str(first.data_dir),
                         "--session", str(first.session_id), "--format", "csv"))
    assert older.startswith("\ufeffsession_id,") and f"\r\n{first.session_id},p-agree," in older


async def test_results_sentences(tmp_path):
    rec = await record(tmp_path)
    _fails(votedeck("results", str(rec.deck_path), "--data-dir", str(rec.data_dir),
                    "--session", "42", "--format", "json"), "There is no session 42")
    # The bundled deck (the default) has no session in this folder.
    _fails(votedeck("results", "--data-dir", str(rec.data_dir), "--format", "csv"),
           "There are no sessions for the deck", "votedeck sessions")
    _fails(votedeck("results", "--data-dir", str(tmp_path / "nowhere"), "--format", "csv"),
           "does not exist; pass --data-dir")
    _fails(votedeck("results", "--data-dir", str(rec.deck_path.parent), "--format", "csv"),
           "No votes have been recorded")
    blocked = tmp_path / "file"
    blocked.write_text("x")
    _fails(votedeck("results", str(rec.deck_path), "--data-dir", str(rec.data_dir),
                    "--format", "csv", "--output", str(blocked / "r.csv")), "Could not write")


async def test_sessions_list_json_and_delete(tmp_path):
    first = await record(tmp_path)
    second = await record(tmp_path, deck_path=first.deck_path, new_session=True, name="Bergen")
    table = _ok(votedeck("sessions", "--data-dir", str(first.data_dir)))
    lines = table.splitlines()
    assert lines[0].split() == ["ID", "Deck", "Name", "Place", "Started", "Polls", "Voters", "Votes"]
    assert lines[2].split()[0] == str(second.session_id) and "Bergen" in lines[2]
    assert lines[2].split()[-3:] == ["2", "7", "11"]
    assert "2 sessions in" in table
    listed = json.loads(_ok(votedeck("sessions", "--data-dir", str(first.data_dir), "--json")))
    assert [(s["id"], s["polls"], s["voters"], s["votes"]) for s in listed] == \
        [(first.session_id, 2, 7, 11), (second.session_id, 2, 7, 11)]
    assert listed[0]["deck_title"] == "Resultater på tværs" and "T" in listed[0]["started"]

    said = _ok(votedeck("sessions", "--data-dir", str(first.data_dir),
                        "--delete", str(second.session_id)))
    assert said.startswith(f"Deleted session {second.session_id} 'Bergen'")
    assert "11 votes from 7 voters" in said
    left = json.loads(_ok(votedeck("sessions", "--data-dir", str(first.data_dir), "--json")))
    assert [s["id"] for s in left] == [first.session_id]
    _fails(votedeck("sessions", "--data-dir", str(first.data_dir), "--delete",
                    str(second.session_id)), f"There is no session {second.session_id}")


def test_sessions_in_a_missing_folder_is_a_sentence(tmp_path):
    _fails(votedeck("sessions", "--data-dir", str(tmp_path / "nope")), "does not exist")
