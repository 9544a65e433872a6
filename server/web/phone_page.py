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

from common.language import page_language_tag
from common.percent import whole_percentages
from common.values import DeckSpec
from common.words import phone_texts

# Option ids of the agree scale get their own colour and mark; other polls'
# options are coloured by position.
KNOWN_KINDS = {"agree": "✓", "disagree": "✕", "dont-know": "?"}

def render_page(state: Mapping[str, Any], deck: DeckSpec) -> str:
    """The whole phone page for one voter, from that voter's /api/state JSON."""
    # The page's words and its `lang` both follow the deck's tag through
    # common.language: a `dk` deck gets Danish words and lang="da".
    texts = phone_texts(deck.language)
    lang = page_language_tag(deck.language)
    title = deck.title or "votedeck"
    return "".join(
        [
            "<!doctype html>\n",
            f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="color-scheme" content="light dark">\n',
            f"<title>{escape(title)}</title>\n",
            '<link rel="icon" href="/static/icon.svg" type="image/svg+xml">\n',
            '<link rel="stylesheet" href="/static/phone.css">\n',
            # Deferred scripts run in document order: the view first, then the behaviour.
            '<script src="/static/phone-view.js" defer></script>\n',
            '<script src="/static/phone.js" defer></script>\n',
            f'<script type="application/json" id="state">{json_data(state)}</script>\n',
            f'<script type="application/json" id="text">{json_data(dict(texts))}</script>\n',
            "</head>\n<body>\n<div class=\"wrap\">\n",
            f'<header class="top"><p class="deck">{escape(title)}</p></header>\n',
            f'<main id="view" class="view">{render_view(state, texts)}</main>\n',
            '<p id="live" class="sr" role="status" aria-live="polite"></p>\n',
            f'<p id="net" class="net" hidden>{escape(texts["reconnecting"])}</p>\n',
            f'<noscript><p class="fine">{escape(texts["no_script_note"])}</p></noscript>\n',
            "</div>\n</body>\n</html>\n",
        ]
    )


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


def render_view(state: Mapping[str, Any], texts: Mapping[str, str]) -> str:
    """The inside of <main>: waiting, the question and buttons, closed, results."""
    poll = state.get("poll") if isinstance(state, Mapping) else None
    if not poll:
        return (
            '<section class="wait"><span class="pulse" aria-hidden="true"></span>'
            f'<h1 class="wait-text">{escape(texts["wait"])}</h1>'
            f'<p class="fine">{escape(texts["wait_hint"])}</p></section>'
        )
    options = [(str(o.get("id", "")), str(o.get("label", ""))) for o in poll.get("options") or ()]
    labels = dict(options)
    choice = poll.get("choice")
    is_open = bool(poll.get("open"))
    parts = [f'<h1 class="q" id="q">{escape(str(poll.get("question", "")))}</h1>']
    if choice is not None:
        label = labels.get(str(choice), str(choice))
        parts.append(
            '<p class="mine"><span class="tick" aria-hidden="true">✓</span>'
            f'{escape(texts["your_vote"].format(choice=label))}</p>'
        )
    if is_open:
        parts.append(_vote_form(str(poll.get("id", "")), options, choice, texts))
    else:
        parts.append(f'<p class="closed">{escape(texts["closed"])}</p>')
        if choice is None:
            parts.append(f'<p class="fine">{escape(texts["no_vote"])}</p>')
    results = poll.get("results")
    if isinstance(results, Mapping):
        parts.append(_results(options, results, texts))
    return "".join(parts)


def _vote_form(poll_id: str, options, choice, texts) -> str:
    heading = texts["change"] if choice is not None else texts["choose"]
    rows = [
        '<form class="vote" method="post" action="/api/vote" aria-labelledby="q">',
        f'<input type="hidden" name="poll" value="{escape(poll_id)}">',
        f'<p class="hint">{escape(heading)}</p>',
    ]
    for index, (option_id, label) in enumerate(options):
        chosen = choice is not None and str(choice) == option_id
        mark = KNOWN_KINDS.get(option_id, "")
        rows.append(
            f'<button class="opt {kind_class(option_id, index)}{" chosen" if chosen else ""}"'
            f' type="submit" name="choice" value="{escape(option_id)}"'
            f' aria-pressed="{"true" if chosen else "false"}">'
            f'<span class="ic" aria-hidden="true">{escape(mark)}</span>'
            f'<span class="lbl">{escape(label)}</span></button>'
        )
    if choice is not None:
        rows.append(f'<p class="fine">{escape(texts["change_hint"])}</p>')
    rows.append('<p id="msg" class="msg" hidden></p></form>')
    return "".join(rows)


def _results(options, results: Mapping[str, Any], texts) -> str:
    counts = [(oid, label, _count(results.get(oid))) for oid, label in options]
    total = sum(c for _, _, c in counts)
    # Whole percentages that add to 100, as the slide shows them (common/percent.py).
    shares = whole_percentages([c for _, _, c in counts])
    rows = [f'<section class="results"><h2>{escape(texts["results"])}</h2><ul>']
    for index, ((option_id, label, count), pct) in enumerate(zip(counts, shares)):
        rows.append(
            f'<li class="row {kind_class(option_id, index)}">'
            f'<span class="lbl">{escape(label)}</span>'
            f'<span class="num">{count} · {pct} %</span>'
            f'<span class="track" aria-hidden="true"><span class="bar w{pct}"></span></span></li>'
        )
    rows.append(f'</ul><p class="fine total">{escape(votes_text(texts, total))}</p></section>')
    return "".join(rows)


def votes_text(texts: Mapping[str, str], n: int) -> str:
    """"1 stemme" / "12 stemmer": the total under the result bars."""
    return texts["vote_one"] if n == 1 else texts["votes"].format(n=n)


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def kind_class(option_id: str, index: int) -> str:
    """`k-agree` for the agree scale's options, `k-o0`..`k-o3` by position otherwise."""
    return f"k-{option_id}" if option_id in KNOWN_KINDS else f"k-o{index % 4}"
