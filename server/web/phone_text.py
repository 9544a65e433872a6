"""The phone page's words in each language the page speaks: Danish, Norwegian
(bokmål) and English.

One table, one lookup. The page's Python renderer (`server.web.phone_page`) and its
JavaScript (which receives the same table as JSON) both read from here, so a phone
shows the same sentence whether JavaScript is on or off.

Plain data.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

DEFAULT_LANGUAGE = "da"

# Keys are what the page means; values are what a person reads. `{choice}` and
# `{n}` are filled in by the page. Every language has every key (a test checks).
_TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "wait": "Vent på næste spørgsmål",
        "wait_hint": "Spørgsmålet dukker op her af sig selv.",
        "closed": "Afstemningen er lukket",
        "your_vote": "Din stemme: {choice}",
        "no_vote": "Du stemte ikke.",
        "change": "Skift svar",
        "change_hint": "Du kan skifte svar, så længe afstemningen er åben.",
        "choose": "Vælg dit svar",
        "sending": "Sender …",
        "not_sent_retrying": "Ikke sendt – prøver igen",
        "not_sent_tap": "Ikke sendt – tryk for at prøve igen",
        "not_sent_closed": "Din stemme blev ikke sendt: {reason}",
        "not_sent_previous": "Din stemme på det forrige spørgsmål blev ikke sendt.",
        "reconnecting": "Forbindelsen er væk – forbinder igen …",
        "results": "Resultat",
        "votes": "{n} stemmer",
        "vote_one": "1 stemme",
        "no_script_note": "Opdatér siden for at se det næste spørgsmål.",
    },
    "nb": {
        "wait": "Vent på neste spørsmål",
        "wait_hint": "Spørsmålet dukker opp her av seg selv.",
        "closed": "Avstemningen er stengt",
        "your_vote": "Din stemme: {choice}",
        "no_vote": "Du stemte ikke.",
        "change": "Endre svar",
        "change_hint": "Du kan endre svaret så lenge avstemningen er åpen.",
        "choose": "Velg svaret ditt",
        "sending": "Sender …",
        "not_sent_retrying": "Ikke sendt – prøver igjen",
        "not_sent_tap": "Ikke sendt – trykk for å prøve igjen",
        "not_sent_closed": "Stemmen din ble ikke sendt: {reason}",
        "not_sent_previous": "Stemmen din på forrige spørsmål ble ikke sendt.",
        "reconnecting": "Forbindelsen er borte – kobler til igjen …",
        "results": "Resultat",
        "votes": "{n} stemmer",
        "vote_one": "1 stemme",
        "no_script_note": "Last inn siden på nytt for å se neste spørsmål.",
    },
    "en": {
        "wait": "Wait for the next question",
        "wait_hint": "The question will appear here by itself.",
        "closed": "Voting is closed",
        "your_vote": "Your vote: {choice}",
        "no_vote": "You did not vote.",
        "change": "Change your answer",
        "change_hint": "You can change your answer while voting is open.",
        "choose": "Choose your answer",
        "sending": "Sending …",
        "not_sent_retrying": "Not sent – trying again",
        "not_sent_tap": "Not sent – tap to try again",
        "not_sent_closed": "Your vote was not sent: {reason}",
        "not_sent_previous": "Your vote on the previous question was not sent.",
        "reconnecting": "Connection lost – reconnecting …",
        "results": "Results",
        "votes": "{n} votes",
        "vote_one": "1 vote",
        "no_script_note": "Reload the page to see the next question.",
    },
}

# Languages a deck may name that read close enough to one we have.
_ALIASES = {"no": "nb", "nn": "nb", "dk": "da"}

TEXTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {lang: MappingProxyType(table) for lang, table in _TEXTS.items()}
)


def text_language(language: str | None) -> str:
    """The table to use for a deck's BCP 47 language tag ("da", "nb-NO", "en-GB").

    An empty tag means the default (Danish, the bundled deck's language); a
    language we have no words for gets English, which more of a room can read
    than Danish.
    """
    if not language or not language.strip():
        return DEFAULT_LANGUAGE
    primary = language.strip().replace("_", "-").split("-")[0].lower()
    primary = _ALIASES.get(primary, primary)
    return primary if primary in TEXTS else "en"


def texts_for(language: str | None) -> Mapping[str, str]:
    """The UI strings for a deck's language (see `text_language`)."""
    return TEXTS[text_language(language)]


def votes_text(texts: Mapping[str, str], n: int) -> str:
    """"1 stemme" / "12 stemmer": the total under the result bars."""
    return texts["vote_one"] if n == 1 else texts["votes"].format(n=n)
