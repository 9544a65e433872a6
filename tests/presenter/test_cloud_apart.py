"""Word-cloud layouts in their own process (presenter/render/cloud/apart.py): the child's
layout is the one the thread would make, word for word, also when it grows from the
last one; and when the child dies the clouds are laid out on the thread again, after
one sentence on stderr. A real spawned child process, no mocks."""
from __future__ import annotations

import os
import signal
import threading

import pytest

from presenter.render.cloud.apart import LayoutsApart
from presenter.render.cloud.ink import ink_size
from presenter.render.cloud.keeper import entries_of
from presenter.render.cloud.place import place_words
from tests.presenter.cloud_fixtures import DANISH_ANSWERS, count_words

FAMILY = "Inter"
W, H = 1600.0, 560.0


def _ink(word: str) -> tuple[float, float]:
    return ink_size(FAMILY, word)


def _entries(answers) -> tuple:
    return entries_of(count_words(answers, "da"))


@pytest.fixture
def apart():
    layouts = LayoutsApart()
    yield layouts
    layouts.stop()


def _on_a_thread(fn):
    """What the render worker does: call from a thread that is not the GUI thread."""
    out = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    thread.join(60)
    return out[0]


def test_the_childs_layout_is_the_threads_layout_and_grows_the_same_way(qapp, apart):
    apart.start()
    assert apart.ready(60) is True
    first = _entries(DANISH_ANSWERS[:20])
    here = place_words(first, W, H, _ink)
    there = _on_a_thread(lambda: apart.place(first, W, H, FAMILY, _ink, None))
    assert there == here
    assert len(there.spots) >= 10
    # More answers, from the last layout: words keep their places in both, identically.
    more = _entries(DANISH_ANSWERS)
    grown_here = place_words(more, W, H, _ink, here)
    grown_there = _on_a_thread(lambda: apart.place(more, W, H, FAMILY, _ink, there))
    assert grown_there == grown_here
    kept = {s.word: s.centre for s in there.spots}
    assert any(s.word in kept and s.centre == kept[s.word] for s in grown_there.spots)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to kill the child")
def test_a_child_that_dies_leaves_the_clouds_to_the_thread(qapp, apart, capfd, monkeypatch):
    from presenter.render.cloud import keeper

    apart.start()
    assert apart.ready(60) is True
    child = apart.child_pid
    assert child is not None and child != os.getpid()
    os.kill(child, signal.SIGKILL)
    entries = _entries(DANISH_ANSWERS)
    assert _on_a_thread(lambda: apart.place(entries, W, H, FAMILY, _ink, None)) is None
    assert _on_a_thread(lambda: apart.place(entries, W, H, FAMILY, _ink, None)) is None
    said = capfd.readouterr().err
    assert said.count("word clouds are laid out in the app itself from now on") == 1, said
    # The keeper, given that dead child, lays the cloud out on the worker thread itself.
    monkeypatch.setattr(keeper, "APART", apart)
    made = _on_a_thread(lambda: keeper.lay_out(FAMILY, W, H, count_words(DANISH_ANSWERS, "da")))
    assert made == place_words(entries, W, H, _ink)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP to hang the child")
def test_a_child_that_hangs_is_ended_and_the_clouds_go_to_the_thread(qapp, apart, capfd, monkeypatch):
    from presenter.render.cloud import apart as apart_module

    apart.start()
    assert apart.ready(60) is True
    child = apart.child_pid
    os.kill(child, signal.SIGSTOP)
    monkeypatch.setattr(apart_module, "ANSWER_S", 0.5)
    entries = _entries(DANISH_ANSWERS)
    assert _on_a_thread(lambda: apart.place(entries, W, H, FAMILY, _ink, None)) is None
    assert "did not answer in time" in capfd.readouterr().err
    # Ended, not left stopped: a hung child would otherwise outlive the app.
    assert not os.path.exists(f"/proc/{child}") or "zombie" in open(f"/proc/{child}/status").read().lower()


def test_a_layout_grows_from_the_childs_own_copy_when_it_made_the_last_one(qapp, apart):
    """The last layout is named by number, not sent back (pickling holds the GIL): the result
    is the same as sending it whole."""
    apart.start()
    first = _entries(DANISH_ANSWERS[:20])
    there = _on_a_thread(lambda: apart.place(first, W, H, FAMILY, _ink, None))
    more = _entries(DANISH_ANSWERS)
    by_number = _on_a_thread(lambda: apart.place(more, W, H, FAMILY, _ink, there))
    copy = place_words(first, W, H, _ink)        # equal to `there`, but not the child's own
    by_value = _on_a_thread(lambda: apart.place(more, W, H, FAMILY, _ink, copy))
    assert copy == there and copy is not there
    assert by_number == by_value == place_words(more, W, H, _ink, there)
