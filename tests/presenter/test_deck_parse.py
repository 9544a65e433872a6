"""The deck format, feature by feature, through the real parser."""
from __future__ import annotations

from pathlib import Path

import pytest

from common.values import DeckSpec, PollSpec
from presenter.deck import load_deck, parse_deck
from presenter.deck.model import Heading, Image, Link, ListBlock, Paragraph, PollOption, Quote, Span, plain
from presenter.deck.polls import slug
from presenter.deck.spec import deck_spec

DECKS = Path(__file__).parent / "decks"


@pytest.fixture(scope="module")
def deck():
    return load_deck(DECKS / "features.md")


def test_front_matter(deck):
    assert deck.title == "Every feature"
    assert deck.language == "nb"
    assert (deck.author, deck.date, deck.venue) == ("Test Author", "2024-05-02", "Oslo")
    assert deck.theme.background == "#101820"
    assert deck.theme.accent == "#FFB000"
    assert deck.theme.dont_know == "#999"
    assert deck.theme.muted == "#5B6475"          # not given: the default
    assert deck.theme.font == "Noto Sans"
    assert deck.poll_settings.open_on_show is False
    assert deck.poll_settings.results == "reveal"
    # Norwegian defaults, with one label overridden
    assert deck.labels == (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"),
                           PollOption("dont-know", "Usikker"))


def test_title_slide_and_section(deck):
    title, section = deck.slides[0], deck.slides[1]
    assert title.layout == "title"
    assert plain(title.title) == "Alt på én gang: æøå ÆØÅ"
    assert plain(title.subtitle) == "En undertittel"
    assert section.layout == "section" and plain(section.title) == "Del to"
    assert title.number == 1 and section.number == 2


def test_inline_markup_lists_images_links(deck):
    slide = deck.slides[2]
    assert slide.layout == "default"
    paragraph, bullets, numbers, svg, png, link = slide.blocks
    assert isinstance(paragraph, Paragraph)
    spans = {s.text: s for s in paragraph.text}
    assert spans["fet"].bold and not spans["fet"].italic
    assert spans["kursiv"].italic
    assert spans["kode"].code
    assert spans["en lenke"].link == "https://example.org"
    assert plain(paragraph.text) == "Et avsnitt med fet, kursiv, kode og en lenke."
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert [plain(i.text) for i in bullets.items] == ["Første", "Andre"]
    assert [plain(c.text) for c in bullets.items[0].children] == ["Under en", "Under to"]
    assert bullets.items[0].children[0].text[1] == Span("en", italic=True)
    assert numbers.ordered and numbers.start == 3
    assert isinstance(svg, Image) and svg.path == (DECKS / "diagram.svg").resolve()
    assert svg.alt == "Et diagram"
    assert isinstance(png, Image) and png.path.name == "photo.png"
    assert link == Link("Kilde", "https://example.org/kilde")


def test_notes_keep_lines_and_colons(deck):
    assert deck.slides[2].notes == "Første linje i notatene: med kolon.\n\nAndre avsnitt."
    # A plain comment is a note too (as in Marp); an inline comment is not shown.
    last = deck.slides[-1]
    assert last.notes == "Husk å takke arrangøren."
    assert plain(last.blocks[0].text) == "Denne kommentaren er et notat."
    assert last.theme_class == "invert"


def test_two_columns_with_headings(deck):
    slide = deck.slides[3]
    assert slide.layout == "two-cols" and plain(slide.title) == "To kolonner"
    left, right = slide.columns
    assert plain(left.heading) == "Venstre" and plain(right.heading) == "Høyre"
    assert [plain(i.text) for i in left.blocks[0].items] == ["a", "b"]
    assert plain(right.blocks[0].text) == "Tekst til høyre."


def test_phases_three_ways(deck):
    slide = deck.slides[4]
    assert [(p.name, plain(p.caption)) for p in slide.phases] == [
        ("Idé", "Mange ideer"), ("Valg", "Informert valg"), ("Spredning", "Mange ambassadører")]


def test_roles_diagram(deck):
    roles = deck.slides[5].roles
    assert roles.centre == "Innovasjonsledelse"
    assert roles.flow == ("Interaksjon", "Samarbeid", "Innovasjon")
    assert roles.actors == "Aktører"
    assert [r.name for r in roles.roles] == ["Igangsetter", "Fasilitator", "Katalysator"]
    assert plain(roles.roles[0].description[0].text) == "setter i gang"
    assert plain(roles.roles[1].description[0].text) == "støtter"
    assert plain(roles.roles[2].description[0].items[0].text) == "forstyrrer vaner"


def test_join_and_polls(deck):
    join, agree, custom = deck.slides[6], deck.slides[7], deck.slides[8]
    assert join.layout == "join" and join.poll is None
    assert agree.layout == "poll"
    assert agree.poll.id == "ledere-er-den-viktigste-kilden-til-innovasjon"
    assert agree.poll.slide == 8 and agree.poll.scale == "agree"
    assert [o.label for o in agree.poll.options] == ["Enig", "Uenig", "Usikker"]
    assert custom.poll.id == "lunch" and custom.poll.scale == "custom"
    assert custom.poll.options == (PollOption("pizza", "Pizza"), PollOption("suppe", "Suppe"),
                                   PollOption("none", "Ingenting"))
    assert deck.polls == (agree.poll, custom.poll)
    assert deck.poll("lunch") is custom.poll


def test_summary_lists_polls_in_deck_order(deck):
    summary = deck.slides[9]
    assert summary.layout == "summary" and summary.sort_summary
    assert summary.summary_of == ("ledere-er-den-viktigste-kilden-til-innovasjon", "lunch")


def test_summary_without_ids_shows_every_poll():
    deck = parse_deck("```poll\nquestion: A\n```\n---\n```poll\nquestion: B\n```\n---\n"
                      "<!-- layout: summary -->\n# All\n", "s.md")
    assert deck.slides[2].summary_of == ("a", "b")
    assert not deck.slides[2].sort_summary


def test_slide_lines_point_at_the_slide():
    deck = parse_deck("---\ntitle: T\n---\n\n# One\n\n---\n\n\n# Two\n", "x.md")
    assert [s.line for s in deck.slides] == [5, 10]


def test_separator_inside_a_fence_does_not_split():
    deck = parse_deck("# Code\n\n```\na\n---\nb\n```\n", "x.md")
    assert len(deck.slides) == 1
    assert deck.slides[0].blocks[0].text[0].text == "a\n---\nb"


def test_right_marker_directly_under_a_list():
    deck = parse_deck("<!-- layout: two-cols -->\n- a\n::right::\n- b\n", "x.md")
    left, right = deck.slides[0].columns
    assert plain(left.blocks[0].items[0].text) == "a"
    assert plain(right.blocks[0].items[0].text) == "b"


def test_defaults_without_front_matter():
    deck = parse_deck("# Hej\n", "talk.md")
    assert deck.title == "Hej" and deck.language == "da"
    assert [o.label for o in deck.labels] == ["Enig", "Uenig", "Ved ikke"]
    assert deck.poll_settings.results == "live"


@pytest.mark.parametrize("language, labels", [
    ("da", ["Enig", "Uenig", "Ved ikke"]),
    ("nb", ["Enig", "Uenig", "Vet ikke"]),
    ("no", ["Enig", "Uenig", "Vet ikke"]),
    ("en", ["Agree", "Disagree", "Don't know"]),
    ("en-GB", ["Agree", "Disagree", "Don't know"]),
    ("dk", ["Enig", "Uenig", "Ved ikke"]),
    ("nob", ["Enig", "Uenig", "Vet ikke"]),
    ("nn-NO", ["Einig", "Ueinig", "Veit ikkje"]),
    ("sv-SE", ["Håller med", "Håller inte med", "Vet inte"]),
    ("fr", ["Agree", "Disagree", "Don't know"]),
])
def test_labels_follow_the_language(language, labels):
    deck = parse_deck(f"---\nlanguage: {language}\n---\n# x\n", "x.md")
    assert [o.label for o in deck.labels] == labels
    assert [o.id for o in deck.labels] == ["agree", "disagree", "dont-know"]


def test_marp_deck_opens():
    deck = parse_deck("---\nmarp: true\ntheme: gaia\npaginate: true\n---\n"
                      "<!-- _paginate: false -->\n# Marp\n\nText\n", "marp.md")
    assert plain(deck.slides[0].title) == "Marp"


def test_headings_below_the_title_are_blocks():
    slide = parse_deck("# T\n## Sub\n### Small\ntext\n", "x.md").slides[0]
    assert slide.subtitle == ()              # a subtitle only on title and section slides
    assert slide.blocks[0] == Heading(2, (Span("Sub"),))
    assert slide.blocks[1] == Heading(3, (Span("Small"),))


def test_third_list_level_is_drawn_at_the_second():
    slide = parse_deck("- a\n  - b\n    - c\n", "x.md").slides[0]
    item = slide.blocks[0].items[0]
    assert [plain(c.text) for c in item.children] == ["b", "c"]
    assert all(c.children == () for c in item.children)


@pytest.mark.parametrize("text, expected", [
    ("Offentlige ledere ser sig selv som hovedkilden", "offentlige-ledere-ser-sig-selv-som-hovedkilden"),
    ("Æbler, øl og år", "aebler-oel-og-aar"),
    ("Projektinnovationer omsættes sjældent til drift!",
     "projektinnovationer-omsaettes-sjaeldent-til"),
    ("Çà et là — naïve", "ca-et-la-naive"),
    ("???", "poll"),
])
def test_slug(text, expected):
    assert slug(text) == expected
    assert len(slug(text)) <= 48


def test_derived_poll_id_is_stable_when_other_slides_change():
    poll = "```poll\nquestion: Viljen til at lære af andre er begrænset\n```\n"
    before = parse_deck(f"# Intro\n---\n{poll}", "x.md")
    after = parse_deck("---\ntitle: New\n---\n# New first\n---\n# Intro, reworded\n\n- more\n"
                       f"---\n{poll}---\n# After\n", "x.md")
    assert before.polls[0].id == after.polls[0].id == "viljen-til-at-laere-af-andre-er-begraenset"
    assert (before.polls[0].slide, after.polls[0].slide) == (2, 3)


def test_deck_spec_hands_polls_to_the_server(deck):
    spec = deck_spec(deck)
    assert isinstance(spec, DeckSpec)
    assert spec.key == str((DECKS / "features.md").resolve())
    assert spec.title == "Every feature" and spec.language == "nb"
    assert spec.slide_count == 11
    assert spec.open_on_show is False and spec.close_on_leave is True
    lunch = spec.poll("lunch")
    assert isinstance(lunch, PollSpec) and lunch.slide == 9
    assert [(o.id, o.label) for o in lunch.options] == [
        ("pizza", "Pizza"), ("suppe", "Suppe"), ("none", "Ingenting")]
    assert spec.poll_on_slide(8).id == "ledere-er-den-viktigste-kilden-til-innovasjon"


def test_crlf_and_bom_are_read(tmp_path):
    path = tmp_path / "win.md"
    path.write_bytes("\ufeff---\r\ntitle: Vindue\r\n---\r\n# Æble\r\n".encode("utf-8"))
    deck = load_deck(path)
    assert deck.title == "Vindue" and plain(deck.slides[0].title) == "Æble"


def test_yes_and_no_stay_words():
    deck = parse_deck("---\nlanguage: no\n---\n```poll\nquestion: Q\noptions:\n  - Yes\n  - No\n"
                      "  - On\n```\n", "x.md")
    assert deck.language == "no"
    assert [(o.id, o.label) for o in deck.polls[0].options] == [
        ("yes", "Yes"), ("no", "No"), ("on", "On")]


def test_capitalised_comment_with_colon_is_a_note():
    slide = parse_deck("# A\n\n<!-- Husk: spørg salen -->\n<!-- notes: to -->\n", "x.md").slides[0]
    assert slide.notes == "Husk: spørg salen\n\nto"


def test_explicit_layout_wins_over_the_poll_default():
    slide = parse_deck("<!-- layout: default -->\n# A\n```poll\nquestion: Q\n```\n", "x.md").slides[0]
    assert slide.layout == "default" and slide.poll.id == "q"


def test_dash_separates_a_phase_caption():
    slide = parse_deck("<!-- layout: phases -->\n- Evaluering – Flere *bundlinjer*\n", "x.md").slides[0]
    assert slide.phases[0].name == "Evaluering"
    assert slide.phases[0].caption == (Span("Flere "), Span("bundlinjer", italic=True))


QUOTE_SLIDE = """# Citat

Før citatet.

> Den bedste måde at **forudsige** fremtiden
> er at *opfinde* den.
>
> Andet afsnit.
>
> — Alan *Kay*, 1971

Efter citatet.
"""


def test_quote_with_attribution():
    slide = parse_deck(QUOTE_SLIDE, "x.md").slides[0]
    before, quote, after = slide.blocks
    assert plain(before.text) == "Før citatet." and plain(after.text) == "Efter citatet."
    assert isinstance(quote, Quote)
    first, second = quote.blocks
    assert plain(first.text) == "Den bedste måde at forudsige fremtiden er at opfinde den."
    spans = {s.text: s for s in first.text}
    assert spans["forudsige"].bold and spans["opfinde"].italic
    assert plain(second.text) == "Andet afsnit."
    assert plain(quote.attribution) == "Alan Kay, 1971"     # the dash is the renderer's
    assert Span("Kay", italic=True) in quote.attribution


@pytest.mark.parametrize("source,said_by", [
    ("> Én linje\n> -- Nogen\n", "Nogen"),          # on the quote's last line, ASCII dashes
    ("> Én linje\n>\n> -- Nogen\n", "Nogen"),       # a paragraph of its own
    ("> Én linje\n", ""),                           # no attribution
    ("> Én -- linje\n", ""),                        # a dash inside a line is text
])
def test_attribution_forms(source, said_by):
    quote, = parse_deck(source, "x.md").slides[0].blocks
    assert plain(quote.blocks[0].text).startswith("Én")
    assert plain(quote.attribution) == said_by


def test_quote_in_a_column():
    slide = parse_deck("<!-- layout: two-cols -->\n# T\n\n## Venstre\n\ntekst\n\n::right::\n\n"
                       "## Højre\n\n> Citeret\n>\n> — Hvem\n", "x.md").slides[0]
    left, right = slide.columns
    assert plain(right.heading) == "Højre"
    quote, = right.blocks
    assert quote == Quote((Paragraph((Span("Citeret"),)),), (Span("Hvem"),))
    assert not any(isinstance(b, Quote) for b in left.blocks)


def test_nested_quotes_flatten_and_keep_lists_and_notes():
    slide = parse_deck("# T\n\n> ydre\n> > indre\n> > — Indre Person\n>\n> - punkt\n>\n"
                       "> <!-- notes: en note -->\n", "x.md").slides[0]
    quote, = slide.blocks
    outer, inner, said_by, bullets = quote.blocks
    assert (plain(outer.text), plain(inner.text)) == ("ydre", "indre")
    # The inner quote's attribution stays where it was said, as a line of the quote.
    assert said_by == Paragraph((Span("— Indre Person"),)) and quote.attribution == ()
    assert isinstance(bullets, ListBlock) and plain(bullets.items[0].text) == "punkt"
    assert not any(isinstance(b, Quote) for b in quote.blocks)
    assert slide.notes == "en note"


def test_nested_attribution_becomes_the_quotes_when_it_ends_it():
    quote, = parse_deck("> ydre\n> > indre\n> > — Indre Person\n", "x.md").slides[0].blocks
    assert [plain(b.text) for b in quote.blocks] == ["ydre", "indre"]
    assert plain(quote.attribution) == "Indre Person"


@pytest.mark.parametrize(("written", "shown"), [("", True), ("phone_slides: on\n", True),
                                                 ("phone_slides: off\n", False),
                                                 ("phone_slides: false\n", False)])
def test_phone_slides_setting_reaches_the_server(written, shown):
    """`phone_slides: off` keeps the slides on the projector (issue 17); on by default."""
    parsed = parse_deck(f"---\ntitle: A\n{written}---\n# A\n", Path("/decks/a.md"))
    assert parsed.phone_slides is shown
    assert deck_spec(parsed).phone_slides is shown


def test_slide_text_reads_a_slide_in_order(deck):
    from presenter.deck.slide_text import slide_text
    text = slide_text(next(s for s in deck.slides if s.columns))
    # Title, then each column's heading and body, left to right.
    assert text == "To kolonner\nVenstre\na\nb\nHøyre\nTekst til høyre."
