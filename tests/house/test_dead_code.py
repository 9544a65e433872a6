"""No dead code: vulture over the program's packages finds nothing that the short,
commented allow-list (vulture_allowlist.py) does not explain. Run it by hand with
    .venv/bin/vulture presenter server common venue loadtest tests/house/vulture_allowlist.py --min-confidence 60
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("presenter", "server", "common", "venue", "loadtest")
ALLOWLIST = Path(__file__).with_name("vulture_allowlist.py")


def _vulture(*paths: str) -> subprocess.CompletedProcess:
    vulture = Path(sys.executable).parent / "vulture"
    return subprocess.run([str(vulture), *paths, "--min-confidence", "60"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_vulture_finds_no_dead_code():
    done = _vulture(*PACKAGES, str(ALLOWLIST.relative_to(ROOT)))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout[-4000:] + done.stderr[-2000:]


def test_every_allowlist_entry_is_still_needed():
    """An entry whose name the code no longer reports is stale: it would hide the next
    dead thing of that name."""
    reported = _vulture(*PACKAGES).stdout
    entries = [line[2:].split()[0] for line in ALLOWLIST.read_text().splitlines()
               if line.startswith("_.")]
    stale = [name for name in entries if f"'{name}'" not in reported]
    assert entries and stale == [], stale
