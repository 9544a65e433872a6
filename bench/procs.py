"""Servers the benchmarks run as separate processes: votedeck `serve`, and the bare ceiling.

Each server is a subprocess on 127.0.0.1 with a fresh data folder, caps off (one
machine is one address), started and stopped here, with its readiness, its peak
memory (VmHWM from /proc) and the control calls the benchmarks need. Imports only
the standard library, so the benchmark client itself stays small.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECK = Path(__file__).resolve().parent / "bench_deck.md"
TOKEN = "bench-token-0123456789"
READY_TIMEOUT_S = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process; `url` ends in '/'. Use as a context manager."""

    def __init__(self, argv: list[str], port: int, data_dir: tempfile.TemporaryDirectory | None):
        self.argv, self.port, self._data_dir = argv, port, data_dir
        self.url = f"http://127.0.0.1:{port}/"
        self.proc: subprocess.Popen | None = None
        self.started_at = 0.0
        self.ready_after_s = float("nan")
        self._log = None

    @classmethod
    def votedeck(cls) -> Server:
        port = free_port()
        data = tempfile.TemporaryDirectory(prefix="votedeck-bench-")
        argv = [sys.executable, "-m", "presenter", "serve", str(DECK), "--host", "127.0.0.1",
                "--port", str(port), "--data-dir", data.name, "--token", TOKEN,
                "--max-voters-per-address", "0", "--max-requests-per-second", "0"]
        return cls(argv, port, data)

    @classmethod
    def votedeck_default_limits(cls) -> Server:
        """`serve` with every cap at its default, as a hall meets it."""
        port = free_port()
        data = tempfile.TemporaryDirectory(prefix="votedeck-bench-")
        argv = [sys.executable, "-m", "presenter", "serve", str(DECK), "--host", "127.0.0.1",
                "--port", str(port), "--data-dir", data.name, "--token", TOKEN]
        return cls(argv, port, data)

    @classmethod
    def bare(cls) -> Server:
        port = free_port()
        return cls([sys.executable, "-m", "bench.bare_server", "--port", str(port)], port, None)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        self.started_at = time.perf_counter()
        # A file, not a pipe: a pipe nobody reads would stall a server that logs a lot.
        self._log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(self.argv, cwd=ROOT, stdout=self._log,
                                     stderr=subprocess.STDOUT, text=True)
        deadline = self.started_at + READY_TIMEOUT_S
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{' '.join(self.argv[2:4])} exited at start: {self.output()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "healthz", timeout=1) as resp:
                    if resp.status == 200:
                        self.ready_after_s = time.perf_counter() - self.started_at
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"{' '.join(self.argv[2:4])} did not answer /healthz within {READY_TIMEOUT_S:g} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._data_dir is not None:
            self._data_dir.cleanup()
            self._data_dir = None

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read()

    def peak_rss_mb(self) -> float:
        """The process's peak resident memory so far (VmHWM), in MB."""
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
        except OSError:
            pass
        return float("nan")

    def show_slide(self, slide: int) -> None:
        self._post("api/control/slide", {"slide": slide})

    def state(self) -> dict:
        with urllib.request.urlopen(self.url + "api/state", timeout=5) as resp:
            return json.loads(resp.read())

    def _post(self, path: str, body: dict) -> dict:
        req = urllib.request.Request(self.url + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {TOKEN}"})
        with urllib.request.urlopen(req, timeout=5) as resp:
            return json.loads(resp.read() or b"{}")


def loadtest(url: str, *args: str, timeout_s: float = 120.0) -> dict:
    """`votedeck loadtest URL ... --json` in its own process; its JSON figures."""
    argv = [sys.executable, "-m", "presenter", "loadtest", url, "--json", "--token", TOKEN, *args]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout_s,
                          env=dict(os.environ, PYTHONUNBUFFERED="1"))
    if not done.stdout.strip():
        raise RuntimeError(f"votedeck loadtest failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)
