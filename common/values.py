"""The values the presenter and the voting server share: the deck as the server
needs it, a poll's tally, the join address. All frozen, so they may cross threads.

Standard library only (the import contracts in pyproject.toml check it): both the
Qt side and the aiohttp side import this, and neither may drag the other in.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple


@dataclass(frozen=True)
class PollOption:
    """One answer a poll offers; the deck model and the server share this type."""

    id: str             # stable: agree / disagree / dont-know for the agree scale
    label: str          # in the deck's language: Enig / Uenig / Ved ikke
    # The label in other languages, from the deck, for phones that read them:
    # (("sv", "Håller med"),). The server gets them as PollSpec.texts instead.
    translations: tuple[tuple[str, str], ...] = ()


# A poll's kinds (docs/deck-format.md): how phones answer it.
AGREE, CHOICE, SCALE, OPEN, QUESTIONS = "agree", "choice", "scale", "open", "questions"
KINDS = (AGREE, CHOICE, SCALE, OPEN, QUESTIONS)
# Kinds whose phones type text (stored as answers, not votes).
TEXT_KINDS = (OPEN, QUESTIONS)
OTHER = "other"                     # the option id of a choice poll's open "other" answer
PICK_SEPARATOR = ","                # a pick-k vote's option ids, in deck order (ids have no ",")


@dataclass(frozen=True)
class PollKind:
    """How phones answer a poll and how the room sees it; the defaults are today's agree poll."""

    name: str = AGREE               # one of KINDS
    pick: int = 1                   # choice: up to this many options per phone
    other: bool = False             # choice: an "other" option with a typed answer
    order: str = "deck"             # choice: bars in "deck" order or by "count"
    low: int = 1                    # scale: the lowest number
    high: int = 5                   # scale: the highest number
    low_label: str = ""             # scale: words at the low end
    high_label: str = ""            # scale: words at the high end
    max_length: int = 200           # open, questions: characters per answer
    answers: int = 1                # open: answers per phone (questions: 3)
    show: str = "wall"              # open: "wall", "cloud" or "both"
    # open, questions, other: held until the speaker approves. None in the deck model
    # means "as the front matter's polls: moderate: says"; the DeckSpec has it resolved.
    moderate: bool | None = None

    @property
    def typed(self) -> bool:
        """Phones type text for this poll (answers, questions, or a choice's "other")."""
        return self.name in TEXT_KINDS or (self.name == CHOICE and self.other)


@dataclass(frozen=True)
class PollText:
    """A poll's words in one more language than the deck's, for the phones that read it.
    Either may be partial: a label missing here is shown in the deck's language."""

    language: str                   # one of common.language.SUPPORTED
    question: str = ""              # "" when the deck gives none in this language
    labels: tuple[tuple[str, str], ...] = ()    # (option id, label)


@dataclass(frozen=True)
class PollSpec:
    """A poll as the server knows it: which slide it is on and what can be chosen.
    `question` and the option labels are in the deck's language (the projector's);
    `texts` holds the other languages; a vote is the same whatever a phone read."""

    id: str
    question: str
    options: tuple[PollOption, ...]
    slide: int                      # 1-based
    kind: PollKind = PollKind()
    texts: tuple[PollText, ...] = ()
    kicker: str = ""                # the poll slide's title ("Barriere 2 af 6"), if it has one


@dataclass(frozen=True)
class DeckSpec:
    """What the server needs to know about a deck, built by the presenter from it."""

    key: str                        # identity of the deck for sessions (its resolved path)
    title: str
    language: str = "da"
    slide_count: int = 1
    polls: tuple[PollSpec, ...] = ()
    open_on_show: bool = True       # showing a poll's slide opens it
    close_on_leave: bool = True     # leaving it closes it
    # Between polls phones show the current slide (front matter `phone_slides: off`
    # keeps the slides on the projector).
    phone_slides: bool = True

    def poll(self, poll_id: str) -> PollSpec | None:
        return self._by_id.get(poll_id)

    def poll_on_slide(self, slide: int) -> PollSpec | None:
        return self._by_slide.get(slide)

    # Built once on first use (the vote path asks for every vote); not fields, so
    # equality, hashing and repr are the dataclass's own. The first poll wins a tie.
    @cached_property
    def _by_id(self) -> dict[str, PollSpec]:
        found: dict[str, PollSpec] = {}
        for p in self.polls:
            found.setdefault(p.id, p)
        return found

    @cached_property
    def _by_slide(self) -> dict[int, PollSpec]:
        found: dict[int, PollSpec] = {}
        for p in self.polls:
            found.setdefault(p.slide, p)
        return found


@dataclass(frozen=True)
class SlideImage:
    """One slide as the presenter rendered it for phones (and the speaker's remote):
    the encoded image, and the words a screen reader reads instead of it."""

    slide: int                      # 1-based
    data: bytes                     # the encoded image
    content_type: str               # "image/jpeg"
    width: int
    height: int
    text: str                       # the slide's title and body as plain text
    notes: str = ""                 # the speaker's notes: the remote shows them, phones never


class Answer(NamedTuple):
    """One typed answer or room question, as the room, the console and the exports see it.
    A plain tuple, not a dataclass: a poll's answers ride in every snapshot and in the
    key of every scene of the wall (presenter/render/keys.py), so they are hashed in C,
    not by 500 Python calls a key, and, holding only plain values, they leave the
    garbage collector's sight after its first look (bench/answer_to_wall.py)."""

    id: int
    poll_id: str
    text: str                       # control and bidi characters already stripped
    created: float                  # seconds since the epoch
    hidden: bool = False            # the speaker hid it: not on the screen or any phone
    approved: bool = True           # False while a moderated poll holds it
    answered: bool = False          # questions: the speaker marked it answered
    votes: int = 0                  # questions: upvotes from other phones

    @property
    def visible(self) -> bool:
        return self.approved and not self.hidden


@dataclass(frozen=True)
class PollTally:
    """The counts of one poll at one moment, and its state."""

    poll_id: str
    counts: tuple[tuple[str, int], ...]   # (option id, count) in the poll's option order
    voters: int
    open: bool
    revealed: bool
    # Typed polls: what the room sees (newest first; questions by votes), at most
    # SHOWN_ANSWERS, and how many visible ones there are in all.
    answers: tuple[Answer, ...] = ()
    answer_count: int = 0
    # Every incoming answer for the speaker's moderation list (newest first, capped).
    incoming: tuple[Answer, ...] = ()
    # Paper ballots the speaker typed in: (option id, ballots), a source of their own,
    # never part of `counts` (the slide adds them and says so).
    hand: tuple[tuple[str, int], ...] = ()

    def count(self, option_id: str) -> int:
        return dict(self.counts).get(option_id, 0)

    @property
    def hand_total(self) -> int:
        return sum(n for _, n in self.hand)


SHOWN_ANSWERS = 60                  # answers a snapshot carries for the room's screen
# A word cloud counts words over many more: its snapshot carries up to this many (newest).
CLOUD_ANSWERS = 1000
INCOMING_ANSWERS = 200              # answers a snapshot carries for the moderation list


@dataclass(frozen=True)
class TallySnapshot:
    """Everything the presenter shows about the vote, taken after a commit."""

    session_id: int
    slide: int                      # the server's current slide, 1-based
    current_poll: str | None
    phones: int                     # WebSockets connected now
    polls: tuple[PollTally, ...]
    acked_at: float = 0.0           # time.perf_counter() of the newest acknowledged vote in it
    taken_at: float = 0.0           # time.perf_counter() when the snapshot was built

    def poll(self, poll_id: str) -> PollTally | None:
        return next((p for p in self.polls if p.poll_id == poll_id), None)


@dataclass(frozen=True)
class ControlEvent:
    """A change the control API made (not the presenter window): the window follows it.

    `kind` is "slide" (the talk moved to `slide`) or "poll" (poll `poll_id` was
    opened/closed, revealed/hidden or reset; None fields were not touched).
    """

    kind: str                       # "slide" | "poll"
    slide: int                      # the server's current slide after the change, 1-based
    poll_id: str | None = None
    open: bool | None = None
    reveal: bool | None = None
    reset: bool = False


# Why phones cannot join (JoinInfo.reason), as values a UI can switch on.
LOOPBACK_BOUND = "loopback-bound"   # the server listens on 127.x / ::1 / localhost only
NO_LAN = "no-lan"                   # it listens everywhere, but the machine has no LAN address


def is_loopback_host(host: str) -> bool:
    """True for an address only this computer can reach: 127.x, ::1, localhost."""
    host = host.strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class JoinInfo:
    """How phones reach the server: the URL for the QR code and where it came from."""

    url: str                        # e.g. http://192.168.1.20:8080/
    host: str                       # the address in the URL
    port: int
    bound_host: str                 # what the socket listens on
    lan: bool                       # False when only loopback was found
    port_changed: bool = False      # the asked-for port was taken
    # Sentences for the speaker (`serve` prints them), the reason's own sentence included.
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # Why phones cannot join: LOOPBACK_BOUND, NO_LAN, or None when they can. Left
    # out, it follows from `lan` and `bound_host`.
    reason: str | None = None
    # (phones, open-files limit) when the limit holds fewer phones than a large hall: its
    # English sentence is among `warnings`, the console says it in the speaker's words.
    hall: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.reason is None and not self.lan:
            object.__setattr__(self, "reason", LOOPBACK_BOUND if is_loopback_host(self.bound_host)
                               else NO_LAN)

    @property
    def reason_warning(self) -> str | None:
        """The server's own sentence for `reason`, as it appears in `warnings`."""
        if self.reason == LOOPBACK_BOUND:
            return (f"Voting listens on {self.bound_host} only, so phones cannot join; "
                    "start without --host or with --host 0.0.0.0 to let them in.")
        if self.reason == NO_LAN:
            return ("No network address was found, so only this computer can open the join "
                    "URL; connect to the venue network (or start a hotspot) and restart voting.")
        return None
