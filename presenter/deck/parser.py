"""Read a deck file into a `Deck`: the entry point of the deck format.

    load_deck(path)         -> Deck    (reads the file; UTF-8)
    parse_deck(text, path)  -> Deck    (path names the file in errors and anchors images)

The format is described in docs/deck-format.md. Every problem is raised as one
`DeckError` whose text is `file:line: what was expected`; nothing else escapes.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .errors import DeckError, DeckWarning
from .fence_traps import fence_traps
from .fences import inside_fences
from .frontmatter import parse_front_matter, split_front_matter
from .layouts import SlideSource, build_slide
from .lint import deck_warnings
from .markdown import Comment, PollFence, read_slide
from .marp import apply_look, marp_looks
from .model import Deck, Slide, plain
from .pdf_slides import pdf_deck, pdf_slides
from .revote import resolve_revotes
from .summary_pages import split_summaries

# Keys Slidev (and votedeck's own comments) use for one slide's settings.
SLIDE_SETTING_KEYS = frozenset({"layout", "class", "background", "transition", "clicks",
                                "hideInToc", "level", "preload", "routeAlias", "src", "zoom",
                                "dragPos", "image", "disabled", "hide", "centre", "center"})
_SETTING_LINE = re.compile(r"^([A-Za-z_][\w-]*):(?:\s.*)?$")


def load_deck(path: Path | str) -> Deck:
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return pdf_deck(path)       # every page a slide
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DeckError(path, None, "file not found; expected a Markdown deck (.md) at this "
                        "path") from None
    except IsADirectoryError:
        raise DeckError(path, None, "this is a folder; expected a Markdown deck file (.md)") \
            from None
    except OSError as exc:
        raise DeckError(path, None, f"cannot read the file ({exc.strerror or exc}); expected a "
                        "readable Markdown deck") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DeckError(path, line, "the file is not UTF-8 text; expected the deck saved as "
                        "UTF-8 (in most editors: Save with encoding, UTF-8)") from None
    return parse_deck(text, path)


def parse_deck(text: str, path: Path | str) -> Deck:
    path = Path(path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DeckError(path, line, "the file contains a NUL byte; expected Markdown text")
    front_source, body, body_line = split_front_matter(text, path)
    front = parse_front_matter(front_source, path)
    sources: list[SlideSource] = []
    slides: list[Slide] = []
    fence_warnings = _fence_warnings(body, body_line, path)
    chunks = split_slides(body, body_line)
    for first_line, chunk in chunks:
        _refuse_settings_block(chunk, first_line, path)
        pieces = read_slide(chunk, first_line, path)
        if pieces:
            # A slide starts on its first written line, not on the blank line after ---.
            leading = chunk[:len(chunk) - len(chunk.lstrip())]
            start = first_line + leading.count("\n")
            pages = pdf_slides(pieces, len(sources) + 1, start, path)
            for made in pages or [None]:
                source = SlideSource(len(sources) + 1, start, tuple(pieces))
                sources.append(source)
                slides.append(made or build_slide(source, front.labels, path, front.language))
    if not sources:
        raise DeckError(path, body_line, "the deck has no slides; expected Markdown after the "
                        "front matter, slides separated by lines \"---\"")
    slides = resolve_revotes(slides, sources, path)
    looks, marp_warnings = marp_looks(
        front_source, [[p for p in s.pieces if isinstance(p, Comment)] for s in sources], path)
    slides = [apply_look(slide, look) for slide, look in zip(slides, looks)]
    slides = split_summaries(_check_polls(slides, sources, path))
    title = front.title or next((plain(s.title) for s in slides if s.title), "") or path.stem
    warnings = tuple(sorted(deck_warnings(chunks, slides, path) + tuple(marp_warnings)
                            + tuple(fence_warnings),
                            key=lambda w: w.line or 0))
    return Deck(path=path, title=title, language=front.language, author=front.author,
                date=front.date, venue=front.venue, theme=front.theme,
                poll_settings=front.poll_settings, labels=front.labels,
                phone_slides=front.phone_slides, slides=tuple(slides), warnings=warnings)


def split_slides(body: str, first_line: int) -> list[tuple[int, str]]:
    """(file line of the chunk's first line, chunk text) for each `---`-separated slide.

    A `---` inside a fenced code block (a ```poll, say) does not separate slides; a
    fence left open by mistake is fence_traps.py's to find, before this runs.
    """
    lines = body.split("\n")
    inside = inside_fences(lines)
    chunks: list[tuple[int, str]] = []
    current: list[str] = []
    start = first_line
    for offset, line in enumerate(lines):
        if not inside[offset] and line.rstrip() == "---":
            chunks.append((start, "\n".join(current)))
            current, start = [], first_line + offset + 1
            continue
        current.append(line)
    chunks.append((start, "\n".join(current)))
    return chunks


def _fence_warnings(body: str, first_line: int, path: Path) -> list[DeckWarning]:
    """Raise the first fence that swallows slides; the harmless slips as warnings."""
    traps = fence_traps(body.split("\n"), first_line)
    fatal = next((trap for trap in traps if trap.fatal), None)
    if fatal is not None:
        raise DeckError(path, fatal.line, fatal.message)
    return [DeckWarning(path, trap.line, trap.key, trap.values) for trap in traps]


def _refuse_settings_block(chunk: str, first_line: int, path: Path) -> None:
    """A part made only of `key: value` lines naming a slide setting is Slidev's
    per-slide YAML block (`---` / `layout: center` / `---`); read as Markdown it would
    be a slide of its own, so say how votedeck writes it instead."""
    lines = [(first_line + i, text) for i, text in enumerate(chunk.split("\n")) if text.strip()]
    if not lines or not all(_SETTING_LINE.match(text) for _, text in lines):
        return
    keys = {_SETTING_LINE.match(text).group(1) for _, text in lines}
    if not keys & SLIDE_SETTING_KEYS:
        return
    line, text = lines[0]
    raise DeckError(path, line, f"\"{text.strip()}\" between two \"---\" lines is a "
                    "per-slide YAML block as Slidev writes it, and would become a slide of "
                    "its own; expected a Marp-style comment at the top of the slide it "
                    f"belongs to instead: <!-- {text.strip()} -->")


def _check_polls(slides: list[Slide], sources: list[SlideSource], path: Path) -> list[Slide]:
    seen: dict[str, int] = {}
    for slide, source in zip(slides, sources):
        if slide.poll is None:
            continue
        if slide.poll.id in seen:
            line = next(p.line for p in source.pieces if isinstance(p, PollFence))
            raise DeckError(path, line, f"duplicate poll id \"{slide.poll.id}\" (also on "
                            f"slide {seen[slide.poll.id]}); expected each poll to have its own "
                            "id: add or change \"id:\" in one of them")
        seen[slide.poll.id] = slide.number
    order = list(seen)
    out = []
    for slide, source in zip(slides, sources):
        if slide.layout == "summary":
            for poll_id in slide.summary_of:
                if poll_id not in seen:
                    raise DeckError(path, _mention_line(source, poll_id, slide.line),
                                    f"the summary names poll \"{poll_id}\", "
                                    "which is not in the deck; expected one of: "
                                    f"{', '.join(order) or '(no polls yet)'}")
            # Without a list, the agree polls: the summary draws agree/disagree bars.
            # A re-vote is not listed twice: the summary names it only when told to.
            agree = {s.poll.id for s in slides if s.poll is not None and s.poll.kind.name == "agree"
                     and not s.poll.again}
            chosen = set(slide.summary_of) if slide.summary_of else agree
            slide = replace(slide, summary_of=tuple(i for i in order if i in chosen))
        out.append(slide)
    return out


def _mention_line(source: SlideSource, word: str, fallback: int) -> int:
    """The file line of the slide comment that mentions `word` (for a precise error)."""
    for piece in source.pieces:
        if isinstance(piece, Comment) and word in piece.body:
            for offset, text in enumerate(piece.body.split("\n")):
                if word in text:
                    return piece.line + offset
    return fallback
