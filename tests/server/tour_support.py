"""Three sessions of the bundled talk with known votes, made by real servers on two
laptops (two data folders); the third moved to the first laptop by export/import.

Used by the comparison, slide and report tests, which read them back against `PLANS`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from presenter.deck.parser import load_deck
from presenter.deck.spec import deck_spec
from presenter.paths import BUNDLED_DECK
from server.store.session_file import encode, read_session_file
from server.store.session_import import import_file

from .results_support import record

A, D, K = "agree", "disagree", "dont-know"
# Municipality -> poll -> each phone's final choice (None: that phone did not vote).
PLANS = {
    "Trondheim kommune": {"leaders-as-source": [A, A, A, D, K],
                          "job-descriptions": [D, D, A, None, None]},
    "Bodø kommune": {"leaders-as-source": [D, D, D, A],
                     "job-descriptions": [A, A, A, A],
                     "cross-boundary": [K, A]},
    "Tromsø kommune": {"leaders-as-source": [A, D, D],
                       "job-descriptions": [K, None, D],
                       "cross-boundary": [A, A, A]},
}


@dataclass
class Tour:
    data_dir: Path                 # the first laptop, holding all three sessions
    ids: dict[str, int]            # municipality -> session id on the first laptop

    @property
    def database(self) -> Path:
        return self.data_dir / "votes.sqlite3"


def counts(name: str, poll: str) -> Counter:
    return Counter(c for c in PLANS[name].get(poll, []) if c is not None)


async def make_tour(tmp_path: Path) -> Tour:
    first, second = tmp_path / "laptop-1", tmp_path / "laptop-2"
    ids = {}
    for name, data_dir in zip(PLANS, (first, first, second)):
        rec = await record(tmp_path, plan=PLANS[name], deck_path=BUNDLED_DECK, new_session=True,
                           name=name, place=f"{name.split()[0]} rådhus", data_dir=data_dir)
        ids[name] = rec.session_id
    moved = tmp_path / "tromso.json"
    spec = deck_spec(load_deck(BUNDLED_DECK))
    moved.write_bytes(encode(read_session_file(second / "votes.sqlite3", ids["Tromsø kommune"],
                                               spec)))
    ids["Tromsø kommune"] = import_file(first / "votes.sqlite3", moved, spec).session_id
    return Tour(first, ids)
