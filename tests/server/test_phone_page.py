"""The phone page as the server renders it (JavaScript off): each state, escaping,
the language table and the page-weight budget. The page is parsed with the
standard library's HTML parser, so these tests read what a browser would."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from common.values import DeckSpec, PollOption, PollSpec
from server.web.phone_page import json_data, render_page
from server.web.static_files import WEB_DIR, read_static_files

OPTIONS = (PollOption("agree", "Enig"), PollOption("disagree", "Uenig"), PollOption("dont-know", "Ved ikke"))
DECK = DeckSpec(key="/decks/talk.md", title="Innovation i det offentlige", language="da", slide_count=3,
                polls=(PollSpec("leaders", "Ledere er hovedkilden til innovation", OPTIONS, 2),))


def state(poll=None, **changes):
    base = {"session": 1, "slide": 2, "poll": None}
    if poll is not None:
        base["poll"] = {"id": "leaders", "question": "Ledere er hovedkilden til innovation",
                        "options": [{"id": o.id, "label": o.label} for o in OPTIONS],
                        "open": True, "choice": None, "results": None} | changes
    return base


class Page(HTMLParser):
    """Elements with their attributes, and the visible text (outside script blocks)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: dict[str, str] = {}
        self._script: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag == "script":
            self._script = attrs.get("id") or attrs.get("src") or ""
            self.scripts[self._script] = ""

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self.scripts[self._script] += data
        else:
            self.text.append(data)

    def all(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def with_class(self, cls):
        return [(t, a) for t, a in self.elements if cls in (a.get("class") or "").split()]

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def test_no_poll_says_wait_for_the_next_question():
    page = Page(render_page(state(), DECK))
    assert "Vent på næste spørgsmål" in page.visible
    assert "Innovation i det offentlige" in page.visible
    assert not page.all("form") and not page.all("button")


def test_open_poll_is_a_real_form_with_three_buttons():
    page = Page(render_page(state(poll=True), DECK))
    assert "Ledere er hovedkilden til innovation" in page.visible
    [form] = page.all("form")
    assert form["method"] == "post" and form["action"] == "/api/vote"
    assert page.all("input", type="hidden", name="poll", value="leaders")
    buttons = page.all("button")
    assert [(b["type"], b["name"], b["value"]) for b in buttons] == [
        ("submit", "choice", "agree"), ("submit", "choice", "disagree"), ("submit", "choice", "dont-know")]
    assert all(b["aria-pressed"] == "false" for b in buttons)
    for label in ("Enig", "Uenig", "Ved ikke"):
        assert label in page.visible
    assert "Din stemme" not in page.visible


def test_voted_poll_confirms_the_choice_and_offers_a_change():
    page = Page(render_page(state(poll=True, choice="disagree"), DECK))
    assert "Din stemme: Uenig" in page.visible
    assert "Skift svar" in page.visible
    pressed = [b["value"] for b in page.all("button") if b["aria-pressed"] == "true"]
    assert pressed == ["disagree"]
    assert "chosen" in page.all("button", value="disagree")[0]["class"].split()


def test_closed_poll_says_so_and_has_no_buttons():
    page = Page(render_page(state(poll=True, open=False, choice="agree"), DECK))
    assert "Afstemningen er lukket" in page.visible
    assert "Din stemme: Enig" in page.visible
    assert not page.all("form") and not page.all("button")
    page = Page(render_page(state(poll=True, open=False), DECK))
    assert "Du stemte ikke." in page.visible


def test_revealed_results_are_bars_with_counts_and_percent():
    page = Page(render_page(state(poll=True, open=False, choice="agree",
                                  results={"agree": 5, "disagree": 3, "dont-know": 0}), DECK))
    assert "Resultat" in page.visible
    # 62.5 % and 37.5 %: the tie goes to the larger count, so they add to 100.
    assert "5 · 63 %" in page.visible and "3 · 37 %" in page.visible and "0 · 0 %" in page.visible
    assert "8 stemmer" in page.visible
    bars = [a["class"] for _, a in page.with_class("bar")]
    assert bars == ["bar w63", "bar w37", "bar w0"]


def test_results_add_to_100_percent_as_on_the_slide():
    """134/89/77 rounded each on its own prints 45 + 30 + 26 = 101 %."""
    page = Page(render_page(state(poll=True, open=False,
                                  results={"agree": 134, "disagree": 89, "dont-know": 77}), DECK))
    assert "134 · 45 %" in page.visible and "89 · 30 %" in page.visible
    assert "77 · 25 %" in page.visible
    bars = [a["class"] for _, a in page.with_class("bar")]
    assert bars == ["bar w45", "bar w30", "bar w25"]


def test_results_while_still_open_keep_the_buttons():
    page = Page(render_page(state(poll=True, results={"agree": 1}), DECK))
    assert len(page.all("button")) == 3
    assert "1 · 100 %" in page.visible and "1 stemme" in page.visible


def test_every_bar_width_class_exists_in_the_stylesheet():
    css = (WEB_DIR / "phone.css").read_text(encoding="utf-8")
    for pct in range(101):
        assert re.search(rf"\.w{pct}\{{width:{pct}%\}}", css), pct


HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes" \u2028'


def test_hostile_text_is_escaped_everywhere():
    deck = DeckSpec(key="k", title=HOSTILE, language='da"><script>')
    hostile_state = state(poll=True, question=HOSTILE, choice="x\"><b>",
                          options=[{"id": 'x"><b>', "label": HOSTILE}], results={'x"><b>': 2})
    hostile_state["poll"]["id"] = '"><script>alert(3)</script>'
    html = render_page(hostile_state, deck)
    page = Page(html)
    # Only the page's own three script elements and no element the text smuggled in.
    scripts = [a.get("src") or a.get("id") for a in page.all("script")]
    assert scripts == ["/static/phone-view.js", "/static/phone.js", "state", "text", "langs"]
    assert not page.all("img") and not page.all("b")
    assert HOSTILE.replace("\u2028", "").strip() in page.visible.replace("\u2028", "")
    # The JSON block round-trips to exactly the state, with no raw "<" inside it.
    assert "<" not in page.scripts["state"]
    assert json.loads(page.scripts["state"]) == hostile_state
    assert page.all("html")[0]["lang"] == "en"      # no language we know: English words, and lang says so
    assert page.all("input", name="poll")[0]["value"] == '"><script>alert(3)</script>'


def test_no_inline_script_or_style_for_the_csp():
    for st in (state(), state(poll=True, choice="agree", results={"agree": 1})):
        html = render_page(st, DECK)
        page = Page(html)
        assert not page.all("style")
        assert not any("style" in a for _, a in page.elements)
        assert not any(k.startswith("on") for _, a in page.elements for k in a)
        for script in page.all("script"):
            assert script.get("src") or script.get("type") == "application/json"
        # Everything the page loads comes from this server's /static/.
        urls = [a.get("href") or a.get("src") for t, a in page.elements if t in ("link", "script")]
        assert all(u is None or u.startswith("/static/") for u in urls)


def test_json_data_cannot_close_its_script_block():
    text = json_data({"q": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"q": "</script><!-- & \u2028"}


@pytest.mark.parametrize("language, wait, lang_attr", [
    ("da", "Vent på næste spørgsmål", "da"),
    ("nb", "Vent på neste spørsmål", "nb"),
    ("nb-NO", "Vent på neste spørsmål", "nb-NO"),
    ("en", "Wait for the next question", "en"),
    ("en-GB", "Wait for the next question", "en-GB"),
    ("dk", "Vent på næste spørgsmål", "da"),           # the page's words are Danish, so is its lang
    ("nob", "Vent på neste spørsmål", "nb"),
    ("nn_NO", "Vent på neste spørsmål", "nn-NO"),
    ("sv-FI", "Vänta på nästa fråga", "sv-FI"),
    ("fr", "Wait for the next question", "en"),
])
def test_language_follows_the_deck(language, wait, lang_attr):
    deck = DeckSpec(key="k", title="T", language=language)
    page = Page(render_page(state(), deck))
    assert wait in page.visible
    assert page.all("html")[0]["lang"] == lang_attr
    assert json.loads(page.scripts["text"])["wait"] == wait


def test_nb_and_en_render_their_own_words():
    for language, closed, vote in (("nb", "Avstemningen er stengt", "Din stemme: Enig"),
                                   ("en", "Voting is closed", "Your vote: Enig")):
        deck = DeckSpec(key="k", title="T", language=language)
        page = Page(render_page(state(poll=True, open=False, choice="agree"), deck))
        assert closed in page.visible and vote in page.visible


# What a phone downloads besides the HTML (the page links each of them).
STATIC_FILES = ("phone.css", "phone-view.js", "phone.js", "icon.svg")


def page_weight(state: dict, deck: DeckSpec, compressed: bool = True) -> int:
    """Bytes a phone downloads for the page: the HTML plus every static file, as the
    server sends them to a phone that accepts gzip (every phone browser does)."""
    html = len(render_page(state, deck).encode("utf-8"))
    files = read_static_files(WEB_DIR)
    return html + sum(len(files[name].gzipped or files[name].body) if compressed
                      else len(files[name].body) for name in STATIC_FILES)


def test_page_weight_is_under_50_kb():
    busy = state(poll=True, choice="agree", question="Et spørgsmål " * 40,
                 results={"agree": 120, "disagree": 80, "dont-know": 7})
    weight = page_weight(busy, DECK)
    assert weight < 50_000, weight
    # Uncompressed too it stays small: a proxy that strips gzip must not double the wait.
    assert page_weight(busy, DECK, compressed=False) < 75_000
    # The budget counts real files: each is there, not empty, and linked by the page.
    assert all(f"/static/{name}" in render_page(busy, DECK) for name in STATIC_FILES)
    assert all((WEB_DIR / name).stat().st_size > 100 for name in STATIC_FILES)


FOLLOW_IMAGE = {"url": "/slide/1-0123456789ab.jpg", "n": 1, "width": 720, "height": 405,
                "text": "Titel med <tegn> & \"citat\"\n" + "En lang linje tekst " * 40}


def test_between_polls_the_page_shows_the_slide_with_its_words_for_screen_readers():
    page = Page(render_page({**state(), "image": FOLLOW_IMAGE}, DECK))
    images = [attrs for tag, attrs in page.elements if tag == "img"]
    assert len(images) == 1
    image = images[0]
    assert image["src"] == FOLLOW_IMAGE["url"] and image["alt"] == FOLLOW_IMAGE["text"]
    assert (image["loading"], image["width"], image["height"]) == ("lazy", "720", "405")
    # A tap opens it full size (zoom); nothing stops the phone zooming the page itself.
    assert ("a", {"class": "zoom", "href": FOLLOW_IMAGE["url"]}) in page.elements
    assert "Skærmen lige nu · Dias 1" in page.visible
    assert "user-scalable" not in render_page({**state(), "image": FOLLOW_IMAGE}, DECK)


def test_a_poll_page_never_carries_the_slide_image():
    html = render_page({**state(poll=True), "image": FOLLOW_IMAGE}, DECK)
    assert "<img" not in html and FOLLOW_IMAGE["url"] not in html.split('id="state"')[0]


def test_the_waiting_page_with_its_slide_stays_under_50_kb():
    weight = page_weight({**state(), "image": FOLLOW_IMAGE}, DECK)      # the image excluded
    assert weight < 50_000, weight
