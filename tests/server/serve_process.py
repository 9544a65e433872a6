"""`votedeck serve` as an outside program: a real subprocess on 127.0.0.1 port 0.

The durability and bad-database tests need what a unit test cannot give: a process
that can be killed with SIGKILL and started again on the same data folder. The
port is read from the "Phones join at:" line serve prints.
"""
from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from presenter.paths import PROJECT_ROOT

TOKEN = "durability-token-0123456789"
_JOIN = re.compile(r"Phones join at: http://127\.0\.0\.1:(\d+)/")
_SESSION = re.compile(r"session (\d+) .*\((new|resumed)\)")


def votedeck(*args: str, timeout: float = 30.0, prefix: tuple[str, ...] = ()
             ) -> subprocess.CompletedProcess:
    """Run a votedeck command to the end, as a person would type it."""
    return subprocess.run([*prefix, sys.executable, "-m", "presenter", *args], cwd=PROJECT_ROOT,
                          capture_output=True, timeout=timeout, env=_env())


def without_root_override() -> tuple[str, ...]:
    """A command prefix under which file modes bind (root ignores them otherwise): the
    capabilities that bypass permission checks dropped from the bounding set. Empty
    when not root; None when root and `setpriv` is missing."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search")


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return env


class ServeProcess:
    """One `votedeck serve` run; `start()` waits for its join line or its failure."""

    def __init__(self, deck: Path, data_dir: Path, *extra: str, prefix: tuple[str, ...] = ()):
        self.args = [*prefix, sys.executable, "-m", "presenter", "serve", str(deck), "--host", "127.0.0.1",
                     "--port", "0", "--data-dir", str(data_dir), "--token", TOKEN,
                     "--max-voters-per-address", "0", "--max-requests-per-second", "0", *extra]
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.session = 0
        self.resumed = False
        self.output: list[str] = []
        self._reader: threading.Thread | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def auth(self) -> dict:
        return {"Authorization": f"Bearer {TOKEN}"}

    def start(self, timeout: float = 15.0) -> ServeProcess:
        self.proc = subprocess.Popen(self.args, cwd=PROJECT_ROOT, env=_env(), text=True,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        # A reader thread: a pipe read with a deadline, without select() on a buffered file.
        lines: queue.SimpleQueue = queue.SimpleQueue()
        self._reader = threading.Thread(target=_pump, args=(self.proc.stdout, lines, self.output),
                                        daemon=True)
        self._reader.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:                 # the process ended before serving
                self.proc.wait(5)
                return self
            if match := _SESSION.search(line):
                self.session, self.resumed = int(match[1]), match[2] == "resumed"
            if match := _JOIN.search(line):
                self.port = int(match[1])
                return self
        self.kill()
        raise AssertionError(f"serve did not start in {timeout} s: {self.output}")

    def said(self, text: str, timeout: float = 10.0) -> bool:
        """Whether a line holding `text` comes within `timeout` (serve prints more after
        the join line `start` waits for)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in list(self.output)):
                return True
            time.sleep(0.02)
        return False

    def finish(self, timeout: float = 10.0) -> str:
        """Wait for an ended process (a start failure); all it printed."""
        self.proc.wait(timeout)
        self.reap()
        return "\n".join(self.output)

    def kill(self) -> None:
        """SIGKILL: no handler runs, no commit is finished, nothing is flushed."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.reap()

    def terminate(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        self.reap()

    def reap(self) -> None:
        if self.proc is None:
            return
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self._reader is not None:
            self._reader.join(5)        # it reads to the end of the output, then stops
        self.proc.stdout.close()


def _pump(stream, lines: queue.SimpleQueue, output: list[str]) -> None:
    try:
        for line in stream:
            output.append(line.rstrip("\n"))
            lines.put(line)
    except (OSError, ValueError):
        pass                        # closed by reap()
    lines.put(None)
