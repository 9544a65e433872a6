"""common.words: every language has every sentence, with the same placeholders,
and the lookups go through common.language."""
from __future__ import annotations

import string

import pytest

from common.language import SUPPORTED
from common.words import WORDS, group, phone_texts, text, words

GROUPS = ("phone", "slide", "label", "reach", "tour", "report", "console", "remote", "venue",
          "deck")


def placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name is not None}


def test_there_is_a_table_for_each_language_we_support():
    assert tuple(WORDS) == SUPPORTED


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_language_has_every_key_with_the_same_placeholders(language):
    english = WORDS["en"]
    table = WORDS[language]
    assert set(table) == set(english), set(table) ^ set(english)
    for key, sentence in table.items():
        assert sentence.strip() == sentence and sentence, (language, key)
        assert placeholders(sentence) == placeholders(english[key]), (language, key)
        assert key.split(".")[0] in GROUPS, key


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_sentence_is_left_in_another_language(language):
    """A translation that is the English sentence unchanged was forgotten."""
    if language == "en":
        return
    for key, sentence in WORDS[language].items():
        if "{" not in sentence and (key, language) not in SAME_AS_ENGLISH:
            assert sentence != WORDS["en"][key], (language, key)


# Words the languages share with English: the right translation is the same word.
SAME_AS_ENGLISH = {("slide.median", language) for language in ("da", "nb", "nn", "sv")} | {
    ("phone.send", language) for language in ("da", "nb", "nn")}


def test_lookups_resolve_the_tag_first():
    assert words("dk") is WORDS["da"] and words("nob") is WORDS["nb"] and words("fr") is WORDS["en"]
    assert text("nn-NO", "reach.one", ranges="10.0.0.x") == (
        "1 telefon nådde denne datamaskina det siste minuttet (10.0.0.x).")
    assert group("swe", "label")["dont-know"] == "Vet inte"
    assert phone_texts("da")["closed"] == "Afstemningen er lukket"
    assert phone_texts("en")["not_sent_tap"] == "Not sent – tap to try again"
    assert set(phone_texts("sv")) == {key.removeprefix("phone.") for key in WORDS["sv"]
                                      if key.startswith("phone.")}


def test_nobody_can_change_a_sentence_for_everyone():
    with pytest.raises(TypeError):
        WORDS["da"]["phone.wait"] = "x"         # type: ignore[index]
    with pytest.raises(TypeError):
        phone_texts("da")["wait"] = "x"         # type: ignore[index]
