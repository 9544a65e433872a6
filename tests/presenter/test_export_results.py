"""`votedeck export DECK --pdf FILE --results [--session ID]`: the handout drawn by the
shared renderer with a session's final counts, checked with poppler (pdfinfo for the
page count, pdftotext for the numbers on the poll and summary pages)."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.server.results_support import record
from tests.server.serve_process import votedeck

# .ci/run installs poppler-utils; a laptop without it skips these rather than fail.
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler's pdfinfo/pdftotext are not installed")


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)[1])


def _text(pdf, page: int) -> str:
    done = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True)
    return re.sub(r"[ \t]+", " ", done.stdout)


def _row(text: str, label: str) -> tuple[int, int]:
    """(count, percent) printed after an option's label on a poll page."""
    match = re.search(rf"{label}\b.*?\s(\d+)\s+(\d+)\s?%", text, re.DOTALL)
    assert match, (label, text)
    return int(match[1]), int(match[2])


async def test_pdf_with_results_shows_the_final_counts(tmp_path):
    rec = await record(tmp_path)
    pdf = tmp_path / "handout.pdf"
    done = votedeck("export", str(rec.deck_path), "--pdf", str(pdf), "--results",
                    "--data-dir", str(rec.data_dir))
    assert done.returncode == 0, done.stderr.decode()
    said = done.stdout.decode()
    assert f"Results of session {rec.session_id}" in said and "7 voters" in said
    assert _pages(pdf) == 4
    agree, lunch, summary = _text(pdf, 2), _text(pdf, 3), _text(pdf, 4)
    expected = rec.counts["p-agree"]
    assert _row(agree, "Enig") == (expected["agree"], round(100 * expected["agree"] / 6))
    assert _row(agree, "Uenig") == (expected["disagree"], round(100 * expected["disagree"] / 6))
    assert f"{rec.voters['p-agree']} har stemt" in agree and "lukket" in agree.lower()
    assert _row(lunch, "Smørrebrød") == (rec.counts["lunch"]["smoerrebroed"], 60)
    assert f"{rec.voters['lunch']} har stemt" in lunch
    assert "Salens svar" in summary and re.search(rf"n\W*{rec.voters['p-agree']}\b", summary)
    assert "50 %" in summary                        # agreement of the agree-scale poll


async def test_plain_pdf_has_no_counts_and_session_picks_an_older_one(tmp_path):
    first = await record(tmp_path)
    await record(tmp_path, deck_path=first.deck_path, new_session=True, name="Bergen",
                 plan={"p-agree": ["disagree"], "lunch": ["suppe"]})
    plain = tmp_path / "plain.pdf"
    assert votedeck("export", str(first.deck_path), "--pdf", str(plain)).returncode == 0
    page = _text(plain, 2)
    assert "6 har stemt" not in page
    # Without results the deck is a preview: no room closed this poll or cast no votes.
    assert "Afstemning" in page and "lukket" not in page.lower() and "åben" not in page.lower()
    assert "Ingen stemmer endnu" not in page and "Enig" in page
    latest = tmp_path / "latest.pdf"
    older = tmp_path / "older.pdf"
    assert votedeck("export", str(first.deck_path), "--pdf", str(latest), "--results",
                    "--data-dir", str(first.data_dir)).returncode == 0
    assert votedeck("export", str(first.deck_path), "--pdf", str(older), "--results",
                    "--session", str(first.session_id), "--data-dir",
                    str(first.data_dir)).returncode == 0
    assert _row(_text(latest, 2), "Uenig") == (1, 100)
    assert _row(_text(older, 2), "Uenig")[0] == first.counts["p-agree"]["disagree"]
    assert "6 har stemt" in _text(older, 2) and "6 har stemt" not in _text(latest, 2)


async def test_results_export_without_a_session_is_a_sentence_and_writes_nothing(tmp_path):
    rec = await record(tmp_path)
    pdf = tmp_path / "nothing.pdf"
    done = votedeck("export", str(rec.deck_path), "--pdf", str(pdf), "--results",
                    "--session", "9", "--data-dir", str(rec.data_dir))
    err = done.stderr.decode()
    assert done.returncode == 1 and "There is no session 9" in err and "Traceback" not in err
    assert not pdf.exists()
