"""`votedeck results [DECK] [--session ID] --compare all|ID,ID`: this room beside the tour,
as a table in the terminal (server/store/compare.py does the counting).
"""
from __future__ import annotations

import argparse

from common.percent import whole_percentages
from presenter.terminal import say


def compare_choice(text: str) -> str | tuple[int, ...]:
    """'all' or a comma-separated list of session ids (argparse type)."""
    if text.strip().lower() == "all":
        return "all"
    try:
        ids = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        ids = ()
    if not ids or min(ids) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is neither 'all' nor session ids like 3,5,8 "
                                         "(see `votedeck sessions`)")
    return ids


def run_compare(args: argparse.Namespace) -> int:
    from presenter.commands.results import resolve_session
    from presenter.deck.errors import DeckError
    from server.store.compare import compare_sessions
    from server.store.reading import ResultsError
    try:
        _, spec, session, database = resolve_session(args)
        comparison = compare_sessions(database, session.id, args.compare, spec)
    except (ResultsError, DeckError) as error:
        say(str(error))
        return 1
    print(comparison_table(comparison))
    return 0


def _cell(count: int, share: int) -> str:
    return f"{count:>5}  {share:3d} %"


def comparison_table(comparison) -> str:
    session, others = comparison.session, comparison.others
    where = f", {session.place}" if session.place else ""
    lines = [f"Session {session.id} {session.name!r}{where} ({session.held_on}) beside "
             f"{len(others)} other session{'s' if len(others) != 1 else ''}"
             + (": " + ", ".join(f"{s.id} {s.name}" for s in others) if others else "") + "."]
    for poll in comparison.polls:
        labels = dict(poll.options)
        room_head = f"This room (n = {poll.room.voters})"
        others_head = f"Others ({poll.others.sessions}, n = {poll.others.voters})"
        width = max([len("Option")] + [len(labels.get(o, o)) for o, _ in poll.room.counts])
        lines += ["", f"{poll.poll_id}: {poll.question}",
                  f"  {'Option':<{width}}  {room_head:>16}  {others_head:>22}"]
        room = whole_percentages([n for _, n in poll.room.counts])
        pooled = whole_percentages([n for _, n in poll.others.counts])
        for i, (option, count) in enumerate(poll.room.counts):
            lines.append(f"  {labels.get(option, option):<{width}}  "
                         f"{_cell(count, room[i]):>16}  "
                         f"{_cell(poll.others.counts[i][1], pooled[i]):>22}")
    if comparison.left_out:
        lines += ["", "Left out (only polls asked in the same words are compared):"]
        lines += [f"  session {x.session_id} {x.session_name!r}, poll {x.poll_id}: {x.reason}"
                  for x in comparison.left_out]
    return "\n".join(lines)
