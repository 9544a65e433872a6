"""HTML comments on a slide: per-slide settings (directives) and speaker notes.

As in Marp, a comment that starts with a lower-case `key:` is a directive,
parsed as YAML (`<!-- layout: two-cols -->`, `<!-- _class: invert -->`), and
any other comment is a speaker note. `<!-- notes: ... -->` is always a note
(its text may run over many lines and contain colons). A few keys that Marp and
Slidev use for their own features are accepted and ignored.
"""
from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlsafe as yaml
from .errors import DeckError
from .markdown import Comment
from .yaml_words import mistake_line, plain_problem

DIRECTIVE_KEYS = ("layout", "class", "centre", "flow", "actors", "polls", "sort")
ALIASES = {"_class": "class", "center": "centre", "_layout": "layout", "summary": "polls"}
NOTE_KEYS = ("notes", "note")
# Other tools' per-slide settings: harmless here, so their decks still open.
FOREIGN_KEYS = frozenset({
    "paginate", "_paginate", "header", "_header", "footer", "_footer",
    "backgroundColor", "_backgroundColor", "backgroundImage", "_backgroundImage",
    "backgroundPosition", "backgroundRepeat", "backgroundSize", "color", "_color",
    "transition", "_transition", "clicks", "hideInToc", "level", "preload", "disabled",
    "hide", "src", "title", "routeAlias", "zoom", "dragPos", "image", "background",
    # Marp's global directives may also be written in a comment (presenter/deck/marp.py).
    "theme", "style", "size", "math", "headingDivider", "_backgroundPosition",
    "_backgroundRepeat", "_backgroundSize", "lang", "marp",
})
_DIRECTIVE_START = re.compile(r"_?[a-z][A-Za-z0-9_-]*:(\s|$)")


@dataclass
class SlideSettings:
    values: dict = field(default_factory=dict)    # key -> value
    lines: dict = field(default_factory=dict)     # key -> file line it was set on
    notes: list[str] = field(default_factory=list)

    def get(self, key: str, default=None):
        return self.values.get(key, default)

    def line(self, key: str, fallback: int) -> int:
        return self.lines.get(key, fallback)


def read_comments(comments: list[Comment], path: Path) -> SlideSettings:
    settings = SlideSettings()
    for comment in comments:
        body = comment.body.strip()
        head = body.split(":", 1)[0].strip().lower()
        if head in NOTE_KEYS and ":" in body:
            settings.notes.append(_note_text(body.split(":", 1)[1]))
        elif _DIRECTIVE_START.match(body):
            _read_directive(comment, settings, path)
        elif body:
            settings.notes.append(_note_text(comment.body))
    settings.notes = [n for n in settings.notes if n]
    return settings


def _read_directive(comment: Comment, settings: SlideSettings, path: Path) -> None:
    # The body may start right after `<!--` on the first line and be indented below it.
    first, _, rest = comment.body.strip().partition("\n")
    source = first + ("\n" + textwrap.dedent(rest) if rest else "")
    # The file line of the source's first line: below `<!--` when the body starts there.
    top = comment.line + comment.body[:len(comment.body) - len(comment.body.lstrip())].count("\n")
    try:
        data = yaml.load(source)
    except yaml.YAMLError as exc:
        line = top + (mistake_line(exc, source) or 0)
        raise DeckError(path, line, "the slide setting is not valid YAML: "
                        f"{plain_problem(exc, source, 'centre')}; expected "
                        "\"<!-- layout: two-cols -->\"") from None
    if not isinstance(data, dict):
        raise DeckError(path, comment.line, "the slide setting is not \"key: value\"; expected "
                        "\"<!-- layout: two-cols -->\", or \"<!-- notes: ... -->\" for notes")
    for offset, key in _keys_with_offsets(source, data):
        name = ALIASES.get(key, key)
        line = top + offset
        if name in FOREIGN_KEYS:
            continue
        if name not in DIRECTIVE_KEYS:
            raise DeckError(path, line, f"unknown slide setting \"{key}\"; expected one of: "
                            f"{', '.join(DIRECTIVE_KEYS)} (speaker notes go in "
                            "\"<!-- notes: ... -->\")")
        settings.values[name] = data[key]
        settings.lines[name] = line


def _keys_with_offsets(source: str, data: dict):
    lines = source.split("\n")
    for key in data:
        text = str(key)
        offset = next((i for i, line in enumerate(lines)
                       if line.strip().startswith(f"{text}:")), 0)
        yield offset, text


def _note_text(text: str) -> str:
    first, _, rest = text.partition("\n")
    body = first.strip() + ("\n" + textwrap.dedent(rest) if rest else "")
    lines = [line.rstrip() for line in body.strip().split("\n")]
    # Keep the author's line breaks; squeeze runs of blank lines to one.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
