"""Decks built by hand for the renderer's tests and benchmark (no parser needed).

`talk_deck()` mirrors the bundled Danish talk, one slide per layout and more;
`long_deck()` stresses fitting with a very long title, statement and bullets.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from presenter.deck.model import (
    Column,
    Deck,
    Heading,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Phase,
    Poll,
    PollOption,
    Role,
    RolesDiagram,
    Slide,
    Span,
)
from presenter.render.qr import qr_matrix
from presenter.render.view import JoinView, PollView, RoomView

LABELS = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"),
          PollOption("dont-know", "Ved ikke"))

BARRIERS = (
    ("leaders-as-source", "Offentlige ledere ser sig selv og deres medarbejdere som hovedkilden til innovation"),
    ("job-descriptions", "Detaljerede jobbeskrivelser hæmmer innovation blandt medarbejderne"),
    ("policy-innovation", "Meget lidt fokus på politikinnovation"),
    ("projects-to-operations", "Projektinnovationer omsættes sjældent til drift"),
    ("across-boundaries", "Svært at samarbejde på tværs af fag- og organisationsgrænser"),
    ("learn-from-others", "Viljen til at lære af andre er begrænset"),
)


def t(text: str) -> tuple[Span, ...]:
    return (Span(text),)


def bullets(*items, ordered=False) -> ListBlock:
    out = []
    for item in items:
        if isinstance(item, tuple):
            head, kids = item
            out.append(ListItem(t(head), tuple(ListItem(t(k)) for k in kids)))
        else:
            out.append(ListItem(t(item)))
    return ListBlock(tuple(out), ordered=ordered)


def _slides() -> list[Slide]:
    s: list[dict] = [
        dict(layout="title", title=t("Samarbejdsdrevet innovation i den offentlige sektor"),
             subtitle=t("Hvorfor, hvordan – og hvad det kræver af ledelse")),
        dict(title=t("Temaer"), blocks=(bullets(
            "Hvorfor taler alle om innovation?", "Hvad er offentlig innovation?",
            "Forskellige slags innovation", "Strategiskift på vej", "Samarbejdsdrevet innovation",
            "Faser i innovationsprocessen", "Hvor innovativ er den offentlige sektor?",
            "Nogle barrierer", "Ledelsesudfordringen", ordered=True),)),
        dict(layout="two-cols", title=t("Hvorfor taler alle om innovation?"), columns=(
            Column(t("Krisefortælling"), (bullets(("Velfærdsstaten er i fare", (
                "Gab mellem ressourcer og forventninger", "’Wicked (gamle) problems’")),
                "Strategier: besparelser, effektivitet, kapacitet, kvalitet"),)),
            Column(t("Få visionsfortællinger"), (bullets(("Vi vil noget nyt og andet", (
                "Vi kender ikke vejen derhen",)),
                "Strategier: Fremtidens kompetencebehov; Hvad vil vi med kommunestyret?; "
                "Relationen mellem arbejde og sygdom"),)))),
        dict(title=t("Hvad er offentlig innovation?"), blocks=(
            Heading(3, t("Definitioner")),
            ListBlock((ListItem((Span("Innovation: ", bold=True),
                                 Span("udviklingen, realiseringen og spredningen af nye kreative ideer"))),
                       ListItem((Span("Offentlig innovation: ", bold=True),
                                 Span("både politik- og "), Span("serviceinnovation", italic=True))))),)),
        dict(layout="section", title=t("Strategiskift på vej")),
        dict(layout="two-cols", title=t("Strategiskift på vej"), columns=(
            Column(t("Fra NPM"), (bullets(("Det positive bidrag", ("Har sat fokus på ledelse og output",)),
                                          ("Problemet", ("Kunde- og lønarbejdertænkning", "Mistillidskultur",
                                                         "Fokus på best frem for next practice"))),)),
            Column(t("Til NPG"), (bullets(("Strategi", ("At gøre alle relevante aktører til "
                                                        "medproducenter af offentlig styring",)),
                                          ("Metode", ("Skabe mangfoldighed af samarbejdsarenaer",
                                                      "Vertikale og horisontale", "Internt og ud af huset"))),)))),
        dict(layout="phases", title=t("Faser i innovationsprocessen"), phases=(
            Phase("Ideudvikling", t("Mange ideer")), Phase("Ideudvælgelse", t("Informeret valg")),
            Phase("Realisering", t("Bredt ejerskab")), Phase("Evaluering", t("Flere bundlinjer")),
            Phase("Spredning", t("Mange ambassadører")))),
        dict(layout="join", title=t("Er disse barrierer på spil i norske kommuner?"),
             blocks=(Paragraph(t("Klar med telefonerne: scan koden og stem")),)),
    ]
    for pid, question in BARRIERS:
        s.append(dict(layout="poll", title=t("Barriere"), poll=(pid, question)))
    s += [
        dict(layout="summary", title=t("Barrierer: hvad mener salen?"),
             summary_of=tuple(p for p, _ in BARRIERS)),
        dict(title=t("Barrierer for samarbejdsdrevet innovation"), blocks=(
            Paragraph(t("Kilde til barrierelisten:")),
            Link("http://www.fdz.dk/wss/default.asp?page=2588", "http://www.fdz.dk/wss/default.asp?page=2588"))),
        dict(layout="roles", title=t("Innovationslederroller"), roles=RolesDiagram(
            centre="Innovations­ledelse", flow=("Interaktion", "Samarbejde", "Innovation"),
            actors="Aktører", roles=(Role("Igangsætter"), Role("Facilitator"), Role("Katalysator")))),
        dict(title=t("Spørgsmål til gruppearbejdet"), blocks=(bullets(
            "Hvilke erfaringer med samarbejdsdrevet innovation har I i jeres kommune?",
            "Hvilke fordele og ulemper oplever I ved at skabe innovation i henholdsvis projekter "
            "og i relation til den daglige drift?",
            "Hvilke 3 ledelsesudfordringer anser I som størst?"),)),
    ]
    slides = []
    for i, kw in enumerate(s, start=1):
        poll = kw.pop("poll", None)
        if poll:
            kw["poll"] = Poll(poll[0], poll[1], LABELS, slide=i)
        slides.append(Slide(number=i, line=i * 10, **kw))
    return slides


def talk_deck() -> Deck:
    return Deck(path=Path("talk.md"), title="Samarbejdsdrevet innovation", language="da",
                author="Eva Sørensen", venue="KS Lederkonferanse", date="2024",
                labels=LABELS, slides=tuple(_slides()))


LONG = ("Dette er en meget lang påstand om offentlig innovation, der bliver ved og ved, "
        "fordi nogen har skrevet et helt afsnit i stedet for en kort sætning: ") * 6


def long_deck() -> Deck:
    bullet_text = "Et punkt med rigtig mange ord, der skal brydes over flere linjer og stadig passe " * 3
    slides = (
        Slide(1, 1, layout="title", title=t(LONG[:400]), subtitle=t(LONG[:300])),
        Slide(2, 2, title=t(LONG[:300]), blocks=(bullets(*([(bullet_text, (bullet_text,) * 2)] * 6)),)),
        Slide(3, 3, layout="poll", poll=Poll("long", LONG, LABELS, slide=3)),
        Slide(4, 4, layout="two-cols", title=t(LONG[:200]), columns=(
            Column(t(LONG[:150]), (bullets(*([bullet_text] * 8)),)),
            Column(t("Kort"), (bullets("Et punkt"),)))),
        Slide(5, 5, layout="phases", title=t("Faser"), phases=tuple(
            Phase("Supercalifragilisticexpialidocious" * 2, t(bullet_text)) for _ in range(6))),
        Slide(6, 6, layout="summary", title=t(LONG[:120])),
        Slide(7, 7, layout="section", title=t(LONG[:500])),
        Slide(8, 8, layout="join", title=t(LONG[:300]), blocks=(Paragraph(t(LONG[:400])),)),
        Slide(9, 9, layout="roles", title=t("Roller"), roles=RolesDiagram(
            centre="Innovationsledelse og meget mere", flow=("Interaktion " * 3,) * 4,
            actors="Aktører og deltagere", roles=tuple(Role("Rolle " * 4, (Paragraph(t(bullet_text)),))
                                                      for _ in range(4)))),
    )
    return Deck(path=Path("long.md"), title=LONG[:80], language="da", labels=LABELS, slides=slides)


def join_view(url: str = "http://192.168.1.23:8080/", phones: int = 37, wifi: bool = False,
              polls: dict | None = None, overlay: bool = False) -> RoomView:
    wifi_qr = qr_matrix("WIFI:T:WPA;S:votedeck;P:hemmelig123;;") if wifi else None
    return RoomView(join=JoinView(url, qr_matrix(url), wifi_qr, "votedeck" if wifi else None),
                    phones=phones, polls=MappingProxyType(polls or {}), show_join_overlay=overlay)


def poll_view(agree=12.0, disagree=5.0, dont_know=3.0, *, open=True, visible=True,
              voters=None) -> PollView:
    counts = {"agree": agree, "disagree": disagree, "dont-know": dont_know}
    return PollView(counts=MappingProxyType(counts), voters=voters if voters is not None else
                    round(agree + disagree + dont_know), open=open, results_visible=visible)


def room_with_votes(deck: Deck, **kw) -> RoomView:
    polls = {}
    for i, p in enumerate(deck.polls):
        polls[p.id] = poll_view(agree=3 + 5 * i, disagree=20 - 3 * i, dont_know=2 + i)
    return join_view(polls=polls, **kw)
