"""`votedeck serve` as a process: what it prints, the API it serves, a clean stop on SIGTERM."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def serve(tmp_path, *args: str) -> tuple[subprocess.Popen, dict[str, str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "presenter", "serve", "--host", "127.0.0.1",
         "--data-dir", str(tmp_path / "data"), "--token", "serve-test-token", *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"))
    said: dict[str, str] = {}
    for line in process.stdout:
        key, _, value = line.partition(": ")
        said[key.strip()] = value.strip()
        if line.startswith("Press Ctrl+C"):
            break
    else:
        process.wait(5)
        pytest.fail(f"serve ended early: {process.stderr.read()}")
    return process, said


def request(url: str, body: dict | None = None, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers),
                                timeout=5) as response:
        return json.load(response)


def test_serve_prints_what_the_speaker_needs_and_stops_on_sigterm(tmp_path):
    process, said = serve(tmp_path, "--port", "0")
    try:
        url = said["Phones join at"]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        assert said["Control token"] == "serve-test-token"
        assert said["Votes are stored in"] == str(tmp_path / "data" / "votes.sqlite3")
        results = request(url + "api/control/results", token="serve-test-token")
        assert results["polls"], "the bundled deck has polls"
        assert request(url + "api/control/slide", {"slide": 2}, "serve-test-token")["slide"] == 2
        assert request(url + "api/state")["slide"] == 2
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert "Voting stopped" in out
    assert "Traceback" not in err


def test_serve_moves_to_the_next_port_and_says_so(tmp_path):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        process, said = serve(tmp_path, "--port", str(port))
        try:
            # The next free port: usually port + 1, but another program may hold that one.
            moved = [line for line in said if line.startswith(f"Port {port} was taken; using port ")]
            assert moved, said
            new_port = int(moved[0].rsplit(" ", 1)[1].rstrip("."))
            assert port < new_port <= port + 20
            assert said["Phones join at"].endswith(f":{new_port}/")
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=10)
        assert process.returncode == 0
    finally:
        taken.close()


def test_serve_with_an_unusable_data_dir_says_what_to_do(tmp_path):
    (tmp_path / "data").write_text("a file, not a folder")
    process = subprocess.run(
        [sys.executable, "-m", "presenter", "serve", "--host", "127.0.0.1", "--port", "0",
         "--data-dir", str(tmp_path / "data")], cwd=ROOT, capture_output=True, text=True,
        timeout=20)
    assert process.returncode == 1
    assert "--data-dir" in process.stderr and "Traceback" not in process.stderr
