"""The keep-awake hold against a real D-Bus: a private session bus (dbus-daemon) in
this test, with a fake org.freedesktop.ScreenSaver served by jeepney on a thread,
so the calls travel the bus exactly as they would to GNOME or KDE."""
from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass, field

import pytest

pytest.importorskip("jeepney")
from jeepney import HeaderFields, MessageType, new_error, new_method_return  # noqa: E402
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402

from presenter.ui.sleep_inhibit import APP_NAME, HELD, REASON, block_sleep  # noqa: E402

COOKIE = 4242


@pytest.fixture
def session_bus(monkeypatch):
    """A dbus-daemon of our own; DBUS_SESSION_BUS_ADDRESS points at it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is missing (apt-get install dbus; .ci/run installs it)")
    process = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = process.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


@dataclass
class FakeScreenSaver:
    """Answers Inhibit with COOKIE and UnInhibit with nothing; records every call."""

    calls: list = field(default_factory=list)
    uninhibited: threading.Event = field(default_factory=threading.Event)

    def serve(self, ready: threading.Event, stop: threading.Event) -> None:
        connection = open_dbus_connection(bus="SESSION")
        try:
            connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.ScreenSaver"), timeout=5)
            ready.set()
            while not stop.is_set():
                try:
                    message = connection.receive(timeout=0.2)
                except TimeoutError:
                    continue
                if message.header.message_type == MessageType.method_call:
                    connection.send(self.answer(message))
        finally:
            connection.close()

    def answer(self, message):
        fields = message.header.fields
        member, path = fields.get(HeaderFields.member), fields.get(HeaderFields.path)
        self.calls.append((path, member, tuple(message.body)))
        if member == "Inhibit":
            return new_method_return(message, "u", (COOKIE,))
        if member == "UnInhibit":
            self.uninhibited.set()
            return new_method_return(message)
        return new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))


@pytest.fixture
def screensaver(session_bus):
    fake = FakeScreenSaver()
    ready, stop = threading.Event(), threading.Event()
    thread = threading.Thread(target=fake.serve, args=(ready, stop), daemon=True)
    thread.start()
    assert ready.wait(10), "the fake screensaver did not get its bus name"
    yield fake
    stop.set()
    thread.join(timeout=10)


def test_inhibit_then_uninhibit_with_the_cookie(screensaver):
    hold = block_sleep("linux")
    assert hold.held, hold.sentence
    assert hold.sentence == HELD
    assert screensaver.calls == [("/org/freedesktop/ScreenSaver", "Inhibit", (APP_NAME, REASON))]

    hold.release()
    assert screensaver.uninhibited.wait(5)
    assert screensaver.calls[-1] == ("/org/freedesktop/ScreenSaver", "UnInhibit", (COOKIE,))
    assert not hold.held
    hold.release()                          # twice is harmless: nothing more on the bus
    assert len(screensaver.calls) == 2


def test_a_bus_without_a_screensaver_is_a_sentence_not_an_error(session_bus):
    hold = block_sleep("linux")
    assert not hold.held
    assert hold.sentence.startswith("Sleep not blocked: no screensaver service")
    assert "org.freedesktop.DBus.Error.ServiceUnknown" in hold.sentence
    assert "timeouts to 'never'" in hold.sentence      # the way out
    hold.release()


def test_no_session_bus_at_all_says_what_to_do(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    hold = block_sleep("linux")
    assert not hold.held
    assert "no desktop session bus" in hold.sentence
    assert "timeouts to 'never'" in hold.sentence


def test_the_console_shows_whether_sleep_is_blocked(qtbot, screensaver, tmp_path):
    from PySide6.QtWidgets import QLabel

    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.stay_awake import NOTE_NAME, stay_awake
    from tests.presenter.ui_support import make_presentation

    presentation = make_presentation(tmp_path, voting=False)
    console = ConsoleWindow(presentation)
    qtbot.addWidget(console)
    hold = stay_awake(console, lambda: block_sleep("linux"))
    try:
        note = console.findChild(QLabel, NOTE_NAME)
        assert note is not None and note.text() == HELD
        assert note.property("role") == "muted"
    finally:
        hold.release()
        presentation.shutdown()
    assert screensaver.uninhibited.wait(5)


def test_the_console_says_in_the_speakers_language_when_sleep_is_not_blocked(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.speaker_words import console_text, retranslate, set_speaker_language
    from presenter.ui.stay_awake import NOTE_NAME, stay_awake
    from presenter.ui.user_settings import UserSettings
    from tests.presenter.ui_support import make_presentation

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    presentation = make_presentation(tmp_path, voting=False)
    console = ConsoleWindow(presentation)
    qtbot.addWidget(console)
    hold = stay_awake(console, lambda: block_sleep("linux"))
    try:
        note = console.findChild(QLabel, NOTE_NAME)
        assert note.property("role") == "warning"
        assert note.text() == console_text("awake.not_held", why=hold.why_phrase.say("en"))
        assert "no desktop session bus" in note.text()       # the system's reason, as detail
        settings = UserSettings()
        spoken = UserSettings().speaker_language
        set_speaker_language("da", settings)
        retranslate(console)
        assert note.text().startswith("Dvale er ikke blokeret (")
        set_speaker_language(spoken or "en", settings)
    finally:
        hold.release()
        presentation.shutdown()
