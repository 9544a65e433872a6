"""Which data folder the commands use (presenter/data_folder.py): --data-dir, else the
folder votedeck last used, else the default; said when it is not the obvious one, and
a folder without the session names the folder that has it. Real commands in
subprocesses, sessions recorded by phones over HTTP, the remembered file in the test's
own $XDG_CONFIG_HOME (tests/conftest.py) and the default folder under its own
$XDG_DATA_HOME, both inherited by the commands."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from presenter.data_folder import remember_data_dir, remembered_data_dir
from presenter.paths import PROJECT_ROOT
from tests.server.results_support import record
from tests.server.serve_process import ServeProcess, votedeck


@pytest.fixture
def default(tmp_path, monkeypatch):
    """The user data folder (platformdirs) of this test: $XDG_DATA_HOME/votedeck."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return tmp_path / "data-home" / "votedeck"


def _one_sentence(done, *phrases: str) -> str:
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err and err.count("\n") == 1, err
    for phrase in phrases:
        assert phrase in err, err
    return err


def test_serve_remembers_its_folder_and_the_readers_after_it_find_the_votes(tmp_path, default):
    """The lecturer's evening: votes kept in a folder of their choosing; after the talk
    `votedeck results`, `sessions` and `report` are typed without --data-dir."""
    from tests.server.results_support import write_deck
    deck = write_deck(tmp_path)
    talks = tmp_path / "Talks" / "votedeck data"
    serve = ServeProcess(deck, talks).start()
    try:
        assert serve.port, serve.output
        assert serve.said(f"Votes are stored in: {talks / 'votes.sqlite3'}"), serve.output
    finally:
        serve.terminate()
    assert remembered_data_dir() == talks.resolve()

    found = votedeck("results", str(deck), "--format", "json")
    assert found.returncode == 0, found.stderr.decode()
    assert json.loads(found.stdout)["session"]["id"] == serve.session
    assert found.stderr.decode() == (f"Using {talks.resolve()}, the folder votedeck last used "
                                     f"(--data-dir DIR chooses another).\n")
    listed = votedeck("sessions")
    assert listed.returncode == 0 and f"1 session in {talks.resolve() / 'votes.sqlite3'}." \
        in listed.stdout.decode(), listed.stderr.decode()
    report = votedeck("report", str(deck), "--format", "csv", "--output", str(tmp_path / "r.csv"))
    assert report.returncode == 0 and (tmp_path / "r.csv").is_file(), report.stderr.decode()
    assert not default.exists()         # nothing was read from (or made in) the default

    plain = ServeProcess(deck, talks)           # the next talk, no --data-dir
    plain.args.remove("--data-dir")
    plain.args.remove(str(talks))
    plain.start()
    try:
        assert plain.resumed and plain.session == serve.session, plain.output
        assert plain.said(f"Votes are stored in: {talks.resolve() / 'votes.sqlite3'} "
                          f"(the folder votedeck last used)"), plain.output
    finally:
        plain.terminate()


async def test_a_folder_without_the_session_names_the_folder_that_has_it(tmp_path, default):
    rec = await record(tmp_path, data_dir=default)      # a talk in the default folder
    empty = tmp_path / "empty"
    empty.mkdir()
    hint = (f"The default folder, {default.resolve()}, has {{}}: run the command again with "
            f"--data-dir {default.resolve()}.")
    _one_sentence(votedeck("results", str(rec.deck_path), "--data-dir", str(empty), "--format", "csv"),
                  "No votes have been recorded in", hint.format("sessions of the deck 'Resultater på tværs'"))
    _one_sentence(votedeck("results", "--session", str(rec.session_id), "--data-dir", str(empty)),
                  hint.format(f"session {rec.session_id}"))
    _one_sentence(votedeck("sessions", "--data-dir", str(empty)), hint.format("1 session"))
    _one_sentence(votedeck("sessions", "--data-dir", str(empty), "--delete", str(rec.session_id)),
                  hint.format(f"session {rec.session_id}"))
    _one_sentence(votedeck("export", str(rec.deck_path), "--pdf", str(tmp_path / "h.pdf"),
                           "--results", "--data-dir", str(empty)),
                  hint.format("sessions of the deck 'Resultater på tværs'"))
    assert not (tmp_path / "h.pdf").exists()
    assert remembered_data_dir() is None        # a reader's --data-dir is not remembered

    # The folder votedeck last used has nothing yet: the default's sessions are named.
    remember_data_dir(empty)
    for done, found in ((votedeck("sessions"), "1 session"),
                        (votedeck("results", str(rec.deck_path)),
                         "sessions of the deck 'Resultater på tværs'")):
        said = done.stderr.decode().splitlines()
        assert done.returncode == 1 and len(said) == 2, said
        assert said[0] == f"Using {empty.resolve()}, the folder votedeck last used (--data-dir DIR chooses another)."
        assert said[1].startswith(f"No votes have been recorded in {empty.resolve()}")
        assert said[1].endswith(hint.format(found)), said


async def test_a_remembered_folder_that_is_gone_leaves_the_default_and_says_so(tmp_path, default):
    rec = await record(tmp_path, data_dir=default)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    remember_data_dir(stick)
    shutil.rmtree(stick)                # unplugged
    listed = votedeck("sessions", "--json")
    assert listed.returncode == 0, listed.stderr.decode()
    assert [s["id"] for s in json.loads(listed.stdout)] == [rec.session_id]
    assert listed.stderr.decode() == (
        f"The data folder votedeck last used, {stick.resolve()}, is not there now (a drive not "
        f"plugged in?); using the default folder {default}.\n")


def test_the_readers_still_load_no_qt_with_a_remembered_folder(tmp_path, default):
    remember_data_dir(tmp_path)
    probe = ("import sys; from presenter.cli import main; "
             "codes = [main(['sessions', '--json']), main(['results', '--format', 'json'])]; "
             "print(codes, [m for m in sys.modules if m.startswith('PySide6')])")
    done = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip().endswith("[1, 1] []"), done.stdout + done.stderr
