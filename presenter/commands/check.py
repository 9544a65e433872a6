"""`votedeck check DECK [--json] [--strict]`: validate a deck and summarise it.

Prints a summary for a person (title, slides and their layouts, polls with
their slide numbers, notes), or with --json
`{"slides": N, "polls": [{"id", "slide", "question", "options": [{"id", "label"}]}],
"warnings": [{"file", "line", "message"}]}` (a re-vote's poll adds `"again"`: the id
of the earlier poll it asks again).
A bad deck prints its one-line `file:line: ...` error to stderr and exits 1; with
--json it also prints `{"errors": [{"file", "line", "message"}]}` on stdout, so a
script reads one shape. Warnings (errors.DeckWarning) go to stderr and do not fail,
unless --strict.

Must not import Qt or start the server: checking a deck is quick and headless.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from presenter.deck.errors import DeckError
from presenter.deck.model import Deck, plain
from presenter.deck.parser import load_deck
from presenter.terminal import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="the Markdown deck file to check")
    parser.add_argument("--json", action="store_true",
                        help="print slides and polls (or the errors) as JSON instead of a summary")
    parser.add_argument("--strict", action="store_true",
                        help="fail (exit 1) on warnings too, such as an empty slide")


def run(args: argparse.Namespace) -> int:
    try:
        deck = load_deck(args.deck)
    except DeckError as error:
        say(str(error))
        if args.json:
            print(json.dumps({"errors": [_located(error)]}, ensure_ascii=False, indent=2))
        return 1
    for warning in deck.warnings:
        say(f"{warning} (warning)")
    if args.json:
        print(json.dumps(deck_json(deck), ensure_ascii=False, indent=2))
    else:
        print(summary(deck))
    if args.strict and deck.warnings:
        say(f"{len(deck.warnings)} warning(s) and --strict: fix them, or check without --strict.")
        return 1
    return 0


def _located(problem) -> dict:
    """A DeckError or DeckWarning as {"file", "line", "message"} (line null when unknown)."""
    return {"file": str(problem.path), "line": problem.line, "message": problem.message}


def deck_json(deck: Deck) -> dict:
    return {
        "slides": len(deck.slides),
        "polls": [
            {"id": poll.id, "slide": poll.slide, "question": poll.question, "kind": poll.kind.name,
             # Kinds with options keep them; open answers and questions have none.
             **({"options": [{"id": o.id, "label": o.label} for o in poll.options]}
                if poll.options else {}),
             # A re-vote names the earlier poll it asks again (before/after).
             **({"again": poll.again} if poll.again else {})}
            for poll in deck.polls
        ],
        "warnings": [_located(warning) for warning in deck.warnings],
    }


def summary(deck: Deck) -> str:
    layouts = Counter(slide.layout for slide in deck.slides)
    notes = sum(1 for slide in deck.slides if slide.notes)
    verdict = f"OK, {len(deck.warnings)} warning(s) above" if deck.warnings else "OK"
    lines = [
        f"{deck.path}: {verdict}",
        f"Title:    {deck.title}",
        f"Language: {deck.language}  (agree scale: "
        f"{' / '.join(option.label for option in deck.labels)})",
        f"Slides:   {len(deck.slides)}  ("
        + ", ".join(f"{count} {name}" for name, count in layouts.most_common()) + ")",
        f"Notes:    {notes} of {len(deck.slides)} slides have speaker notes",
        f"Polls:    {len(deck.polls)}",
    ]
    for poll in deck.polls:
        options = " / ".join(option.label for option in poll.options)
        if poll.kind.name != "agree":
            options = f"{poll.kind.name}: {options}" if options else poll.kind.name
        again = f"  (again: {poll.again})" if poll.again else ""
        lines.append(f"  slide {poll.slide:>2}  {poll.id}: {poll.question}  [{options}]{again}")
    lines.append("")
    lines.append("Slides:")
    for slide in deck.slides:
        title = plain(slide.title) or (slide.poll.question if slide.poll else _untitled(slide))
        lines.append(f"  {slide.number:>2}  {slide.layout:<9} {title}")
    return "\n".join(lines)


def _untitled(slide) -> str:
    """What a slide without a title shows, said so the author can find it."""
    if slide.pdf_page is not None:
        return f"page {slide.pdf_page.page} of {slide.pdf_page.source.path.name}"
    return "(no title)"
