"""The speaker's remote as HTML: a shell in the speaker's phone's language that
assets/web/remote.js fills from GET /api/remote/state, and the refusal page a
phone without the remote's cookie gets (a sentence, nothing about the talk).

No inline script or style (the CSP forbids both): the words travel as a JSON
block. It turns values into a string and nothing else.
"""
from __future__ import annotations

from html import escape

from common.language import page_language_tag
from common.words import group
from server.web.phone_page import json_data


def _head(language: str, title: str) -> str:
    return (f'<!doctype html>\n<html lang="{escape(page_language_tag(language))}">\n<head>\n'
            '<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>{escape(title)}</title>\n"
            '<link rel="icon" href="/static/icon.svg" type="image/svg+xml">\n'
            '<link rel="stylesheet" href="/static/remote.css">\n')


def render_remote(language: str) -> str:
    """The remote's page; remote.js draws the talk into it."""
    words = group(language, "remote")
    button = '<button type="button" class="{cls}" id="{id}">{text}</button>'
    return "".join([
        _head(language, words["title"]),
        '<script src="/static/remote.js" defer></script>\n',
        f'<script type="application/json" id="text">{json_data(dict(words))}</script>\n',
        "</head>\n<body>\n<main class=\"remote\">\n",
        f'<h1 class="sr">{escape(words["title"])}</h1>\n',
        '<p class="bar"><span id="where"></span><span id="timer" class="timer"></span></p>\n',
        f'<p id="net" class="net" hidden>{escape(words["offline"])}</p>\n',
        '<nav class="move">',
        button.format(cls="big prev", id="prev", text=escape(words["previous"])),
        button.format(cls="big next", id="next", text=escape(words["next"])),
        "</nav>\n",
        '<section class="poll" id="poll" hidden>',
        f'<h2>{escape(words["poll"])}</h2><p id="question" class="question"></p>',
        '<p id="poll-state" class="fine"></p><div class="row">',
        button.format(cls="big", id="open", text=escape(words["open"])),
        button.format(cls="big", id="reveal", text=escape(words["reveal"])),
        "</div></section>\n",
        f'<section class="slides"><h2>{escape(words["now"])}</h2><div id="now" class="pic"></div>',
        f'<h2>{escape(words["up_next"])}</h2><div id="upcoming" class="pic"></div></section>\n',
        f'<section class="notes"><h2>{escape(words["notes"])}</h2><p id="notes"></p></section>\n',
        f'<noscript><p>{escape(words["no_script"])}</p></noscript>\n',
        "</main>\n</body>\n</html>\n",
    ])


def render_refusal(language: str) -> str:
    """What a phone without the remote's cookie (or with a spent code) sees."""
    words = group(language, "remote")
    return "".join([
        _head(language, words["title"]), "</head>\n<body>\n<main class=\"remote\">\n",
        f'<h1>{escape(words["title"])}</h1>\n<p class="refused">{escape(words["refused"])}</p>\n',
        "</main>\n</body>\n</html>\n"])
