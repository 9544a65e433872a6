"""Marp's directives as votedeck reads them: each slide's `Look`, and one warning for
each directive that means nothing on votedeck's slides.

Marp has global directives (front matter only: `theme`, `size`, `math`, ...) and
local ones (`paginate`, `header`, `footer`, `backgroundColor`, `color`, `class`):
a local directive set in the front matter or in a slide's `<!-- key: value -->`
holds from that slide on; with a leading `_` (`<!-- _paginate: false -->`) it holds
for that slide only. `class` is read by directives.py (`invert`, `lead`). Marp
writes `backgroundColor: #fff` unquoted, which YAML reads as a comment, so values
of these keys that start with `#` are quoted before YAML reads them (`loosen`).

Honoured: paginate, header, footer, backgroundColor, color (and, elsewhere, class,
lang, title, author, `![bg]` and `<!--fit-->`). No Qt.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from . import yamlsafe as yaml
from .errors import DeckWarning
from .inline import inline_text
from .markdown import Comment
from .model import Inline, Look

LOCAL = ("paginate", "header", "footer", "backgroundColor", "color")
# Marp directives with no meaning on votedeck's slides: read, then named in one warning.
IGNORED = ("theme", "style", "size", "math", "headingDivider", "backgroundImage",
           "backgroundPosition", "backgroundRepeat", "backgroundSize", "description",
           "image", "keywords", "url", "transition")
_LOOSE = re.compile(r"^(\s*_?(?:backgroundColor|color|header|footer)\s*:\s*)(#.*?)\s*$",
                    re.MULTILINE)
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]+")
_MD = MarkdownIt("commonmark")


def loosen(source: str) -> str:
    """`backgroundColor: #fff` -> `backgroundColor: "#fff"`, as Marp's loose YAML reads it."""
    return _LOOSE.sub(lambda m: m.group(1) + '"' + m.group(2).replace('"', '\\"') + '"', source)


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.warned: set[str] = set()
        self.warnings: list[DeckWarning] = []

    def warn(self, key: str, line: int, sentence: str) -> None:
        if key not in self.warned:
            self.warned.add(key)
            self.warnings.append(DeckWarning(self.path, line, sentence))

    def directives(self, data: dict, line: int, inherited: dict, scoped: dict) -> None:
        for key, value in data.items():
            name = str(key)
            bare = name.lstrip("_")
            if name in LOCAL:
                inherited[name] = (value, line)
            elif bare in LOCAL:
                scoped[bare] = (value, line)
            elif bare in IGNORED and not (bare == "theme" and isinstance(value, dict)):
                self.warn(bare, line, f"Marp's \"{bare}\" has no meaning on votedeck's slides "
                          "and is left out; votedeck draws its own look (give it colours under "
                          "theme:, see docs/deck-format.md)")

    def look(self, values: dict) -> Look:
        return Look(background=self.colour(values, "backgroundColor"),
                    color=self.colour(values, "color"),
                    header=self.line_text(values, "header"),
                    footer=self.line_text(values, "footer"),
                    paginate=self.flag(values, "paginate"))

    def colour(self, values: dict, key: str) -> str | None:
        value, line = values.get(key, (None, 0))
        if value is None:
            return None
        text = str(value).strip()
        if _COLOUR.fullmatch(text):
            return text
        self.warn(f"{key}:{text}", line, f"{key} \"{text}\" is not a colour votedeck can draw "
                  "and is left out; expected a hex colour such as \"#123456\" or a name such "
                  "as \"white\"")
        return None

    def flag(self, values: dict, key: str) -> bool | None:
        value, _ = values.get(key, (None, 0))
        return None if value is None else value is True or str(value).lower() == "true"

    def line_text(self, values: dict, key: str) -> Inline:
        value, line = values.get(key, (None, 0))
        if value is None or not str(value).strip():
            return ()
        blocks = SyntaxTreeNode(_MD.parse(str(value).strip())).children
        if not blocks or not blocks[0].children:
            return ()
        return inline_text(blocks[0].children[0].children, line, self.path)


def marp_looks(front_source: str | None, slide_comments: Sequence[Sequence[Comment]],
               path: Path) -> tuple[list[Look], list[DeckWarning]]:
    """Each slide's Look, from the front matter's text (frontmatter.py has checked it
    is YAML) and the slides' comments, and the warnings for directives left out."""
    reader = _Reader(path)
    inherited: dict = {}
    first_slide: dict = {}
    front = yaml.load(loosen(front_source)) if front_source else None
    for key, value in (front if isinstance(front, dict) else {}).items():
        line = _front_line(front_source, str(key))
        if key == "class":
            reader.warn("class", line, "\"class\" in the front matter is left out: votedeck "
                        "sets a class per slide; expected \"<!-- class: invert -->\" on the "
                        "slides it is for")
        reader.directives({key: value}, line, inherited, first_slide)
    looks = []
    for index, comments in enumerate(slide_comments):
        scoped = dict(first_slide) if index == 0 else {}
        for comment in comments:
            data = _directive(comment)
            if data:
                reader.directives(data, comment.line, inherited, scoped)
        looks.append(reader.look({**inherited, **scoped}))
    return looks, reader.warnings


def _front_line(source: str, key: str) -> int:
    """The file line of `key:` in the front matter (which starts on line 2)."""
    for index, text in enumerate(source.split("\n")):
        if text.strip().startswith(f"{key}:"):
            return index + 2
    return 1


def _directive(comment: Comment) -> dict | None:
    body = comment.body.strip()
    if not re.match(r"_?[a-z][A-Za-z0-9_-]*:(\s|$)", body):
        return None         # a speaker note
    try:
        data = yaml.load(loosen(body))
    except yaml.YAMLError:
        return None         # directives.py says what is wrong with it
    return data if isinstance(data, dict) else None
