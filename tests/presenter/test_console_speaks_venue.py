"""The console's venue checks and the voting server's failures speak the speaker's
language too: the firewall hint, the rehearsal's verdict and why voting could not start
are Danish in a Danish console, and change language with the console, lines already
shown included. Real console, real servers on loopback, a `ufw` program on PATH.
"""
from __future__ import annotations

import os
import stat
import sys

import pytest

from common.words import WORDS, Phrase
from tests.presenter.test_console import _console
from tests.presenter.test_venue_console import everywhere, interfaces  # noqa: F401 - a fixture
from tests.presenter.ui_support import make_presentation

# Words that only the English sentences of these lines have.
ENGLISH = ("test phones", "slowest answer", "already in use", "firewall is on", "before the talk",
           "restart voting", "the laptop", "Another votedeck")


def _english_in(text: str) -> list[str]:
    return [words for words in ENGLISH if words in text]


def _pick(console, code: str) -> None:
    picker = console.header.language
    picker.setCurrentIndex(picker.findData(code))


@pytest.fixture
def ufw_on(tmp_path, monkeypatch):
    """`ufw status` says the firewall is on (the OS tool is the edge of the machine)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ufw = bin_dir / "ufw"
    ufw.write_text("#!/bin/sh\necho 'Status: active'\n")
    ufw.chmod(ufw.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ufw is a Linux firewall")
@pytest.mark.usefixtures("interfaces", "ufw_on", "speaker_language_reset")
def test_the_firewall_hint_in_danish_then_swedish(qtbot, tmp_path):
    from presenter.ui.speaker_words import set_speaker_language

    set_speaker_language("da")
    presentation = everywhere(tmp_path)         # every address: there is a firewall to speak of
    try:
        _, _, console = _console(qtbot, presentation, size=(1024, 768))
        label = console.venue.firewall_label
        qtbot.waitUntil(label.isVisible, timeout=6000)
        port = presentation.join.port
        assert label.text() == Phrase.of("venue.firewall.ufw", port=port).say("da")
        assert label.text().startswith("Firewallen ufw er slået til")
        assert f"sudo ufw allow {port}/tcp" in label.text() and _english_in(label.text()) == []
        _pick(console, "sv")                    # shown in Danish: now Swedish
        assert label.text().startswith("Brandväggen ufw är på")
        assert label.text() == Phrase.of("venue.firewall.ufw", port=port).say("sv")
        console.close()
    finally:
        presentation.shutdown()


def test_the_rehearsal_verdict_in_danish_then_swedish(qtbot, tmp_path, monkeypatch,
                                                      speaker_language_reset):
    from presenter.ui import venue
    from presenter.ui.speaker_words import set_speaker_language

    monkeypatch.setattr(venue, "REHEARSAL_PHONES", 5)
    monkeypatch.setattr(venue, "REHEARSAL_SECONDS", 8.0)
    set_speaker_language("da")
    presentation = make_presentation(tmp_path)           # listens on 127.0.0.1
    try:
        _, _, console = _console(qtbot, presentation, size=(1024, 768))
        checks = console.venue
        qtbot.waitUntil(checks.rehearse_button.isEnabled, timeout=3000)
        checks.rehearse_button.click()
        assert checks.rehearse_button.text() == WORDS["da"]["console.venue.rehearsing"]
        qtbot.waitUntil(lambda: not checks.rehearsal_job.running, timeout=30000)
        verdict = checks.rehearse_label.text()
        assert verdict.startswith("5 af 5 testtelefoner stemte; langsomste svar "), verdict
        assert WORDS["da"]["console.venue.local_only"] in verdict
        assert _english_in(verdict) == [], verdict
        assert checks.rehearse_button.text() == "Prøv afstemningen af (8 s)"
        _pick(console, "sv")                    # shown in Danish: now Swedish
        verdict = checks.rehearse_label.text()
        assert verdict.startswith("5 av 5 testmobiler röstade; långsammaste svar "), verdict
        assert WORDS["sv"]["console.venue.local_only"] in verdict
        assert checks.rehearse_button.text() == "Provkör omröstningen (8 s)"
        console.close()
    finally:
        presentation.shutdown()


def test_voting_that_cannot_start_says_why_in_danish_then_norwegian(
        qtbot, tmp_path, speaker_language_reset):
    """The port is taken (by another votedeck, no fallback): the banner and the join panel
    say so in the speaker's language, and the terminal keeps its English sentence."""
    from presenter.ui.speaker_words import set_speaker_language

    set_speaker_language("da")
    first = make_presentation(tmp_path / "a")
    port = first.join.port
    second = make_presentation(tmp_path / "b", port=port, port_fallback=False)
    try:
        assert second.server is None and second.voting_error.reason == "port_in_use"
        assert "is already in use" in str(second.voting_error)         # the terminal's
        _, _, console = _console(qtbot, second, size=(1024, 768))
        banner = console.banner
        assert banner.isVisible()
        said = WORDS["da"]["console.server.port_in_use"].format(port=port)
        assert banner.message.text() == said
        assert banner.message.text().startswith(f"Port {port} er allerede i brug")
        assert console.join_panel.address_label.text() == said
        assert _english_in(banner.message.text()) == []

        _pick(console, "nb")
        said = WORDS["nb"]["console.server.port_in_use"].format(port=port)
        assert banner.message.text() == said and console.join_panel.address_label.text() == said
        console.close()
    finally:
        first.shutdown()
        second.shutdown()


def test_a_data_folder_in_use_and_a_server_that_stops_say_why_in_danish(
        qtbot, tmp_path, speaker_language_reset):
    from presenter.ui.speaker_words import set_speaker_language

    set_speaker_language("da")
    first = make_presentation(tmp_path)
    second = make_presentation(tmp_path)          # the same data folder: locked by the first
    try:
        assert second.voting_error.reason == "folder_taken_by_port"
        _, _, console = _console(qtbot, second, size=(1024, 768))
        text = console.banner.message.text()
        assert text.startswith("En anden votedeck (proces ") and "gem stemmerne i en anden mappe" in text
        assert _english_in(text) == []
        console.close()
    finally:
        second.shutdown()
    try:
        _, _, console = _console(qtbot, first, size=(1024, 768))
        with qtbot.waitSignal(first.server_failed, timeout=8000):
            first.bridge.on_failure(_stopped())
        assert console.banner.message.text() == WORDS["da"]["console.server.stopped"]
        console.close()
    finally:
        first.shutdown()


def _stopped():
    from server.api import ServerError

    return ServerError("Voting stopped unexpectedly; restart voting to let phones vote again.",
                       "stopped")


def test_a_small_open_files_limit_is_said_in_danish(speaker_language_reset):
    """The server's warning that the hall holds few phones: the join panel's own words."""
    from common.values import JoinInfo
    from presenter.ui.console.join_panel import join_warnings
    from presenter.ui.speaker_words import set_speaker_language
    from server.oslimits import hall_size, hall_size_warning

    set_speaker_language("da")
    english = hall_size_warning(256)
    join = JoinInfo(url="http://10.0.0.5:8080/", host="10.0.0.5", port=8080, bound_host="0.0.0.0",
                    lan=True, warnings=(english, "Something the console has no words for."),
                    hall=hall_size(256))
    assert join_warnings(join) == [
        "Denne computer lader votedeck holde omkring 192 telefoner ad gangen (grænse for åbne "
        "filer 256); til en større sal skal den hæves (for eksempel `ulimit -n 4096`) før start.",
        "Something the console has no words for."]


def test_the_sleep_note_and_its_reason_in_danish_then_nynorsk(qtbot, tmp_path, monkeypatch,
                                                              speaker_language_reset):
    from PySide6.QtWidgets import QLabel

    from presenter.ui.sleep_inhibit import block_sleep
    from presenter.ui.speaker_words import set_speaker_language
    from presenter.ui.stay_awake import NOTE_NAME, stay_awake

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    set_speaker_language("da")
    presentation = make_presentation(tmp_path, voting=False)
    try:
        _, _, console = _console(qtbot, presentation, size=(1024, 768))
        hold = stay_awake(console, lambda: block_sleep("linux"))
        assert "no desktop session bus" in hold.sentence             # the terminal's English
        note = console.findChild(QLabel, NOTE_NAME)
        assert note.text() == ("Dvale er ikke blokeret (der er ingen sessionsbus for skrivebordet; "
                               "DBUS_SESSION_BUS_ADDRESS er ikke sat): sæt computerens skærm og "
                               "dvale til »aldrig« under foredraget.")
        _pick(console, "nn")
        assert note.text().startswith("Kvilemodus er ikkje blokkert (det finst ingen sesjonsbuss")
        hold.release()
        console.close()
    finally:
        presentation.shutdown()
