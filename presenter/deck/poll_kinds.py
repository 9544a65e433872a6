"""A poll fence's `kind:` and the settings that go with it (docs/deck-format.md).

    kind: choice      options: [...]   pick: 3   other: true   order: count
    kind: scale       min: 1   max: 5   labels: [Slet ikke, I høj grad]
    kind: open        max_length: 200   answers: 1   show: wall | cloud | both
    kind: questions   max_length: 200   answers: 3
    moderate: true    (open, questions, a choice's other: held until approved)

A fence without `kind:` is an agree poll, or a choice poll when it lists
`options:`, exactly as before kinds existed. Every refusal names the line and
says what was expected. No Qt, no server: the deck model's rules only.
"""
from __future__ import annotations

from pathlib import Path

from common.values import AGREE, CHOICE, KINDS, OPEN, OTHER, QUESTIONS, SCALE, PollKind, PollOption
from common.words import text as words_text

from .errors import DeckError

# The settings each kind takes, beyond id, question and kind itself.
KIND_KEYS = {
    AGREE: ("scale", "options"),
    CHOICE: ("options", "pick", "other", "order", "moderate", "scale"),
    SCALE: ("min", "max", "labels", "scale"),
    OPEN: ("max_length", "answers", "show", "moderate"),
    QUESTIONS: ("max_length", "answers", "moderate"),
}
ALL_KIND_KEYS = ("kind", "pick", "other", "order", "min", "max", "labels", "max_length",
                 "answers", "show", "moderate")
MAX_SCALE_STEPS = 11            # 0-10 is the widest scale a phone row still holds
MAX_LENGTH_CAP = 300         # a form POST of 300 Nordic characters stays under the 4 KB body cap
MAX_ANSWERS_CAP = 10


def kind_of(data: dict, line_of, fence_line: int, path: Path) -> str:
    """The poll's kind: `kind:` when given, else choice with options:, else agree."""
    if "kind" not in data:
        return CHOICE if "options" in data else AGREE
    kind = str(data["kind"]).strip().lower()
    if kind not in KINDS:
        raise DeckError(path, line_of("kind"), f"unknown poll kind \"{kind}\"; expected one "
                        f"of: {', '.join(KINDS)}")
    for key in data:
        if key in ALL_KIND_KEYS and key != "kind" and key not in KIND_KEYS[kind]:
            raise DeckError(path, line_of(key), f"\"{key}\" does not go with kind: {kind}; "
                            f"expected only: {', '.join(KIND_KEYS[kind]) or 'id and question'}")
    if kind != AGREE and kind != CHOICE and "options" in data:
        raise DeckError(path, line_of("options"), f"a {kind} poll has no options: list; "
                        "expected kind: choice for a poll of your own options")
    return kind


def choice_kind(data: dict, options: tuple[PollOption, ...], language: str, line_of,
                path: Path) -> tuple[tuple[PollOption, ...], PollKind]:
    """A choice poll's settings, and its options with the "other" option added."""
    other = _flag(data, "other", line_of, path)
    if other:
        if any(o.id == OTHER for o in options):
            raise DeckError(path, line_of("other"), "other: true adds an option with the id "
                            "\"other\", and the poll already has one; expected another id")
        options = options + (PollOption(OTHER, words_text(language, "phone.other")),)
    pick = _number(data, "pick", 1, 1, len(options), line_of, path)
    order = str(data.get("order", "deck")).strip()
    if order not in ("deck", "count"):
        raise DeckError(path, line_of("order"), f"unknown order \"{order}\"; expected deck "
                        "(the bars in the deck's order) or count (the most chosen first)")
    return options, PollKind(CHOICE, pick=pick, other=other, order=order,
                             moderate=_moderate(data, line_of, path))


def scale_kind(data: dict, line_of, path: Path) -> tuple[tuple[PollOption, ...], PollKind]:
    """A scale poll: one option per number from min to max, words at both ends."""
    low = _number(data, "min", 1, -100, 100, line_of, path)
    high = _number(data, "max", 5, -100, 100, line_of, path)
    if not 1 <= high - low < MAX_SCALE_STEPS:
        raise DeckError(path, line_of("max"), f"a scale from {low} to {high} does not work; "
                        f"expected max above min, at most {MAX_SCALE_STEPS} steps (e.g. 1 to 5)")
    labels = data.get("labels", ["", ""])
    if not isinstance(labels, list) or len(labels) != 2 or \
            any(isinstance(x, (dict, list)) for x in labels):
        raise DeckError(path, line_of("labels"), "a scale's labels: are two words, the low "
                        "end's and the high end's; expected e.g. labels: [Slet ikke, I høj grad]")
    low_label, high_label = ("" if x is None else " ".join(str(x).split()) for x in labels)
    options = tuple(PollOption(str(n), str(n)) for n in range(low, high + 1))
    return options, PollKind(SCALE, low=low, high=high, low_label=low_label,
                             high_label=high_label)


def typed_kind(kind: str, data: dict, line_of, path: Path) -> PollKind:
    """An open or questions poll: answer length, answers per phone, how the room sees them."""
    max_length = _number(data, "max_length", 200, 1, MAX_LENGTH_CAP, line_of, path)
    answers = _number(data, "answers", 1 if kind == OPEN else 3, 1, MAX_ANSWERS_CAP,
                      line_of, path)
    show = str(data.get("show", "wall")).strip()
    if show not in ("wall", "cloud", "both"):
        raise DeckError(path, line_of("show"), f"unknown show \"{show}\"; expected wall (answer "
                        "cards), cloud (a word cloud) or both")
    return PollKind(kind, max_length=max_length, answers=answers, show=show,
                    moderate=_moderate(data, line_of, path))


def _number(data: dict, key: str, default: int, low: int, high: int, line_of, path: Path) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise DeckError(path, line_of(key), f"{key} is \"{value}\"; expected a whole number "
                        f"from {low} to {high}")
    return value


def _flag(data: dict, key: str, line_of, path: Path) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise DeckError(path, line_of(key), f"{key} is \"{value}\"; expected true or false")
    return value


def _moderate(data: dict, line_of, path: Path) -> bool | None:
    """The fence's own moderate: setting, or None to follow the front matter's."""
    return _flag(data, "moderate", line_of, path) if "moderate" in data else None
