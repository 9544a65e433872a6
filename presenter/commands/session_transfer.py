"""`votedeck sessions --export ID FILE` and `votedeck sessions --import FILE [--deck DECK]`:
moving a session between laptops as one file (server/store/session_file.py).

The deck decides which polls an imported session may bring: `--deck`, else the deck
file the session was recorded with when this laptop has it at the same path, else
the bundled talk. A file whose polls the deck asks differently is refused.
"""
from __future__ import annotations

import json
from pathlib import Path

from presenter.terminal import say


def _deck_spec(deck_path: Path | None, recorded: str | None):
    """The DeckSpec to match against (DeckError when --deck cannot be read)."""
    from presenter.deck.parser import load_deck
    from presenter.deck.spec import deck_spec
    from presenter.paths import BUNDLED_DECK
    if deck_path is not None:
        return deck_spec(load_deck(deck_path))
    if recorded and Path(recorded).is_file():
        return deck_spec(load_deck(Path(recorded)))
    return deck_spec(load_deck(BUNDLED_DECK))


def export_session(database: Path, session_id: int, target: Path, deck_path: Path | None) -> int:
    from presenter.deck.errors import DeckError
    from server.store.reading import ResultsError
    from server.store.session_file import encode, read_session_file
    from server.store.session_list import find_session
    try:
        session = find_session(database, session_id)
        deck = _deck_spec(deck_path, session.deck_key)
        content = read_session_file(database, session_id, deck)
    except (ResultsError, DeckError) as error:
        say(str(error))
        return 1
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(encode(content))
    except OSError as error:
        say(f"Could not write {target} ({error.strerror or error}); choose a file in a folder "
             "you can write to.")
        return 1
    votes = len(content["votes"])
    print(f"Wrote session {session.id} {session.name!r} ({votes} vote{'s' if votes != 1 else ''},"
          f" {len(content['polls'])} polls) to {target}.")
    return 0


def import_session(database: Path, source: Path, deck_path: Path | None) -> int:
    from presenter.deck.errors import DeckError
    from server.api import ServerError
    from server.store.session_import import import_file
    try:
        recorded = _recorded_deck(source)
        deck = _deck_spec(deck_path, recorded)
        imported = import_file(database, source, deck)
    except (ServerError, DeckError) as error:
        say(str(error))
        return 1
    if not imported.added:
        print(f"Session {imported.name!r} is already here (session {imported.session_id}); "
              "nothing was imported.")
        return 0
    print(f"Imported session {imported.name!r} as session {imported.session_id} of "
          f"{deck.title!r} ({imported.votes} vote{'s' if imported.votes != 1 else ''}).")
    return 0


def _recorded_deck(source: Path) -> str | None:
    """The deck path written in the file, if it can be read at all (checked properly later)."""
    try:
        return str(json.loads(source.read_bytes())["content"]["session"]["deck_key"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
