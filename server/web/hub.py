"""PhoneHub: the phones' WebSockets, and telling them the state.

A state message differs between phones only in the phone's own choice (and, on
a poll that takes typed answers, its own answers: a small part added per phone),
so each broadcast serialises one JSON text per possible choice (a handful) and
hands the matching one to each phone's link (server/web/phone_link.py), which sends it on
its own: a phone that stops reading delays nobody else. Changes made in one
loop iteration go out as one broadcast. Revealed results that change with every
vote are sent at most a few times a second.

"Phones connected" counts phones (distinct voter ids), not sockets: a phone
with two tabs, or a script opening many sockets with one cookie, is one phone.
Sockets per client address are counted for the per-address cap. Shutdown
closes every socket with GOING_AWAY.
"""
from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Callable

from aiohttp import WSCloseCode, web

from server.web.phone_link import PhoneLink
from server.web.talk_state import TalkState

RESULTS_INTERVAL = 0.25        # seconds between results broadcasts while votes arrive
CLOSE_WAIT = 1.0               # seconds a phone has to answer the close at shutdown


class PhoneHub:
    def __init__(self, presentation: TalkState, on_count: Callable[[], None] = lambda: None):
        self.presentation = presentation
        self.on_count = on_count
        self.links: dict[web.WebSocketResponse, PhoneLink] = {}
        self.broadcasts = 0                   # how many state broadcasts went out (tests)
        self._links_of: dict[str, set[PhoneLink]] = {}   # voter id -> its open sockets
        self._per_address: Counter[str] = Counter()  # address key -> open sockets
        self._due: asyncio.Handle | None = None
        self._results_timer: asyncio.TimerHandle | None = None
        self._last_sent = 0.0

    @property
    def count(self) -> int:
        """Phones connected: distinct voters with a socket open."""
        return len(self._links_of)

    @property
    def sockets(self) -> int:
        return len(self.links)

    def sockets_from(self, address: str) -> int:
        return self._per_address[address]

    def add(self, ws: web.WebSocketResponse, voter_id: str, address: str,
            transport: asyncio.BaseTransport | None, language: str | None = None) -> PhoneLink:
        link = PhoneLink(ws, voter_id, address, transport, self._dropped, language)
        self.links[ws] = link
        self._per_address[address] += 1
        links = self._links_of.setdefault(voter_id, set())
        links.add(link)
        if len(links) == 1:
            self.on_count()
        return link

    def discard(self, ws: web.WebSocketResponse) -> None:
        link = self.links.pop(ws, None)
        if link is None:
            return
        link.cancel()
        _decrement(self._per_address, link.address)
        links = self._links_of.get(link.voter)
        if links is not None:
            links.discard(link)
            if not links:
                del self._links_of[link.voter]
                self.on_count()

    def _dropped(self, link: PhoneLink) -> None:
        self.discard(link.ws)

    def message_for(self, voter_id: str | None, language: str | None = None) -> str:
        state = self.presentation.phone_state(voter_id)
        if state.get("poll") is not None:
            state["poll"] = _own_words(state["poll"], language)
        return json.dumps({"type": "state", **state})

    def send_current(self, ws: web.WebSocketResponse) -> None:
        """Send this phone the state as it is now (on connect, and when it asks)."""
        link = self.links.get(ws)
        if link is not None:
            link.send(self.message_for(link.voter, link.language))

    def tell_voter(self, voter_id: str) -> None:
        """Send this voter's sockets the state with its own vote in it, after the vote was
        saved. The vote's HTTP answer and a state over the socket race each other: a
        socket that had just (re)connected got the state from before the vote, after
        the answer, and the phone showed its vote as not made (a results-hidden poll
        sends phones nothing more). This one comes after it on the same socket."""
        for link in self._links_of.get(voter_id, ()):
            link.send(self.message_for(voter_id, link.language))

    # ------------------------------------------------------------ telling the phones

    def state_changed(self) -> None:
        """The slide, a poll's open or revealed state changed: tell every phone now."""
        if self._results_timer is not None:
            self._results_timer.cancel()
            self._results_timer = None
        self._request()

    def results_changed(self) -> None:
        """Counts or answers changed: phones care only about the current poll, when it is
        revealed or takes typed answers (a phone's own, and the room's questions)."""
        poll = self.presentation.current_poll
        if poll is None or self._results_timer or not (
                self.presentation.revealed[poll.id] or poll.kind.typed):
            return
        wait = max(0.0, self._last_sent + RESULTS_INTERVAL - time.monotonic())
        loop = asyncio.get_running_loop()
        self._results_timer = loop.call_later(wait, self._results_due)

    def _results_due(self) -> None:
        self._results_timer = None
        self._request()

    def _request(self) -> None:
        if self._due is None:
            self._due = asyncio.get_running_loop().call_soon(self._broadcast)

    def _broadcast(self) -> None:
        """Hand every phone the current state; nothing here waits for any phone."""
        self._due = None
        self._last_sent = time.monotonic()
        self.broadcasts += 1
        common = self.presentation.common_state()
        poll = common["poll"]
        choices = self.presentation.tallies.choices
        # One text per (choice, language): a phone gets its own language's poll words
        # only, not every language the deck (or the default labels) has.
        worded = poll is not None and bool(poll.get("texts"))
        texts: dict[tuple[str | None, str | None], str] = {}
        for link in list(self.links.values()):
            choice = None if poll is None else choices.get((poll["id"], link.voter))
            key = (choice, link.language if worded else None)
            text = texts.get(key)
            if text is None:
                state = dict(common)
                if poll is not None:
                    state["poll"] = _own_words(dict(poll, choice=choice), key[1])
                text = texts[key] = json.dumps({"type": "state", **state})
            own = None if poll is None else self.presentation.own_part(link.voter, poll["id"])
            if own is not None:
                # A typed poll: the phone's own answers and upvotes, one small dump each.
                text = f'{text[:-1]}, "me": {json.dumps(own)}}}'
            link.send(text)

    async def close_all(self) -> None:
        if self._results_timer is not None:
            self._results_timer.cancel()
        if self._due is not None:
            self._due.cancel()
        links = list(self.links.values())
        for link in links:
            link.cancel()
        # A phone that does not answer the close frame within a second is dropped.
        closing = [asyncio.wait_for(link.ws.close(code=WSCloseCode.GOING_AWAY,
                                                  message=b"votedeck is stopping"), CLOSE_WAIT)
                   for link in links if not link.ws.closed]
        if closing:
            await asyncio.gather(*closing, return_exceptions=True)
        for link in links:
            if link.transport is not None and not link.transport.is_closing():
                link.transport.abort()


def _own_words(poll: dict, language: str | None) -> dict:
    """`poll` with only `language`'s words in its `texts` (the phone's page language);
    all of them when the phone's language is not known."""
    texts = poll.get("texts")
    if not texts or language is None:
        return poll
    return dict(poll, texts={language: texts[language]} if language in texts else {})


def _decrement(counter: Counter[str], key: str) -> bool:
    """Count one fewer for `key`; True when none is left."""
    counter[key] -= 1
    if counter[key] <= 0:
        del counter[key]
        return True
    return False
