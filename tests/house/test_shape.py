"""The shape of the code, checked as part of the suite: the import contracts
(pyproject.toml, `lint-imports`), ruff at zero findings, and a cheap `import server`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_import_contracts_hold():
    done = _run(str(BIN / "lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " broken" not in done.stdout.lower().replace("0 broken", "")


def test_ruff_finds_nothing():
    done = _run(str(BIN / "ruff"), "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_importing_the_server_package_and_the_shared_values_is_cheap():
    probe = ("import sys, server, server.api, common.values, common.percent; "
             "heavy = [m for m in sys.modules if m.split('.')[0] in ('aiohttp', 'PySide6', 'sqlite3')]; "
             "import threading; print(heavy, threading.active_count())")
    done = _run(sys.executable, "-c", probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] 1"
