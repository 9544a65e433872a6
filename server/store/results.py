"""What a session recorded, read back after (or during) the talk: sessions, results, deletion.

`list_sessions`, `latest_session`, `session_results` and `delete_session` work on the
vote database file directly, beside a running server or without one: WAL mode lets
a reader see every committed vote while the writer goes on. Reading opens the file
with `mode=rw` + `query_only` (never creating a database where none was, and never
writing), so a database left by `kill -9` is recovered from its WAL on first read.
The CSV/JSON writers are in `server.store.results_files`.

Every failure is a `ResultsError` whose str() is one sentence with what to do next.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from common.values import DeckSpec
from server.api import ServerError
from server.store.hand_counts import read_hand_counts
from server.store.schema import DB_NAME, explain
from server.store.tour_schema import has_tour_columns


class ResultsError(ServerError):
    """The results cannot be read or changed; str() is the sentence for a person."""


@dataclass(frozen=True)
class SessionSummary:
    """One showing of a deck, as `votedeck sessions` lists it."""

    id: int
    name: str
    deck_key: str          # the deck's resolved path when the session started
    deck_title: str
    started_at: float      # seconds since the epoch
    polls: int             # polls that got at least one vote
    voters: int            # distinct voters over the whole session
    votes: int             # stored votes (one per voter and poll)
    place: str = ""        # where the talk was given ('' when not said)
    held_on: str = ""      # its date, YYYY-MM-DD
    uid: str = ""          # the session's id on every laptop (32 hex digits)


@dataclass(frozen=True)
class OptionResult:
    id: str
    label: str
    count: int
    percentage: float      # of the poll's voters, one decimal; 0.0 when nobody voted


@dataclass(frozen=True)
class AnswerResult:
    """One typed answer or room question, verbatim, with what the speaker did to it."""

    id: int
    text: str
    created: float         # seconds since the epoch
    hidden: bool
    approved: bool
    answered: bool
    votes: int             # upvotes (questions from the room)


@dataclass(frozen=True)
class PollResult:
    id: str
    slide: int             # 1-based; 0 for a poll the deck no longer has
    question: str
    voters: int            # distinct voters on this poll (a pick-k voter counts once)
    options: tuple[OptionResult, ...]
    open: bool
    revealed: bool
    kind: str = "agree"
    answers: tuple[AnswerResult, ...] = ()       # oldest first
    # Paper ballots the speaker typed in, (option id, ballots): a source of their own,
    # never part of `options`' counts (server/store/hand_counts.py).
    hand: tuple[tuple[str, int], ...] = ()

    def hand_count(self, option_id: str) -> int:
        return dict(self.hand).get(option_id, 0)


@dataclass(frozen=True)
class SessionResults:
    session: SessionSummary
    polls: tuple[PollResult, ...]

    def poll(self, poll_id: str) -> PollResult | None:
        return next((p for p in self.polls if p.id == poll_id), None)


_SUMMARY_SQL = """
SELECT s.id, s.name, s.deck_key, s.deck_title, s.started_at,
       (SELECT COUNT(DISTINCT poll_id) FROM votes v WHERE v.session_id = s.id),
       (SELECT COUNT(DISTINCT voter_id) FROM votes v WHERE v.session_id = s.id),
       (SELECT COUNT(*) FROM votes v WHERE v.session_id = s.id),
       {tour}
FROM sessions s
"""
_TOUR_COLUMNS = "s.place, s.held_on, s.uid"
_NO_TOUR_COLUMNS = "'', date(s.started_at, 'unixepoch', 'localtime'), ''"


def _summary_sql(conn: sqlite3.Connection) -> str:
    """The listing's SQL; a database made before the tour (read-only here) lacks its columns."""
    return _SUMMARY_SQL.format(tour=_TOUR_COLUMNS if has_tour_columns(conn) else _NO_TOUR_COLUMNS)


def _connect(database: Path, *, write: bool = False) -> sqlite3.Connection:
    """An existing vote database; a missing folder or file is a sentence, not a new file."""
    database = Path(database)
    if not database.parent.is_dir():
        raise ResultsError(f"The data folder {database.parent} does not exist; pass --data-dir "
                           f"with the folder the talk used.")
    if not database.is_file():
        raise ResultsError(f"No votes have been recorded in {database.parent} yet ({DB_NAME} is "
                           f"not there); present a deck first, or pass --data-dir with the "
                           f"folder the talk used.")
    try:
        return _open(database, "mode=rw", write)
    except sqlite3.Error as error:
        if write or not _read_only(error) or _has_wal(database):
            raise ResultsError(_sentence(error, database, write)) from None
    # A read-only folder (a backup, a USB stick): SQLite cannot make its -shm file there.
    # With no -wal file beside it every vote is in the main file, so reading it as
    # immutable misses nothing; with one, that would hide votes, so it is refused above.
    try:
        return _open(database, "mode=ro&immutable=1", write)
    except sqlite3.Error as error:
        raise ResultsError(_sentence(error, database, write)) from None


def open_for_reading(database: Path) -> sqlite3.Connection:
    """A query-only connection to an existing vote database (ResultsError: a sentence)."""
    return _connect(database)


def reading_error(error: sqlite3.Error, database: Path) -> ResultsError:
    """The sentence for an SQLite error met while reading `database`."""
    return ResultsError(_sentence(error, database))


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is not None


def _open(database: Path, query: str, write: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?{query}", uri=True,
                           isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        if not write:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT COUNT(*) FROM sessions").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _read_only(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _has_wal(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _sentence(error: sqlite3.Error, database: Path, write: bool = False) -> str:
    text = str(error).lower()
    if "no such table" in text:
        return (f"{database} is not a votedeck vote database; pass --data-dir with the folder "
                f"the talk used.")
    if write and ("locked" in text or "busy" in text):
        return (f"The vote database {database} is in use by another program (a running "
                f"votedeck?); stop it and try again.")
    if _read_only(error):
        if write:
            return (f"The vote database {database} cannot be changed here (the file or its "
                    f"folder is read-only); make it writable and try again.")
        return (f"The vote database {database} cannot be read where it is (its folder is "
                f"read-only and it has unsaved WAL changes); copy the folder somewhere "
                f"writable and pass --data-dir with the copy.")
    return explain(error, database)


def _summary(row: tuple) -> SessionSummary:
    return SessionSummary(int(row[0]), row[1], row[2], row[3], float(row[4]),
                          int(row[5]), int(row[6]), int(row[7]), row[8] or "", row[9] or "",
                          row[10] or "")


def _read(database: Path, read):
    with closing(_connect(database)) as conn:
        try:
            return read(conn)
        except sqlite3.Error as error:
            raise ResultsError(_sentence(error, database)) from None


def list_sessions(database: Path, deck_key: str | None = None) -> list[SessionSummary]:
    """Every session (or the deck's), oldest first."""
    def read(conn):
        if deck_key is None:
            rows = conn.execute(_summary_sql(conn) + " ORDER BY s.id")
        else:
            rows = conn.execute(_summary_sql(conn) + " WHERE s.deck_key = ? ORDER BY s.id", (deck_key,))
        return [_summary(row) for row in rows]
    return _read(database, read)


def find_session(database: Path, session_id: int) -> SessionSummary:
    def read(conn):
        row = conn.execute(_summary_sql(conn) + " WHERE s.id = ?", (int(session_id),)).fetchone()
        if row is None:
            raise ResultsError(f"There is no session {session_id} in {database}; "
                               f"`votedeck sessions` lists the ones there are.")
        return _summary(row)
    return _read(database, read)


def latest_session(database: Path, deck: DeckSpec) -> SessionSummary:
    """The deck's newest session (the one a restart resumes)."""
    sessions = list_sessions(database, deck.key)
    if not sessions:
        raise ResultsError(f"There are no sessions for the deck {deck.title!r} in {database} "
                           f"yet; present it first, or see `votedeck sessions` for other decks.")
    return sessions[-1]


def session_results(database: Path, session_id: int, deck: DeckSpec | None) -> SessionResults:
    """Counts, percentages and voters of every poll, labelled from `deck`.

    Polls follow the deck's order, with every option even when nobody chose it; votes
    for polls or options the deck no longer has follow, labelled by their ids, so no
    recorded vote is left out of an export.
    """
    session = find_session(database, session_id)

    def read(conn):
        counts: dict[str, dict[str, int]] = {}
        for poll, choice, n in conn.execute(
                "SELECT poll_id, choice, COUNT(*) FROM votes WHERE session_id = ? "
                "GROUP BY poll_id, choice ORDER BY poll_id, choice", (session.id,)):
            # A pick-k vote is its option ids joined by "," (server/web/choices.py).
            for option in choice.split(","):
                counts.setdefault(poll, {})[option] = counts.get(poll, {}).get(option, 0) + int(n)
        voters = dict(conn.execute("SELECT poll_id, COUNT(DISTINCT voter_id) FROM votes "
                                   "WHERE session_id = ? GROUP BY poll_id", (session.id,)))
        states = {poll: (bool(o), bool(r)) for poll, o, r in conn.execute(
            "SELECT poll_id, open, revealed FROM poll_state WHERE session_id = ?", (session.id,))}
        hand = {poll: counted for (_sid, poll), counted in
                read_hand_counts(conn, [session.id]).items()}
        return counts, voters, states, _answers(conn, session.id), hand
    counts, voters, states, answers, hand = _read(database, read)

    polls = []
    known = deck.polls if deck is not None else ()
    for spec in known:
        options = [(o.id, o.label) for o in spec.options]
        polls.append(replace(_poll(spec.id, spec.slide, spec.question, options, counts, voters,
                                   states), kind=spec.kind.name,
                             answers=tuple(answers.get(spec.id, ())),
                             hand=_hand(hand.get(spec.id, {}), options)))
    for poll_id in sorted((set(counts) | set(answers) | set(hand)) - {p.id for p in known}):
        polls.append(replace(_poll(poll_id, 0, "", [], counts, voters, states),
                             answers=tuple(answers.get(poll_id, ())),
                             hand=_hand(hand.get(poll_id, {}), [])))
    return SessionResults(session, tuple(polls))


def _answers(conn: sqlite3.Connection, session_id: int) -> dict[str, list[AnswerResult]]:
    """Every answer of the session by poll, oldest first, with its upvotes."""
    found: dict[str, list[AnswerResult]] = {}
    try:
        rows = conn.execute(
            "SELECT a.poll_id, a.id, a.text, a.created_at, a.hidden, a.approved, a.answered, "
            "(SELECT COUNT(*) FROM upvotes u WHERE u.answer_id = a.id) FROM answers a "
            "WHERE a.session_id = ? ORDER BY a.id", (session_id,)).fetchall()
    except sqlite3.OperationalError:
        return found            # a database from before typed answers: it has none
    for poll, *row in rows:
        found.setdefault(poll, []).append(AnswerResult(
            int(row[0]), row[1], float(row[2]), bool(row[3]), bool(row[4]), bool(row[5]),
            int(row[6])))
    return found


def _hand(counted: dict[str, int], options) -> tuple[tuple[str, int], ...]:
    """A poll's paper ballots in its options' order (options the deck lost after them)."""
    listed = [option_id for option_id, _ in options]
    order = listed + sorted(o for o in counted if o not in listed)
    return tuple((o, counted[o]) for o in order if counted.get(o))


def _poll(poll_id, slide, question, options, counts, voters, states) -> PollResult:
    got = counts.get(poll_id, {})
    listed = {option_id for option_id, _ in options}
    options = options + [(choice, choice) for choice in sorted(got) if choice not in listed]
    n = int(voters.get(poll_id, 0))
    open_, revealed = states.get(poll_id, (False, False))
    return PollResult(poll_id, slide, question, n, tuple(
        OptionResult(option_id, label, got.get(option_id, 0),
                     round(100.0 * got.get(option_id, 0) / n, 1) if n else 0.0)
        for option_id, label in options), open_, revealed)


def delete_session(database: Path, session_id: int) -> SessionSummary:
    """Delete a session, its votes and its poll states in one transaction; what was deleted."""
    session = find_session(database, session_id)
    with closing(_connect(database, write=True)) as conn:
        try:
            # Overwrite the freed bytes (not every SQLite build does by default), then
            # fold the WAL back so its old page copies holding the voter ids go too.
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM votes WHERE session_id = ?", (session.id,))
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'answers'").fetchone():
                conn.execute("DELETE FROM upvotes WHERE answer_id IN (SELECT id FROM answers "
                             "WHERE session_id = ?)", (session.id,))
                conn.execute("DELETE FROM answers WHERE session_id = ?", (session.id,))
            conn.execute("DELETE FROM poll_state WHERE session_id = ?", (session.id,))
            for table in _TOUR_TABLES:
                if has_table(conn, table):
                    conn.execute(f"DELETE FROM {table} WHERE session_id = ?", (session.id,))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session.id,))
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.rollback()
            raise ResultsError(_sentence(error, database, True)) from None
    return session


# The tour's tables of a session (server/store/tour_schema.py, server/store/hand_counts.py).
_TOUR_TABLES = ("session_polls", "hand_counts")
