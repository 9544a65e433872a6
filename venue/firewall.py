"""Whether the OS firewall may stop phones reaching the voting port, and the exact step.

Said once at start (by `votedeck serve` and the console): a common.words.Phrase
(`firewall_phrase`: the console says it in the speaker's language), or its English
sentence (`firewall_hint`: the terminal's), or None when there is nothing to say.
Detection asks the OS through its own tools, without root, each bounded by a short
timeout; anything that fails to answer is treated as "cannot tell", never as an error.
The command runner and file reader are parameters, so tests replace the edge of the
machine and nothing else.

- Windows: the first time Python listens, Windows asks whether to allow it; the
  usual mistake is leaving only "Public" unticked or pressing Cancel. We always
  say the step (it cannot be checked without admin rights).
- macOS: the Application Firewall, read with `socketfilterfw --getglobalstate`.
- Linux: ufw (`ufw status`, or its config file when ufw needs root) and
  firewalld (`firewall-cmd --state`).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from common.values import is_loopback_host
from common.words import Phrase

COMMAND_TIMEOUT_S = 1.5     # each probe; the whole check stays under ~3 s
TOTAL_BUDGET_S = 3.0
SOCKETFILTERFW = "/usr/libexec/ApplicationFirewall/socketfilterfw"
UFW_CONF = "/etc/ufw/ufw.conf"


@dataclass(frozen=True)
class CommandResult:
    returncode: int
    output: str                 # stdout and stderr together


# A runner gets argv and a timeout; None means "could not run it" (missing,
# timed out, not allowed), which the checks read as "cannot tell".
Runner = Callable[[Sequence[str], float], "CommandResult | None"]
FileReader = Callable[[str], "str | None"]


def run_command(argv: Sequence[str], timeout: float) -> CommandResult | None:
    """Run a probe with C locale (we read its English output); None when it cannot run."""
    program = argv[0] if os.path.isabs(argv[0]) else shutil.which(argv[0])
    if not program or not os.access(program, os.X_OK):
        return None
    env = dict(os.environ, LC_ALL="C", LANG="C")
    try:
        done = subprocess.run(
            [program, *argv[1:]], capture_output=True, text=True, errors="replace",
            timeout=timeout, env=env, stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return CommandResult(done.returncode, (done.stdout or "") + (done.stderr or ""))


def read_text(path: str) -> str | None:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def firewall_hint(port: int, platform: str = sys.platform, **probes) -> str | None:
    """The one sentence about the firewall to show at start (in English), or None."""
    phrase = firewall_phrase(port, platform, **probes)
    return phrase.say("en") if phrase is not None else None


def firewall_phrase(
    port: int,
    platform: str = sys.platform,
    *,
    host: str = "0.0.0.0",
    run: Runner = run_command,
    read: FileReader = read_text,
) -> Phrase | None:
    """The one sentence about the firewall to show at start, in no language yet, or None."""
    if is_loopback_host(host):
        return None     # nothing outside can reach it anyway; the join panel says so
    deadline = time.monotonic() + TOTAL_BUDGET_S

    def probe(argv: Sequence[str]) -> CommandResult | None:
        left = deadline - time.monotonic()
        return run(argv, min(COMMAND_TIMEOUT_S, left)) if left > 0.05 else None

    if platform.startswith("win"):
        return windows_hint(port)
    if platform == "darwin":
        return macos_hint(probe)
    if platform.startswith("linux"):
        return linux_hint(port, probe, read)
    return None


def windows_hint(port: int) -> Phrase:
    return Phrase.of("venue.firewall.windows", port=port)


def macos_hint(probe: Callable[[Sequence[str]], CommandResult | None]) -> Phrase | None:
    result = probe([SOCKETFILTERFW, "--getglobalstate"])
    text = result.output.lower() if result else ""
    if "state = 2" in text or "block all" in text:
        return Phrase.of("venue.firewall.macos_blocks_all")
    if "enabled" in text or "state = 1" in text:
        return Phrase.of("venue.firewall.macos_on")
    if "disabled" in text or "state = 0" in text:
        return None
    return Phrase.of("venue.firewall.macos_maybe")


def linux_hint(
    port: int,
    probe: Callable[[Sequence[str]], CommandResult | None],
    read: FileReader,
) -> Phrase | None:
    if ufw_active(probe, read):
        return Phrase.of("venue.firewall.ufw", port=port)
    if firewalld_active(probe):
        return Phrase.of("venue.firewall.firewalld", port=port)
    return None


def ufw_active(probe, read: FileReader) -> bool:
    result = probe(["ufw", "status"])
    text = result.output.lower() if result else ""
    if "status: active" in text:
        return True
    if "status: inactive" in text:
        return False
    # `ufw status` needs root on most systems; its config file is world-readable
    # and says whether it is enabled at boot, which is what matters here.
    conf = read(UFW_CONF)
    if conf is None:
        return False
    for line in conf.splitlines():
        key, _, value = line.strip().partition("=")
        if key.strip() == "ENABLED":
            return value.strip().strip("\"'").lower() == "yes"
    return False


def firewalld_active(probe) -> bool:
    result = probe(["firewall-cmd", "--state"])
    if result is not None:
        text = result.output.strip().lower()
        if text == "running":
            return True
        if "not running" in text:
            return False
    # firewall-cmd may be refused over D-Bus without a session; systemd knows too.
    result = probe(["systemctl", "is-active", "firewalld"])
    return result is not None and result.output.strip() == "active"
