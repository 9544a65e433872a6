"""A recorded session for the results, export and privacy tests: a real deck file, the
real VotingServer on 127.0.0.1 port 0, and phones voting over HTTP.

`record()` returns what was sent, so a test compares an export against the votes
and not against numbers written by hand.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from server.api import ServerConfig
from server.runtime import VotingServer

TOKEN = "results-token-0123456789"
USER_AGENT = "VotedeckResultsTest/1.0 (Nokia 3310; æøå)"

DECK_TEXT = """---
title: Resultater på tværs
language: da
---

# Velkommen

---

# Påstand

```poll
id: p-agree
question: Ledere ser medarbejderne som kilden til innovation
scale: agree
```

---

# Frokost

```poll
id: lunch
question: "Hvad skal vi have til frokost, hvis vi må vælge?"
options:
  - Smørrebrød
  - Suppe
  - {id: none, label: Ingenting}
```

---

<!-- layout: summary -->

# Salens svar
"""

# Phone n's choices per poll, None: that phone did not vote on that poll.
PLAN = {
    "p-agree": ["agree", "agree", "disagree", "agree", "dont-know", None, "agree"],
    "lunch": ["smoerrebroed", "suppe", "smoerrebroed", None, "suppe", "smoerrebroed", None],
}
CHANGED = ("p-agree", 1, "disagree")   # phone 1 changes its p-agree vote afterwards


@dataclass
class Recorded:
    deck_path: Path
    data_dir: Path
    session_id: int
    session_name: str
    counts: dict[str, Counter]         # poll id -> option id -> count, from the votes sent
    voters: dict[str, int]             # poll id -> phones that voted on it
    phones: int                        # phones that voted at all

    @property
    def database(self) -> Path:
        return self.data_dir / "votes.sqlite3"


def write_deck(folder: Path) -> Path:
    path = folder / "resultater.md"
    path.write_text(DECK_TEXT, encoding="utf-8")
    return path


async def record(tmp_path: Path, *, plan=PLAN, deck_path: Path | None = None,
                 new_session: bool = False, name: str | None = None,
                 place: str | None = None, data_dir: Path | None = None) -> Recorded:
    """Start the server, let phones vote as `plan` says (then the change), stop it."""
    deck_path = deck_path or write_deck(tmp_path)
    data_dir = data_dir or tmp_path / "data"
    server = VotingServer(deck_spec(load_deck(deck_path)), ServerConfig(
        host="127.0.0.1", port=0, data_dir=data_dir, token=TOKEN, new_session=new_session,
        session_name=name, session_place=place, max_voters_per_address=0, max_requests_per_second=0))
    server.start()
    base = f"http://127.0.0.1:{server.join.port}"
    phones = [aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                    headers={"User-Agent": USER_AGENT})
              for _ in range(max(len(c) for c in plan.values()))]
    final: dict[str, dict[int, str]] = {poll: {} for poll in plan}
    try:
        deck = load_deck(deck_path)
        for poll_id, choices in plan.items():
            slide = next(p.slide for p in deck.polls if p.id == poll_id)
            async with phones[0].post(base + "/api/control/slide", json={"slide": slide},
                                      headers={"Authorization": f"Bearer {TOKEN}"}) as r:
                assert r.status == 200, await r.text()
            for n, choice in enumerate(choices):
                if choice is not None:
                    await _vote(phones[n], base, poll_id, choice)
                    final[poll_id][n] = choice
            if poll_id == CHANGED[0] and plan is PLAN:
                await _vote(phones[CHANGED[1]], base, poll_id, CHANGED[2])
                final[poll_id][CHANGED[1]] = CHANGED[2]
    finally:
        for phone in phones:
            await phone.close()
        session = server.session
        server.stop()
    return Recorded(deck_path, data_dir, session.id, session.name,
                    {poll: Counter(by_phone.values()) for poll, by_phone in final.items()},
                    {poll: len(by_phone) for poll, by_phone in final.items()},
                    len({n for by_phone in final.values() for n in by_phone}))


async def _vote(phone: aiohttp.ClientSession, base: str, poll_id: str, choice: str) -> None:
    async with phone.post(base + "/api/vote", json={"poll": poll_id, "choice": choice}) as r:
        assert r.status == 200, await r.text()
