"""Python's garbage collector, set for a process that talks to thousands of phones at once.

`votedeck serve` calls `tune_for_many_phones()` before it starts the server, and so does
the load-test client (`votedeck loadtest`, bench/phones.py: 5,000 simulated phones in one process met
the same full collections, and a pause there delays what the phones measure).
(The presenter app has its own policy: presenter/ui/collector.py collects on the
GUI thread, on a timer, so there are no automatic collections in the app.)

Every broadcast gives each phone's socket a task of its own (server/web/phone_link.py:
a slow phone must not hold up the others). With Python's default young generation
(700 allocations), collections ran in the middle of a broadcast while those 5,000
tasks were alive, moved them into the older generations, and so brought on full
collections, which walk every object of every phone: 200-330 ms on the server's
loop, two of them during slide changes (`bench/fanout_probe.py --phones 5000
--think 5000 --ramp 10 --hold`: seven full collections in one run; the broadcast's
loop time 300-465 ms against 80-90 without the attacker's 32 sockets). With a young
generation of `YOUNG` the tasks are born and freed within one: no full collection in
the same run, the broadcast 112-140 ms. A young collection of that size takes up to
~35 ms, and only the young objects are walked.

Objects alive at start (modules, the deck) are frozen out of the collector's sight,
as the presenter app does.
"""
from __future__ import annotations

import gc

YOUNG = 50_000          # allocations between two young collections (Python's default: 700)
MIDDLE = 20             # young collections between two of the middle generation (default 10)


def tune_for_many_phones() -> None:
    gc.collect()
    gc.freeze()
    _, _, old = gc.get_threshold()
    gc.set_threshold(YOUNG, MIDDLE, old)
