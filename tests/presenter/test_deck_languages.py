"""A poll in several languages: the deck's language is the main text, the others
travel beside it to the server (PollSpec.texts); the agree scale's default labels
are translated by themselves; a language we lack or a missing deck language is an
error naming the line."""
from __future__ import annotations

import pytest

from common.values import PollText
from presenter.deck import parse_deck
from presenter.deck.errors import DeckError
from presenter.deck.spec import deck_spec

DECK = """---
language: da
---
# Barriere 1 af 6

```poll
id: leaders
question:
  da: Lederne er kilden
  sv: Cheferna är källan
  nob: Lederne er kilden til innovasjon
```
---
```poll
id: lunch
question: {da: "Frokost?", en: "Lunch?"}
options:
  - {id: bread, label: {da: Smørrebrød, sv: Smörgås}}
  - {id: soup, label: Suppe}
```
"""


def test_the_deck_keeps_its_language_as_the_main_text_and_the_others_beside_it():
    deck = parse_deck(DECK, "x.md")
    leaders, lunch = deck.polls
    assert leaders.question == "Lederne er kilden"
    assert dict(leaders.translations) == {"sv": "Cheferna är källan", "nb": "Lederne er kilden til innovasjon"}
    assert lunch.options[0].label == "Smørrebrød" and lunch.options[0].translations == (("sv", "Smörgås"),)
    assert lunch.options[1].translations == ()


def test_the_spec_carries_the_translations_and_the_kicker():
    spec = deck_spec(parse_deck(DECK, "x.md"))
    leaders, lunch = spec.polls
    assert leaders.question == "Lederne er kilden" and leaders.kicker == "Barriere 1 af 6"
    texts = {t.language: t for t in leaders.texts}
    assert texts["sv"] == PollText("sv", "Cheferna är källan", (
        ("agree", "Håller med"), ("disagree", "Håller inte med"), ("dont-know", "Vet inte")))
    assert texts["en"].question == "" and dict(texts["en"].labels)["agree"] == "Agree"
    assert {t.language: t for t in lunch.texts}["sv"] == PollText("sv", "", (("bread", "Smörgås"),))
    assert lunch.kicker == ""


@pytest.mark.parametrize("fence, words", [
    ("question: {da: A, fr: B}", ["fr", "no words"]),
    ("question: {sv: A, nb: B}", ["deck's language (da)"]),
    ("question: {da: A, sv: ''}", ['"sv" is empty']),
])
def test_bad_language_maps_are_told(fence, words):
    with pytest.raises(DeckError) as error:
        parse_deck(f"---\nlanguage: da\n---\n\n```poll\n{fence}\n```\n", "x.md")
    message = str(error.value)
    assert all(w in message for w in words), message
    assert ":6" in message or "line 6" in message, message
