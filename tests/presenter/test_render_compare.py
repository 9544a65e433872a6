"""The room beside the tour, rendered: the bundled talk's poll and summary slides with
this room's bars and the tour's, with two earlier sessions recorded by real servers and
with twenty sessions written by the real store; the numbers on the slide are the known
counts, every text fits its box, nothing overlaps. PNGs are written for a person to look at."""
from __future__ import annotations

import random
from types import MappingProxyType

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from presenter.paths import BUNDLED_DECK
from presenter.render.renderer import SlideRenderer
from presenter.render.view import PollView, RoomView
from presenter.results_view import load_results, room_view_for
from presenter.tour_view import load_comparison_views
from server.store.tour_schema import record_session
from server.store.vote_store import VoteStore
from tests.server.tour_support import make_tour

from .render_checks import layout_boxes, problems, texts


def _with_comparison(room: RoomView, views) -> RoomView:
    polls = {pid: PollView(pv.counts, pv.voters, False, True, views.get(pid))
             for pid, pv in room.polls.items()}
    return RoomView(polls=MappingProxyType(polls))


def _slide(deck, layout_or_poll):
    for number, slide in enumerate(deck.slides, 1):
        if slide.layout == layout_or_poll or (slide.poll and slide.poll.id == layout_or_poll):
            return number
    raise AssertionError(layout_or_poll)


def _render(qapp, deck, view, out, name):
    renderer = SlideRenderer(deck)
    found = {}
    for key in ("leaders-as-source", "summary"):
        number = _slide(deck, key)
        boxes = layout_boxes(renderer, number, view)
        assert problems(boxes) == []
        renderer.render_image(number, view).save(str(out / f"{name}-{key}.png"))
        found[key] = texts(boxes)
    return found


async def test_two_earlier_sessions_beside_the_room(tmp_path, qapp):
    tour = await make_tour(tmp_path)
    deck = load_deck(BUNDLED_DECK)
    room_id = tour.ids["Tromsø kommune"]
    views = load_comparison_views(tour.database, room_id, "all", deck_spec(deck))
    view = _with_comparison(room_view_for(load_results(deck, tour.data_dir, room_id)), views)
    found = _render(qapp, deck, view, tmp_path, "two")
    poll = found["leaders-as-source"]
    # Tromsø 1 / 2 / 0 of 3; Trondheim + Bodø 4 / 4 / 1 of 9.
    assert "Jer (n = 3)" in poll and "Tidligere kommuner (2, n = 9)" in poll
    assert "33 %" in poll and "67 %" in poll and "45 %" in poll and "11 %" in poll
    summary = found["summary"]
    assert "Tidligere kommuner (2)" in summary and "n = 9" in summary and "n = 3" in summary


def _twenty_sessions(database):
    """Twenty sessions of the bundled talk with seeded random votes, through the real store."""
    spec = deck_spec(load_deck(BUNDLED_DECK))
    rng = random.Random(20)
    store = VoteStore(database)
    store.open()
    sessions = []
    try:
        for k in range(20):
            info = store.begin_session(spec.key, spec.title, f"Kommune {k + 1}", new=True)

            def write(conn, sid=info.id, k=k):
                record_session(conn, sid, f"Rådhus {k + 1}", spec.polls)
                for poll in spec.polls:
                    conn.executemany("INSERT INTO votes VALUES (?, ?, ?, ?, ?)", [
                        (sid, poll.id, f"phone-{k}-{i}", rng.choice(("agree", "disagree",
                                                                     "dont-know")), 1.0 + k)
                        for i in range(rng.randint(20, 60))])
            store.call(write)
            sessions.append(info.id)
    finally:
        store.close()
    return spec, sessions


def test_twenty_sessions_beside_the_room(tmp_path, qapp):
    database = tmp_path / "votes.sqlite3"
    spec, sessions = _twenty_sessions(database)
    deck = load_deck(BUNDLED_DECK)
    room_id = sessions[-1]
    views = load_comparison_views(database, room_id, "all", spec)
    assert {v.sessions for v in views.values()} == {19}
    view = _with_comparison(room_view_for(load_results(deck, tmp_path, room_id,
                                                       database=database)), views)
    found = _render(qapp, deck, view, tmp_path, "twenty")
    leaders = views["leaders-as-source"]
    assert f"Tidligere kommuner (19, n = {leaders.voters})" in found["leaders-as-source"]
    assert "Tidligere kommuner (19)" in found["summary"]
    picked = load_comparison_views(database, room_id, sessions[:3], spec)
    assert {v.sessions for v in picked.values()} == {3} and not any(v.earlier for v in
                                                                    picked.values())

