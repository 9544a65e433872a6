"""The few words the renderer itself prints (badges, counts, hints), per deck language.

Danish is the default (the bundled talk is Danish); Norwegian Bokmål and English
are the others. Poll option labels are not here: they come from the deck.
Plain data, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    poll_open: str
    poll_closed: str
    phone: tuple[str, str]          # singular, plural
    vote: tuple[str, str]
    no_votes: str
    results_later: str
    join_heading: str
    scan_to_vote: str
    wifi_step: str
    url_step: str
    qr_later: str
    voting_down: str
    percent_space: bool             # "41 %" (da, nb) or "41%" (en)

    def count(self, n: int, forms: tuple[str, str]) -> str:
        return f"{n} {forms[0] if n == 1 else forms[1]}"

    def percent(self, value: float) -> str:
        return f"{round(value)}{' ' if self.percent_space else ''}%"


TABLE = {
    "da": Words(
        poll_open="Afstemning åben", poll_closed="Afstemning lukket",
        phone=("telefon", "telefoner"), vote=("stemme", "stemmer"),
        no_votes="Ingen stemmer endnu", results_later="Resultaterne vises senere",
        join_heading="Stem med din telefon", scan_to_vote="Scan koden, eller åbn",
        wifi_step="1 · Forbind til Wi-Fi", url_step="2 · Åbn siden",
        qr_later="QR-koden vises, når præsentationen kører",
        voting_down="Afstemningen er ikke tilgængelig lige nu", percent_space=True),
    "nb": Words(
        poll_open="Avstemning åpen", poll_closed="Avstemning stengt",
        phone=("telefon", "telefoner"), vote=("stemme", "stemmer"),
        no_votes="Ingen stemmer ennå", results_later="Resultatene vises senere",
        join_heading="Stem med telefonen din", scan_to_vote="Skann koden, eller åpne",
        wifi_step="1 · Koble til Wi-Fi", url_step="2 · Åpne siden",
        qr_later="QR-koden vises når presentasjonen kjører",
        voting_down="Avstemningen er ikke tilgjengelig nå", percent_space=True),
    "en": Words(
        poll_open="Voting open", poll_closed="Voting closed",
        phone=("phone", "phones"), vote=("vote", "votes"),
        no_votes="No votes yet", results_later="Results will be shown later",
        join_heading="Vote with your phone", scan_to_vote="Scan the code, or open",
        wifi_step="1 · Join the Wi-Fi", url_step="2 · Open the page",
        qr_later="The QR code appears while the talk runs",
        voting_down="Voting is not available right now", percent_space=False),
}

_ALIASES = {"no": "nb", "nn": "nb", "nob": "nb", "dan": "da", "eng": "en"}


def words_for(language: str | None) -> Words:
    """The word table for a BCP 47 tag ("da", "da-DK", "nb-NO", "en-GB"); Danish when unset,
    English for a language not in the table."""
    if not language:
        return TABLE["da"]
    primary = language.replace("_", "-").split("-")[0].lower()
    primary = _ALIASES.get(primary, primary)
    return TABLE.get(primary, TABLE["en"])
