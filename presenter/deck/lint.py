"""What a deck author probably did not mean, though the deck still shows: warnings.

`deck_warnings` looks at the split slides and the built `Slide`s and returns
`DeckWarning`s for:

- an empty slide (nothing between two `---` lines): it is left out, so the slide
  numbers the author counts and the ones the room sees differ;
- a slide that shows nothing (only notes or settings);
- a literal `{{...}}` placeholder left in from a template;
- an image on the web, drawn as a placeholder (the talk is given offline);
- Marp's `<style>` blocks, which votedeck does not read (named once).

Each is a key and values (errors.DeckWarning): the sentences are the `deck.*` words
of common.words, English in the terminal, the speaker's language in the app.
Errors stop a deck (errors.DeckError); these do not. `votedeck check` prints them
and fails on them only with `--strict`; the app shows them to the speaker (the start
screen, the console's notice). No Qt; reads only deck values.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .errors import DeckWarning
from .fences import find_fences
from .model import Image, Slide

_PLACEHOLDER = re.compile(r"\{\{[^{}\n]*\}\}")
# Layouts that draw something of their own with no text written on the slide.
_SELF_DRAWN = ("join", "summary")


def deck_warnings(chunks: Sequence[tuple[int, str]], slides: Sequence[Slide],
                  path: Path) -> tuple[DeckWarning, ...]:
    """`chunks` are (first file line, text) of every `---`-separated part of the body."""
    found = [*_empty_chunks(chunks, path), *_blank_slides(slides, path),
             *_remote_images(slides, path), *_style_blocks(chunks, path),
             *_split_pictures(slides, path),
             *(w for start, text in chunks for w in _placeholders(text, start, path))]
    return tuple(sorted(found, key=lambda w: w.line or 0))


def _empty_chunks(chunks: Sequence[tuple[int, str]], path: Path) -> list[DeckWarning]:
    # The first part may be empty (a deck that starts with ---) and so may the last
    # (one that ends with ---): only an empty part between two slides is a slip.
    return [DeckWarning.of(path, start - 1, "empty_pair")
            for start, text in chunks[1:-1] if not text.strip()]


def _blank_slides(slides: Sequence[Slide], path: Path) -> list[DeckWarning]:
    blank = [s for s in slides if s.layout not in _SELF_DRAWN and not (
        s.title or s.subtitle or s.blocks or s.columns or s.phases or s.roles or s.poll
        or s.backdrops or s.pdf_page)]
    return [DeckWarning.of(path, s.line, "blank_slide", slide=s.number) for s in blank]


def _remote_images(slides: Sequence[Slide], path: Path) -> list[DeckWarning]:
    found = {}
    for slide in slides:
        images = [b for b in _blocks(slide) if isinstance(b, Image)]
        images += [b.image for b in slide.backdrops]
        for image in images:
            if image.remote:
                found.setdefault(image.remote, image.line or slide.line)
    return [DeckWarning.of(path, line, "web_image", address=address)
            for address, line in found.items()]


def _split_pictures(slides: Sequence[Slide], path: Path) -> list[DeckWarning]:
    # presenter/render/backdrops.py draws a picture beside the text on default slides only.
    return [DeckWarning.of(path, s.line, "split_picture", slide=s.number, split=b.split,
                           layout=s.layout)
            for s in slides if s.layout != "default"
            for b in [x for x in s.backdrops if x.split][:1]]


def _style_blocks(chunks: Sequence[tuple[int, str]], path: Path) -> list[DeckWarning]:
    for start, text in chunks:
        lines = text.split("\n")
        code = {i for fence in find_fences(lines) for i in range(fence.first, fence.last + 1)}
        for index, line in enumerate(lines):
            if index not in code and line.lstrip().lower().startswith("<style"):
                return [DeckWarning.of(path, start + index, "style_block")]
    return []


def _blocks(slide: Slide):
    yield from slide.blocks
    yield from slide.after_poll
    for column in slide.columns:
        yield from column.blocks


def _placeholders(text: str, first_line: int, path: Path) -> list[DeckWarning]:
    lines = text.split("\n")
    code = set()
    for fence in find_fences(lines):
        if lines[fence.first].strip().lstrip("`~").strip() != "poll":
            code.update(range(fence.first, fence.last + 1))   # code samples may show {{ }}
    return [DeckWarning.of(path, first_line + index, "placeholder", text=match.group(0))
            for index, line in enumerate(lines) if index not in code
            for match in _PLACEHOLDER.finditer(line)]
