"""The deck model: what a deck says, as plain frozen dataclasses.

It is completely independent of the GUI and of the voting server: it must not
import PySide6, aiohttp or anything in `server/`. The parser builds it, the
renderer draws it, the CLI summarises it, and the presenter turns its polls into
the server's `PollSpec`s. Poll options are the shared `common.values.PollOption`.

Slide numbers are 1-based, as a person counts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from common.values import PollKind, PollOption

from .pdf_source import PdfFile

# ---------------------------------------------------------------- inline text

@dataclass(frozen=True)
class Span:
    """A run of text with one style. A link keeps its target so it can be shown as text."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None


Inline = tuple[Span, ...]


def plain(inline: Inline) -> str:
    """The text of an inline run without its styling."""
    return "".join(span.text for span in inline)


# ---------------------------------------------------------------- blocks

@dataclass(frozen=True)
class Heading:
    level: int          # 1..6, as in Markdown
    text: Inline
    fit: bool = False   # Marp's `# <!--fit--> ...`: drawn as large as the slide's width allows


@dataclass(frozen=True)
class Paragraph:
    text: Inline


@dataclass(frozen=True)
class ListItem:
    text: Inline
    children: tuple[ListItem, ...] = ()   # nested one more level (two levels are used)
    ordered_children: bool = False


@dataclass(frozen=True)
class ListBlock:
    items: tuple[ListItem, ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True)
class Image:
    path: Path          # resolved, next to the deck file; checked to exist by the parser
    alt: str = ""
    remote: str = ""    # the address of an image on the web: drawn as a placeholder (offline)
    line: int = 0       # the file line it is written on (for the remote image's warning)
    width: float = 0    # Marp's `![w:200](...)`, in canvas pixels; 0: as large as fits
    height: float = 0


@dataclass(frozen=True)
class Link:
    """A link on a line of its own (a reference), shown as its text."""

    text: str
    target: str


@dataclass(frozen=True)
class Quote:
    """A block quote (`> ...`): its blocks, and who said it (a last line starting
    with "— " or "-- "; kept without the dash). Quotes inside a quote are flattened."""

    blocks: tuple[Block, ...]
    attribution: Inline = ()


@dataclass(frozen=True)
class Backdrop:
    """Marp's background image `![bg left:40% contain](photo.jpg)`: behind the slide, or
    beside it (`split` "left"/"right" takes `share` of the width; the text keeps the rest).
    `size` is "cover" (fill, cropped), "contain"/"fit" (whole picture), or a share of its
    natural size ("80%")."""

    image: Image
    size: str = "cover"
    split: str = ""
    share: float = 0.5


@dataclass(frozen=True)
class Look:
    """Marp's per-slide directives as votedeck draws them (presenter/deck/marp.py):
    colours over the deck theme, a header and footer line, and whether the slide
    number shows (None: votedeck's default, shown)."""

    background: str | None = None
    color: str | None = None
    header: Inline = ()
    footer: Inline = ()
    paginate: bool | None = None
    classes: tuple[str, ...] = ()   # Marp's class, held from the slide that set it on


@dataclass(frozen=True)
class PdfPages:
    """`![pdf](talk.pdf#7)` alone on a slide: pages of a PDF shown as slides of their own.
    `first`/`last` are 1-based and inclusive; None: from the first / to the last page."""

    path: Path          # resolved, next to the deck file
    first: int | None = None
    last: int | None = None


@dataclass(frozen=True)
class PdfPage:
    """One page of a PDF as a slide: the file (opened once, see deck/pdf_source.py) and
    the 1-based page number, with the page's size in points (for letterboxing)."""

    source: PdfFile
    page: int

    @property
    def size(self) -> tuple[float, float]:
        return self.source.sizes[self.page - 1]


Block = Heading | Paragraph | ListBlock | Image | Link | Quote | PdfPages


# ---------------------------------------------------------------- layouts

@dataclass(frozen=True)
class Column:
    heading: Inline | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Phase:
    """One step in a row of phases: its name, and the caption under it."""

    name: str
    caption: Inline = ()


@dataclass(frozen=True)
class Role:
    name: str
    description: tuple[Block, ...] = ()


@dataclass(frozen=True)
class RolesDiagram:
    """Roles arranged around a centre (the seed's Igangsætter / Facilitator /
    Katalysator around Innovationsledelse), with an optional flow above it
    (Interaktion → Samarbejde → Innovation) and a label for who takes part."""

    centre: str
    roles: tuple[Role, ...]
    flow: tuple[str, ...] = ()
    actors: str | None = None


# ---------------------------------------------------------------- polls

@dataclass(frozen=True)
class Poll:
    id: str             # given in the deck or derived from the statement; unique in the deck
    question: str
    options: tuple[PollOption, ...]
    slide: int          # 1-based number of the slide it belongs to
    scale: str = "agree"
    kind: PollKind = PollKind()     # how phones answer it (presenter/deck/poll_kinds.py)
    # The question in other languages (the deck's own is `question`): (("nb", "..."),)
    translations: tuple[tuple[str, str], ...] = ()
    # A re-vote: the id of the earlier poll whose statement this one asks again (before/after);
    # "" for a poll of its own. Its question and options are the earlier poll's.
    again: str = ""


@dataclass(frozen=True)
class PollSettings:
    """How polls behave during the talk (front matter `polls:`)."""

    open_on_show: bool = True       # a poll opens when its slide is shown
    close_on_leave: bool = True     # and closes when the presenter leaves it
    results: str = "live"           # "live": bars show as votes arrive; "reveal": only after R
    compare: str = "off"            # beside the room's bars: "off", "tour" or session ids "3,5"
    moderate: bool = False          # typed answers wait for the speaker's approval


# ---------------------------------------------------------------- slides and deck

LAYOUTS = ("default", "title", "section", "two-cols", "phases", "roles",
           "poll", "join", "summary")
PDF_LAYOUT = "pdf"      # a PDF page's slide: made from `![pdf](...)`, never chosen by `layout:`


@dataclass(frozen=True)
class Slide:
    number: int                         # 1-based
    line: int                           # 1-based line in the deck file where the slide starts
    layout: str = "default"             # one of LAYOUTS, or PDF_LAYOUT
    title: Inline = ()
    subtitle: Inline = ()
    blocks: tuple[Block, ...] = ()      # the body (default, title, section, poll and join layouts)
    columns: tuple[Column, ...] = ()    # two-cols
    phases: tuple[Phase, ...] = ()      # phases
    roles: RolesDiagram | None = None   # roles
    poll: Poll | None = None            # poll
    after_poll: tuple[Block, ...] = ()  # poll: text written after the poll block (under the bars)
    summary_of: tuple[str, ...] = ()    # summary: poll ids, in the deck's order
    sort_summary: bool = False          # summary: sort by agreement
    summary_page: tuple[int, int] = ()  # summary split over slides: (this page, pages), 1-based
    notes: str = ""                     # speaker notes, plain text with line breaks
    theme_class: str | None = None      # optional per-slide class (e.g. "invert")
    pdf_page: PdfPage | None = None     # pdf: the page shown, letterboxed, and nothing else
    backdrops: tuple[Backdrop, ...] = ()  # Marp's `![bg](...)` pictures, behind or beside
    look: Look = field(default_factory=Look)  # Marp's colours, header, footer, paginate
    fit_title: bool = False             # the title was written `# <!--fit--> ...`


@dataclass(frozen=True)
class Theme:
    background: str = "#FFFFFF"
    foreground: str = "#1B1F2A"
    accent: str = "#0B5FA5"
    muted: str = "#5B6475"
    agree: str = "#0072B2"        # Okabe-Ito blue and vermillion: apart for every colour vision
    disagree: str = "#D55E00"
    dont_know: str = "#6B7280"
    font: str | None = None


@dataclass(frozen=True)
class Deck:
    path: Path
    title: str
    language: str                       # BCP 47, e.g. "da"
    author: str = ""
    date: str = ""
    venue: str = ""
    theme: Theme = field(default_factory=Theme)
    poll_settings: PollSettings = field(default_factory=PollSettings)
    labels: tuple[PollOption, ...] = () # the agree scale's options, labelled
    phone_slides: bool = True           # phones show the current slide between polls
    slides: tuple[Slide, ...] = ()
    # errors.DeckWarning values: shows, but probably not as meant; any check may add
    # to them (`dataclasses.replace(deck, warnings=deck.warnings + (...,))`).
    warnings: tuple = ()

    @property
    def polls(self) -> tuple[Poll, ...]:
        return tuple(s.poll for s in self.slides if s.poll is not None)

    def poll(self, poll_id: str) -> Poll:
        for p in self.polls:
            if p.id == poll_id:
                return p
        raise KeyError(poll_id)
