"""Firewall hints per platform.

The OS tools are the edge of the machine: the tests give `firewall_hint` a
runner that answers as ufw, firewall-cmd, systemctl and socketfilterfw do (their
real output strings), and record what was asked. The default runner itself is
exercised against real programs (this Python) for timeout and missing command.
"""
from __future__ import annotations

import sys
import time

import pytest

from venue.firewall import SOCKETFILTERFW, UFW_CONF, CommandResult, firewall_hint, run_command


class FakeOS:
    """Answers probes from a table; anything not in it is 'not installed'."""

    def __init__(self, answers=None, files=None):
        self.answers = answers or {}
        self.files = files or {}
        self.asked: list[tuple[str, ...]] = []
        self.timeouts: list[float] = []

    def run(self, argv, timeout):
        self.asked.append(tuple(argv))
        self.timeouts.append(timeout)
        answer = self.answers.get(tuple(argv))
        return None if answer is None else CommandResult(*answer)

    def read(self, path):
        return self.files.get(path)

    def hint(self, platform, port=8080, host="0.0.0.0"):
        return firewall_hint(port, platform, host=host, run=self.run, read=self.read)


def test_windows_always_gives_the_exact_step():
    fake = FakeOS()
    hint = fake.hint("win32", 8081)
    assert "allow Python on Private networks" in hint
    assert "Allow an app through firewall" in hint
    assert "8081" in hint
    assert fake.asked == []          # nothing to probe without admin rights


@pytest.mark.parametrize(
    "output, words",
    [
        ("Firewall is enabled. (State = 1)\n", "click Allow"),
        ("Firewall is blocking all non-essential incoming connections. (State = 2)\n", "Block all"),
    ],
)
def test_macos_firewall_on(output, words):
    fake = FakeOS({(SOCKETFILTERFW, "--getglobalstate"): (0, output)})
    hint = fake.hint("darwin")
    assert words in hint
    assert "System Settings → Network → Firewall → Options" in hint


def test_macos_firewall_off_says_nothing():
    fake = FakeOS({(SOCKETFILTERFW, "--getglobalstate"): (0, "Firewall is disabled. (State = 0)\n")})
    assert fake.hint("darwin") is None


def test_macos_without_the_tool_says_what_to_do_if_it_is_on():
    hint = FakeOS().hint("darwin")
    assert hint.startswith("If the macOS firewall is on")


def test_linux_ufw_active_gives_the_allow_command():
    fake = FakeOS({("ufw", "status"): (0, "Status: active\n\nTo   Action  From\n22   ALLOW   Anywhere\n")})
    hint = fake.hint("linux", 8090)
    assert "sudo ufw allow 8090/tcp" in hint


def test_linux_ufw_needing_root_falls_back_to_its_config_file():
    answers = {("ufw", "status"): (1, "ERROR: You need to be root to run this script\n")}
    on = FakeOS(answers, {UFW_CONF: "# comment\nENABLED=yes\nLOGLEVEL=low\n"})
    assert "sudo ufw allow 8080/tcp" in on.hint("linux")
    off = FakeOS(answers, {UFW_CONF: "ENABLED=no\n"})
    assert off.hint("linux") is None


def test_linux_ufw_inactive_and_no_firewalld_says_nothing():
    fake = FakeOS({
        ("ufw", "status"): (0, "Status: inactive\n"),
        ("firewall-cmd", "--state"): (252, "not running\n"),
    }, {UFW_CONF: "ENABLED=yes\n"})     # status wins over the boot setting
    assert fake.hint("linux") is None


def test_linux_firewalld_running():
    fake = FakeOS({("firewall-cmd", "--state"): (0, "running\n")})
    hint = fake.hint("linux", 8080)
    assert "sudo firewall-cmd --add-port=8080/tcp" in hint


def test_linux_firewalld_seen_through_systemd_when_dbus_refuses():
    fake = FakeOS({
        ("firewall-cmd", "--state"): (1, "Authorization failed.\n"),
        ("systemctl", "is-active", "firewalld"): (0, "active\n"),
    })
    assert "firewall-cmd --add-port" in fake.hint("linux")


def test_linux_with_no_firewall_tools_says_nothing():
    fake = FakeOS()
    assert fake.hint("linux") is None
    assert ("ufw", "status") in fake.asked


def test_loopback_only_server_needs_no_hint():
    fake = FakeOS({("ufw", "status"): (0, "Status: active\n")})
    assert fake.hint("linux", host="127.0.0.1") is None
    assert fake.hint("win32", host="::1") is None
    assert fake.asked == []


def test_other_platforms_say_nothing():
    assert FakeOS().hint("freebsd13") is None


def test_probes_are_bounded_in_time():
    fake = FakeOS()
    fake.hint("linux")
    assert fake.timeouts and all(0 < t <= 1.5 for t in fake.timeouts)


def test_a_slow_os_cannot_hold_the_start_for_long():
    def slow(argv, timeout):
        time.sleep(timeout)
        return None

    started = time.monotonic()
    assert firewall_hint(8080, "linux", run=slow, read=lambda p: None) is None
    assert time.monotonic() - started < 3.5


def test_the_real_runner_reads_output_and_exit_code():
    result = run_command([sys.executable, "-c", "import sys; print('Status: active'); sys.exit(3)"], 10)
    assert result == CommandResult(3, "Status: active\n")


def test_the_real_runner_gives_up_on_a_hung_command():
    started = time.monotonic()
    assert run_command([sys.executable, "-c", "import time; time.sleep(30)"], 0.5) is None
    assert time.monotonic() - started < 5


def test_the_real_runner_on_a_missing_command():
    assert run_command(["votedeck-no-such-firewall-tool"], 1) is None
    assert run_command(["/nonexistent/socketfilterfw", "--getglobalstate"], 1) is None


def test_the_real_check_on_this_machine_finishes_and_is_a_sentence_or_none():
    started = time.monotonic()
    hint = firewall_hint(8080)
    assert time.monotonic() - started < 3.5
    assert hint is None or hint.endswith(".")
