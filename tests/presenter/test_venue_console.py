"""Venue readiness in the console (issue 9), on the real ShowController, server and widgets.

Only the interface list is replaced (ifaddr, the edge of the machine) and, for the
firewall, a `ufw` program on PATH. Servers listen on 0.0.0.0 where the address
picker needs it, but every request goes to 127.0.0.1. QR codes are read back
from the widgets' pixels with zxing-cpp, as a phone camera reads them.
"""
from __future__ import annotations

import os
import stat
import sys

import ifaddr
import pytest
import zxingcpp
from PySide6.QtWidgets import QLabel, QPushButton

from server import runtime
from server.net import lan
from server.net.reachability import ReachabilityLog, no_phone_hint
from tests.presenter.test_console import _console, _press
from tests.presenter.ui_support import Phone, make_presentation, write_deck
from venue.wifi import wifi_payload


def adapter(name: str, *ips) -> ifaddr.Adapter:
    return ifaddr.Adapter(name, name, [ifaddr.IP(ip, 24, name) for ip in ips])


LO = adapter("lo", "127.0.0.1")
WLAN = adapter("wlan0", "192.168.1.20")
ETH = adapter("eth0", "10.0.0.5")


@pytest.fixture
def interfaces(monkeypatch):
    current = [LO, WLAN, ETH]
    monkeypatch.setattr(ifaddr, "get_adapters", lambda *a, **k: list(current))
    monkeypatch.setattr(lan, "_is_up", lambda name: True)
    return current


def everywhere(tmp_path, **config):
    """The real ShowController with its server on 0.0.0.0 port 0. The server runs inside
    this process, where `interfaces` stands in for the laptop's network interfaces."""
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    deck = load_deck(write_deck(tmp_path))
    presentation = ShowController(deck, SlideRenderer(deck), ServerConfig(
        host="0.0.0.0", port=0, data_dir=tmp_path / "data", **config),
        voting_server=runtime.VotingServer)
    assert presentation.start_server(), presentation.voting_error
    return presentation


def read_codes(image) -> list:
    """The QR codes in a QImage, as zxing-cpp reads them from its grey pixels."""
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())
    rows = b"".join(raw[y * stride:y * stride + w] for y in range(h))
    return zxingcpp.read_barcodes(memoryview(rows).cast("B", (h, w)))


def decoded(image) -> set[str]:
    return {code.text for code in read_codes(image)}


def candidate_texts(panel) -> list[str]:
    box = panel.candidates_box
    return [box.itemAt(i).widget().text() for i in range(box.count())]


def candidate_button(panel, address):
    box = panel.candidates_box
    for i in range(box.count()):
        widget = box.itemAt(i).widget()
        if widget.text().startswith(f"Use {address}"):
            return widget
    raise AssertionError(f"no button for {address}: {candidate_texts(panel)}")


def test_speaker_picks_another_address_and_the_qr_follows(qtbot, tmp_path, interfaces):
    presentation = everywhere(tmp_path)
    try:
        _, _, console = _console(qtbot, presentation)
        panel = console.join_panel
        port = presentation.join.port
        assert presentation.join.host == "192.168.1.20"
        qtbot.waitUntil(lambda: any("in use" in t for t in candidate_texts(panel)), timeout=3000)
        assert any(t.startswith("● 192.168.1.20") for t in candidate_texts(panel))
        with qtbot.waitSignal(presentation.join_changed, timeout=3000):
            candidate_button(panel, "10.0.0.5").click()
        assert presentation.join.url == f"http://10.0.0.5:{port}/"
        assert panel.url_label.text() == f"10.0.0.5:{port}"
        assert decoded(panel.qr.grab().toImage()) == {f"http://10.0.0.5:{port}/"}
        qtbot.waitUntil(lambda: any(t.startswith("● 10.0.0.5") for t in candidate_texts(panel)),
                        timeout=3000)
    finally:
        presentation.shutdown()


def test_the_qr_follows_a_new_address_within_a_few_seconds(qtbot, tmp_path, interfaces):
    presentation = everywhere(tmp_path)
    try:
        _, _, console = _console(qtbot, presentation)
        port = presentation.join.port
        interfaces[:] = [LO, adapter("wlan0", "192.168.1.77")]      # the wifi reconnected
        with qtbot.waitSignal(presentation.join_changed, timeout=5000):
            pass
        url = f"http://192.168.1.77:{port}/"
        assert presentation.join.url == url
        assert presentation.room_view(for_audience=True).join.url == url
        assert decoded(console.join_panel.qr.grab().toImage()) == {url}
        # The audience's join overlay (Q) carries the new code too.
        _press(console, ord("Q"))
        image = presentation.renderer.render_image(presentation.slide,
                                                   presentation.room_view(for_audience=True))
        assert url in decoded(image)
        qtbot.waitUntil(lambda: candidate_texts(console.join_panel) == [], timeout=3000)
    finally:
        presentation.shutdown()


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def counted(monkeypatch, qtbot, tmp_path):
    """Loopback counts as a phone here (it is the only one a test may use), on a clock
    the test moves: the server runs inside this process, where both are put in."""
    clock = Clock()
    monkeypatch.setattr(runtime, "ReachabilityLog",
                        lambda: ReachabilityLog(ignore_loopback=False, clock=clock))
    presentation = make_presentation(tmp_path, inside=True)
    assert presentation.server is not None, presentation.voting_error
    _, _, console = _console(qtbot, presentation)
    yield presentation, console, clock
    presentation.shutdown()


def test_evidence_and_the_no_phone_hint_in_english_whatever_the_deck(counted, qtbot):
    """The deck is Danish; the console is the speaker's tool and speaks English."""
    presentation, console, clock = counted
    assert presentation.deck.language == "da"
    label = console.join_panel.evidence_label
    qtbot.waitUntil(lambda: label.text() == "No phone has reached this laptop in the last minute.",
                    timeout=3000)
    _press(console, ord("Q"))                 # the join screen goes up: the minute starts
    clock.now += 59
    console.venue.refresh()
    assert label.property("role") == "muted"
    clock.now += 2
    qtbot.waitUntil(lambda: label.text() == no_phone_hint(presentation.join.port, "en"), timeout=3000)
    assert label.property("role") == "warning" and label.isVisible()
    qtbot.wait(50)                            # one layout pass
    # On a 1366x768 laptop the whole hint is readable, not squeezed to a few lines.
    assert label.height() >= label.heightForWidth(label.width())
    top = label.mapTo(console.side_scroll.viewport(), label.rect().topLeft()).y()
    assert 0 <= top and top + label.height() <= console.side_scroll.viewport().height()

    Phone(presentation.join.url).state()
    qtbot.waitUntil(lambda: label.text().startswith("1 phone reached"), timeout=3000)
    assert "127.0.0.x" in label.text() and label.property("role") == "muted"
    danish = ("Ingen", "telefon", "nåede", "computer det")
    texts = [w.text() for w in console.findChildren(QLabel) + console.findChildren(QPushButton)]
    assert not [t for t in texts if any(word in t for word in danish)]


def test_voting_down_hides_the_evidence(counted, qtbot):
    presentation, console, _ = counted
    qtbot.waitUntil(console.join_panel.evidence_label.isVisible, timeout=3000)
    with qtbot.waitSignal(presentation.server_failed, timeout=8000):
        presentation.bridge.on_failure("The voting server stopped: the database is locked.")
    console.venue.refresh()
    assert not console.join_panel.evidence_label.isVisible()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ufw is a Linux firewall")
def test_firewall_hint_is_said_once(qtbot, tmp_path, interfaces, monkeypatch):
    calls = tmp_path / "ufw-calls"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ufw = bin_dir / "ufw"
    ufw.write_text(f"#!/bin/sh\necho called >> '{calls}'\necho 'Status: active'\n")
    ufw.chmod(ufw.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    presentation = everywhere(tmp_path)
    try:
        _, _, console = _console(qtbot, presentation)
        label = console.venue.firewall_label
        qtbot.waitUntil(label.isVisible, timeout=6000)
        port = presentation.join.port
        assert f"sudo ufw allow {port}/tcp" in label.text()
        qtbot.wait(2500)                     # more refreshes: no second check
        assert calls.read_text().count("called") == 1
    finally:
        presentation.shutdown()


def test_rehearsal_from_the_console_on_loopback(qtbot, tmp_path, monkeypatch):
    from presenter.ui import venue

    monkeypatch.setattr(venue, "REHEARSAL_PHONES", 5)
    monkeypatch.setattr(venue, "REHEARSAL_SECONDS", 8.0)
    presentation = make_presentation(tmp_path)           # listens on 127.0.0.1
    try:
        _, _, console = _console(qtbot, presentation)
        checks = console.venue
        qtbot.waitUntil(checks.rehearse_button.isEnabled, timeout=3000)
        checks.rehearse_button.click()
        assert not checks.rehearse_button.isEnabled() and checks.rehearsal_job.running
        qtbot.waitUntil(lambda: "test phones voted" in checks.rehearse_label.text(), timeout=30000)
        text = checks.rehearse_label.text()
        assert text.startswith("5 of 5 test phones voted")
        # Loopback only, so the verdict must not call the room ready.
        assert "this computer only" in text and checks.rehearse_label.property("role") == "warning"
        assert checks.rehearse_button.isEnabled()
        # The talk's own session saw none of it.
        assert all(t.voters == 0 for t in presentation.server.snapshot().polls)
    finally:
        presentation.shutdown()


def test_stop_ends_a_running_rehearsal(qtbot, tmp_path):
    """Quitting mid-rehearsal: the worker ends in seconds and its scratch server with it."""
    import threading
    import time

    presentation = make_presentation(tmp_path)
    try:
        _, _, console = _console(qtbot, presentation)
        checks = console.venue
        qtbot.waitUntil(checks.rehearse_button.isEnabled, timeout=3000)
        checks.rehearse()
        started = time.monotonic()
        checks.stop()
        assert time.monotonic() - started < 8
        qtbot.waitUntil(lambda: not checks.rehearsal_job.running, timeout=3000)
        assert "stopped before it finished" in checks.rehearse_label.text()
        assert not any(t.name == "votedeck-rehearsal" for t in threading.enumerate())
    finally:
        presentation.shutdown()


def test_join_slide_shows_the_wifi_code_first(qtbot, tmp_path, interfaces):
    presentation = everywhere(tmp_path, wifi=("Talk;Room, 1", r"pa:ss\word;1"), wifi_hidden=True)
    try:
        view = presentation.room_view(for_audience=True)
        assert view.join.wifi_ssid == "Talk;Room, 1"
        presentation.toggle_join_overlay()
        image = presentation.renderer.render_image(presentation.slide,
                                                   presentation.room_view(for_audience=True))
        codes = read_codes(image)
        texts = {c.text for c in codes}
        payload = wifi_payload("Talk;Room, 1", r"pa:ss\word;1", hidden=True)
        assert payload == r"WIFI:T:WPA;S:Talk\;Room\, 1;P:pa\:ss\\word\;1;H:true;;"
        assert texts == {payload, presentation.join.url}
        wifi_code = next(c for c in codes if c.text == payload)
        url_code = next(c for c in codes if c.text == presentation.join.url)
        assert wifi_code.position.top_left.x < url_code.position.top_left.x   # read first
    finally:
        presentation.shutdown()


def test_reaching_a_join_slide_starts_the_no_phone_minute(qtbot, tmp_path):
    from presenter.deck.parser import load_deck
    from presenter.paths import BUNDLED_DECK
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    deck = load_deck(BUNDLED_DECK)
    join_slide = next(s.number for s in deck.slides if s.layout == "join")
    assert join_slide > 1
    presentation = ShowController(deck, SlideRenderer(deck), ServerConfig(
        host="127.0.0.1", port=0, data_dir=tmp_path / "data"))
    assert presentation.start_server(), presentation.voting_error
    try:
        assert presentation.reachability().since_join_shown_s is None
        presentation.go_to(join_slide - 1)
        assert presentation.reachability().since_join_shown_s is None
        presentation.go_to(join_slide)
        # The voting process says who reached it twice a second: the console's pace.
        qtbot.waitUntil(lambda: presentation.reachability().since_join_shown_s is not None,
                        timeout=3000)
    finally:
        presentation.shutdown()
