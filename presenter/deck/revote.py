"""Re-votes: a poll fence with `again: barrier-2` asks an earlier poll's statement again
later in the talk, so the slide can show the room's shift (before/after).

`resolve_revotes(slides, sources, path)` runs once the whole deck is read: each re-vote
becomes a copy of the earlier poll (question, options, kind, translations) on its own
slide, under its own id: the one the author gave, else the earlier id with `~2` (`~3` for
a third asking), so its votes are stored apart. An id that is not an earlier poll (not in
the deck, or only later) is refused with a sentence naming the file and line.

No Qt, no server.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import DeckError
from .layouts import SlideSource
from .markdown import PollFence
from .model import Slide

REVOTE_MARK = "~"       # barrier-2~2: cannot clash with an id a deck writes (ids have no "~")


def resolve_revotes(slides: list[Slide], sources: list[SlideSource], path: Path) -> list[Slide]:
    earlier: dict[str, Slide] = {}
    later = {s.poll.id: s.number for s in slides if s.poll is not None and not s.poll.again}
    asked: dict[str, int] = {}
    out = []
    for slide, source in zip(slides, sources):
        poll = slide.poll
        if poll is not None and poll.again:
            first = earlier.get(poll.again)
            if first is None:
                raise DeckError(path, _again_line(source), _refusal(poll.again, later, earlier))
            root = first.poll.again or first.poll.id
            asked[root] = asked.get(root, 1) + 1
            poll = replace(first.poll, id=poll.id or f"{root}{REVOTE_MARK}{asked[root]}",
                           slide=slide.number, again=first.poll.id)
            slide = replace(slide, poll=poll)
        if poll is not None:
            earlier[poll.id] = slide
        out.append(slide)
    return out


def _refusal(target: str, later: dict[str, int], earlier: dict[str, Slide]) -> str:
    if target in later:
        return (f"again: names poll \"{target}\", which comes later (slide {later[target]}); "
                "expected a poll asked before this slide, so the room answers it first")
    known = ", ".join(earlier) or "(no polls before this slide)"
    return f"again: names poll \"{target}\", which is not in the deck; expected one of: {known}"


def _again_line(source: SlideSource) -> int:
    fence = next(p for p in source.pieces if isinstance(p, PollFence))
    for offset, text in enumerate(fence.source.split("\n")):
        if text.strip().startswith("again:"):
            return fence.line + 1 + offset
    return fence.line
