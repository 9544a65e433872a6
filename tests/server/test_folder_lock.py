"""One votedeck per data folder (issue 19, item 4): the second one is refused with a
sentence naming the first one's port and the way out, in this process and in
another one; the lock goes when its owner stops or dies."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from server.api import ServerStartError
from server.runtime import VotingServer

from .conftest import make_config, make_deck, start_server

REPO = Path(__file__).resolve().parents[2]


def test_a_second_server_on_the_same_folder_is_refused_with_the_way_out(tmp_path):
    first = start_server(tmp_path)
    try:
        second = VotingServer(make_deck(), make_config(tmp_path))
        with pytest.raises(ServerStartError) as refused:
            second.start()
        sentence = str(refused.value)
        assert f"port {first.server.join.port}" in sentence
        assert "rehearsal" in sentence and "--data-dir" in sentence and "Stop" in sentence
        assert first.server.running            # the first one is untouched
    finally:
        first.server.stop()
    again = start_server(tmp_path)               # stopped: the folder is free again
    again.server.stop()


def test_another_process_is_refused_and_a_killed_owner_leaves_no_lock(tmp_path):
    holder = textwrap.dedent(f"""
        import time
        from server.runtime import VotingServer
        from tests.server.conftest import make_config, make_deck
        from pathlib import Path
        server = VotingServer(make_deck(), make_config(Path({str(tmp_path)!r})))
        server.start()
        print(server.join.port, flush=True)
        time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True,
                               cwd=REPO)
    try:
        port = process.stdout.readline().strip()
        assert port.isdigit()
        with pytest.raises(ServerStartError, match=f"port {port}"):
            VotingServer(make_deck(), make_config(tmp_path)).start()
    finally:
        process.kill()
        process.wait(10)
        process.stdout.close()
    after = start_server(tmp_path)                # the OS released the dead owner's lock
    after.server.stop()


def test_a_folder_that_cannot_be_created_is_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ServerStartError, match="--data-dir"):
        VotingServer(make_deck(), make_config(tmp_path, data_dir=blocker / "data")).start()
