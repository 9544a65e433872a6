"""A session's results as CSV and JSON, for spreadsheets, reports and other tools.

CSV choice (documented in docs/results.md): UTF-8 with a
byte-order mark, comma separated, CRLF line ends (the csv module's `excel` dialect),
decimal point in percentages. Excel needs the BOM to read æøå as UTF-8 instead of
the Windows code page; LibreOffice and Python's `utf-8-sig` skip it. One row per
poll and option, so a pivot table needs no reshaping.

Paper ballots (server/store/hand_counts.py) are a column of their own, `hand_count`,
beside the phones' `count`: never added to it.

Typed answers and room questions are rows of their own after their poll's
options: the option columns empty, the answer's id, its words verbatim, its time,
hidden/approved/answered (true/false) and its upvotes. Each row says its poll's
kind. A scale's mean and median are in the JSON (and follow from the CSV counts).

Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, and questions
and labels come from whoever wrote the deck, typed answers from anyone in the
room. Such a text cell gets a leading `'`, which spreadsheets show as text and do
not display; numbers are ours and are written as they are. The JSON keeps the
words verbatim: it is not read by a spreadsheet.

JSON: the same numbers nested per poll, plus the session's metadata.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import statistics
from pathlib import Path

from common.spreadsheet import as_text_cell
from server.store.results import PollResult, SessionResults
from server.store.session_list import SessionSummary

CSV_COLUMNS = ("session_id", "poll_id", "slide", "question", "option_id", "label",
               "count", "percentage", "voters", "kind", "answer_id", "text", "created",
               "hidden", "approved", "answered", "upvotes", "hand_count")
CSV_ENCODING = "utf-8-sig"      # UTF-8 with BOM: Excel then opens æøå correctly


def started_iso(session: SessionSummary) -> str:
    """The session's start in local time with its UTC offset, e.g. 2025-05-01T13:02:11+02:00."""
    return datetime.datetime.fromtimestamp(session.started_at).astimezone().isoformat(
        timespec="seconds")


def _option_cell(text: str) -> str:
    """A scale's points (-2, 5) are whole numbers, which a spreadsheet reads as numbers."""
    return text if text.lstrip("-").isdigit() else as_text_cell(text)


def _iso(when: float) -> str:
    return datetime.datetime.fromtimestamp(when).astimezone().isoformat(timespec="seconds")


def _flag(value: bool) -> str:
    return "true" if value else "false"


def csv_rows(results: SessionResults) -> list[tuple]:
    cell = as_text_cell
    rows: list[tuple] = []
    for poll in results.polls:
        head = (results.session.id, cell(poll.id), poll.slide, cell(poll.question))
        rows.extend(head + (_option_cell(option.id), _option_cell(option.label), option.count,
                            f"{option.percentage:.1f}", poll.voters, poll.kind,
                            "", "", "", "", "", "", "", poll.hand_count(option.id))
                    for option in poll.options)
        # Typed text is the most dangerous cell: anyone in the room wrote it.
        rows.extend(head + ("", "", "", "", poll.voters, poll.kind, a.id, cell(a.text), _iso(a.created),
                            _flag(a.hidden), _flag(a.approved), _flag(a.answered), a.votes, "")
                    for a in poll.answers)
    return rows


def scale_figures(poll: PollResult) -> dict:
    """A scale's mean and median from its counts (None before the first vote)."""
    values: list[int] = []
    for option in poll.options:
        if option.id.lstrip("-").isdigit():
            values.extend([int(option.id)] * option.count)
    if not values:
        return {"mean": None, "median": None}
    return {"mean": round(sum(values) / len(values), 2), "median": statistics.median(values)}


def _poll_document(poll: PollResult) -> dict:
    document = {"id": poll.id, "slide": poll.slide, "question": poll.question, "kind": poll.kind,
                "voters": poll.voters, "open": poll.open, "revealed": poll.revealed,
                "options": [{"id": o.id, "label": o.label, "count": o.count,
                             "percentage": o.percentage, "hand_count": poll.hand_count(o.id)}
                            for o in poll.options],
                # Paper ballots: apart from the phones' `count`, never added to it.
                "hand_total": sum(n for _, n in poll.hand)}
    if poll.kind == "scale":
        document.update(scale_figures(poll))
    if poll.kind in ("open", "questions") or poll.answers:
        document["answers"] = [{"id": a.id, "text": a.text, "created": _iso(a.created),
                                "created_at": a.created, "hidden": a.hidden,
                                "approved": a.approved, "answered": a.answered,
                                "upvotes": a.votes} for a in poll.answers]
    return document


def csv_bytes(results: SessionResults) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(results))
    return buffer.getvalue().encode(CSV_ENCODING)


def results_document(results: SessionResults) -> dict:
    session = results.session
    return {
        "session": {"id": session.id, "name": session.name, "deck_title": session.deck_title,
                    "deck_key": session.deck_key, "started": started_iso(session),
                    "started_at": session.started_at, "voters": session.voters},
        "polls": [_poll_document(poll) for poll in results.polls],
    }


def json_bytes(results: SessionResults) -> bytes:
    text = json.dumps(results_document(results), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def encode(results: SessionResults, fmt: str) -> bytes:
    if fmt == "csv":
        return csv_bytes(results)
    if fmt == "json":
        return json_bytes(results)
    raise ValueError(f"unknown results format {fmt!r}")


def write_results(results: SessionResults, fmt: str, path: Path) -> Path:
    """Write the results file; OSError propagates for the caller's sentence."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode(results, fmt))
    return path
