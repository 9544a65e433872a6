"""The phone page as HTML: the current state rendered on the server, so a phone
with JavaScript off (or before the script has loaded) still sees the question,
votes through a plain form POST, and sees its confirmation and the results.

With JavaScript on, `assets/web/phone-view.js` and `phone.js` take over and re-render the same
markup from the same state (sent again over the WebSocket). The two renderers
must agree on structure and class names; `tests/e2e` compares them.

The page holds no inline script or style (the server's Content-Security-Policy
forbids both): the initial state and the UI strings travel as JSON data blocks,
bar widths as classes `w0`..`w100` defined in phone.css.

It turns a dict into a string and nothing else.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape
from typing import Any

from common.language import page_language_tag, resolve_language
from common.percent import whole_percentages
from common.values import DeckSpec
from common.words import phone_texts
from server.web import phone_kinds

# Option ids of the agree scale get their own colour and mark; other polls'
# options are coloured by position.
KNOWN_KINDS = {"agree": "✓", "disagree": "✕", "dont-know": "?"}
# The language picker's names, each in its own language (a reader finds theirs by it).
LANGUAGE_NAMES = (("da", "Dansk"), ("nb", "Norsk bokmål"), ("nn", "Nynorsk"),
                  ("sv", "Svenska"), ("en", "English"))

def render_page(state: Mapping[str, Any], deck: DeckSpec, language: str | None = None) -> str:
    """The whole phone page for one voter, from that voter's /api/state JSON, in
    `language` (the phone's: server.web.phone_language; the deck's when None)."""
    # The page's words and its `lang` follow the phone's language; the deck's own
    # text (title, and a question the deck gives in no other language) is marked
    # with the deck's `lang`, so a screen reader and `hyphens: auto` read it right.
    deck_lang = page_language_tag(deck.language)
    if language is None:
        language = resolve_language(deck.language)
        lang = deck_lang
    else:
        lang = page_language_tag(language)
    texts = phone_texts(language)
    title = deck.title or "votedeck"
    langs = {"phone": lang, "deck": deck_lang}
    return "".join(
        [
            "<!doctype html>\n",
            f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="color-scheme" content="light dark">\n',
            f"<title{_lang_attr(deck_lang, lang)}>{escape(title)}</title>\n",
            '<link rel="icon" href="/static/icon.svg" type="image/svg+xml">\n',
            '<link rel="stylesheet" href="/static/phone.css">\n',
            # Deferred scripts run in document order: the view first, then the behaviour.
            '<script src="/static/phone-view.js" defer></script>\n',
            '<script src="/static/phone.js" defer></script>\n',
            f'<script type="application/json" id="state">{json_data(state)}</script>\n',
            f'<script type="application/json" id="text">{json_data(dict(texts))}</script>\n',
            f'<script type="application/json" id="langs">{json_data(langs)}</script>\n',
            "</head>\n<body>\n<div class=\"wrap\">\n",
            f'<header class="top"><p class="deck"{_lang_attr(deck_lang, lang)}>{escape(title)}</p>'
            '</header>\n',
            f'<main id="view" class="view">{render_view(state, texts, lang, deck_lang)}</main>\n',
            '<p id="live" class="sr" role="status" aria-live="polite"></p>\n',
            f'<p id="net" class="net" hidden>{escape(texts["reconnecting"])}</p>\n',
            # Below the question: switching language is rare, the question comes first. The
            # note for a phone without JavaScript is in the footer too: text outside every
            # landmark is lost to a screen reader's landmark navigation (axe: region).
            '<footer class="foot">'
            # The waiting page says it itself; a second "reload" line would repeat it.
            + (f'<noscript><p class="fine">{escape(texts["no_script_note"])}</p></noscript>'
               if state.get("poll") else "")
            + f'{language_picker(language, texts)}</footer>\n',
            "</div>\n</body>\n</html>\n",
        ]
    )


def language_picker(current: str, texts: Mapping[str, str]) -> str:
    """Plain links (`/?lang=sv`), so switching works with JavaScript off; each
    language named in itself and marked with its own `lang`."""
    current_mark = ' aria-current="true"'
    links = [f'<a href="/?lang={code}" lang="{code}" hreflang="{code}"'
             f'{current_mark if code == current else ""}>{escape(name)}</a>'
             for code, name in LANGUAGE_NAMES]
    return (f'<nav class="langs" aria-label="{escape(texts["language"])}">'
            f'{"".join(links)}</nav>')


def _lang_attr(lang: str, page_lang: str) -> str:
    return "" if lang == page_lang else f' lang="{escape(lang)}"'


def poll_words(poll: Mapping[str, Any], lang: str, deck_lang: str):
    """(question, its lang tag, [(option id, label, its lang tag)]): the phone's
    language where the deck gives it, the deck's otherwise (phone-view.js's
    pollWords does the same)."""
    texts = poll.get("texts") or {}
    mine = texts.get(lang.split("-")[0].lower()) if isinstance(texts, Mapping) else None
    mine = mine if isinstance(mine, Mapping) else {}
    question, qlang = str(poll.get("question", "")), deck_lang
    if mine.get("question"):
        question, qlang = str(mine["question"]), lang
    labels = mine.get("labels") if isinstance(mine.get("labels"), Mapping) else {}
    options = []
    for o in poll.get("options") or ():
        option_id = str(o.get("id", ""))
        if labels.get(option_id):
            options.append((option_id, str(labels[option_id]), lang))
        else:
            options.append((option_id, str(o.get("label", "")), deck_lang))
    return question, qlang, options


def json_data(value: Any) -> str:
    """JSON safe inside a <script type="application/json"> block: no `</script>`
    or `<!--` can end or confuse it, whatever a question says."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_view(state: Mapping[str, Any], texts: Mapping[str, str], lang: str = "",
                deck_lang: str = "") -> str:
    """The inside of <main>: waiting, the question and buttons, closed, results."""
    poll = state.get("poll") if isinstance(state, Mapping) else None
    if not poll:
        return (render_static_wait(texts, bool(state.get("finished")))
                + render_slide_image(state.get("image"), texts))
    question, qlang, worded = poll_words(poll, lang, deck_lang)
    options = [(oid, label, _lang_attr(olang, lang)) for oid, label, olang in worded]
    labels = {oid: label for oid, label, _ in options}
    choice = poll.get("choice")
    is_open = bool(poll.get("open"))
    parts = [render_progress(poll.get("progress"), texts, _lang_attr(deck_lang, lang)),
             f'<h1 class="q" id="q"{_lang_attr(qlang, lang)}>{escape(question)}</h1>']
    if poll.get("kind") in ("open", "questions"):
        closed = "" if is_open else f'<p class="closed">{escape(texts["closed"])}</p>'
        return "".join(parts) + phone_kinds.typed_view(poll, state.get("me"), texts) + closed
    if choice is not None:
        label = ", ".join(labels.get(c, c) for c in phone_kinds.chosen_ids(choice))
        parts.append(
            '<p class="mine"><span class="tick" aria-hidden="true">✓</span>'
            f'{escape(texts["your_vote"].format(choice=label))}</p>'
        )
    if is_open and phone_kinds.is_pick_form(poll):
        parts.append(phone_kinds.pick_form(poll, options, texts))
    elif is_open:
        if poll.get("kind") == "scale":
            parts.append(phone_kinds.scale_ends(poll))
        parts.append(_vote_form(str(poll.get("id", "")), options, choice, texts,
                                "vote scale" if poll.get("kind") == "scale" else "vote"))
    else:
        parts.append(f'<p class="closed">{escape(texts["closed"])}</p>')
        if choice is None:
            parts.append(f'<p class="fine">{escape(texts["no_vote"])}</p>')
    results = poll.get("results")
    if isinstance(results, Mapping):
        parts.append(_results(options, results, texts, _count(poll.get("on_paper"))))
    return "".join(parts)


def render_progress(progress: Any, texts: Mapping[str, str], kicker_lang: str) -> str:
    """"Barriere 2 af 6" (the poll slide's own title) or "Spørgsmål 2 af 6"."""
    if not isinstance(progress, Mapping) or not progress.get("of"):
        return ""
    kicker = str(progress.get("kicker") or "")
    if kicker:
        return f'<p class="progress"{kicker_lang}>{escape(kicker)}</p>'
    line = texts["progress"].format(n=progress.get("n"), total=progress.get("of"))
    return f'<p class="progress">{escape(line)}</p>'


def render_static_wait(texts: Mapping[str, str], finished: bool = False) -> str:
    """The waiting page as the server sends it: for a phone with JavaScript off it is
    all there is, so it asks for a reload and shows nothing that looks live (no
    pulsing dot, no "appears by itself"). phone-view.js replaces it with the live
    version as soon as it runs."""
    if finished:
        return ('<section class="wait thanks">'
                f'<h1 class="wait-text">{escape(texts["thanks"])}</h1>'
                f'<p class="fine">{escape(texts["thanks_hint"])}</p></section>')
    return (
        '<section class="wait">'
        f'<h1 class="wait-text">{escape(texts["wait"])}</h1>'
        f'<p class="fine">{escape(texts["wait_static"])}</p>'
        f'<p><a class="reload" href="/">{escape(texts["reload"])}</a></p></section>'
    )


def render_slide_image(image: Any, texts: Mapping[str, str]) -> str:
    """Between polls, the slide on the screen now (issue 17): the presenter's image,
    its words as the alt text for screen readers, a tap opens it full size to zoom.
    Loaded lazily and never on a poll's page. phone-view.js's renderImage draws the same."""
    if not isinstance(image, Mapping) or not image.get("url"):
        return ""
    url = escape(str(image["url"]))
    caption = f'{texts["slide_now"]} · {texts["slide_number"].format(n=image.get("n"))}'
    return (f'<figure class="now"><figcaption>{escape(caption)}</figcaption>'
            f'<a class="zoom" href="{url}"><img src="{url}" alt="{escape(str(image.get("text") or caption))}"'
            f' width="{_count(image.get("width"))}" height="{_count(image.get("height"))}"'
            ' loading="lazy" decoding="async"></a></figure>')


def _vote_form(poll_id: str, options, choice, texts, form_class: str = "vote") -> str:
    heading = texts["change"] if choice is not None else texts["choose"]
    rows = [
        f'<form class="{form_class}" method="post" action="/api/vote" aria-labelledby="q">',
        f'<input type="hidden" name="poll" value="{escape(poll_id)}">',
        f'<p class="hint">{escape(heading)}</p>',
    ]
    for index, (option_id, label, lang) in enumerate(options):
        chosen = choice is not None and str(choice) == option_id
        mark = KNOWN_KINDS.get(option_id, "")
        rows.append(
            f'<button class="opt {kind_class(option_id, index)}{" chosen" if chosen else ""}"'
            f' type="submit" name="choice" value="{escape(option_id)}"'
            f' aria-pressed="{"true" if chosen else "false"}">'
            f'<span class="ic" aria-hidden="true">{escape(mark)}</span>'
            f'<span class="lbl"{lang}>{escape(label)}</span></button>'
        )
    if choice is not None:
        rows.append(f'<p class="fine">{escape(texts["change_hint"])}</p>')
    rows.append('<p id="msg" class="msg" hidden></p></form>')
    return "".join(rows)


def _results(options, results: Mapping[str, Any], texts, on_paper: int = 0) -> str:
    counts = [(oid, label, lang, _count(results.get(oid))) for oid, label, lang in options]
    total = sum(c[3] for c in counts)
    # Whole percentages that add to 100, as the slide shows them (common/percent.py).
    shares = whole_percentages([c[3] for c in counts])
    rows = [f'<section class="results"><h2>{escape(texts["results"])}</h2><ul>']
    for index, ((option_id, label, lang, count), pct) in enumerate(zip(counts, shares)):
        rows.append(
            f'<li class="row {kind_class(option_id, index)}">'
            f'<span class="lbl"{lang}>{escape(label)}</span>'
            f'<span class="num">{count} · {pct} %</span>'
            f'<span class="track" aria-hidden="true"><span class="bar w{pct}"></span></span></li>'
        )
    # Paper ballots are in the counts (server/store/hand_counts.py): say so, never silently.
    paper = f" · {texts['on_paper'].format(n=on_paper)}" if on_paper else ""
    rows.append(f'</ul><p class="fine total">{escape(votes_text(texts, total) + paper)}</p></section>')
    return "".join(rows)


def votes_text(texts: Mapping[str, str], n: int) -> str:
    """"1 stemme" / "12 stemmer": the total under the result bars."""
    return texts["vote_one"] if n == 1 else texts["votes"].format(n=n)


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def kind_class(option_id: str, index: int) -> str:
    """`k-agree` for the agree scale's options, `k-o0`..`k-o3` by position otherwise."""
    return f"k-{option_id}" if option_id in KNOWN_KINDS else f"k-o{index % 4}"
