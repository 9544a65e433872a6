"""The word cloud's tokenising rules on Danish, Norwegian (bokmål, nynorsk), Swedish and English."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presenter.render.cloud.words import (
    PHRASE_MIN,
    RunningCount,
    WordCount,
    answer_words,
    stop_words,
    tokens,
)
from tests.presenter.cloud_fixtures import count_words


def test_danish_stop_words_go_and_the_content_stays():
    assert answer_words("Mod!", "da") == {"mod"}     # courage, though the list has it as "against"
    assert answer_words("Vi har et godt samarbejde med borgerne", "da") == {"samarbejde", "borgerne"}


def test_bokmal_and_nynorsk_share_the_norwegian_list():
    assert answer_words("Jeg tror ikke vi har tillit til innbyggerne", "nb") == {
        "tror", "tillit", "innbyggerne"}
    assert answer_words("Eg trur ikkje me har tillit til innbyggjarane", "nn") == {
        "trur", "tillit", "innbyggjarane"}


def test_swedish_stop_words_go():
    assert answer_words("Vi har ett bra samarbete med medborgarna", "sv") == {"samarbete", "medborgarna"}


def test_english_stop_words_go():
    assert answer_words("We have trust in the citizens", "en") == {"trust", "citizens"}


def test_letters_outside_ascii_stay_intact_and_case_folds():
    assert tokens("ÆRLIGHED Øjenhøjde Åbenhed Förtroende Straße") == [
        "ærlighed", "øjenhøjde", "åbenhed", "förtroende", "strasse"]


def test_a_decomposed_letter_is_the_same_word_as_a_composed_one():
    decomposed = unicodedata.normalize("NFD", "Åbenhed")
    assert len(decomposed) == len("Åbenhed") + 1
    assert tokens(decomposed) == tokens("åbenhed") == ["åbenhed"]


def test_punctuation_and_emoji_are_stripped():
    assert tokens("Borgerne!!! 🎉👍 (tillid), «mod»; tid… #innovation @leder") == [
        "borgerne", "tillid", "mod", "tid", "innovation", "leder"]


def test_markup_tags_are_not_words():
    assert answer_words("<b>Mod</b>", "da") == {"mod"}
    assert answer_words('<a href="x">Tillid</a> og <br/>frihed', "da") == {"tillid", "frihed"}
    assert answer_words("<script>alert(1)</script>", "en") == {"alert"}
    # Not tags: a lone angle bracket, a comparison.
    assert answer_words("budget < behov", "da") == {"budget", "behov"}
    assert answer_words("<3 samarbejde", "da") == {"samarbejde"}


def test_hyphenated_compounds_stay_whole_and_loose_hyphens_go():
    assert tokens("tværfagligt-samarbejde - og -ledelse- co‑creation") == [
        "tværfagligt-samarbejde", "og", "ledelse", "co-creation"]


def test_numbers_go_unless_part_of_a_word():
    assert tokens("2024 42 3D covid-19 1.000 5G") == ["3d", "covid-19", "5g"]


def test_apostrophes_inside_words_stay():
    assert tokens("it’s don't 'citat'") == ["it's", "don't", "citat"]


def test_a_word_counts_once_per_answer():
    counts = count_words(["samarbejde, samarbejde!", "Samarbejde og tillid"], "da")
    assert counts == (WordCount("samarbejde", 2), WordCount("tillid", 1))


def test_counts_come_biggest_first_then_alphabetical():
    counts = count_words(["kaffe", "tid", "tillid", "tid", "åbenhed", "borgere"], "da")
    assert [c.word for c in counts] == ["tid", "borgere", "kaffe", "tillid", "åbenhed"]


def test_a_short_answer_many_phones_give_counts_as_one_phrase():
    answers = ["Tillid og tid"] * PHRASE_MIN + ["tillid"]
    counts = count_words(answers, "da")
    assert counts == (WordCount("tillid og tid", PHRASE_MIN), WordCount("tillid", 1))


def test_a_phrase_too_few_phones_give_is_just_words():
    counts = count_words(["Tillid og tid"] * (PHRASE_MIN - 1), "da")
    assert counts == (WordCount("tid", PHRASE_MIN - 1), WordCount("tillid", PHRASE_MIN - 1))


def test_an_unknown_language_is_a_plain_error():
    with pytest.raises(ValueError, match="use one of"):
        stop_words("fr")


@given(st.lists(st.text(max_size=60), max_size=20), st.sampled_from(["da", "nb", "nn", "sv", "en"]))
def test_any_answers_give_clean_words(answers, language):
    counts = count_words(answers, language)
    stops = stop_words(language)
    for entry in counts:
        assert 1 <= entry.count <= len(answers)
        for word in entry.word.split(" "):
            assert word == word.casefold()
            assert any(unicodedata.category(c)[0] == "L" for c in word)
            assert word[0] not in "-'" and word[-1] not in "-'"
        if " " not in entry.word:
            assert entry.word not in stops
    assert count_words(answers, language) == counts


# ------------------------------------------------------------ counting as answers arrive

_SAID = ["Tillid og tid", "tillid", "Samskabelse", "mod", "tillid og tid!", "Borgerne i centrum",
         "samarbejde på tværs", "Samarbejde på tværs", "økonomi", "Tid", "og", "nye ideer",
         "Nye idéer", "ledelse", "tværfagligt-samarbejde", "innovation innovation"]


@given(st.lists(st.tuples(st.sampled_from(_SAID), st.integers(0, 9)), min_size=1, max_size=40),
       st.lists(st.integers(0, 39), max_size=3))
def test_a_running_count_counts_what_counting_afresh_counts(arrivals, hidden):
    """Answers arrive one by one (newest first, as a poll's view holds them), a few are
    hidden on the way: after every step the running count is the count of all of them,
    phrases included (three phones typing "tillid og tid" make it one entry)."""
    running = RunningCount("da")
    answers: tuple[str, ...] = ()
    for step, (text, n) in enumerate(arrivals):
        answers = (f"{text} {'!' * n}",) + answers
        if step in hidden and len(answers) > 2:         # one in the middle hidden
            middle = len(answers) // 2
            answers = answers[:middle] + answers[middle + 1:]
        assert running.count(answers) == count_words(answers, "da")
