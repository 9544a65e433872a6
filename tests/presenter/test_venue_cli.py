"""--wifi / --wifi-hidden on the command line, and what `votedeck serve` says about them."""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys

import pytest

from presenter.commands.server_options import add_server_options, server_config
from presenter.paths import PROJECT_ROOT


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="votedeck", exit_on_error=True)
    add_server_options(parser)
    return parser.parse_args(list(argv))


def test_wifi_option_reaches_the_server_config():
    config = server_config(parse("--wifi", r"Cafe\:Talk:pa:ss:word1", "--wifi-hidden"))
    assert config.wifi == ("Cafe:Talk", "pa:ss:word1") and config.wifi_hidden
    assert server_config(parse("--wifi", "OpenNet:")).wifi == ("OpenNet", "")
    assert server_config(parse()).wifi is None and not server_config(parse()).wifi_hidden


@pytest.mark.parametrize("value, words", [("NoColon", "SSID:PASSWORD"),
                                          ("Talk:short", "at least 8"),
                                          (":secretpass", "empty")])
def test_a_bad_wifi_option_is_one_sentence(value, words, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse("--wifi", value)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_serve_prints_the_wifi_code(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "presenter", "serve", "--host", "127.0.0.1", "--port", "0",
         "--data-dir", str(tmp_path), "--wifi", "MyTalk:secretpass"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"))
    try:
        said = []
        for line in process.stdout:
            said.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        assert any("WIFI:T:WPA;S:MyTalk;P:secretpass;;" in line for line in said), said
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    assert process.returncode == 0
