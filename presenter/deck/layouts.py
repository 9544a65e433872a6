"""From one slide's pieces to a `Slide`: title, layout and the layout's parts.

Reads the directives, finds the title (the first `#` heading) and the subtitle
(a `##` right after it on title and section slides), and shapes the body for
the layout: two columns split at `::right::`, a row of phases from a list, a
roles diagram from settings plus a list, a poll from its fence, a summary.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from common.values import PollOption

from .directives import SlideSettings, read_comments
from .errors import DeckError
from .markdown import ColumnMarker, Comment, Located, Piece, PollFence
from .model import (
    LAYOUTS,
    Backdrop,
    Block,
    Column,
    Heading,
    Inline,
    ListBlock,
    ListItem,
    Paragraph,
    Phase,
    Role,
    RolesDiagram,
    Slide,
    Span,
    plain,
)
from .polls import parse_poll

SORTS = ("agreement", "deck")
_SEPARATORS = (":", " – ", " — ", " - ")


@dataclass(frozen=True)
class SlideSource:
    number: int         # 1-based
    line: int           # file line where the slide's text starts
    pieces: tuple[Piece, ...]


def build_slide(source: SlideSource, labels: tuple[PollOption, ...], path: Path,
                language: str = "") -> Slide:
    pieces = list(source.pieces)
    settings = read_comments([p for p in pieces if isinstance(p, Comment)], path)
    fences = [p for p in pieces if isinstance(p, PollFence)]
    if len(fences) > 1:
        raise DeckError(path, fences[1].line, "a slide can hold one poll and this is the "
                        "second; expected each poll on a slide of its own (separate them with ---)")
    poll = parse_poll(fences[0].source, fences[0].line, source.number, labels, path, language) \
        if fences else None
    theme_class = settings.get("class")
    theme_class = None if theme_class is None else str(theme_class).strip()
    layout = _layout(settings, poll is not None, source.line, path, theme_class)
    backdrops = tuple(p.block for p in pieces if isinstance(p, Located)
                      and isinstance(p.block, Backdrop))
    content = [p for p in pieces if isinstance(p, (Located, ColumnMarker))
               and not (isinstance(p, Located) and isinstance(p.block, Backdrop))]
    title, subtitle, content = _title(content, layout)
    slide = Slide(number=source.number, line=source.line, layout=layout, title=title,
                  subtitle=subtitle, poll=poll, notes="\n\n".join(settings.notes),
                  theme_class=theme_class, backdrops=backdrops,
                  fit_title=_fit_title(pieces, title))
    markers = [p for p in content if isinstance(p, ColumnMarker)]
    if layout != "two-cols" and markers:
        raise DeckError(path, markers[0].line, f"\"::{markers[0].name}::\" splits columns, "
                        f"but this slide's layout is {layout}; expected \"<!-- layout: "
                        "two-cols -->\" on this slide")
    blocks = [p.block for p in content if isinstance(p, Located)]
    line = settings.line("layout", source.line)
    if layout == "two-cols":
        return _two_cols(slide, content, line, path)
    if layout == "phases":
        return _phases(slide, blocks, line, path)
    if layout == "roles":
        return _roles(slide, blocks, settings, line, path)
    if layout == "summary":
        return _summary(slide, blocks, settings, source.line, path)
    if poll is not None:
        # Text before the poll block leads in to the statement; text after it is a line
        # under the bars (a source, a follow-up question): kept apart so each has its place.
        located = [p for p in content if isinstance(p, Located)]
        fence = fences[0].line
        return _replace(slide, blocks=tuple(p.block for p in located if p.line < fence),
                        after_poll=tuple(p.block for p in located if p.line > fence))
    return _replace(slide, blocks=tuple(blocks))


def _layout(settings: SlideSettings, has_poll: bool, fallback: int, path: Path,
            theme_class: str | None = None) -> str:
    value = settings.get("layout")
    if value is None and has_poll:
        return "poll"
    if value is None:
        # Marp's `<!-- _class: lead -->` is how its decks mark a title slide.
        return "title" if "lead" in (theme_class or "").split() else "default"
    layout = str(value).strip()
    if layout == "cover":           # Slidev's name for a title slide
        layout = "title"
    if layout not in LAYOUTS:
        raise DeckError(path, settings.line("layout", fallback), f"unknown layout \"{layout}\"; "
                        f"expected one of: {', '.join(LAYOUTS)}")
    return layout


def _title(content: list, layout: str) -> tuple[Inline, Inline, list]:
    """The first `#` heading; without one, a heading of any level that opens the slide
    (Marp decks title slides with `##` or `###`). A poll slide's headings lead in to it."""
    index = next((i for i, p in enumerate(content) if isinstance(p, Located)
                  and isinstance(p.block, Heading) and p.block.level == 1), None)
    located = [i for i, p in enumerate(content) if isinstance(p, Located)]
    if index is None and layout != "poll" and located \
            and isinstance(content[located[0]].block, Heading):
        index = located[0]
    if index is None:
        return (), (), content
    title = content[index].block.text
    rest = content[:index] + content[index + 1:]
    subtitle: Inline = ()
    if layout in ("title", "section") and index < len(rest):
        after = rest[index]
        if isinstance(after, Located) and isinstance(after.block, Heading) \
                and after.block.level == 2:
            subtitle = after.block.text
            rest = rest[:index] + rest[index + 1:]
    return title, subtitle, rest


def _fit_title(pieces: list, title: Inline) -> bool:
    return any(isinstance(p, Located) and isinstance(p.block, Heading) and p.block.fit
               and p.block.text == title for p in pieces) if title else False


def _two_cols(slide: Slide, content: list, line: int, path: Path) -> Slide:
    rights = [i for i, p in enumerate(content) if isinstance(p, ColumnMarker) and p.name == "right"]
    if not rights:
        raise DeckError(path, line, "two-cols layout needs a line \"::right::\" where the right "
                        "column starts; expected it between the two columns' text")
    if len(rights) > 1:
        raise DeckError(path, content[rights[1]].line, "a second \"::right::\" on this slide; "
                        "expected one, between the two columns")
    left = [p.block for p in content[:rights[0]] if isinstance(p, Located)]
    right = [p.block for p in content[rights[0] + 1:] if isinstance(p, Located)]
    return _replace(slide, columns=(_column(left), _column(right)))


def _column(blocks: list[Block]) -> Column:
    if blocks and isinstance(blocks[0], Heading):
        return Column(blocks[0].text, tuple(blocks[1:]))
    return Column(None, tuple(blocks))


def _list_index(blocks: list[Block], path: Path, line: int, missing: str) -> int:
    """Where the slide's first list is: the phases or roles it lays out."""
    index = next((i for i, b in enumerate(blocks) if isinstance(b, ListBlock)), None)
    if index is None:
        raise DeckError(path, line, missing)
    return index


def _phases(slide: Slide, blocks: list[Block], line: int, path: Path) -> Slide:
    index = _list_index(blocks, path, line, "phases layout needs a list of phases; expected "
                        "lines such as \"- **Ideudvikling** Mange ideer\" or "
                        "\"- Ideudvikling: Mange ideer\"")
    phases = []
    for item in blocks[index].items:
        name, caption = _name_and_rest(item)
        if not caption and item.children:
            caption = item.children[0].text
        phases.append(Phase(name, caption))
    return _replace(slide, phases=tuple(phases), blocks=tuple(blocks[:index] + blocks[index + 1:]))


def _roles(slide: Slide, blocks: list[Block], settings: SlideSettings, line: int,
           path: Path) -> Slide:
    index = _list_index(blocks, path, line, "roles layout needs a list of roles; expected lines "
                        "such as \"- **Igangsætter**\" (a description may follow on the line "
                        "or below)")
    roles = []
    for item in blocks[index].items:
        name, rest = _name_and_rest(item)
        description: list[Block] = [Paragraph(rest)] if rest else []
        if item.children:
            description.append(ListBlock(item.children, ordered=item.ordered_children))
        roles.append(Role(name, tuple(description)))
    centre = settings.get("centre")
    centre = plain(slide.title) if centre is None else " ".join(str(centre).split())
    flow = settings.get("flow") or ()
    if isinstance(flow, str):
        flow = flow.replace("→", "->").split("->")
    if not isinstance(flow, (list, tuple)):
        raise DeckError(path, settings.line("flow", line), "flow must be a list of steps; "
                        "expected \"flow: [Interaktion, Samarbejde, Innovation]\"")
    actors = settings.get("actors")
    diagram = RolesDiagram(
        centre=centre, roles=tuple(roles),
        flow=tuple(" ".join(str(step).split()) for step in flow if str(step).strip()),
        actors=None if actors is None else " ".join(str(actors).split()))
    return _replace(slide, roles=diagram, blocks=tuple(blocks[:index] + blocks[index + 1:]))


def _summary(slide: Slide, blocks: list[Block], settings: SlideSettings, fallback: int,
             path: Path) -> Slide:
    ids = settings.get("polls") or ()
    if isinstance(ids, str):
        ids = [part for part in ids.replace(",", " ").split()]
    if not isinstance(ids, (list, tuple)):
        raise DeckError(path, settings.line("polls", fallback), "polls must list poll ids; "
                        "expected \"polls: [leaders-as-source, job-descriptions]\"")
    sort = settings.get("sort")
    if sort is not None and str(sort).strip() not in SORTS:
        raise DeckError(path, settings.line("sort", fallback), f"unknown summary sort \"{sort}\"; "
                        f"expected one of: {', '.join(SORTS)}")
    return _replace(slide, blocks=tuple(blocks), summary_of=tuple(str(i).strip() for i in ids),
                    sort_summary=sort is not None and str(sort).strip() == "agreement")


def _name_and_rest(item: ListItem) -> tuple[str, Inline]:
    """`**Name** rest`, `Name: rest` or `Name – rest` -> (name, rest)."""
    spans = item.text
    if spans and spans[0].bold:
        return plain((spans[0],)).strip().rstrip(":").strip(), _strip_lead(spans[1:])
    text = plain(spans)
    for sep in _SEPARATORS:
        at = text.find(sep)
        if at > 0:
            before, after = _split(spans, at, len(sep))
            return plain(before).strip(), after
    return text.strip(), ()


def _split(spans: Inline, at: int, width: int) -> tuple[Inline, Inline]:
    before: list[Span] = []
    after: list[Span] = []
    pos = 0
    for span in spans:
        start, end = pos, pos + len(span.text)
        pos = end
        if end <= at:
            before.append(span)
        elif start >= at + width:
            after.append(span)
        else:
            head, tail = span.text[:max(0, at - start)], span.text[max(0, at + width - start):]
            if head:
                before.append(_with_text(span, head))
            if tail:
                after.append(_with_text(span, tail))
    return tuple(before), _strip_lead(tuple(after))


def _strip_lead(spans) -> Inline:
    spans = list(spans)
    while spans:
        text = spans[0].text.lstrip(" :–—-")
        if text:
            spans[0] = _with_text(spans[0], text)
            break
        spans.pop(0)
    return tuple(spans)


def _with_text(span: Span, text: str) -> Span:
    return Span(text, span.bold, span.italic, span.code, span.link)


def _replace(slide: Slide, **changes) -> Slide:
    from dataclasses import replace
    return replace(slide, **changes)
