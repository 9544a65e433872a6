"""`votedeck sessions --export/--import` run as a person runs them (subprocesses): a
session recorded by real phones moves to a second data folder; a damaged file and a
deck that words a poll differently are refused with one sentence."""
from __future__ import annotations

import json

from tests.server.results_support import DECK_TEXT, record
from tests.server.serve_process import votedeck

from .test_results_cli import _fails, _ok


async def test_sessions_export_and_import_on_the_command_line(tmp_path):
    rec = await record(tmp_path, name="Trondheim kommune", place="Rådhuset")
    moved = tmp_path / "trondheim.json"
    said = _ok(votedeck("sessions", "--data-dir", str(rec.data_dir), "--export",
                        str(rec.session_id), str(moved)))
    assert said.startswith(f"Wrote session {rec.session_id} 'Trondheim kommune' (11 votes")
    other = tmp_path / "other"
    said = _ok(votedeck("sessions", "--data-dir", str(other), "--import", str(moved)))
    assert said.startswith("Imported session 'Trondheim kommune' as session 1") and "11 votes" \
        in said
    said = _ok(votedeck("sessions", "--data-dir", str(other), "--import", str(moved)))
    assert said.startswith("Session 'Trondheim kommune' is already here (session 1)")
    listed = json.loads(_ok(votedeck("sessions", "--data-dir", str(other), "--json")))
    assert [(s["name"], s["place"], s["votes"], s["voters"]) for s in listed] == \
        [("Trondheim kommune", "Rådhuset", 11, 7)]

    broken = tmp_path / "broken.json"
    broken.write_bytes(moved.read_bytes().replace(b'"agree"', b'"disagree"', 1))
    _fails(votedeck("sessions", "--data-dir", str(other), "--import", str(broken)),
           "is damaged (its checksum does not match")
    reworded = tmp_path / "reworded.md"
    reworded.write_text(DECK_TEXT.replace("til frokost", "til middag"), encoding="utf-8")
    _fails(votedeck("sessions", "--data-dir", str(tmp_path / "third"), "--import", str(moved),
                    "--deck", str(reworded)), "'lunch'", "now asks", "--deck FILE")
    _fails(votedeck("sessions", "--data-dir", str(rec.data_dir), "--export", "99",
                    str(tmp_path / "x.json")), "There is no session 99")


async def test_results_compare_prints_the_room_beside_the_tour(tmp_path):
    from tests.server.tour_support import make_tour
    tour = await make_tour(tmp_path)
    table = _ok(votedeck("results", "--data-dir", str(tour.data_dir), "--session",
                         str(tour.ids["Tromsø kommune"]), "--compare", "all"))
    lines = table.splitlines()
    assert lines[0].startswith(f"Session {tour.ids['Tromsø kommune']} 'Tromsø kommune', "
                               "Tromsø rådhus (") and "beside 2 other sessions" in lines[0]
    at = lines.index(next(line for line in lines if line.startswith("leaders-as-source: ")))
    assert "This room (n = 3)" in lines[at + 1] and "Others (2, n = 9)" in lines[at + 1]
    # Tromsø: 1, 2, 0 of 3; Trondheim + Bodø: 4, 4, 1 of 9 (whole percentages that add up
    # to 100, the spare point to the earlier option: common/percent.py).
    assert lines[at + 2].split() == ["Enig", "1", "33", "%", "4", "45", "%"]
    assert lines[at + 3].split() == ["Uenig", "2", "67", "%", "4", "44", "%"]
    assert lines[at + 4].split() == ["Ved", "ikke", "0", "0", "%", "1", "11", "%"]
    _fails(votedeck("results", "--data-dir", str(tour.data_dir), "--session", "99",
                    "--compare", "all"), "There is no session 99")
    bad = votedeck("results", "--data-dir", str(tour.data_dir), "--compare", "x,y")
    assert bad.returncode == 2 and b"neither 'all' nor session ids" in bad.stderr
