"""The bundled talk parses, and says what the original slides said."""
from __future__ import annotations

import pytest

from presenter.deck import load_deck
from presenter.deck.model import ListBlock, Paragraph, plain
from presenter.deck.spec import deck_spec
from presenter.paths import BUNDLED_DECK

BARRIERS = {
    "leaders-as-source": "Offentlige ledere ser sig selv og deres medarbejdere som hovedkilden "
                         "til innovation",
    "job-descriptions": "Detaljerede jobbeskrivelser hæmmer innovation blandt medarbejderne",
    "policy-innovation": "Meget lidt fokus på politikinnovation",
    "projects-to-operations": "Projektinnovationer omsættes sjældent til drift",
    "cross-boundary": "Svært at samarbejde på tværs af fag- og organisationsgrænser",
    "learning-from-others": "Viljen til at lære af andre er begrænset",
}


@pytest.fixture(scope="module")
def deck():
    return load_deck(BUNDLED_DECK)


def titles(deck):
    return [plain(s.title) for s in deck.slides]


def test_front_matter(deck):
    assert deck.title == "Samarbejdsdrevet innovation i den offentlige sektor"
    assert deck.language == "da"
    assert [(o.id, o.label) for o in deck.labels] == [
        ("agree", "Enig"), ("disagree", "Uenig"), ("dont-know", "Ved ikke")]


def test_every_slide_of_the_original_in_order(deck):
    assert len(deck.slides) == 21
    assert titles(deck) == [
        "Samarbejdsdrevet innovation i den offentlige sektor",
        "Temaer",
        "Hvorfor taler alle om innovation?",
        "Hvad er offentlig innovation?",
        "Forskellige slags innovation",
        "Strategiskift på vej",
        "Hvad er samarbejdsdrevet innovation?",
        "Faser i innovationsprocessen",
        "Hvor innovativ er den offentlige sektor?",
        "Barrierer for samarbejdsdrevet innovation",
        *[f"Barriere {n} af 6" for n in range(1, 7)],
        "Barrierer i norske kommuner: salens svar",
        "Lederrollen",
        "Innovationslederroller",
        "Innovationslederroller",
        "Spørgsmål til gruppearbejdet",
    ]


def test_layouts(deck):
    layouts = [s.layout for s in deck.slides]
    assert layouts[0] == "title"
    assert layouts[9] == "join"
    assert layouts[10:16] == ["poll"] * 6
    assert layouts[16] == "summary"
    assert layouts[18] == "roles" and layouts[7] == "phases"
    assert {layouts[i] for i in (2, 4, 5)} == {"two-cols"}
    assert set(layouts) == {"title", "default", "two-cols", "phases", "join", "poll",
                            "summary", "roles"}


def test_themes_are_numbered_one_to_nine(deck):
    themes = deck.slides[1].blocks[0]
    assert isinstance(themes, ListBlock) and themes.ordered and themes.start == 1
    assert len(themes.items) == 9
    assert plain(themes.items[8].text) == "Ledelsesudfordringen"


def test_narratives_and_npm_npg_columns(deck):
    left, right = deck.slides[2].columns
    assert (plain(left.heading), plain(right.heading)) == ("Krisefortælling", "Visionsfortælling")
    assert plain(right.blocks[0].items[0].text) == "Få visionsfortællinger"
    assert [plain(c.text) for c in left.blocks[0].items[0].children] == [
        "Gab mellem ressourcer og forventninger", "’Wicked (gamle) problems’"]
    npm, npg = deck.slides[5].columns
    assert (plain(npm.heading), plain(npg.heading)) == ("Fra NPM", "Til NPG")
    assert plain(npm.blocks[0].items[1].children[2].text) == "Fokus på best frem for next practice"
    kinds = [plain(i.text).split(",")[0] for c in deck.slides[4].columns for i in c.blocks[0].items]
    assert kinds == ["Nye arbejdsredskaber", "Nye arbejdsgange", "Nye opgaver", "Nye visioner",
                     "Nye strategier", "Nye roller"]


def test_phases(deck):
    assert [(p.name, plain(p.caption)) for p in deck.slides[7].phases] == [
        ("Ideudvikling", "Mange ideer"), ("Ideudvælgelse", "Informeret valg"),
        ("Realisering", "Bredt ejerskab"), ("Evaluering", "Flere bundlinjer"),
        ("Spredning", "Mange ambassadører")]


def test_roles(deck):
    roles = deck.slides[18].roles
    assert roles.flow == ("Interaktion", "Samarbejde", "Innovation")
    assert roles.centre == "Innovationsledelse" and roles.actors == "Aktører"
    assert [r.name for r in roles.roles] == ["Igangsætter", "Facilitator", "Katalysator"]
    described = deck.slides[19].blocks[0]
    assert [plain(i.text) for i in described.items] == [
        "Igangsætterrollen:", "Facilitatorrollen:", "Katalysatorrollen:"]


def test_six_barrier_polls(deck):
    polls = deck.polls
    assert {p.id: p.question for p in polls} == BARRIERS
    assert [p.slide for p in polls] == [11, 12, 13, 14, 15, 16]
    for poll in polls:
        assert poll.scale == "agree"
        assert [(o.id, o.label) for o in poll.options] == [
            ("agree", "Enig"), ("disagree", "Uenig"), ("dont-know", "Ved ikke")]
        assert deck.slides[poll.slide - 1].poll is poll


def test_join_summary_and_reference(deck):
    join = deck.slides[9]
    assert "Er disse barrierer på spil i norske kommuner?" in [
        plain(b.text) for b in join.blocks if isinstance(b, Paragraph)]
    assert "telefon" in join.notes
    summary = deck.slides[16]
    assert summary.summary_of == tuple(BARRIERS)
    links = [b for b in summary.blocks if not isinstance(b, Paragraph)]
    assert links[0].target == "http://www.fdz.dk/wss/default.asp?page=2588"


def test_letters_intact_and_notes_present(deck):
    # æ, ø and å survive the file, the parser and the model, in titles and captions alike.
    assert plain(deck.slides[20].title) == "Spørgsmål til gruppearbejdet"
    assert deck.slides[7].phases[1].name == "Ideudvælgelse"
    assert {"æ", "ø", "å"} <= set("".join(plain(s.title) for s in deck.slides) + "".join(
        p.name for p in deck.slides[7].phases))
    assert sum(1 for s in deck.slides if s.notes) >= 10
    assert "Sådan kører afstemningen" in deck.slides[9].notes


def test_spec_for_the_server(deck):
    spec = deck_spec(deck)
    assert spec.slide_count == 21 and spec.language == "da"
    assert spec.open_on_show and spec.close_on_leave
    assert [p.id for p in spec.polls] == list(BARRIERS)
    assert spec.poll_on_slide(11).options[2].label == "Ved ikke"
