"""Marp's directives as votedeck reads them: each slide's `Look`, and one warning for
each directive that means nothing on votedeck's slides.

Marp has global directives (front matter only: `theme`, `size`, `math`, ...) and
local ones (`paginate`, `header`, `footer`, `backgroundColor`, `color`, `class`):
a local directive set in the front matter or in a slide's `<!-- key: value -->`
holds from that slide on; with a leading `_` (`<!-- _paginate: false -->`) it holds
for that slide only. `class` is read by directives.py (`invert`, `lead`). Marp
writes `backgroundColor: #fff` unquoted, which YAML reads as a comment, so values
of these keys that start with `#` are quoted before YAML reads them (`loosen`).

Honoured: paginate, header, footer, backgroundColor, color, class (`invert`, and
`lead` as the title layout; `apply_look`), and, elsewhere, lang, title, author,
`![bg]` and `<!--fit-->`. No Qt.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from common.words import Phrase

from . import yamlsafe as yaml
from .errors import DeckWarning
from .inline import inline_text
from .markdown import Comment
from .model import Inline, Look, Slide

LOCAL = ("paginate", "header", "footer", "backgroundColor", "color", "class")
# Marp directives with no meaning on votedeck's slides: read, then named in one warning
# that says what votedeck does instead (the `deck.marp.why.<reason>` words).
IGNORED = {
    "theme": "theme", "style": "style", "size": "size", "math": "math",
    "headingDivider": "heading_divider",
    "backgroundImage": "background", "backgroundPosition": "background",
    "backgroundRepeat": "background", "backgroundSize": "background_size",
    "description": "description", "image": "image", "keywords": "keywords", "url": "url",
    "transition": "transition",
}
_LOOSE = re.compile(r"^(\s*_?(?:backgroundColor|color|header|footer)\s*:\s*)(#.*?)\s*$",
                    re.MULTILINE)
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]+")
_RGB = re.compile(r"rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)")
_MD = MarkdownIt("commonmark")


def loosen(source: str) -> str:
    """`backgroundColor: #fff` -> `backgroundColor: "#fff"`, as Marp's loose YAML reads it."""
    return _LOOSE.sub(lambda m: m.group(1) + '"' + m.group(2).replace('"', '\\"') + '"', source)


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.warned: set[str] = set()
        self.warnings: list[DeckWarning] = []

    def warn(self, once: str, line: int, key: str, **values: object) -> None:
        """The warning `key` with `values`, the first time for `once` only."""
        if once not in self.warned:
            self.warned.add(once)
            self.warnings.append(DeckWarning.of(self.path, line, key, **values))

    def directives(self, data: dict, line: int, inherited: dict, scoped: dict) -> None:
        for key, value in data.items():
            name = str(key)
            bare = name.lstrip("_")
            if name in LOCAL:
                inherited[name] = (value, line)
            elif bare in LOCAL:
                scoped[bare] = (value, line)
            elif bare in IGNORED and not (bare == "theme" and isinstance(value, dict)):
                self.warn(bare, line, "marp.left_out", name=bare,
                          why=Phrase.of("deck.marp.why." + IGNORED[bare]))

    def look(self, values: dict) -> Look:
        return Look(background=self.colour(values, "backgroundColor"),
                    color=self.colour(values, "color"),
                    header=self.line_text(values, "header"),
                    footer=self.line_text(values, "footer"),
                    paginate=self.flag(values, "paginate"),
                    classes=tuple(str(values.get("class", ("", 0))[0] or "").split()))

    def colour(self, values: dict, key: str) -> str | None:
        value, line = values.get(key, (None, 0))
        if value is None:
            return None
        text = str(value).strip()
        rgb = _RGB.fullmatch(text)
        if rgb:
            return "#" + "".join(f"{min(int(n), 255):02x}" for n in rgb.groups())
        if _COLOUR.fullmatch(text):
            return text
        self.warn(f"{key}:{text}", line, "marp.colour", name=key, text=text)
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


def apply_look(slide: Slide, look: Look) -> Slide:
    """The slide with its Look, and Marp's classes: `invert`, and `lead` (how Marp
    decks mark a title slide) as the title layout for a slide of the default one."""
    classes = " ".join(look.classes) or slide.theme_class
    layout = slide.layout
    if layout == "default" and "lead" in look.classes and not slide.backdrops:
        layout = "title"
    return replace(slide, look=look, theme_class=classes, layout=layout)
