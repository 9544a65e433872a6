"""The console follows the room's changes paced (presenter/ui/console/paced.py): a burst of
changes is one refresh, the next burst another; none is lost."""
from __future__ import annotations

from presenter.ui.console.paced import Paced


def test_a_burst_of_changes_is_one_refresh_and_the_last_change_is_never_lost(qtbot):
    runs: list[int] = []
    seen = [0]
    paced = Paced(100, lambda: runs.append(seen[0]))
    for n in range(1, 21):          # twenty changes in one turn of the event loop
        seen[0] = n
        paced.poke()
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=2000)
    assert runs == [20]             # once, and it saw the last change
    for n in range(21, 31):         # another burst just after: one more refresh, at the end
        seen[0] = n
        paced.poke()
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=2000)
    qtbot.wait(250)
    assert runs == [20, 30]
