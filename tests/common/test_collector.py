"""common/collector.py: a process that talks to thousands of phones gets a young
generation big enough for a broadcast's tasks, and its start-up objects frozen. Run in
a fresh interpreter: the test session keeps its own collector policy."""
from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import gc, json
from common.collector import YOUNG, MIDDLE, tune_for_many_phones
before = gc.get_threshold()
tune_for_many_phones()
print(json.dumps({"before": before, "after": gc.get_threshold(), "frozen": gc.get_freeze_count(),
                  "young": YOUNG, "middle": MIDDLE}))
"""


def test_a_many_phone_process_collects_young_objects_less_often_and_freezes_its_start():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                          check=True)
    got = json.loads(done.stdout)
    assert got["before"][0] < got["young"]
    assert got["after"] == [got["young"], got["middle"], got["before"][2]]
    assert got["frozen"] > 1000          # the modules and whatever else lived at start
