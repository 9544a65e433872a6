"""The sentences of the newer question kinds (choice, scale, open answers, questions
from the room) for phones and the room, one dict per language.

Kept together in one module so they can be folded into `common.words` (one table
per language) in one move; until then `question_text` looks them up through the
same `common.language.resolve_language` as every other sentence, so one deck tag
gives one language everywhere. Keys are grouped like `common.words`: `phone.*`
for the phone page, `slide.*` for the words the renderer prints.

Standard library only (an import contract checks `common`).
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from common.language import resolve_language

_DA = {
    "phone.pick_hint": "Vælg op til {k}, og tryk Send.",
    "phone.send": "Send",
    "phone.other": "Andet",
    "phone.other_prompt": "Dit andet svar (valgfrit)",
    "phone.answer_prompt": "Dit svar",
    "phone.ask_prompt": "Dit spørgsmål",
    "phone.your_answers": "Dine svar",
    "phone.save": "Gem",
    "phone.withdraw": "Træk tilbage",
    "phone.upvote": "Stem op",
    "phone.upvoted": "Stemt op",
    "phone.answered": "Besvaret",
    "phone.hidden": "Skjult af oplægsholderen",
    "phone.waiting": "Venter på oplægsholderens godkendelse",
    "phone.no_questions": "Ingen spørgsmål endnu. Stil det første.",
    "phone.all_used": "Du har sendt så mange svar, som du kan. Ret eller træk et tilbage.",
    "slide.mean": "Gennemsnit",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} spørgsmål",
    "slide.no_answers": "Ingen svar endnu",
    "slide.no_questions": "Ingen spørgsmål endnu",
    "slide.more": "og {n} flere",
    "slide.pick": "Vælg op til {k}",
    "slide.voters": "{n} har svaret",
    "slide.answered": "besvaret",
}

_NB = {
    "phone.pick_hint": "Velg opptil {k}, og trykk Send.",
    "phone.send": "Send",
    "phone.other": "Annet",
    "phone.other_prompt": "Ditt andre svar (valgfritt)",
    "phone.answer_prompt": "Ditt svar",
    "phone.ask_prompt": "Ditt spørsmål",
    "phone.your_answers": "Dine svar",
    "phone.save": "Lagre",
    "phone.withdraw": "Trekk tilbake",
    "phone.upvote": "Stem opp",
    "phone.upvoted": "Stemt opp",
    "phone.answered": "Besvart",
    "phone.hidden": "Skjult av foredragsholderen",
    "phone.waiting": "Venter på godkjenning fra foredragsholderen",
    "phone.no_questions": "Ingen spørsmål ennå. Still det første.",
    "phone.all_used": "Du har sendt så mange svar du kan. Rett eller trekk ett tilbake.",
    "slide.mean": "Gjennomsnitt",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} spørsmål",
    "slide.no_answers": "Ingen svar ennå",
    "slide.no_questions": "Ingen spørsmål ennå",
    "slide.more": "og {n} til",
    "slide.pick": "Velg opptil {k}",
    "slide.voters": "{n} har svart",
    "slide.answered": "besvart",
}

_NN = {
    "phone.pick_hint": "Vel opptil {k}, og trykk Send.",
    "phone.send": "Send",
    "phone.other": "Anna",
    "phone.other_prompt": "Det andre svaret ditt (valfritt)",
    "phone.answer_prompt": "Svaret ditt",
    "phone.ask_prompt": "Spørsmålet ditt",
    "phone.your_answers": "Svara dine",
    "phone.save": "Lagre",
    "phone.withdraw": "Trekk tilbake",
    "phone.upvote": "Røyst opp",
    "phone.upvoted": "Røysta opp",
    "phone.answered": "Svara",
    "phone.hidden": "Gøymt av føredragshaldaren",
    "phone.waiting": "Ventar på godkjenning frå føredragshaldaren",
    "phone.no_questions": "Ingen spørsmål enno. Still det første.",
    "phone.all_used": "Du har sendt så mange svar du kan. Rett eller trekk eitt tilbake.",
    "slide.mean": "Gjennomsnitt",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} spørsmål",
    "slide.no_answers": "Ingen svar enno",
    "slide.no_questions": "Ingen spørsmål enno",
    "slide.more": "og {n} til",
    "slide.pick": "Vel opptil {k}",
    "slide.voters": "{n} har svara",
    "slide.answered": "svara",
}

_SV = {
    "phone.pick_hint": "Välj upp till {k} och tryck Skicka.",
    "phone.send": "Skicka",
    "phone.other": "Annat",
    "phone.other_prompt": "Ditt andra svar (valfritt)",
    "phone.answer_prompt": "Ditt svar",
    "phone.ask_prompt": "Din fråga",
    "phone.your_answers": "Dina svar",
    "phone.save": "Spara",
    "phone.withdraw": "Dra tillbaka",
    "phone.upvote": "Rösta upp",
    "phone.upvoted": "Uppröstad",
    "phone.answered": "Besvarad",
    "phone.hidden": "Dold av talaren",
    "phone.waiting": "Väntar på talarens godkännande",
    "phone.no_questions": "Inga frågor ännu. Ställ den första.",
    "phone.all_used": "Du har skickat så många svar du kan. Ändra eller dra tillbaka ett.",
    "slide.mean": "Medelvärde",
    "slide.median": "Median",
    "slide.answers": "{n} svar",
    "slide.questions": "{n} frågor",
    "slide.no_answers": "Inga svar ännu",
    "slide.no_questions": "Inga frågor ännu",
    "slide.more": "och {n} till",
    "slide.pick": "Välj upp till {k}",
    "slide.voters": "{n} har svarat",
    "slide.answered": "besvarad",
}

_EN = {
    "phone.pick_hint": "Choose up to {k}, then tap Send.",
    "phone.send": "Send",
    "phone.other": "Other",
    "phone.other_prompt": "Your other answer (optional)",
    "phone.answer_prompt": "Your answer",
    "phone.ask_prompt": "Your question",
    "phone.your_answers": "Your answers",
    "phone.save": "Save",
    "phone.withdraw": "Withdraw",
    "phone.upvote": "Upvote",
    "phone.upvoted": "Upvoted",
    "phone.answered": "Answered",
    "phone.hidden": "Hidden by the speaker",
    "phone.waiting": "Waiting for the speaker's approval",
    "phone.no_questions": "No questions yet. Ask the first one.",
    "phone.all_used": "You have sent as many answers as you can. Edit or withdraw one.",
    "slide.mean": "Mean",
    "slide.median": "Median",
    "slide.answers": "{n} answers",
    "slide.questions": "{n} questions",
    "slide.no_answers": "No answers yet",
    "slide.no_questions": "No questions yet",
    "slide.more": "and {n} more",
    "slide.pick": "Choose up to {k}",
    "slide.voters": "{n} answered",
    "slide.answered": "answered",
}

_TABLES = {"da": _DA, "nb": _NB, "nn": _NN, "sv": _SV, "en": _EN}
QUESTION_WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {language: MappingProxyType(table) for language, table in _TABLES.items()})


def question_words(tag: str | None) -> Mapping[str, str]:
    """The whole table for a deck's language tag (English for a language we lack)."""
    return QUESTION_WORDS[resolve_language(tag)]


def question_text(tag: str | None, key: str, **values: object) -> str:
    """One sentence, its placeholders filled: question_text("da", "slide.answers", n=3)."""
    sentence = question_words(tag)[key]
    return sentence.format(**values) if values else sentence


def phone_question_texts(tag: str | None) -> dict[str, str]:
    """The phone page's sentences of this module, keyed as the page's JavaScript reads them
    (`q_` + the key without `phone.`), to merge into its text block."""
    return {"q_" + key[len("phone."):]: sentence
            for key, sentence in question_words(tag).items() if key.startswith("phone.")}
