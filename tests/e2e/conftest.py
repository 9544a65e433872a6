"""Fixtures for the browser tests: Debian's Chromium through Playwright (one browser
for the whole run) and the real voting server on a loopback port.

Without /usr/bin/chromium the browser tests skip, unless VOTEDECK_REQUIRE_BROWSER=1
says a missing browser is a failure (CI sets it where Chromium is installed).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from common.values import DeckSpec, PollOption, PollSpec
from server.api import ServerConfig

# Debian's Chromium; VOTEDECK_CHROMIUM names another build (macOS, Windows, other Linux).
CHROMIUM = Path(os.environ.get("VOTEDECK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-gpu", "--no-first-run", "--disable-sync"]
TOKEN = "e2e-presenter-token"
# A Danish phone (its Accept-Language) unless a test says otherwise: the deck is Danish.
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "locale": "da-DK",
         "device_scale_factor": 2}

AGREE = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"), PollOption("dont-know", "Ved ikke"))
# Slide 1 has no poll, slides 2 and 3 each have one.
DECK = DeckSpec(
    key="/e2e/deck.md", title="Innovation i den offentlige sektor", language="da", slide_count=3,
    polls=(PollSpec("leaders", "Offentlige ledere ser sig selv og deres medarbejdere som "
                    "hovedkilden til innovation", AGREE, 2),
           PollSpec("users", "Borgerne er de bedste til at finde nye løsninger", AGREE, 3)),
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


# Package scope, not session: the sync Playwright API keeps an event loop running on
# the main thread while it lives, which would stop pytest-asyncio in later tests.
@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("VOTEDECK_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and VOTEDECK_REQUIRE_BROWSER=1: install Debian's chromium.")
        pytest.skip(f"{CHROMIUM} is not installed; install Debian's chromium to run the browser tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Running:
    server: object          # server.VotingServer
    port: int
    data_dir: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def settled(self, timeout: float = 5.0) -> None:
        """Every change asked of the server before now is applied, saved, told to the
        phones and in a snapshot. The server's calls return before they run, so a page
        reloaded at once (no JavaScript) could still get the state from before."""
        import asyncio

        from server.snapshot_pacer import SNAPSHOT_DELAY
        talk = self.server.presentation

        async def barrier() -> None:
            async with talk._changing:      # a change queued before this holds it first
                pass
            await asyncio.sleep(3 * SNAPSHOT_DELAY)     # its coalesced snapshot goes out
        asyncio.run_coroutine_threadsafe(barrier(), self.server._loop.loop).result(timeout)

    def counts(self, poll_id: str) -> dict[str, int]:
        self.settled()
        tally = self.server.snapshot().poll(poll_id)
        return dict(tally.counts) if tally else {}

    def voters(self, poll_id: str) -> int:
        self.settled()
        tally = self.server.snapshot().poll(poll_id)
        return tally.voters if tally else 0


def start_server(data_dir: Path, port: int = 0, deck: DeckSpec = DECK, requests_per_second: int = 0) -> Running:
    from server.runtime import VotingServer

    config = ServerConfig(host="127.0.0.1", port=port, port_fallback=False, data_dir=data_dir,
                          token=TOKEN, max_voters_per_address=0,
                          max_requests_per_second=requests_per_second)
    server = VotingServer(deck, config)
    join = server.start()
    return Running(server, join.port, data_dir)


@pytest.fixture
def voting(tmp_path):
    """The real voting server on 127.0.0.1, showing slide 2 (an open poll)."""
    running = start_server(tmp_path)
    running.server.show_slide(2)
    yield running
    running.server.stop()


@pytest.fixture
def phone(browser, voting):
    """A phone's browser tab on the voting page, with every request and console
    error it makes recorded (`phone.requests`, `phone.sockets`, `phone.errors`)."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.requests, page.sockets, page.errors = [], [], []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("websocket", lambda ws: page.sockets.append(ws.url))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.set_default_timeout(5000)
    page.goto(voting.url)
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    """Keep a picture of the page when VOTEDECK_SCREENSHOTS names a folder."""
    folder = os.environ.get("VOTEDECK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)
