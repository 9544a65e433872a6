"""`votedeck check DECK [--json]`: validate a deck and summarise it.

Prints a summary for a person (title, slides and their layouts, polls with
their slide numbers, notes), or with --json exactly
`{"slides": N, "polls": [{"id", "slide", "question", "options": [{"id", "label"}]}]}`.
A bad deck prints its one-line `file:line: ...` error to stderr and exits 1.

Must not import Qt or start the server: checking a deck is quick and headless.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from presenter.deck.model import Deck, plain
from presenter.terminal import load_deck_or_say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="the Markdown deck file to check")
    parser.add_argument("--json", action="store_true",
                        help="print slides and polls as JSON instead of a summary")


def run(args: argparse.Namespace) -> int:
    deck = load_deck_or_say(args.deck)
    if deck is None:
        return 1
    if args.json:
        print(json.dumps(deck_json(deck), ensure_ascii=False, indent=2))
    else:
        print(summary(deck))
    return 0


def deck_json(deck: Deck) -> dict:
    return {
        "slides": len(deck.slides),
        "polls": [
            {"id": poll.id, "slide": poll.slide, "question": poll.question,
             "options": [{"id": o.id, "label": o.label} for o in poll.options]}
            for poll in deck.polls
        ],
    }


def summary(deck: Deck) -> str:
    layouts = Counter(slide.layout for slide in deck.slides)
    notes = sum(1 for slide in deck.slides if slide.notes)
    lines = [
        f"{deck.path}: OK",
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
        lines.append(f"  slide {poll.slide:>2}  {poll.id}: {poll.question}  [{options}]")
    lines.append("")
    lines.append("Slides:")
    for slide in deck.slides:
        title = plain(slide.title) or (slide.poll.question if slide.poll else "(no title)")
        lines.append(f"  {slide.number:>2}  {slide.layout:<9} {title}")
    return "\n".join(lines)
