"""Shared pieces for the presenter app's tests (test_app*, test_keys*, test_live*,
test_audience*): a small deck on disk, the real ShowController with the real voting
server on 127.0.0.1 port 0 and a tmp data folder, and an HTTP phone.

Not a conftest: the tests import what they use, so it is plain where it comes from.
"""
from __future__ import annotations

import json
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

DECK_TEXT = """\
---
title: Testdeck
language: da
polls:
  results: {results}
---

# Testdeck

Et lille deck til prøver

---

## Anden slide

- punkt et
- punkt to

---

## Spørgsmål

```poll
id: first-poll
question: Ledere ser medarbejderne som hovedkilden til innovation
scale: agree
```

---

## Fjerde slide

Tekst

---

## Endnu et spørgsmål

```poll
id: second-poll
question: Borgerne er en vigtig kilde til nye ideer
scale: agree
```

---

## Sidste slide

Tak
"""
POLL_SLIDE = 3          # first-poll
SECOND_POLL_SLIDE = 5
SLIDES = 6
# A deck with a poll of every kind (tests/presenter/test_live_kinds.py and others).
KINDS_DECK = Path(__file__).parent / "decks" / "kinds.md"


def write_deck(folder: Path, results: str = "live", text: str = DECK_TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deck.md"
    path.write_text(text.format(results=results), encoding="utf-8")
    return path


def make_presentation(tmp_path: Path, *, results: str = "live", voting: bool = True,
                      port: int = 0, deck_text: str = DECK_TEXT, start: bool = True,
                      inside: bool = False, **config):
    """The real ShowController on a real deck (`deck_text`, DECK_TEXT unless given); with
    voting, the real server on 127.0.0.1 with its database in tmp_path, started unless
    `start` is False (as the app does, after the first slide is up). The caller shuts it down.
    The server runs in a process of its own, as in the app; `inside` runs it on a thread of
    this one instead, for a test that looks inside it (`presentation.server.presentation`)."""
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    deck = load_deck(write_deck(tmp_path, results, deck_text))
    server_config = None
    if voting:
        server_config = ServerConfig(**{"host": "127.0.0.1", "port": port,
                                        "data_dir": tmp_path / "data",
                                        "max_voters_per_address": 0,
                                        "max_requests_per_second": 0, **config})
    voting_server = None
    if inside:
        from server.runtime import VotingServer as voting_server
    presentation = ShowController(deck, SlideRenderer(deck), server_config,
                                  voting_server=voting_server)
    if start:
        presentation.start_server()
    return presentation


class Phone:
    """One phone over plain HTTP: its own cookie jar, the phone's endpoints."""

    def __init__(self, base_url: str):
        self.base = base_url.rstrip("/")
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()))

    def state(self) -> dict:
        with self.opener.open(f"{self.base}/api/state", timeout=5) as response:
            return json.load(response)

    def vote(self, poll_id: str, choice: str) -> int:
        body = json.dumps({"poll": poll_id, "choice": choice}).encode()
        request = urllib.request.Request(
            f"{self.base}/api/vote", data=body, method="POST",
            headers={"Content-Type": "application/json", "Origin": self.base})
        with self.opener.open(request, timeout=5) as response:
            return response.status


def save_deck(qtbot, watcher, path: Path, text: str) -> None:
    """Write `text` to the deck at `path` and wait until the watcher read it."""
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        path.write_text(text, encoding="utf-8")
