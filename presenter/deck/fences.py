"""Where the fenced code blocks are in a run of deck lines: the one fence scanner.

The slide splitter (`---` lines, parser.py) and the column split (`::right::` lines,
markdown.py) look at lines before markdown-it does, and both must skip exactly the
lines that markdown-it will read as code. Both ask this module, so they cannot
disagree with each other, and it follows CommonMark's fence rules, so they agree with
markdown-it:

- a fence opens with a line of 3 or more backticks or tildes, indented at most 3
  columns (a tab counts to the next multiple of 4); after backticks the info string
  may not hold a backtick (such a line is inline code, not a fence);
- it closes with a line of the same character, at least as many, indented at most 3
  columns and followed only by spaces or tabs;
- one not closed runs to the last line.

Only fences outside list items and block quotes are seen: a line scanner cannot tell
a container's indentation, and a `---` or `::right::` on a line of its own is outside
them anyway.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_FENCE_CHARS = "`~"
_MAX_INDENT = 3


@dataclass(frozen=True)
class Fence:
    first: int          # index of the opening line
    last: int           # index of the closing line, or of the last line when not closed
    marker: str         # the opening run of backticks or tildes, e.g. "````"
    closed: bool


def find_fences(lines: Sequence[str]) -> list[Fence]:
    """The fences in `lines` (text split on "\\n"), in order."""
    fences: list[Fence] = []
    index = 0
    while index < len(lines):
        marker = opening_marker(lines[index])
        if marker is None:
            index += 1
            continue
        end = next((i for i in range(index + 1, len(lines)) if _closes(lines[i], marker)),
                   None)
        if end is None:
            fences.append(Fence(index, len(lines) - 1, marker, closed=False))
            break
        fences.append(Fence(index, end, marker, closed=True))
        index = end + 1
    return fences


def inside_fences(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it belongs to a fence (its opening and closing lines too)."""
    inside = [False] * len(lines)
    for fence in find_fences(lines):
        inside[fence.first:fence.last + 1] = [True] * (fence.last + 1 - fence.first)
    return inside


def opening_marker(line: str) -> str | None:
    """The run of backticks or tildes that opens a fence on `line`, or None."""
    rest = _unindented(line)
    if not rest or rest[0] not in _FENCE_CHARS:
        return None
    char = rest[0]
    marker = rest[:len(rest) - len(rest.lstrip(char))]
    if len(marker) < 3 or (char == "`" and "`" in rest[len(marker):]):
        return None
    return marker


def _closes(line: str, marker: str) -> bool:
    rest = _unindented(line)
    if rest is None:
        return False
    run = len(rest) - len(rest.lstrip(marker[0]))
    return run >= len(marker) and not rest[run:].strip(" \t")


def _unindented(line: str) -> str | None:
    """`line` without its leading spaces and tabs, or None when indented past 3 columns."""
    column = 0
    for position, char in enumerate(line):
        if char == " ":
            column += 1
        elif char == "\t":
            column += 4 - column % 4
        else:
            return line[position:] if column <= _MAX_INDENT else None
        if column > _MAX_INDENT:
            return None
    return ""
