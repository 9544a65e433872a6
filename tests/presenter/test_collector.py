"""Garbage is collected on the GUI thread only (presenter/ui/collector.py)."""
from __future__ import annotations

import gc
import threading

from presenter.ui.collector import GuiThreadCollector, due_generation


def test_the_due_generation_follows_pythons_own_rule():
    threshold = (700, 10, 10)
    assert due_generation((5, 0, 0), threshold) is None
    assert due_generation((701, 3, 0), threshold) == 0
    assert due_generation((701, 11, 3), threshold) == 1
    assert due_generation((701, 11, 11), threshold) == 2


class _Cycle:
    """Garbage only a collection frees; says on which thread it was freed."""
    freed_on: list[str] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_made_on_other_threads_are_freed_on_the_gui_thread(qtbot):
    enabled_before = gc.isenabled()
    collector = GuiThreadCollector()
    try:
        _Cycle.freed_on.clear()

        def allocate():
            # Far past every threshold: with Python's own collector, this thread would
            # have freed the cycles itself.
            for _ in range(20_000):
                _Cycle()
        worker = threading.Thread(target=allocate, name="not-the-gui")
        worker.start()
        worker.join()
        assert "not-the-gui" not in _Cycle.freed_on
        qtbot.waitUntil(lambda: len(_Cycle.freed_on) > 0, timeout=3000)
        assert set(_Cycle.freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()
        gc.collect()
    assert gc.isenabled() == enabled_before
