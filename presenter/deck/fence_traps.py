"""A fence left open by mistake, found before it swallows the slides after it.

A ```poll or ``` line whose closing line is missing or mistyped (``, ''', ```poll)
runs on, by CommonMark's rules and so in markdown-it and every Markdown viewer, to
the next line that can close it, or to the end of the deck. Everything it passes
over is code: "---" lines no longer separate slides, so those slides disappear
without a word. `fence_traps` says which fence that is, and how sure it can be:

- an error (`FenceTrap.fatal`) when something would be lost: a ```poll block that
  holds a slide break (its YAML can never hold one), or a fence that holds a slide
  break or a comment (notes!) while the deck shows that a closing line went missing;
- a warning when nothing is lost: a fence that runs to the end of the last slide, or
  one that is still open where another block starts.

"The deck shows that a closing line went missing": the last fence is never closed,
or a line such as ```python sits inside a fence of the same kind (it can only open a
block, so the author thought the one before was closed). A fence that holds "---"
lines without such a sign is left alone, so a deck that shows YAML or Markdown in its
code blocks is not bothered. A missing closing line shifts every later fence by one
line (each block's closing line opens the next "fence"), so the blame goes back along
those shifted fences to the first one that swallowed a slide. (A block that shows
"---" lines on purpose, just before such a run, may take that blame: a deck needs
both for it, and the sentence still names a fence that runs over a slide break.)

A harmless trap's sentence is the `deck.fence.*` words of common.words (said in the
speaker's language in the app); a fatal one's stays English, as every DeckError's.
Reads lines only; no Qt, no markdown-it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from common.words import Phrase

from .fences import Fence, find_fences, opening_marker


@dataclass(frozen=True)
class FenceTrap:
    line: int           # file line of the opening line of the fence to blame
    fatal: bool
    message: str = ""   # a fatal trap's sentence (a DeckError, said in English)
    # A harmless trap's `deck.<key>` words and their values (a DeckWarning).
    key: str = ""
    values: tuple[tuple[str, object], ...] = ()


def fence_traps(lines: Sequence[str], first_line: int) -> list[FenceTrap]:
    """The traps among the fences of `lines` (a deck's body split on "\\n", whose first
    line is file line `first_line`), in order."""
    return _Body(lines, first_line).traps()


class _Body:
    """A deck's body and where it starts in the file: indexes in, file lines out."""

    def __init__(self, lines: Sequence[str], first_line: int):
        self.lines = lines
        self.first_line = first_line

    def at(self, index: int) -> int:
        return self.first_line + index

    def traps(self) -> list[FenceTrap]:
        fences = find_fences(self.lines)
        found: dict[int, FenceTrap] = {}
        for index, fence in enumerate(fences):
            if self.info(fence) == "poll" and self.breaks(fence):
                found.setdefault(fence.first, self.swallowing(fence))
            evidence = fence.first if not fence.closed else self.opener_inside(fence)
            if evidence is None:
                continue
            culprit = next((f for f in self.shifted_chain(fences, index) if self.breaks(f)),
                           None)
            if culprit is None and not fence.closed and self.comment_inside(fence) is not None:
                culprit = fence
            if culprit is not None:
                found.setdefault(culprit.first, self.swallowing(culprit))
            else:
                found.setdefault(fence.first, self.harmless(fence, evidence))
        return [found[first] for first in sorted(found)]

    def shifted_chain(self, fences: list[Fence], index: int) -> list[Fence]:
        """The fences that may be shifted by the missing closing line that shows at
        fences[index]: back while a fence opens with a bare line, which may have been
        meant as the closing line of a block whose opening line closed the fence before."""
        start = index
        while start > 0 and not self.info(fences[start]):
            start -= 1
        return fences[start:index + 1]

    def body(self, fence: Fence) -> range:
        return range(fence.first + 1, fence.last if fence.closed else fence.last + 1)

    def breaks(self, fence: Fence) -> list[int]:
        """Slide breaks inside the fence: "---" lines with text before and after them in
        it, so a block that shows front matter (--- / title: / ---) holds none."""
        written = [i for i in self.body(fence) if self.lines[i].strip()]
        if not written:
            return []
        return [i for i in written if self.lines[i].rstrip() == "---"
                and written[0] < i < written[-1]]

    def comment_inside(self, fence: Fence) -> int | None:
        return next((i for i in self.body(fence)
                     if self.lines[i].lstrip().startswith("<!--")), None)

    def opener_inside(self, fence: Fence) -> int | None:
        """A line inside `fence` that could only open a block of its kind (```python in
        a ``` fence): its author took the fence before it for closed."""
        for i in self.body(fence):
            marker = opening_marker(self.lines[i])
            if (marker and marker[0] == fence.marker[0] and len(marker) >= len(fence.marker)
                    and self.lines[i].strip()[len(marker):].strip()):
                return i
        return None

    def info(self, fence: Fence) -> str:
        """The first word after the opening marker ("poll", "python"), or ""."""
        words = self.lines[fence.first].strip()[len(fence.marker):].split()
        return words[0].lower() if words else ""

    def name(self, fence: Fence) -> str:
        return f"{fence.marker}{self.info(fence)}"

    def near_miss(self, fence: Fence, before: int) -> Phrase | None:
        """`line N, "``", does not close it ...` for a line above `before` that looks
        meant to close `fence`: too short, of quotes, indented too far, or its opening
        line again."""
        for i in range(fence.first + 1, before):
            text = self.lines[i].strip()
            if text[:2] not in ("``", "~~", "''", "´´"):
                continue
            info = text.lstrip(text[0]).split()
            if info and info[0].lower() != self.info(fence):
                continue                    # ```python: the opening line of another block
            if not info and text[0] == fence.marker[0] and len(text) >= len(fence.marker):
                return Phrase.of("deck.fence.slip_indented", line=self.at(i), text=text)
            return Phrase.of("deck.fence.slip_not_closing", line=self.at(i), text=text,
                             marker=fence.marker)
        return None

    def swallowing(self, fence: Fence) -> FenceTrap:
        breaks = self.breaks(fence)
        if breaks:
            count = len(breaks)
            lost = "the slide after it" if count == 1 else f"the {count} slides after it"
            fate = "would be lost"
        else:
            comment = self.at(self.comment_inside(fence))
            lost = f"the comment at line {comment} (notes or settings)"
            fate = "the room would see as code"
        if fence.closed:
            runs = (f"runs on to line {self.at(fence.last)} (the "
                    f"\"{self.lines[fence.last].strip()}\" of a later block)")
        else:
            runs = "runs to the end of the deck"
        slip = self.near_miss(fence, breaks[0] if breaks else fence.last + 1)
        slipped = f" ({slip.say('en')})" if slip else ""
        return FenceTrap(self.at(fence.first), fatal=True, message=(
            f"the {self.name(fence)} block opened at line {self.at(fence.first)} is never "
            f"closed{slipped}: it {runs} and swallows {lost}, which {fate}; expected a line "
            f"\"{fence.marker}\" on its own where the block ends"))

    def harmless(self, fence: Fence, evidence: int) -> FenceTrap:
        values: dict[str, object] = {"block": self.name(fence), "line": self.at(fence.first),
                                     "marker": fence.marker}
        if evidence == fence.first:
            key = "never_closed"
            slip = self.near_miss(fence, fence.last + 1)
        else:
            key = "still_open"
            values.update(at=self.at(evidence), opener=self.lines[evidence].strip())
            slip = self.near_miss(fence, evidence)
        if slip is not None:
            key += "_slip"
            values["slip"] = slip
        return FenceTrap(self.at(fence.first), fatal=False, key="fence." + key,
                         values=tuple(values.items()))
