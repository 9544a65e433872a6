"""What the report after the talk says, read from the vote database as plain values.

`gather_report(database, session_id, compare, deck)` reads one session beside the
sessions it is compared with (server/store/compare.py: fingerprints decide what is
pooled, and what is left out says why), the paper ballots counted in (marked), and
the open answers and questions from the room where the store has them (a database
made before those poll kinds has no `answers` table: then there are none). The PDF
(presenter/report/pdf.py) and the CSV/JSON (presenter/report/files.py) are drawn
from the same `Report`, so they cannot disagree.

No Qt here.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from server.store.compare import Comparison, Group, LeftOut, compare_sessions
from server.store.reading import has_table, open_for_reading, reading_error
from server.store.session_list import SessionSummary

ANSWER_KINDS = {"open": "answers", "questions": "questions"}   # poll kind -> report heading key


@dataclass(frozen=True)
class ReportPoll:
    poll_id: str
    slide: int
    question: str
    options: tuple[tuple[str, str], ...]      # (id, label) as the room saw them
    room: Group                                # phones plus paper ballots, with `hand` marked
    others: Group | None                       # the pooled comparison, None when not compared


@dataclass(frozen=True)
class AnswerList:
    """The open answers (or questions) a poll collected, shown ones only, most upvoted first."""

    poll_id: str
    question: str
    heading: str                               # "answers" or "questions" (a report.* word)
    items: tuple[tuple[str, int], ...]         # (text, upvotes)


@dataclass(frozen=True)
class SessionCounts:
    """One compared session's own counts per poll (for the CSV/JSON rows, not pooled)."""

    session: SessionSummary
    polls: tuple[tuple[str, Group], ...]       # (poll id, its group), comparable polls only


@dataclass(frozen=True)
class Report:
    session: SessionSummary
    compared: tuple[SessionSummary, ...]
    polls: tuple[ReportPoll, ...]
    left_out: tuple[LeftOut, ...]
    answers: tuple[AnswerList, ...]
    per_session: tuple[SessionCounts, ...]     # the session itself first, then the compared

    @property
    def hand_total(self) -> int:
        return sum(p.room.hand_total for p in self.polls)

    def poll(self, poll_id: str) -> ReportPoll | None:
        return next((p for p in self.polls if p.poll_id == poll_id), None)


def gather_report(database: Path, session_id: int, compare=None, deck=None) -> Report:
    """The report's values. `compare`: None (this room alone), "all" (the tour so far) or
    session ids; `deck` a DeckSpec for sessions recorded before fingerprints.
    Raises server.store.reading.ResultsError (a sentence)."""
    comparison = compare_sessions(database, session_id, compare if compare else (), deck)
    slides = _slides(database, session_id, deck)
    polls = tuple(ReportPoll(p.poll_id, slides.get(p.poll_id, 0), p.question, p.options, p.room,
                             p.others if compare else None)
                  for p in comparison.polls)
    return Report(comparison.session, comparison.others, polls, comparison.left_out,
                  _answers(database, session_id, comparison), _per_session(
                      database, comparison, deck))


def _per_session(database: Path, comparison: Comparison, deck) -> tuple[SessionCounts, ...]:
    mine = SessionCounts(comparison.session, tuple((p.poll_id, p.room) for p in comparison.polls))
    left = {(x.session_id, x.poll_id) for x in comparison.left_out}
    found = [mine]
    for other in comparison.others:
        theirs = compare_sessions(database, other.id, (), deck)
        found.append(SessionCounts(other, tuple(
            (p.poll_id, p.room) for p in theirs.polls
            if comparison.poll(p.poll_id) is not None and (other.id, p.poll_id) not in left)))
    return tuple(found)


def _slides(database: Path, session_id: int, deck) -> dict[str, int]:
    """Poll id -> the slide it was asked on (as recorded; else as the deck has it)."""
    slides = {spec.id: spec.slide for spec in deck.polls} if deck is not None else {}
    with closing(open_for_reading(database)) as conn:
        try:
            if has_table(conn, "session_polls"):
                slides.update(conn.execute("SELECT poll_id, slide FROM session_polls "
                                           "WHERE session_id = ?", (session_id,)).fetchall())
        except sqlite3.Error as error:
            raise reading_error(error, database) from None
    return slides


def _answers(database: Path, session_id: int, comparison: Comparison) -> tuple[AnswerList, ...]:
    """The shown answers and questions of the session's open and questions polls, if any."""
    with closing(open_for_reading(database)) as conn:
        try:
            if not (has_table(conn, "answers") and has_table(conn, "session_polls")):
                return ()
            kinds = dict(conn.execute("SELECT poll_id, kind FROM session_polls WHERE "
                                      "session_id = ?", (session_id,)).fetchall())
            rows = _answer_rows(conn, session_id)
        except sqlite3.Error as error:
            raise reading_error(error, database) from None
    lists = []
    for poll in comparison.polls:
        heading = ANSWER_KINDS.get(kinds.get(poll.poll_id, ""))
        items = rows.get(poll.poll_id)
        if heading and items:
            lists.append(AnswerList(poll.poll_id, poll.question, heading, tuple(items)))
    return tuple(lists)


def _answer_rows(conn: sqlite3.Connection, session_id: int) -> dict[str, list[tuple[str, int]]]:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(answers)")}
    # What the speaker hid (or never approved) stays out of a report meant for others.
    shown = " AND ".join(f"a.{c} {v}" for c, v in (("hidden", "= 0"), ("approved", "!= 0"))
                         if c in columns) or "1"
    upvotes = ("(SELECT COUNT(*) FROM upvotes u WHERE u.answer_id = a.id)"
               if has_table(conn, "upvotes") and "id" in columns else "0")
    found: dict[str, list[tuple[str, int]]] = {}
    for poll, text, ups in conn.execute(
            f"SELECT a.poll_id, a.text, {upvotes} AS ups FROM answers a WHERE a.session_id = ? "
            f"AND {shown} ORDER BY ups DESC, a.rowid", (session_id,)):
        found.setdefault(poll, []).append((str(text), int(ups)))
    return found
