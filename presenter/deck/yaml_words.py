"""PyYAML's errors in plain words, for the front matter and poll blocks.

A deck author sees "mapping values are not allowed here" or "expected <block end>,
but found '<block mapping start>'" and cannot act on it. `plain_problem` turns the
common ones into what went wrong on that line and how to write it instead (most
often: quote a value that holds ": "). An error we have no words for keeps
PyYAML's own, after "not valid YAML", so nothing is hidden.

No Qt, no other deck module: it reads only the exception and the YAML text.
"""
from __future__ import annotations

import re

_INDENT = re.compile(r"^[ \t]*")


# Where PyYAML was when it began reading the thing it could not finish: the line an
# author must fix. Its problem mark is where it gave up, often the end of the text
# (an unclosed quote), which is the poll block's closing fence.
_STARTED_AT = ("while scanning a quoted scalar", "while parsing a flow",
               "while scanning a simple key", "while scanning a block scalar")


def problem_line(exc) -> int | None:
    """0-based line of the YAML text where PyYAML noticed the problem, or None."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line if mark is not None else None


def mistake_line(exc, source: str) -> int | None:
    """0-based line of `source` to point the author at: where an unclosed quote,
    bracket or key began, else where PyYAML noticed the problem; never past the last
    written line (PyYAML's end of text is the line after it). None when unknown."""
    context = str(getattr(exc, "context", None) or "")
    start = getattr(exc, "context_mark", None)
    index = start.line if start is not None and context.startswith(_STARTED_AT) \
        else problem_line(exc)
    if index is None:
        return None
    written = [i for i, line in enumerate(source.split("\n")) if line.strip()]
    return min(index, written[-1]) if written else 0


def plain_problem(exc, source: str, example_key: str = "title") -> str:
    """What is wrong and what to write instead, as a clause that follows
    "... is not valid YAML: " (no full stop, no line number: the caller has it)."""
    problem = str(getattr(exc, "problem", None) or "")
    context = str(getattr(exc, "context", None) or "")
    index = problem_line(exc)
    lines = source.split("\n")
    line = lines[index] if index is not None and 0 <= index < len(lines) else ""
    quote_it = (f"put the value in quotes, e.g. {example_key}: \"Innovation: who brings "
                "the ideas?\"")
    if "mapping values are not allowed" in problem:
        if _indent(line) > _indent(_previous(lines, index)):
            return ("this line is indented more than the line above it, but that line "
                    "already has a value; start it at the same place as the line above")
        return f"a value holds \": \", which YAML reads as a second key; {quote_it}"
    if "found another document" in problem:
        return ("a line \"---\" ends the settings here; remove it (slides are separated "
                "outside the block)")
    if "'<scalar>'" in problem and re.search(r"^[^\"']*:\s*[\"'].*[\"']\s*\S", line):
        return ("a value in quotes goes on after its closing quote; put the whole value "
                "in the quotes")
    if "found '}'" in problem or "found ']'" in problem:
        return "a } or ] closes nothing; remove it, or put the value in quotes"
    if "<block end>" in problem or "<block mapping start>" in problem:
        return ("the indentation does not line up: settings at one level must start at "
                "the same column (use spaces, the same number on each line)")
    if "'\\t'" in problem or "\\t" in problem:
        return "a tab is used where YAML needs spaces (to indent, or after a colon)"
    if "while scanning a directive" in context:
        return f"a line starts with %, which YAML keeps for itself; {quote_it}"
    duplicate = re.match(r'found duplicate key "(.*)"$', problem)
    if duplicate:
        return (f"\"{duplicate.group(1)}:\" is given twice at this level; keep one of them "
                "(the other line is above this one)")
    if "could not determine a constructor for the tag" in problem:
        return f"a value starts with !, which YAML reads as a type tag; {quote_it}"
    if "quoted scalar" in context:
        return "a quote is opened but never closed; end the value with the same quote mark"
    if "undefined alias" in problem or "anchor" in context or "alias" in context:
        return f"a value starts with * or &, which YAML reads as a reference; {quote_it}"
    reserved = re.search(r"found character '(.)' that cannot start any token", problem)
    if reserved:
        return (f"a value starts with {reserved.group(1)}, which YAML keeps for itself; "
                f"{quote_it}")
    # "[x" as the last thing in the block: PyYAML sees the end while in a flow node.
    if "flow mapping" in context or "flow sequence" in context or (
            "flow node" in context and "<stream end>" in problem):
        return ("a { or [ is opened but not closed; close it, or put the value in quotes "
                "if the brace is part of the text")
    if "could not find expected ':'" in problem:
        return "a line has no \"key: value\" form; add the colon, or join it to the line above"
    return f"{problem or 'the text cannot be read'} ({context})" if context else \
        (problem or "the text cannot be read")


def _indent(line: str) -> int:
    return len(_INDENT.match(line).group(0)) if line else 0


def _previous(lines: list[str], index: int | None) -> str:
    """The nearest non-blank line above `index` (the one this line is read against)."""
    if index is None:
        return ""
    for above in range(index - 1, -1, -1):
        if lines[above].strip():
            return lines[above]
    return ""
