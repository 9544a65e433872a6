"""A summary slide that names more polls than one page holds becomes several slides.

Done when the deck is parsed, so every part of the app (the window, the console's
slide list, the export, the control API) sees the same slides and the same numbers:
a summary split in two is two slides, and every later slide's number moves up by
one. The deck knows no fonts, so a page is filled by a budget in rows, the one the
summary layout is built for (the renderer takes these numbers from here):

- a page holds `ROWS_PER_PAGE` rows: eight statements of up to two lines each, set
  at no less than 30 px in the 700 px statement column of a 1920x1080 slide;
- a statement counts one row per `CHARS_PER_ROW` characters, so a long one takes
  the room of several short ones (and an 870-character one a page of its own).

Pages are filled in the summary's order; with `sort: agreement` each page is sorted
on its own while the talk runs. Must not import PySide6 (the deck model is Qt-free).
"""
from __future__ import annotations

from dataclasses import replace
from math import ceil

from .model import Poll, Slide

ROWS_PER_PAGE = 8
CHARS_PER_ROW = 80      # two lines of about 40-46 characters at 30 px, with room for wrapping


def rows_of(question: str) -> int:
    """How many of a page's rows a statement takes (at least one, at most a page)."""
    return min(ROWS_PER_PAGE, max(1, ceil(len(question.strip()) / CHARS_PER_ROW)))


def pages(polls: list[Poll]) -> list[tuple[str, ...]]:
    """The poll ids of each page, in order, filling each page up to its rows."""
    out: list[list[str]] = [[]]
    used = 0
    for poll in polls:
        rows = rows_of(poll.question)
        if out[-1] and used + rows > ROWS_PER_PAGE:
            out.append([])
            used = 0
        out[-1].append(poll.id)
        used += rows
    return [tuple(page) for page in out]


def split_summaries(slides: list[Slide]) -> list[Slide]:
    """`slides` with every over-full summary expanded into pages, numbered again from 1
    (each poll's `slide` follows its slide)."""
    polls = {s.poll.id: s.poll for s in slides if s.poll is not None}
    expanded: list[Slide] = []
    for slide in slides:
        if slide.layout != "summary" or not slide.summary_of:
            expanded.append(slide)
            continue
        ids = pages([polls[i] for i in slide.summary_of])
        if len(ids) == 1:
            expanded.append(slide)
            continue
        expanded += [replace(slide, summary_of=page, summary_page=(k, len(ids)))
                     for k, page in enumerate(ids, start=1)]
    return [_numbered(slide, number) for number, slide in enumerate(expanded, start=1)]


def _numbered(slide: Slide, number: int) -> Slide:
    if slide.number == number:
        return slide
    poll = replace(slide.poll, slide=number) if slide.poll is not None else None
    return replace(slide, number=number, poll=poll)
