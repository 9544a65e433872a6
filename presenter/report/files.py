"""The report's numbers as CSV and JSON: one row per session × poll × option.

The session the report is about comes first (`role` = "this"), then each compared
session with its own counts (`role` = "compared"), never pooled, so a spreadsheet's
pivot table can pool, split or filter them as it likes. A poll another session is
left out of (asked in other words, not asked) has no rows for that session; the
JSON's `left_out` says why. Paper ballots are counted in `count` and shown apart
in `hand_count` (and `phone_count`), never mixed in silently.

CSV: the same dialect as `votedeck results` (UTF-8 with BOM, comma, CRLF; see
docs/results.md), and every text cell that a spreadsheet would run as a formula
(starting with = + - @, a tab or a carriage return) gets a leading apostrophe
(OWASP "CSV injection"): a municipality name or an answer typed by a phone must
never become a formula on the civil servant's screen. No Qt here.
"""
from __future__ import annotations

import csv
import io
import json

from common.percent import whole_percentages
from common.spreadsheet import as_text_cell
from presenter.report.data import Report

CSV_COLUMNS = ("session_id", "session_uid", "session_name", "place", "date", "role", "poll_id",
               "slide", "question", "option_id", "label", "count", "phone_count", "hand_count",
               "voters", "percentage")


def neutralised(cell):
    """A text cell a spreadsheet will show as text, never run (numbers pass as they are)."""
    return as_text_cell(cell) if isinstance(cell, str) else cell


def report_rows(report: Report) -> list[dict]:
    """The rows, as dicts keyed by CSV_COLUMNS (the JSON's `rows` too)."""
    rows = []
    for group in report.per_session:
        session = group.session
        role = "this" if session.id == report.session.id else "compared"
        for poll_id, counts in group.polls:
            poll = report.poll(poll_id)
            labels = dict(poll.options)
            hand = dict(counts.hand)
            shares = whole_percentages([n for _, n in counts.counts]) if counts.voters else None
            for i, (option_id, n) in enumerate(counts.counts):
                rows.append(dict(zip(CSV_COLUMNS, (
                    session.id, session.uid, session.name, session.place, session.held_on, role,
                    poll_id, poll.slide, poll.question, option_id, labels.get(option_id, option_id),
                    n, n - hand.get(option_id, 0), hand.get(option_id, 0), counts.voters,
                    shares[i] if shares is not None else 0))))
    return rows


def report_csv(report: Report) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([neutralised(row[c]) for c in CSV_COLUMNS] for row in report_rows(report))
    return buffer.getvalue().encode("utf-8-sig")


def _session(summary) -> dict:
    return {"id": summary.id, "uid": summary.uid, "name": summary.name, "place": summary.place,
            "date": summary.held_on, "deck_title": summary.deck_title, "voters": summary.voters}


def report_json(report: Report) -> bytes:
    document = {
        "session": _session(report.session),
        "compared": [_session(s) for s in report.compared],
        "left_out": [{"session_id": x.session_id, "session_name": x.session_name,
                      "poll_id": x.poll_id, "reason": x.reason} for x in report.left_out],
        "rows": report_rows(report),
        "answers": [{"poll_id": a.poll_id, "question": a.question, "kind": a.heading,
                     "items": [{"text": text, "upvotes": ups} for text, ups in a.items]}
                    for a in report.answers],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
