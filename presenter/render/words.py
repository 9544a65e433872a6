"""The few words the renderer itself prints (badges, counts, hints), as typed fields.

A view over `common.words`' `slide.*` sentences, so the layouts write
`ctx.words.poll_open` and a missing word is an error when the table is read, not
a blank on the projector. Which language a deck's tag means is
`common.language`'s answer, the same the phone page and the poll labels get.
Poll option labels are not here: they come from the deck. Plain data, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from common.language import resolve_language
from common.words import group


@dataclass(frozen=True)
class Words:
    poll_open: str
    poll_closed: str
    poll_preview: str               # a preview's pill: a poll, in no state (phones, remote)
    connected: tuple[str, str]      # phones with a live connection now: "1 ...", "{n} ..."
    voted: str                      # phones that voted on this poll: "{n} har stemt"
    vote: tuple[str, str]           # singular, plural: the summary's and a multi-pick's votes
    no_votes: str
    results_later: str
    join_heading: str
    scan_to_vote: str
    wifi_step: str
    url_step: str
    qr_later: str                   # a join slide with no address: an export, before voting runs
    joined: str                     # a phone's join slide: it is in; the QR is on the big screen
    voted_at: str                   # an export's join slide: "Salen stemte på {url}"
    voting_down: str                # voting off or down: an open poll's corner, the join slide, Q
    percent_format: str             # "{n} %" (da, nb, nn, sv) or "{n}%" (en)

    def count(self, n: int, forms: tuple[str, str]) -> str:
        return f"{n} {forms[0] if n == 1 else forms[1]}"

    def phones_connected(self, n: int) -> str:
        """The join screen's count: phones connected now (the console uses the same words)."""
        return self.connected[0] if n == 1 else self.connected[1].format(n=n)

    def phones_voted(self, n: int) -> str:
        """A poll slide's count: phones that voted on this poll."""
        return self.voted.format(n=n)

    def percent(self, value: float) -> str:
        return self.percent_format.format(n=round(value))

    @classmethod
    def for_deck(cls, tag: str | None) -> Words:
        """The words for a deck's language tag ("da", "dk", "nob", "sv-FI", ...)."""
        return _words(resolve_language(tag))


@cache
def _words(language: str) -> Words:
    slide = group(language, "slide")
    paired = {"connected": (slide["connected_one"], slide["connected_many"]),
              "vote": (slide["vote_one"], slide["vote_many"]),
              "percent_format": slide["percent"]}
    return Words(**{f.name: paired.get(f.name) or slide[f.name] for f in fields(Words)})
