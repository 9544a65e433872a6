"""The GUI thread's heavier jobs run one to a turn of the event loop (presenter/ui/turns.py):
the loop's other timers (input, the next frame) are served between any two of them."""
from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QObject, QTimer

from presenter.ui.turns import gui_turns


def _busy(ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def test_a_timer_of_the_loop_runs_between_any_two_jobs(qtbot):
    turns = gui_turns()
    seen: list[str] = []
    beat = QTimer()
    beat.setInterval(0)         # due on every turn of the loop, as input would be served
    beat.timeout.connect(lambda: seen.append("turn"))
    owners = [QObject() for _ in range(5)]

    def job(n: int):
        def run() -> None:
            seen.append(f"job {n}")
            _busy(5)
        return run
    for n, owner in enumerate(owners):
        turns.run(owner, "work", job(n))
    beat.start()
    qtbot.waitUntil(lambda: "job 4" in seen, timeout=3000)
    beat.stop()
    jobs = [item for item in seen if item != "turn"]
    assert jobs == [f"job {n}" for n in range(5)]       # oldest first, each once
    for earlier, later in zip(seen, seen[1:]):
        assert not (earlier.startswith("job") and later.startswith("job")), seen


def test_a_burst_of_asks_is_one_job_that_runs_the_newest(qtbot):
    turns = gui_turns()
    owner = QObject()
    ran: list[int] = []
    for n in range(10):
        turns.run(owner, "paint", lambda n=n: ran.append(n))
    assert turns.waiting(owner, "paint")
    qtbot.waitUntil(lambda: not turns.waiting(owner, "paint"), timeout=2000)
    qtbot.wait(20)
    assert ran == [9]


def test_the_jobs_of_a_deleted_or_dropped_owner_do_not_run_and_the_rest_do(qtbot):
    turns = gui_turns()
    gone, dropped, kept = QObject(), QObject(), QObject()
    ran: list[str] = []
    turns.run(gone, "paint", lambda: ran.append("gone"))
    turns.run(dropped, "paint", lambda: ran.append("dropped"))
    turns.run(kept, "paint", lambda: ran.append("kept"))
    shiboken6.delete(gone)
    turns.drop(dropped)
    qtbot.waitUntil(lambda: ran == ["kept"], timeout=2000)
    qtbot.wait(20)
    assert ran == ["kept"]


def test_a_job_that_raises_does_not_stop_the_queue(qtbot):
    turns = gui_turns()
    a, b = QObject(), QObject()
    ran: list[str] = []

    def fails() -> None:
        ran.append("fails")
        raise RuntimeError("a job's own bug")
    with qtbot.captureExceptions() as raised:
        turns.run(a, "x", fails)
        turns.run(b, "x", lambda: ran.append("next"))
        qtbot.waitUntil(lambda: ran == ["fails", "next"], timeout=2000)
    assert [str(error) for _type, error, _tb in raised] == ["a job's own bug"]


class _Paints(QObject):
    def __init__(self, seen: list[str]):
        super().__init__()
        self.seen = seen

    def eventFilter(self, _obj, event) -> bool:
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.Paint:
            self.seen.append("paint")
        return False


def test_the_consoles_repaint_waits_its_turn_behind_a_job_asked_for_first(qtbot, kinds):
    """The real console on the kinds deck: its repaint goes through the queue, so it does
    not share a turn with a room job already waiting (it used to run before any timer)."""
    from presenter.ui.console.console_window import ConsoleWindow

    console = ConsoleWindow(kinds, None)
    console.resize(1366, 768)
    console.show()
    qtbot.waitExposed(console)
    try:
        qtbot.wait(500)                 # the first paints and refreshes are done
        seen: list[str] = []
        paints = _Paints(seen)
        console.current.installEventFilter(paints)
        beat = QTimer()
        beat.setInterval(0)
        beat.timeout.connect(lambda: seen.append("turn"))
        owner = QObject()
        console.current.update()        # a change: its UpdateRequest is posted now
        gui_turns().run(owner, "room", lambda: (seen.append("job"), _busy(8)))
        beat.start()
        qtbot.waitUntil(lambda: "paint" in seen, timeout=3000)
        beat.stop()
        console.current.removeEventFilter(paints)
        job, paint = seen.index("job"), seen.index("paint")
        assert job < paint and "turn" in seen[job:paint], seen
    finally:
        console.close()
