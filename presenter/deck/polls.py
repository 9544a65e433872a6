"""Polls declared in a deck: a ```poll fence holding a little YAML.

    ```poll
    id: leaders-as-source
    question: Offentlige ledere ser sig selv ... som hovedkilden til innovation
    scale: agree
    ```

An id left out is derived from the question alone (ASCII-folded, `æ`→`ae`,
`ø`→`oe`, `å`→`aa`, truncated), so editing other slides never changes it.

A question and an option's label may be given in several languages, for phones
that read another language than the deck's (docs/deck-format.md):

    question: {da: Lederne er kilden, nb: Lederne er kilden, sv: Cheferna är källan}
    options:
      - {id: yes, label: {da: Ja, sv: Ja, en: "Yes"}}

The deck's own language must be among them: it is what the projector shows and
the main text of the poll; the others travel beside it as translations.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from common.language import SUPPORTED, known_language, resolve_language
from common.values import PollKind, PollOption

from . import yamlsafe as yaml
from .errors import DeckError
from .model import Poll
from .poll_kinds import ALL_KIND_KEYS, choice_kind, kind_of, scale_kind, typed_kind
from .yaml_words import mistake_line, plain_problem

POLL_KEYS = ("id", "question", "statement", "scale", "options", "again", *ALL_KIND_KEYS)
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
               labels: tuple[PollOption, ...], path: Path, language: str = "da") -> Poll:
    """The poll in one fence; `fence_line` is the line of the opening ```poll;
    `language` is the deck's tag (the main text of a question given in several)."""
    data = _load(fence_source, fence_line, path)
    for key in data:
        if key not in POLL_KEYS:
            raise DeckError(path, _line_of(fence_source, key, fence_line), f"unknown poll key "
                            f"\"{key}\"; expected one of: id, question, kind, options (and "
                            "the kind's settings in docs/deck-format.md)")
    if "again" in data:
        return _again(data, fence_source, fence_line, slide, path)
    key = "question" if "question" in data else "statement"
    question, translations = in_languages(data.get(key), language, path,
                                          _line_of(fence_source, key, fence_line), "question")
    if not question:
        raise DeckError(path, fence_line, "poll without a question; expected a line "
                        "\"question: <the statement the room votes on>\" in the poll block")
    options, scale, kind = _kind_and_options(data, fence_source, fence_line, labels, path,
                                             language)
    poll_id = data.get("id")
    if poll_id is None:
        poll_id = slug(question)
    else:
        poll_id = str(poll_id).strip()
        if not _ID.fullmatch(poll_id):
            raise DeckError(path, _line_of(fence_source, "id", fence_line), f"poll id "
                            f"\"{poll_id}\" is not usable; expected letters, digits, '-', "
                            "'_' or '.', starting with a letter or digit")
    return Poll(poll_id, question, options, slide, scale, kind, translations)


def _again(data: dict, source: str, fence_line: int, slide: int, path: Path) -> Poll:
    """A re-vote (`again: barrier-2`): the earlier poll's statement asked again later in the
    talk. Only its id may be given; the parser copies the rest from the earlier poll once
    it knows the deck (presenter/deck/revote.py)."""
    extra = [key for key in data if key not in ("again", "id")]
    if extra:
        raise DeckError(path, _line_of(source, extra[0], fence_line), f"a poll with again: asks "
                        f"the earlier poll's statement with its options, so \"{extra[0]}\" has "
                        "no place here; expected only again: and, if you like, id:")
    target = str(data["again"] or "").strip()
    if not _ID.fullmatch(target):
        raise DeckError(path, _line_of(source, "again", fence_line), "again: names the earlier "
                        "poll to ask again; expected its id, such as \"again: barrier-2\"")
    poll_id = str(data.get("id") or "").strip()
    if poll_id and not _ID.fullmatch(poll_id):
        raise DeckError(path, _line_of(source, "id", fence_line), f"poll id \"{poll_id}\" is not "
                        "usable; expected letters, digits, '-', '_' or '.', starting with a "
                        "letter or digit")
    return Poll(poll_id, "", (), slide, again=target)


def _kind_and_options(data: dict, source: str, fence_line: int, labels, path: Path,
                      language: str):
    """(options, scale, PollKind): what a phone may answer, by the poll's kind."""
    def line_of(key: str) -> int:
        return _line_of(source, key, fence_line)
    kind = kind_of(data, line_of, fence_line, path)
    if kind == "agree":
        if "options" in data:
            raise DeckError(path, line_of("options"), "an agree poll has its own three "
                            "answers; expected kind: choice for a poll of your own options")
        options, scale = _options(data, source, fence_line, labels, path, language)
        return options, scale, PollKind()
    if kind == "choice":
        if "options" not in data:
            raise DeckError(path, fence_line, "a choice poll needs an options: list; expected "
                            "lines such as \"- Ja\" under options:")
        options, scale = _options(data, source, fence_line, labels, path, language)
        options, settings = choice_kind(data, options, language, line_of, path)
        return options, scale, settings
    if "scale" in data and kind != "scale":
        raise DeckError(path, line_of("scale"), f"scale: does not go with kind: {kind}; "
                        "expected it only on agree polls")
    if kind == "scale":
        if "scale" in data:
            raise DeckError(path, line_of("scale"), "a scale poll says its range with min: "
                            "and max:; expected those instead of scale:")
        options, settings = scale_kind(data, line_of, path)
        return options, "custom", settings
    return (), "custom", typed_kind(kind, data, line_of, path)


def _load(source: str, fence_line: int, path: Path) -> dict:
    try:
        data = yaml.load(source)
    except yaml.YAMLError as exc:
        index = mistake_line(exc, source)
        line = fence_line + 1 + index if index is not None else fence_line
        raise DeckError(path, line, "the poll block is not valid YAML: "
                        f"{plain_problem(exc, source, 'question')}; expected lines of \"key: value\"") from None
    if not isinstance(data, dict):
        found = {type(None): "empty", list: "a list", str: "text"}.get(type(data), "not settings")
        raise DeckError(path, fence_line, f"the poll block is {found}; expected settings such "
                        "as \"question: ...\" and \"scale: agree\"")
    return {str(k): v for k, v in data.items()}


def _options(data: dict, source: str, fence_line: int, labels, path: Path, language: str):
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
    folded = _folded_item(source, line - fence_line - 1) if all(
        isinstance(entry, str) for entry in raw) else None
    if folded is not None:
        raise DeckError(path, fence_line + 1 + folded, "this \"- \" line is indented more than "
                        "the one above it, so YAML reads it as more words of the option above; "
                        "expected every \"- \" of the options at the same column")
    options: list[PollOption] = []
    item_lines = _item_lines(source, line - fence_line - 1, len(raw))
    for entry, item_line in zip(raw, item_lines):
        options.append(_option(entry, fence_line + 1 + item_line if item_line is not None
                               else line, path, language))
    ids = [o.id for o in options]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate is not None:
        raise DeckError(path, line, f"two options of this poll have the id \"{duplicate}\"; "
                        "expected different options (or give each an id:)")
    if len(options) < 2:
        raise DeckError(path, line, "a poll needs at least two options; expected another "
                        "line such as \"- Nej\"")
    return tuple(options), "custom"


def _option(entry, line: int, path: Path, language: str) -> PollOption:
    if isinstance(entry, dict):
        label, translations = in_languages(entry.get("label"), language, path, line, "label")
        if not label:
            raise DeckError(path, line, "a poll option needs a label; expected "
                            "\"- {id: yes, label: Ja}\" or just \"- Ja\"")
        option_id = str(entry.get("id") or slug(label, "option")).strip()
        if not _ID.fullmatch(option_id):
            raise DeckError(path, line, f"option id \"{option_id}\" is not usable; expected "
                            "letters, digits, '-', '_' or '.'")
        return PollOption(option_id, label, translations)
    if entry is None or isinstance(entry, list) or not str(entry).strip():
        raise DeckError(path, line, "a poll option is empty; expected a label such as \"- Ja\"")
    label = str(entry).strip()
    return PollOption(slug(label, "option"), label)


def in_languages(value, language: str, path: Path, line: int,
                 what: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A text given once ("Enig") or per language ({da: Enig, sv: Håller med}):
    (the deck language's text, ((other language, text), ...)); ("", ()) when empty."""
    if not isinstance(value, dict):
        if value is None or isinstance(value, list):
            return "", ()
        return " ".join(str(value).split()), ()
    deck = resolve_language(language)
    texts: dict[str, str] = {}
    for tag, text in value.items():
        known = known_language(str(tag))
        if known is None:
            raise DeckError(path, line, f"the {what} names the language \"{tag}\", which votedeck "
                            f"has no words for; expected some of: {', '.join(SUPPORTED)}")
        if text is None or isinstance(text, (dict, list)) or not str(text).strip():
            raise DeckError(path, line, f"the {what} in \"{tag}\" is empty; expected its text, "
                            f"e.g. \"{tag}: ...\"")
        texts[known] = " ".join(str(text).split())
    if deck not in texts:
        raise DeckError(path, line, f"the {what} is given in {', '.join(texts)} but not in the "
                        f"deck's language ({deck}), which the projector shows; expected "
                        f"\"{deck}: ...\" among them")
    main = texts.pop(deck)
    return main, tuple(sorted(texts.items()))


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


def _folded_item(source: str, options_index: int) -> int | None:
    """0-based line of a `- ` item under `options:` indented past the first item: YAML
    folds it into the option above ("Ja - Nej"), one option short without a word."""
    lines = source.split("\n")
    column = None
    for index in range(max(options_index, 0) + 1, len(lines)):
        text = lines[index].strip()
        if text and not lines[index].startswith((" ", "\t")) and not text.startswith("-"):
            break                           # the next key: the list has ended
        if text.startswith("- ") or text == "-":
            indent = len(lines[index]) - len(lines[index].lstrip())
            if column is not None and indent > column:
                return index
            column = indent if column is None else column
    return None


def _line_of(source: str, key: str, fence_line: int) -> int:
    for i, text in enumerate(source.split("\n")):
        if text.strip().startswith(f"{key}:"):
            return fence_line + 1 + i
    return fence_line
