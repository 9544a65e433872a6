"""Polls declared in a deck: a ```poll fence holding a little YAML.

    ```poll
    id: leaders-as-source
    question: Offentlige ledere ser sig selv ... som hovedkilden til innovation
    scale: agree
    ```

An id left out is derived from the question alone (ASCII-folded, `æ`→`ae`,
`ø`→`oe`, `å`→`aa`, truncated), so editing other slides never changes it.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from common.values import PollOption

from . import yamlsafe as yaml
from .errors import DeckError
from .model import Poll
from .yaml_words import plain_problem, problem_line

POLL_KEYS = ("id", "question", "statement", "scale", "options")
SCALES = ("agree",)
MAX_SLUG = 48
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")
_FOLD = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
         "þ": "th", "ð": "d", "đ": "d", "ł": "l", "œ": "oe"}


def slug(text: str, fallback: str = "poll") -> str:
    """A stable id from text: lower-case ASCII words joined by '-', cut at a word."""
    folded = "".join(_FOLD.get(ch, ch) for ch in text.lower())
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > MAX_SLUG:
            break
        out = candidate
    if not out and words:
        out = words[0][:MAX_SLUG]
    return out or fallback


def parse_poll(fence_source: str, fence_line: int, slide: int,
               labels: tuple[PollOption, ...], path: Path) -> Poll:
    """The poll in one fence; `fence_line` is the line of the opening ```poll."""
    data = _load(fence_source, fence_line, path)
    for key in data:
        if key not in POLL_KEYS:
            raise DeckError(path, _line_of(fence_source, key, fence_line), f"unknown poll key "
                            f"\"{key}\"; expected one of: id, question, scale, options")
    question = data.get("question", data.get("statement"))
    if question is None or isinstance(question, (dict, list)) or not str(question).strip():
        raise DeckError(path, fence_line, "poll without a question; expected a line "
                        "\"question: <the statement the room votes on>\" in the poll block")
    question = " ".join(str(question).split())
    options, scale = _options(data, fence_source, fence_line, labels, path)
    poll_id = data.get("id")
    if poll_id is None:
        poll_id = slug(question)
    else:
        poll_id = str(poll_id).strip()
        if not _ID.fullmatch(poll_id):
            raise DeckError(path, _line_of(fence_source, "id", fence_line), f"poll id "
                            f"\"{poll_id}\" is not usable; expected letters, digits, '-', "
                            "'_' or '.', starting with a letter or digit")
    return Poll(poll_id, question, options, slide, scale)


def _load(source: str, fence_line: int, path: Path) -> dict:
    try:
        data = yaml.load(source)
    except yaml.YAMLError as exc:
        index = problem_line(exc)
        line = fence_line + 1 + index if index is not None else fence_line
        raise DeckError(path, line, "the poll block is not valid YAML: "
                        f"{plain_problem(exc, source, 'question')}; expected lines of \"key: value\"") from None
    if not isinstance(data, dict):
        found = {type(None): "empty", list: "a list", str: "text"}.get(type(data), "not settings")
        raise DeckError(path, fence_line, f"the poll block is {found}; expected settings such "
                        "as \"question: ...\" and \"scale: agree\"")
    return {str(k): v for k, v in data.items()}


def _options(data: dict, source: str, fence_line: int, labels, path: Path):
    if "options" not in data:
        scale = str(data.get("scale", "agree")).strip()
        if scale not in SCALES:
            raise DeckError(path, _line_of(source, "scale", fence_line), f"unknown scale "
                            f"\"{scale}\"; expected \"agree\", or an options: list for a "
                            "poll of your own")
        return tuple(labels), scale
    line = _line_of(source, "options", fence_line)
    if "scale" in data and data["scale"] not in ("custom", None):
        raise DeckError(path, _line_of(source, "scale", fence_line), "a poll has either a "
                        "scale or an options: list, not both; expected one of them")
    raw = data["options"]
    if not isinstance(raw, list) or not raw:
        raise DeckError(path, line, "the poll's options: list is empty; expected at least two "
                        "lines such as \"- Ja\"")
    options: list[PollOption] = []
    item_lines = _item_lines(source, line - fence_line - 1, len(raw))
    for entry, item_line in zip(raw, item_lines):
        options.append(_option(entry, fence_line + 1 + item_line if item_line is not None
                               else line, path))
    ids = [o.id for o in options]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate is not None:
        raise DeckError(path, line, f"two options of this poll have the id \"{duplicate}\"; "
                        "expected different options (or give each an id:)")
    if len(options) < 2:
        raise DeckError(path, line, "a poll needs at least two options; expected another "
                        "line such as \"- Nej\"")
    return tuple(options), "custom"


def _option(entry, line: int, path: Path) -> PollOption:
    if isinstance(entry, dict):
        label = entry.get("label")
        if label is None or isinstance(label, (dict, list)) or not str(label).strip():
            raise DeckError(path, line, "a poll option needs a label; expected "
                            "\"- {id: yes, label: Ja}\" or just \"- Ja\"")
        label = str(label).strip()
        option_id = str(entry.get("id") or slug(label, "option")).strip()
        if not _ID.fullmatch(option_id):
            raise DeckError(path, line, f"option id \"{option_id}\" is not usable; expected "
                            "letters, digits, '-', '_' or '.'")
        return PollOption(option_id, label)
    if entry is None or isinstance(entry, list) or not str(entry).strip():
        raise DeckError(path, line, "a poll option is empty; expected a label such as \"- Ja\"")
    label = str(entry).strip()
    return PollOption(slug(label, "option"), label)


def _item_lines(source: str, options_index: int, count: int) -> list[int | None]:
    """0-based lines of the `- ` items under the `options:` line, so an error names the
    bad item's line; None for items written inline (`options: [Ja, Nej]`)."""
    found: list[int | None] = []
    lines = source.split("\n")
    for index in range(max(options_index, 0) + 1, len(lines)):
        text = lines[index].strip()
        if text.startswith("- ") or text == "-":
            found.append(index)
        elif text and not lines[index].startswith((" ", "\t")) and not text.startswith("-"):
            break                           # the next key: the list has ended
    return (found + [None] * count)[:count]


def _line_of(source: str, key: str, fence_line: int) -> int:
    for i, text in enumerate(source.split("\n")):
        if text.strip().startswith(f"{key}:"):
            return fence_line + 1 + i
    return fence_line
