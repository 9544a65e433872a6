"""The deck's YAML front matter: split it off the text and turn it into settings.

Reads title, language (the system's when the deck names none), author, date,
venue, theme colours, poll labels and poll behaviour. Keys that Marp and Slidev
decks carry for their own tools (`marp`, `paginate`, `highlighter`, ...) are
accepted (presenter/deck/marp.py draws or names Marp's), so such a deck still
opens; any other unknown key is an error, so a typo does not pass silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from common.language import resolve_language, system_language
from common.words import group

from . import yamlsafe as yaml
from .errors import DeckError
from .marp import loosen
from .model import PollOption, PollSettings, Theme
from .yaml_words import mistake_line, plain_problem

KNOWN_KEYS = ("title", "language", "lang", "author", "date", "venue", "theme",
              "labels", "polls", "phone_slides")
# `phone_slides: off` (or false) keeps the slides on the projector; on (true) is the default.
SWITCH_WORDS = {"on": True, "true": True, "off": False, "false": False}
# Other tools' settings: harmless here, so a Marp or Slidev deck opens unchanged.
FOREIGN_KEYS = frozenset({
    "marp", "paginate", "header", "footer", "size", "class", "style", "math",
    "headingDivider", "backgroundColor", "backgroundImage", "color", "description",
    "image", "keywords", "url", "transition", "highlighter", "lineNumbers",
    "info", "drawings", "colorSchema", "aspectRatio", "canvasWidth", "layout",
    "fonts", "favicon", "titleTemplate", "download", "exportFilename", "mdc",
    "background", "themeConfig", "addons", "presenter", "routerMode", "selectable",
    "theme", "backgroundPosition", "backgroundRepeat", "backgroundSize",
})
# One spelling for the third answer everywhere a deck names it: `dont-know`, as the
# option's id (labels, results files, the phone page) spells it.
THEME_KEYS = ("background", "foreground", "accent", "muted", "agree", "disagree",
              "dont-know", "font")
POLL_KEYS = ("open_on_show", "close_on_leave", "results", "compare", "moderate")
RESULTS_MODES = ("live", "reveal")
LABEL_KEYS = ("agree", "disagree", "dont-know")

_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")


@dataclass(frozen=True)
class FrontMatter:
    title: str = ""
    language: str = ""      # the deck's tag as written, or the system's; common.language reads it
    author: str = ""
    date: str = ""
    venue: str = ""
    theme: Theme = field(default_factory=Theme)
    poll_settings: PollSettings = field(default_factory=PollSettings)
    labels: tuple[PollOption, ...] = ()
    phone_slides: bool = True


def split_front_matter(text: str, path: Path) -> tuple[str | None, str, int]:
    """(front matter source or None, body, 1-based line where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    raise DeckError(path, 1, "the front matter that starts here is never closed; "
                             "expected a line \"---\" after its settings")


def parse_front_matter(source: str | None, path: Path) -> FrontMatter:
    if source is None or not source.strip():
        return FrontMatter(language=_system(), labels=default_labels(_system()))
    data = _load_yaml(source, path)
    for key in data:
        # Marp's `_class`, `_paginate`, ...: for the first slide only (presenter/deck/marp.py).
        if key not in KNOWN_KEYS and key not in FOREIGN_KEYS and key.lstrip("_") not in FOREIGN_KEYS:
            raise DeckError(path, _key_line(source, key), f"unknown front matter key \"{key}\"; "
                            f"expected one of: {', '.join(KNOWN_KEYS)}")
    language = data.get("language", data.get("lang"))
    language = _text(language, "language", source, path) or _system()
    return FrontMatter(
        title=_text(data.get("title"), "title", source, path),
        language=language,
        author=_text(data.get("author"), "author", source, path),
        date=_text(data.get("date"), "date", source, path),
        venue=_text(data.get("venue"), "venue", source, path),
        theme=_theme(data.get("theme"), source, path),
        poll_settings=_poll_settings(data.get("polls"), source, path),
        labels=_labels(data.get("labels"), language, source, path),
        phone_slides=_switch(data.get("phone_slides"), "phone_slides", source, path),
    )


def _system() -> str:
    """A deck that names no language is in the system's (one of ours, else English)."""
    return resolve_language(system_language())


def default_labels(language: str) -> tuple[PollOption, ...]:
    """The agree scale in the deck's language (common.words' `label.*`; English
    for a language we have no words for)."""
    labels = group(language, "label")
    return tuple(PollOption(key, labels[key]) for key in LABEL_KEYS)


def _load_yaml(source: str, path: Path) -> dict:
    try:
        data = yaml.load(loosen(source))
    except yaml.YAMLError as exc:
        index = mistake_line(exc, source)
        line = index + 2 if index is not None else 1     # +1 for the opening ---
        raise DeckError(path, line, "the front matter is not valid YAML: "
                        f"{plain_problem(exc, source, 'title')}; expected lines of \"key: value\"") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DeckError(path, 1, f"the front matter is {_kind(data)}; expected settings "
                        "such as \"title: ...\" and \"language: da\"")
    return {str(k): v for k, v in data.items()}


def _theme(value, source: str, path: Path) -> Theme:
    if value is None or isinstance(value, str):
        return Theme()      # a Marp theme name: votedeck has one theme, coloured below
    if not isinstance(value, dict):
        raise DeckError(path, _key_line(source, "theme"), f"theme is {_kind(value)}; expected colours "
                        f"under it ({', '.join(THEME_KEYS)})")
    colours = {}
    for key, colour in value.items():
        line = _key_line(source, str(key))
        _known_key(str(key), THEME_KEYS, "theme key", path, line)
        name = str(key).replace("-", "_")      # the Theme field's name
        if name == "font":
            colours[name] = None if colour is None else str(colour)
            continue
        if not isinstance(colour, str) or not _HEX_COLOUR.fullmatch(colour.strip()):
            raise DeckError(path, line, f"theme colour {key} is \"{colour}\"; expected a hex "
                            "colour such as \"#0B5FA5\" (quote it: a bare # starts a comment)")
        colours[name] = colour.strip()
    return Theme(**colours)


def _poll_settings(value, source: str, path: Path) -> PollSettings:
    if value is None:
        return PollSettings()
    line = _key_line(source, "polls")
    if not isinstance(value, dict):
        raise DeckError(path, line, f"polls is {_kind(value)}; expected settings under "
                        "it: open_on_show, close_on_leave, results")
    settings = {}
    for key, setting in value.items():
        key = str(key).replace("-", "_")
        if key not in POLL_KEYS:
            raise DeckError(path, _key_line(source, key), f"unknown polls setting \"{key}\"; "
                            f"expected one of: {', '.join(POLL_KEYS)}")
        if key == "compare":
            setting = _compare_setting(setting, path, _key_line(source, "compare"))
        elif key == "results":
            if setting not in RESULTS_MODES:
                raise DeckError(path, _key_line(source, "results"), f"unknown results mode "
                                f"\"{setting}\"; expected one of: {', '.join(RESULTS_MODES)}")
        elif not isinstance(setting, bool):
            raise DeckError(path, _key_line(source, key), f"polls setting {key} is "
                            f"\"{setting}\"; expected true or false")
        settings[key] = setting
    return PollSettings(**settings)


def _compare_setting(value, path: Path, line: int) -> str:
    """off | tour | session ids: `compare: off` reads as false in YAML, `compare: 3` as a number."""
    if value is False or value is None:
        return "off"
    if value is True:
        return "tour"
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        value = ",".join(str(v) for v in value)
    text = str(value).strip().lower() if isinstance(value, str) else ""
    parts = [p.strip() for p in text.split(",")]
    if text in ("off", "tour") or (text and all(p.isdigit() and int(p) > 0 for p in parts)):
        return text
    raise DeckError(path, line, f"polls setting compare is \"{value}\"; expected off, tour "
                    "(every earlier session of this deck) or session ids like 3,5")


def _labels(value, language: str, source: str, path: Path) -> tuple[PollOption, ...]:
    labels = {o.id: o.label for o in default_labels(language)}
    if value is None:
        return tuple(PollOption(k, v) for k, v in labels.items())
    if not isinstance(value, dict):
        raise DeckError(path, _key_line(source, "labels"), f"labels is {_kind(value)}; expected "
                        "settings under it: agree, disagree, dont-know")
    for key, label in value.items():
        key = str(key)
        _known_key(key, LABEL_KEYS, "label", path, _key_line(source, key))
        if label is None or isinstance(label, (dict, list)) or not str(label).strip():
            raise DeckError(path, _key_line(source, str(key)), f"label {key} is empty; "
                            "expected the word the room sees, e.g. \"Enig\"")
        labels[key] = str(label).strip()
    return tuple(PollOption(k, v) for k, v in labels.items())


def _known_key(key: str, known: tuple[str, ...], what: str, path: Path, line: int) -> None:
    """Refuse a key not in `known`; a near spelling (dont_know) is named with the right one."""
    if key in known:
        return
    respelled = key.replace("_", "-").lower()
    if respelled in known:
        raise DeckError(path, line, f"{what} \"{key}\" is written \"{respelled}\" in a deck "
                        f"(one spelling in theme and labels); expected \"{respelled}:\"")
    raise DeckError(path, line, f"unknown {what} \"{key}\"; expected one of: {', '.join(known)}")


def _switch(value, key: str, source: str, path: Path, default: bool = True) -> bool:
    """on / off (true / false) as a bool; anything else is an error naming both."""
    if value is None:
        return default
    found = SWITCH_WORDS.get(str(value).strip().lower()) if not isinstance(value, (dict, list)) else None
    if found is None:
        raise DeckError(path, _key_line(source, key), f"{key} is \"{value}\"; expected on or off")
    return found


def _text(value, key: str, source: str, path: Path) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise DeckError(path, _key_line(source, key), f"{key} is {_kind(value)}; expected text")
    return str(value).strip()


def _key_line(source: str, key: str) -> int:
    """The file line of the first `key:` in the front matter (1 when not found)."""
    for i, line in enumerate(source.split("\n")):
        stripped = line.strip().strip("'\"")
        if stripped.startswith(f"{key}:") or stripped.startswith(f"{key}\":") or \
                stripped.startswith(f"{key}':"):
            return i + 2
    return 1


def _kind(value) -> str:
    return {list: "a list", dict: "settings", str: "text", int: "a number", float: "a number",
            bool: "true or false"}.get(type(value), "not text")
