"""Poll fingerprints: the same poll gives the same hash; a changed question, option id
or kind gives another; labels and the question's line breaks do not matter."""
from __future__ import annotations

from common.fingerprint import poll_fingerprint, spec_fingerprint
from common.values import PollOption, PollSpec

AGREE = ("agree", "disagree", "dont-know")


def test_the_same_poll_has_the_same_fingerprint():
    first = poll_fingerprint("agree", "Svært at samarbejde på tværs", AGREE)
    assert first == poll_fingerprint(None, "Svært  at samarbejde\npå tværs ", AGREE)
    assert first.startswith("fp1:") and len(first) == 28


def test_labels_do_not_count_but_ids_kind_and_wording_do():
    spec = PollSpec("p", "Q?", (PollOption("agree", "Enig"), PollOption("disagree", "Uenig")), 3)
    relabelled = PollSpec("p", "Q?", (PollOption("agree", " Einig "),
                                      PollOption("disagree", "Uenig")), 7)
    assert spec_fingerprint(spec) == spec_fingerprint(relabelled)
    base = poll_fingerprint("agree", "Q?", AGREE)
    assert base != poll_fingerprint("agree", "Q!", AGREE)
    assert base != poll_fingerprint("agree", "Q?", ("agree", "disagree"))
    assert base != poll_fingerprint("agree", "Q?", ("disagree", "agree", "dont-know"))
    assert base != poll_fingerprint("choice", "Q?", AGREE)
