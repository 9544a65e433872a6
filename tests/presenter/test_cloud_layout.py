"""The word cloud's layout: inside its box, never overlapping, deterministic, and stable
as answers arrive (a word keeps its place unless it grew past its room)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presenter.render.cloud.place import CloudLayout, place_words

W, H = 1680.0, 640.0


def ink(word: str) -> tuple[float, float]:
    """A stand-in for font metrics: wide letters, a fixed ink height per px."""
    return 0.58 * len(word), 0.74


def assert_sound(layout: CloudLayout) -> None:
    spots = layout.spots
    for s in spots:
        assert 0 <= s.x and 0 <= s.y and s.x + s.w <= layout.width and s.y + s.h <= layout.height, s
    for i, a in enumerate(spots):
        for b in spots[i + 1:]:
            apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
            assert apart, (a, b)
    assert len(spots) + layout.hidden == len(layout.entries)


def words(n: int, offset: int = 0) -> list[tuple[str, int]]:
    names = ["samarbejde", "tillid", "mod", "borgerne", "forandring", "ledelse", "tid", "ideer",
             "kreativitet", "læring", "åbenhed", "økonomi", "risiko", "frihed", "fællesskab"]
    return [(f"{names[i % len(names)]}{i // len(names) or ''}", 1 + (i * 7) % 5)
            for i in range(offset, offset + n)]


def test_words_sit_inside_the_box_without_overlap():
    assert_sound(place_words(words(60), W, H, ink))


def test_the_same_answers_give_the_same_layout():
    assert place_words(words(40), W, H, ink) == place_words(list(reversed(words(40))), W, H, ink)


def test_new_answers_leave_old_words_where_they_were():
    first = place_words(words(20), W, H, ink)
    second = place_words(words(30), W, H, ink, first)
    assert_sound(second)
    for old in first.spots:
        new = second.spot(old.word)
        assert new is not None and new.centre == old.centre, old.word


def test_a_word_that_grows_stays_put_while_it_has_room():
    entries = dict(words(10))
    first = place_words(entries.items(), W, H, ink)
    entries["tid"] += 1
    second = place_words(entries.items(), W, H, ink, first)
    assert second.spot("tid").px >= first.spot("tid").px
    for old in first.spots:
        new = second.spot(old.word)
        grew = new.w > old.w or new.h > old.h
        assert new.centre == old.centre or grew, old.word


def test_a_word_that_outgrows_its_room_moves_once_and_only_it_moves():
    entries = dict(words(40))
    first = place_words(entries.items(), W, H, ink)
    entries["samarbejde"] = 9       # from one of the smallest words to the biggest
    second = place_words(entries.items(), W, H, ink, first)
    assert_sound(second)
    moved = [s.word for s in first.spots if second.spot(s.word) and second.spot(s.word).centre != s.centre]
    grown = {s.word for s in first.spots if second.spot(s.word) and (
        second.spot(s.word).w > s.w or second.spot(s.word).h > s.h)}
    assert "samarbejde" in moved
    assert set(moved) <= grown
    third = place_words(entries.items(), W, H, ink, second)
    assert third == second          # nothing changed: nothing moves


def test_a_word_that_suddenly_dominates_is_shown_biggest():
    entries = dict(words(40))
    first = place_words(entries.items(), W, H, ink)
    entries["risiko"] = 400
    second = place_words(entries.items(), W, H, ink, first)
    assert_sound(second)
    assert second.spots[0].word == "risiko" and second.hidden == 0


def test_too_many_words_are_counted_not_spilled():
    layout = place_words(words(600), W, 300, ink)
    assert_sound(layout)
    assert layout.hidden > 0
    placed = {s.word for s in layout.spots}
    smallest_placed = min(s.count for s in layout.spots)
    hidden_counts = [n for w, n in layout.entries if w not in placed]
    assert max(hidden_counts) <= max(smallest_placed, max(hidden_counts))
    assert layout.spots[0].count == max(n for _, n in layout.entries)


def test_a_word_wider_than_the_box_shrinks_to_fit_it():
    layout = place_words([("tværfagligt-samarbejde-på-tværs-af-forvaltninger", 5)], 600, 400, ink)
    assert_sound(layout)
    assert layout.hidden == 0


def test_an_empty_cloud_is_empty():
    assert place_words([], W, H, ink) == CloudLayout(W, H, (), 0, ())


entry = st.tuples(st.text(alphabet="abcdæøå-", min_size=1, max_size=18), st.integers(1, 40))


@settings(max_examples=60, deadline=None)
@given(st.lists(entry, max_size=60, unique_by=lambda e: e[0]),
       st.lists(entry, max_size=30, unique_by=lambda e: e[0]),
       st.floats(200, 1800), st.floats(120, 900))
def test_any_answers_stay_sound_and_stable(first_entries, more, width, height):
    first = place_words(first_entries, width, height, ink)
    assert_sound(first)
    merged = dict(first_entries)
    for w, n in more:
        merged[w] = merged.get(w, 0) + n
    second = place_words(merged.items(), width, height, ink, first)
    assert_sound(second)
    assert second == place_words(merged.items(), width, height, ink, first)
    if second == place_words(merged.items(), width, height, ink):
        return      # the one documented reshuffle: keeping places would hide a bigger word
    for old in first.spots:
        new = second.spot(old.word)
        if new is not None and new.w <= old.w and new.h <= old.h:
            assert new.centre == old.centre, old.word     # shrunk or the same: stays
