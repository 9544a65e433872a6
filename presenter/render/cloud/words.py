"""From open-text answers to the words of a word cloud, with their counts. No Qt.

The API the open-text layout calls:

    counts = RunningCount("da").count(answers)  # answers: a tuple of strings, newest first
    # -> tuple[WordCount, ...], biggest count first, then alphabetical

The rules, in order:
- Text is NFC-normalised (a decomposed "å" from a phone is the same word as a composed
  one), then case-folded (`str.casefold`, so "Borgerne" and "BORGERNE" are one word).
- A word is a run of letters, marks and digits by Unicode category (`unicodedata`),
  so æøå, äö and every other alphabet stay intact; everything else (punctuation,
  emoji, symbols, spaces) separates words. A hyphen or apostrophe *inside* a word
  keeps it whole: "tværfagligt-samarbejde" and "covid-19" are one word each.
- A word without a letter is dropped: "2024" and "42" go, "3d" and "covid-19" stay.
- A markup tag is not a word: "<b>Mod</b>" counts for "mod" only, not for "b" (a phone that
  types markup has it shown as text, on the wall; the cloud holds what was said).
- Stop words are dropped, from the deck's language list (see `stop_words`).
- Per answer a word counts once: "samarbejde, samarbejde!" is one vote for it.
- Phrases (as Mentimeter does): an answer of two or three words that at least
  `PHRASE_MIN` answers give verbatim (after the rules above, stop words kept:
  "Tillid og tid") becomes one entry, "tillid og tid", and those answers do not
  also count for its single words. A phrase typed by one or two phones is just words.

Stop words come from the stopwords-iso lists (MIT; https://github.com/stopwords-iso),
installed from PyPI as the `stopwordsiso` package (a dependency in pyproject.toml;
its licence is kept in assets/stopwords/). Chosen over NLTK's corpus, which needs
a download at run time (we are offline), and over hand-written lists, which no one
maintains. stopwords-iso has one Norwegian list ("no"); it holds both bokmål and
nynorsk forms (ikke/ikkje, hva/kva, jeg/eg), so nb and nn both use it. Its English
list is long (it drops "work" and "information" too); that is the price of a
maintained list, and the Nordic decks this app is for use their own lists. One
word is kept against its list (`_KEEP`): Danish "mod", which as an answer means courage.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import stopwordsiso

PHRASE_MIN = 3          # answers giving the same short phrase before it counts as one
PHRASE_WORDS = (2, 3)   # how many words a phrase may have
MAX_WORD_CHARS = 40     # a "word" longer than this is a pasted URL or keyboard mash
_JOINERS = "-'"         # kept inside a word, never at its ends
# An HTML-like tag, opening or closing, with or without attributes: "<b>", "</b>", "<br/>",
# '<a href="x">'. A lone "<" or "a < b" is no tag.
_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
# Typographic forms phones type for the same two joiners.
_JOINER_FORMS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2019": "'", "\u02bc": "'"})
# Our languages (common.language's codes) to stopwords-iso's codes.
_ISO_LISTS = {"da": "da", "nb": "no", "nn": "no", "sv": "sv", "en": "en"}
# Words a list drops that a room answering "what do you associate with ...?" means as
# content: Danish "mod" is "against" in a sentence and "courage" as an answer.
_KEEP = {"da": frozenset({"mod"})}


@dataclass(frozen=True, order=True)
class WordCount:
    """One entry of a cloud: a word (or a short phrase) and how many answers hold it."""

    word: str
    count: int


@cache
def stop_words(language: str) -> frozenset[str]:
    """The stop words of one of our languages ("da", "nb", "nn", "sv", "en"), case-folded."""
    if language not in _ISO_LISTS:
        raise ValueError(f"no stop words for {language!r}; use one of {', '.join(_ISO_LISTS)}")
    listed = frozenset(w.casefold() for w in stopwordsiso.stopwords(_ISO_LISTS[language]))
    return listed - _KEEP.get(language, frozenset())


def _word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def tokens(answer: str) -> list[str]:
    """The words of one answer by the rules above, stop words still in, in order."""
    return list(_tokens(answer))


# Remembered: a cloud is counted again, from all its answers, each time one arrives.
@lru_cache(maxsize=8192)
def _tokens(answer: str) -> tuple[str, ...]:
    text = _TAG.sub(" ", unicodedata.normalize("NFC", answer)).translate(_JOINER_FORMS).casefold()
    found: list[str] = []
    current: list[str] = []
    for i, ch in enumerate(text + " "):
        if _word_char(ch):
            current.append(ch)
            continue
        joins = (ch in _JOINERS and current and i + 1 < len(text) and _word_char(text[i + 1]))
        if joins:
            current.append(ch)
            continue
        if current:
            word = "".join(current)
            if any(unicodedata.category(c)[0] == "L" for c in word) and len(word) <= MAX_WORD_CHARS:
                found.append(word)
            current = []
    return tuple(found)


@lru_cache(maxsize=8192)
def answer_words(answer: str, language: str) -> frozenset[str]:
    """The distinct cloud words of one answer (stop words dropped)."""
    stops = stop_words(language)
    return frozenset(w for w in _tokens(answer) if w not in stops)


class RunningCount:
    """The cloud entries of one poll's answers with the number of answers holding each,
    biggest first, then alphabetical (the same answers always give the same tuple).
    A poll's answers grow, newest first: each call counts only the answers added since
    the last one. A cloud is counted again for each new answer,
    and counting all of them again was half of the render worker's time holding the GIL
    at 500 answers (bench/answer_to_wall.py). Any other change (a hidden answer) counts
    afresh. One thread at a time (the caller holds a lock)."""

    def __init__(self, language: str):
        self.language = language
        self._forget()

    def _forget(self) -> None:
        self._answers: tuple[str, ...] = ()
        self._words: Counter[str] = Counter()      # every answer's distinct cloud words
        self._short: Counter[str] = Counter()      # short phrase -> answers that said just it
        self._phrase_words: dict[str, frozenset[str]] = {}

    def count(self, answers: tuple[str, ...]) -> tuple[WordCount, ...]:
        added = len(answers) - len(self._answers)
        if added < 0 or answers[added:] != self._answers:
            self._forget()
            added = len(answers)
        for answer in answers[:added]:
            words = answer_words(answer, self.language)
            self._words.update(words)
            said = _tokens(answer)
            if len(said) in PHRASE_WORDS:
                phrase = " ".join(said)
                self._short[phrase] += 1
                self._phrase_words[phrase] = words
        self._answers = answers
        counts = Counter(self._words)
        for phrase, n in self._short.items():
            if n >= PHRASE_MIN:         # those answers count for the phrase, not its words
                for word in self._phrase_words[phrase]:
                    counts[word] -= n
                counts[phrase] += n
        return tuple(sorted((WordCount(w, n) for w, n in counts.items() if n > 0),
                            key=lambda e: (-e.count, e.word)))
