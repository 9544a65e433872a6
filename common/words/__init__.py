"""Every sentence the room or a phone reads, in each language we speak: one table.

One module per language (`da.py`, `nb.py`, `nn.py`, `sv.py`, `en.py`), each a plain
dict from a key to the sentence a person reads. Keys are grouped by who shows them:

    phone.*   the phone page (Python renders it; its JavaScript gets `phone_texts` as JSON)
    slide.*   the words the slide renderer prints itself (badges, counts, join steps)
    label.*   the agree scale's labels when a deck gives none
    reach.*   the evidence that phones reach the laptop, and the hint when none do
    tour.*    the tour beside the room (legends, hand-counted marks, before/after)
    report.*  the report for the municipality after the talk (`votedeck report`)
    console.* the speaker's console and the app's dialogs, in the speaker's language
              (the system's or the one picked), not the deck's: presenter.ui.speaker_words
    remote.*  the speaker's remote on their own phone, in that phone's language
    venue.*   the venue checks (firewall hint, rehearsal verdict): the console says them in
              the speaker's language, `votedeck serve` and `votedeck rehearse` in English
    deck.*    a deck's warnings (presenter/deck: an empty slide, a Marp directive left out):
              the app says them in the speaker's language, `votedeck check` in English

`{name}` placeholders are filled with `str.format`; every language has every key
with the same placeholders (tests/common/test_words.py checks it). Which table a
tag means is `common.language.resolve_language`'s job, and only its.

Why one table and not gettext catalogues (Babel): there are a few dozen short
sentences in five languages; the phone's JavaScript needs the same sentences as
JSON, which a dict gives for free and a compiled `.mo` file does not; gettext keys
on the English sentence, so fixing an English typo would orphan four translations;
and catalogues need a compile step (`pybabel compile` or `msgfmt`) in the build
and the packaged app, while this package is standard library only (an import
contract checks `common`). A translator reads one file per language, the sentences
side by side with the keys. Should a translation service ever want `.po` files,
the dicts export to them in a few lines.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from common.language import SUPPORTED, resolve_language

from . import da, en, nb, nn, sv

_TABLES: dict[str, dict[str, str]] = {
    "da": da.WORDS, "nb": nb.WORDS, "nn": nn.WORDS, "sv": sv.WORDS, "en": en.WORDS,
}
# A language added to SUPPORTED must have its table here, and the other way round.
assert tuple(_TABLES) == SUPPORTED

# Read-only views, so no caller can change a sentence for everyone else.
WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {language: MappingProxyType(table) for language, table in _TABLES.items()}
)


def words(tag: str | None) -> Mapping[str, str]:
    """The whole table for a tag (any tag `resolve_language` reads; English for others)."""
    return WORDS[resolve_language(tag)]


def text(tag: str | None, key: str, **values: object) -> str:
    """One sentence, its placeholders filled: text("da", "reach.one", ranges="10.0.0.x")."""
    sentence = words(tag)[key]
    return sentence.format(**values) if values else sentence


@cache
def _group(language: str, group: str) -> Mapping[str, str]:
    prefix = group + "."
    return MappingProxyType({key[len(prefix):]: sentence
                             for key, sentence in WORDS[language].items() if key.startswith(prefix)})


def group(tag: str | None, name: str) -> Mapping[str, str]:
    """The sentences of one group with the group's prefix dropped: group("nb", "phone")["wait"]."""
    return _group(resolve_language(tag), name)


def phone_texts(tag: str | None) -> Mapping[str, str]:
    """The phone page's sentences, keyed as its JavaScript reads them (`T.wait`)."""
    return group(tag, "phone")


@dataclass(frozen=True)
class Phrase:
    """A sentence not yet in any language: its key and values, said later in whichever
    language reads it. Code that must not know the reader's language (the venue checks,
    on a worker thread) returns phrases; the console says them in the speaker's language,
    again when the speaker picks another; the terminal says them in English.

    A value may itself be a Phrase, or a tuple of phrases (said joined by ", ")."""

    key: str
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, **values: object) -> Phrase:
        return cls(key, tuple(values.items()))

    def say(self, tag: str | None) -> str:
        return text(tag, self.key, **{name: _said(value, tag) for name, value in self.values})

    def as_data(self) -> dict:
        """Plain JSON-able data (a widget keeps it as a property); `from_data` reads it back."""
        return {"key": self.key, "values": {name: _data(value) for name, value in self.values}}

    @classmethod
    def from_data(cls, data: dict) -> Phrase:
        return cls(data["key"], tuple((name, _undata(value)) for name, value in data["values"].items()))


def say_all(tag: str | None, phrases: Iterable[Phrase]) -> str:
    """Sentences one after another, in one language."""
    return " ".join(phrase.say(tag) for phrase in phrases)


def error_phrase(error: BaseException, group: str) -> Phrase | None:
    """An error's own sentence as a phrase of `group` (`{group}.{error.reason}` filled with
    `error.values`), or None when the error has no reason the tables know."""
    reason = getattr(error, "reason", "")
    key = f"{group}.{reason}"
    if not reason or key not in _TABLES["en"]:
        return None
    return Phrase.of(key, **getattr(error, "values", {}))


def _said(value: object, tag: str | None) -> object:
    if isinstance(value, Phrase):
        return value.say(tag)
    if isinstance(value, tuple) and all(isinstance(part, Phrase) for part in value):
        return ", ".join(part.say(tag) for part in value)
    return value


def _data(value: object) -> object:
    if isinstance(value, Phrase):
        return value.as_data()
    if isinstance(value, tuple):
        return [_data(part) for part in value]
    return value


def _undata(value: object) -> object:
    if isinstance(value, dict):
        return Phrase.from_data(value)
    if isinstance(value, list):
        return tuple(_undata(part) for part in value)
    return value
