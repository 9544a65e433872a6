"""`votedeck report`: three sessions of the bundled talk made by real servers on two data
folders (one moved by export/import), the report of the third beside the first two,
read back: the PDF with pdftotext/pdfinfo (text and page count), the CSV and JSON rows
against the known votes (tests/server/tour_support.py's PLANS)."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from presenter.paths import BUNDLED_DECK
from presenter.report.files import neutralised
from tests.server.serve_process import votedeck
from tests.server.tour_support import PLANS, counts, make_tour

from .test_results_cli import _fails


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, timeout=30).stdout.decode("utf-8")


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                          timeout=30).stdout.decode()
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _report(tour, *extra: str):
    done = votedeck("report", "--data-dir", str(tour.data_dir), "--session",
                    str(tour.ids["Tromsø kommune"]), *extra, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    return done.stderr.decode()


async def test_report_pdf_csv_and_json_say_what_the_phones_voted(tmp_path):
    tour = await make_tour(tmp_path)
    polls = deck_spec(load_deck(BUNDLED_DECK)).polls

    pdf = tmp_path / "tromso.pdf"
    said = _report(tour, "--compare", "all", "--output", str(pdf))
    assert said.startswith("Wrote the report of session 3 'Tromsø kommune' beside 2 other "
                           "sessions") and f"({len(polls) + 2} pages)" in said
    assert _pages(pdf) == len(polls) + 2     # title, one per poll, the method note
    text = _pdf_text(pdf)
    for words in ("Rapport fra afstemningen", "Tromsø kommune", "Tromsø rådhus",
                  "3 telefoner stemte", "Jer (n", "Tidligere kommuner",
                  # the first poll: Tromsø 1 of 3 agree (33 %), the others 4 of 9 (45 %)
                  "33 %", "67 %", "45 %", "44 %", "11 %",
                  "Sådan er der talt", "Afstemningen var anonym",
                  "Sammenligningen lægger 2 andre kommuner sammen"):
        assert words in text, words
    # Counts and percentages stand in their own columns; the text layer keeps each pair.
    assert re.search(r"\b1\s+33 %", text) and re.search(r"\b2\s+67 %", text), text[:2000]
    assert "Traceback" not in said
    # (pdftotext loses the bundled font's "=" and "-": the legend's n is checked on the slide
    # tests, tests/presenter/test_render_compare.py.)

    rows = list(csv.DictReader(io.StringIO(
        _csv(tour, tmp_path / "tromso.csv").decode("utf-8-sig"))))
    options = {p.id: [o.id for o in p.options] for p in polls}
    assert len(rows) == 3 * sum(len(ids) for ids in options.values())
    for row in rows:
        expected = counts(row["session_name"], row["poll_id"])[row["option_id"]]
        assert int(row["count"]) == int(row["phone_count"]) == expected, row
        assert row["hand_count"] == "0"
        assert row["role"] == ("this" if row["session_name"] == "Tromsø kommune" else "compared")
    assert {r["session_name"] for r in rows} == set(PLANS)

    out = tmp_path / "tromso.json"
    _report(tour, "--compare", "1", "--output", str(out))
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["session"]["name"] == "Tromsø kommune"
    assert [s["name"] for s in document["compared"]] == ["Trondheim kommune"]
    assert document["left_out"] == [] and document["answers"] == []
    leaders = [r for r in document["rows"] if r["poll_id"] == "leaders-as-source"]
    assert [(r["session_name"], r["option_id"], r["count"], r["percentage"]) for r in leaders] == [
        ("Tromsø kommune", "agree", 1, 33), ("Tromsø kommune", "disagree", 2, 67),
        ("Tromsø kommune", "dont-know", 0, 0), ("Trondheim kommune", "agree", 3, 60),
        ("Trondheim kommune", "disagree", 1, 20), ("Trondheim kommune", "dont-know", 1, 20)]

    _fails(votedeck("report", "--data-dir", str(tour.data_dir), "--session", "99",
                    "--output", str(tmp_path / "x.pdf")), "There is no session 99")


def _csv(tour, path) -> bytes:
    _report(tour, "--compare", "all", "--output", str(path))
    return path.read_bytes()


def test_a_cell_a_spreadsheet_would_run_is_written_as_text():
    assert [neutralised(c) for c in ("=1+2", "+47 22", "-x", "@SUM(A1)", "\tx", "\rx", "Bodø",
                                     3, "")] == \
        ["'=1+2", "'+47 22", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "Bodø", 3, ""]


async def test_paper_ballots_are_counted_in_and_marked_everywhere(tmp_path):
    from server.store.hand_counts import HandCountError, replace_hand_counts
    from server.store.vote_store import VoteStore
    tour = await make_tour(tmp_path)
    tromso = tour.ids["Tromsø kommune"]
    store = VoteStore(tour.database)
    store.open()
    try:
        store.call(replace_hand_counts(tromso, "leaders-as-source", {"agree": 9, "disagree": 9}))
        # Typed again: the counts are replaced, not added (a miscount corrected).
        assert store.call(replace_hand_counts(tromso, "leaders-as-source",
                                              {"agree": "20", "disagree": "3", "dont-know": ""})) == 23
    finally:
        store.close()
    try:
        replace_hand_counts(tromso, "x", {"agree": "tjue"})
        raise AssertionError("a word is not a count")
    except HandCountError as error:
        assert "is not a number of ballots" in str(error)

    out = tmp_path / "tromso.csv"
    _report(tour, "--compare", "all", "--output", str(out))
    rows = [r for r in csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig")))
            if r["poll_id"] == "leaders-as-source" and r["role"] == "this"]
    assert [(r["option_id"], r["count"], r["phone_count"], r["hand_count"], r["voters"])
            for r in rows] == [("agree", "21", "1", "20", "26"), ("disagree", "5", "2", "3", "26"),
                               ("dont-know", "0", "0", "0", "26")]
    pdf = tmp_path / "tromso.pdf"
    _report(tour, "--compare", "all", "--output", str(pdf))
    text = " ".join(_pdf_text(pdf).split())       # lines may wrap anywhere
    assert "23 stemmer talt på papir" in text and "inkl. 23 på papir" in text
    assert "Stemmer talt på papir er lagt til telefonernes" in text
