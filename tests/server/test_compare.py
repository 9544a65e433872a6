"""The comparison read back against known votes: three sessions of the bundled talk on
two laptops, one moved by export/import; each poll's room counts and the others' pooled
counts with each group's n; a reworded poll left out with its reason."""
from __future__ import annotations

import pytest

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from presenter.paths import BUNDLED_DECK
from server.store.compare import compare_sessions
from server.store.reading import ResultsError

from .results_support import record
from .tour_support import counts, make_tour

OPTIONS = ("agree", "disagree", "dont-know")


def _as_counts(group) -> dict:
    return {option: n for option, n in group.counts if n}


async def test_the_room_beside_the_tour_so_far_counts_what_was_voted(tmp_path):
    tour = await make_tour(tmp_path)
    room = "Tromsø kommune"
    comparison = compare_sessions(tour.database, tour.ids[room], "all")
    assert [s.name for s in comparison.others] == ["Trondheim kommune", "Bodø kommune"]
    spec = deck_spec(load_deck(BUNDLED_DECK))
    assert [p.poll_id for p in comparison.polls] == [p.id for p in spec.polls]
    for poll in comparison.polls:
        mine = counts(room, poll.poll_id)
        pooled = counts("Trondheim kommune", poll.poll_id) + counts("Bodø kommune", poll.poll_id)
        assert _as_counts(poll.room) == dict(mine) and poll.room.voters == mine.total()
        assert _as_counts(poll.others) == dict(pooled) and poll.others.voters == pooled.total()
        # In the deck's option order (none for typed answers: they are not counted here).
        assert [o for o, _ in poll.room.counts] == [o.id for o in spec.poll(poll.poll_id).options]
        assert poll.others.sessions == 2
    leaders = comparison.poll("leaders-as-source")
    assert (leaders.room.voters, leaders.others.voters) == (3, 9)
    assert leaders.others.count("disagree") == 4 and leaders.others.count("agree") == 4
    assert comparison.left_out == ()


async def test_named_sessions_and_the_first_session_of_a_tour(tmp_path):
    tour = await make_tour(tmp_path)
    named = compare_sessions(tour.database, tour.ids["Trondheim kommune"],
                             [tour.ids["Tromsø kommune"]])
    job = named.poll("job-descriptions")
    assert _as_counts(job.others) == dict(counts("Tromsø kommune", "job-descriptions"))
    assert job.others.voters == 2 and job.others.sessions == 1
    first = compare_sessions(tour.database, tour.ids["Trondheim kommune"], "all")
    assert first.others == () and all(p.others.voters == 0 for p in first.polls)
    with pytest.raises(ResultsError, match="cannot be compared with itself"):
        compare_sessions(tour.database, tour.ids["Bodø kommune"], [tour.ids["Bodø kommune"]])


async def test_a_reworded_poll_is_left_out_with_its_reason(tmp_path):
    tour = await make_tour(tmp_path)
    text = BUNDLED_DECK.read_text(encoding="utf-8")
    reworded = tmp_path / "reworded.md"
    reworded.write_text(text.replace("hæmmer innovation", "fremmer innovation"), encoding="utf-8")
    other = await record(tmp_path, plan={"job-descriptions": ["agree"] * 7,
                                         "leaders-as-source": ["agree"] * 2},
                         deck_path=reworded, new_session=True, name="Alta kommune",
                         data_dir=tour.data_dir)
    comparison = compare_sessions(tour.database, tour.ids["Bodø kommune"],
                                  [other.session_id, tour.ids["Trondheim kommune"]])
    job = comparison.poll("job-descriptions")
    assert _as_counts(job.others) == dict(counts("Trondheim kommune", "job-descriptions"))
    assert job.others.sessions == 1
    leaders = comparison.poll("leaders-as-source")
    assert leaders.others.sessions == 2 and leaders.others.count("agree") == 3 + 2
    [left] = comparison.left_out
    assert (left.session_name, left.poll_id) == ("Alta kommune", "job-descriptions")
    assert "other words" in left.reason and "fremmer innovation" in left.reason
