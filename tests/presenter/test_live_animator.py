"""RoomAnimator: newest snapshot wins, bars ease towards it, frames are capped at
~30 a second and stop when nothing moves. Values in, values out; real Qt timers."""
from __future__ import annotations

import time

from common.values import PollTally, TallySnapshot
from presenter.ui.animator import DURATION_S, RoomAnimator, ease_out


def snap(agree: int, disagree: int = 0, dont_know: int = 0) -> TallySnapshot:
    tally = PollTally("p", (("agree", agree), ("disagree", disagree), ("dont-know", dont_know)),
                      voters=agree + disagree + dont_know, open=True, revealed=False)
    return TallySnapshot(session_id=1, slide=1, current_poll="p", phones=3, polls=(tally,),
                         acked_at=time.perf_counter(), taken_at=time.perf_counter())


def test_ease_out_is_monotonic_from_0_to_1():
    values = [ease_out(i / 20) for i in range(21)]
    assert values[0] == 0 and values[-1] == 1
    assert all(a < b for a, b in zip(values, values[1:]))
    assert ease_out(0.5) > 0.5          # front-loaded: a vote shows quickly


def test_bars_ease_to_the_newest_count(qtbot):
    animator = RoomAnimator()
    seen = []
    animator.frame.connect(lambda: seen.append(animator.counts("p")["agree"]))
    animator.push(snap(10))
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == 10.0, timeout=2000)
    assert any(0 < v < 10 for v in seen)          # it moved through in-between values
    assert seen == sorted(seen)
    assert not animator.moving()


def test_frames_coalesce_and_stop_when_still(qtbot):
    animator = RoomAnimator()
    frames = []
    animator.frame.connect(lambda: frames.append(time.perf_counter()))
    started = time.perf_counter()
    for n in range(1, 501):                       # 500 snapshots in one go
        animator.push(snap(n))
        if n % 50 == 0:
            qtbot.wait(10)
    qtbot.waitUntil(lambda: not animator.moving(), timeout=3000)
    qtbot.wait(100)
    elapsed = time.perf_counter() - started
    assert animator.counts("p")["agree"] == 500.0
    assert len(frames) < 500 / 5
    assert len(frames) <= elapsed * 1000 / 33 + 3   # at most ~30 a second
    count = len(frames)
    qtbot.wait(200)
    assert len(frames) == count                   # no timer running while still
    assert animator.frame_snapshot is animator.latest


def test_a_change_mid_flight_continues_from_the_drawn_value(qtbot):
    animator = RoomAnimator()
    animator.push(snap(100))
    qtbot.wait(int(DURATION_S * 1000 / 3))
    drawn = animator.counts("p")["agree"]
    assert 0 < drawn < 100
    animator.push(snap(0))                        # a reset while growing
    assert abs(animator.counts("p")["agree"] - drawn) < 15   # no jump
    qtbot.waitUntil(lambda: animator.counts("p")["agree"] == 0.0, timeout=2000)


def test_jump_skips_the_animation(qtbot):
    animator = RoomAnimator()
    animator.push(snap(7, 2, 1))
    animator.jump()
    assert animator.counts("p") == {"agree": 7.0, "disagree": 2.0, "dont-know": 1.0}
