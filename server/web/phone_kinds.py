"""The phone page's markup for the newer question kinds, rendered on the server so a
phone with JavaScript off answers each of them through a plain form POST:

- a pick-k choice (or one with "other"): boxes to tick, the "other" words, Send;
- a scale: the number buttons of the vote form in a row, with words at both ends;
- open answers and questions: a text box, the phone's own answers (each its own
  form: edit and Save, or Withdraw), and for questions the room's list with an
  Upvote button each.

`assets/web/phone-view.js` draws the same elements with the same class names from
the same state (keep the two in step). Everything a phone typed goes through
`html.escape`: it is shown as text, never as markup. Turns dicts into strings only.
"""
from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

PICK_SEPARATOR = ","


def chosen_ids(choice: Any) -> list[str]:
    return str(choice).split(PICK_SEPARATOR) if choice else []


def is_pick_form(poll: Mapping[str, Any]) -> bool:
    """A choice poll answered by ticking boxes: more than one pick, or an "other" box."""
    return poll.get("kind") == "choice" and (int(poll.get("pick") or 1) > 1 or bool(poll.get("other")))


def pick_form(poll: Mapping[str, Any], options, texts: Mapping[str, str]) -> str:
    pick = int(poll.get("pick") or 1)
    box = "checkbox" if pick > 1 else "radio"
    mine = set(chosen_ids(poll.get("choice")))
    rows = ['<form class="vote pick" method="post" action="/api/vote" aria-labelledby="q">',
            f'<input type="hidden" name="poll" value="{escape(str(poll.get("id", "")))}">',
            f'<p class="hint">{escape(texts["pick_hint"].format(k=pick))}</p>']
    for index, (option_id, label, lang) in enumerate(options):
        on = option_id in mine
        rows.append(f'<label class="opt k-o{index % 4}{" chosen" if on else ""}">'
                    f'<input type="{box}" name="choice" value="{escape(option_id)}"'
                    f'{" checked" if on else ""}><span class="lbl"{lang}>{escape(label)}</span></label>')
    if poll.get("other"):
        rows.append(f'<input class="other" type="text" name="text" maxlength="'
                    f'{int(poll.get("max_length") or 200)}" aria-label="'
                    f'{escape(texts["other_prompt"])}" placeholder="{escape(texts["other_prompt"])}">')
    rows.append(f'<button class="send" type="submit">{escape(texts["send"])}</button>'
                '<p id="msg" class="msg" hidden></p></form>')
    return "".join(rows)


def scale_ends(poll: Mapping[str, Any]) -> str:
    low, high = (list(poll.get("labels") or ["", ""]) + ["", ""])[:2]
    if not low and not high:
        return ""
    return (f'<p class="ends"><span>{escape(str(low))}</span>'
            f'<span>{escape(str(high))}</span></p>')


def typed_view(poll: Mapping[str, Any], me: Mapping[str, Any] | None,
               texts: Mapping[str, str]) -> str:
    """Open answers and questions: the text box, the phone's own answers, the questions."""
    poll_id = escape(str(poll.get("id", "")))
    mine = list((me or {}).get("mine") or [])
    questions = poll.get("kind") == "questions"
    is_open = bool(poll.get("open"))
    limit = int(poll.get("max_length") or 200)
    parts = []
    if is_open and len(mine) < int(poll.get("answers_per_phone") or 1):
        prompt = texts["ask_prompt"] if questions else texts["answer_prompt"]
        parts.append(
            '<form class="ask" method="post" action="/api/answer">'
            f'<input type="hidden" name="poll" value="{poll_id}">'
            f'<label class="hint" for="answer">{escape(prompt)}</label>'
            f'<textarea id="answer" name="text" maxlength="{limit}" rows="3" required></textarea>'
            f'<button class="send" type="submit">{escape(texts["send"])}</button>'
            '<p id="msg" class="msg" hidden></p></form>')
    elif is_open:
        parts.append(f'<p class="fine">{escape(texts["all_used"])}</p>')
    if mine:
        parts.append(f'<section class="own"><h2>{escape(texts["your_answers"])}</h2><ul>')
        parts.extend(_own_card(poll_id, a, limit, is_open, texts) for a in mine)
        parts.append("</ul></section>")
    if questions:
        parts.append(_questions(poll, me, texts))
    return "".join(parts)


def _own_card(poll_id: str, answer: Mapping[str, Any], limit: int, is_open: bool,
              texts: Mapping[str, str]) -> str:
    text = escape(str(answer.get("text", "")))
    status = texts["hidden"] if answer.get("hidden") else \
        texts["waiting"] if not answer.get("approved", True) else ""
    note = f'<p class="fine">{escape(status)}</p>' if status else ""
    if not is_open:
        return f'<li class="card"><p class="qt">{text}</p>{note}</li>'
    return ('<li class="card"><form class="edit" method="post" action="/api/answer">'
            f'<input type="hidden" name="poll" value="{poll_id}">'
            f'<input type="hidden" name="id" value="{int(answer.get("id", 0))}">'
            f'<textarea name="text" maxlength="{limit}" rows="2" required aria-label="'
            f'{escape(texts["answer_prompt"])}">{text}</textarea>{note}'
            f'<button class="send" type="submit">{escape(texts["save"])}</button>'
            '<button class="quiet" type="submit" formaction="/api/answer/withdraw">'
            f'{escape(texts["withdraw"])}</button></form></li>')


def _questions(poll: Mapping[str, Any], me: Mapping[str, Any] | None,
               texts: Mapping[str, str]) -> str:
    wall = list(poll.get("wall") or [])
    if not wall:
        return f'<p class="fine">{escape(texts["no_questions"])}</p>'
    mine = {a.get("id") for a in (me or {}).get("mine") or []}
    upvoted = set((me or {}).get("upvoted") or [])
    poll_id = escape(str(poll.get("id", "")))
    rows = ['<ul class="qlist">']
    for q in wall:
        qid = int(q.get("id", 0))
        on = qid in upvoted
        off = " disabled" if on or qid in mine or not poll.get("open") else ""
        done = f'<span class="tag">{escape(texts["answered"])}</span>' if q.get("answered") else ""
        label = texts["upvoted"] if on else texts["upvote"]
        rows.append(
            f'<li class="card{" answered" if q.get("answered") else ""}">'
            f'<p class="qt">{escape(str(q.get("text", "")))}</p>{done}'
            f'<form class="up" method="post" action="/api/upvote">'
            f'<input type="hidden" name="poll" value="{poll_id}">'
            f'<input type="hidden" name="id" value="{qid}">'
            f'<button class="upb{" on" if on else ""}" type="submit" aria-pressed="'
            f'{"true" if on else "false"}"{off} aria-label="{escape(label)}, {int(q.get("votes", 0))}">'
            f'▲ <span class="n">{int(q.get("votes", 0))}</span></button></form></li>')
    rows.append("</ul>")
    return "".join(rows)
