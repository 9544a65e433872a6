"""The report after the talk as a PDF for the municipality, in the deck's language.

Pages, all 16:9 like the slides and drawn by the same renderer (vector text through
QPdfWriter): a title page (talk, municipality, place, date, n), each poll the deck
asked as its own poll slide with the session's final counts beside the comparison
(paper ballots included and marked), the room's open answers and questions where
there were any, and a short method note (anonymous, one vote per phone per poll, the
last counts, what was counted on paper, which sessions were left out and why).

Needs a QGuiApplication (fonts); `votedeck report` makes an offscreen one.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from common.words import group
from presenter.render.layouts import report as pages
from presenter.render.renderer import SlideRenderer
from presenter.render.scene import Scene
from presenter.render.theme import HEIGHT, WIDTH
from presenter.render.view import ComparisonView, PollView, RoomView
from presenter.report.data import Report, ReportPoll

ANSWERS_PER_PAGE = 12       # beyond this the text would shrink below reading size on paper


def room_view(poll: ReportPoll, earlier: bool, before: ReportPoll | None = None) -> RoomView:
    """The poll's slide as the report draws it: closed, results showing, the tour beside
    (a re-vote: the room's own earlier answer beside it, before/after, with the shift)."""
    comparison = None
    if before is not None and before.room.voters:
        comparison = ComparisonView(before.room.counts, before.room.voters, 1, True,
                                    before.room.hand_total, before=True)
    elif poll.others is not None and poll.others.voters:
        comparison = ComparisonView(poll.others.counts, poll.others.voters, poll.others.sessions,
                                    earlier, poll.others.hand_total)
    view = PollView(counts=MappingProxyType({o: float(n) for o, n in poll.room.counts}),
                    voters=poll.room.voters, open=False, results_visible=True,
                    comparison=comparison, hand=poll.room.hand_total)
    return RoomView(polls=MappingProxyType({poll.poll_id: view}))


def write_report_pdf(report: Report, deck, path: Path, *, earlier: bool = True) -> int:
    """Write the PDF; returns its page count. OSError when `path` cannot be written."""
    renderer = SlideRenderer(deck, cache_layers=False)
    ctx = renderer.context()
    words = group(deck.language, "report")
    scenes = [_title(ctx, report, words, deck)]
    slides = {p.id: p.slide for p in deck.polls}
    again = revotes(report, deck)
    poll_pages = [(slides[p.poll_id], room_view(p, earlier, report.poll(again.get(p.poll_id, ""))))
                  for p in report.polls if p.poll_id in slides]
    scenes += _answer_pages(ctx, report, words)
    scenes.append(_method(ctx, report, words, again))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{words['kicker']}: {report.session.name}")
    writer.setCreator("votedeck")
    writer.setResolution(1200)
    page = QPageSize(QSizeF(338.6666, 190.5), QPageSize.Millimeter, "16:9")
    writer.setPageLayout(QPageLayout(page, QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    count = 0
    try:
        # Title first, then the polls in slide order, then answers and the method note.
        order = [("scene", scenes[0])] + [("slide", x) for x in poll_pages] + \
                [("scene", s) for s in scenes[1:]]
        for kind, item in order:
            if count:
                writer.newPage()
            target = QRectF(0, 0, writer.width(), writer.height())
            if kind == "slide":
                renderer.paint(painter, item[0], item[1], target)
            else:
                _paint(painter, item, target)
            count += 1
    finally:
        painter.end()
    return count


def _paint(painter: QPainter, scene: Scene, target: QRectF) -> None:
    painter.save()
    try:
        painter.translate(target.topLeft())
        painter.scale(target.width() / WIDTH, target.height() / HEIGHT)
        painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT))
        painter.setRenderHint(QPainter.Antialiasing, True)
        scene.paint(painter)
    finally:
        painter.restore()


def _title(ctx, report: Report, words, deck) -> Scene:
    session = report.session
    facts = [x for x in (session.place, session.held_on) if x]
    facts.append(words["voters"].format(n=session.voters))
    if report.hand_total:
        facts.append(words["hand_total"].format(n=report.hand_total))
    scene = Scene(ctx.palette.background, ctx.family)
    pages.title_page(ctx, scene, kicker=words["kicker"], talk=deck.title or session.deck_title,
                     municipality=session.name, facts="  ·  ".join(facts),
                     footnote=words["made_by"])
    return scene


def _answer_pages(ctx, report: Report, words) -> list[Scene]:
    scenes = []
    for answers in report.answers:
        items = [text + (f"  ({words['upvotes'].format(n=ups)})" if ups else "")
                 for text, ups in answers.items]
        for start in range(0, len(items), ANSWERS_PER_PAGE):
            scene = Scene(ctx.palette.background, ctx.family)
            pages.text_page(ctx, scene, heading=words[answers.heading], lead=answers.question,
                            items=items[start:start + ANSWERS_PER_PAGE])
            scenes.append(scene)
    return scenes


def revotes(report: Report, deck) -> dict[str, str]:
    """Re-vote poll id -> the earlier poll it asked again (deck `again:`), both in the report."""
    return {p.id: p.again for p in deck.polls
            if p.again and report.poll(p.id) is not None and report.poll(p.again) is not None}


def method_lines(report: Report, words, again: dict[str, str] | None = None
                 ) -> tuple[list[str], list[str]]:
    """The method note's sentences and, smaller, the re-votes (before → after) and the
    sessions left out and why."""
    lines = [words["method_anonymous"], words["method_one_vote"]]
    if report.hand_total or any(p.others is not None and p.others.hand for p in report.polls):
        lines.append(words["method_hand"])
    compared = any(p.others is not None for p in report.polls)
    lines.append(words["method_compare"].format(sessions=len(report.compared)) if compared
                 else words["method_no_compare"])
    notes = []
    if again:
        notes.append(words["again"] + ":")
        for later, first in again.items():
            before, after = report.poll(first), report.poll(later)
            notes.append(words["again_line"].format(
                poll=_short(after.question), first=before.slide, later=after.slide,
                before=before.room.voters, after=after.room.voters))
    if compared and report.left_out:
        notes.append(words["left_out"])
        for x in report.left_out:
            poll = report.poll(x.poll_id)
            question = poll.question if poll is not None else x.poll_id
            question = _short(question)
            notes.append(words.get(x.why, words["not_asked"]).format(session=x.session_name,
                                                                    poll=question))
    return lines, notes


def _short(question: str) -> str:
    return question if len(question) <= 70 else question[:69] + "…"


def _method(ctx, report: Report, words, again: dict[str, str] | None = None) -> Scene:
    lines, notes = method_lines(report, words, again)
    scene = Scene(ctx.palette.background, ctx.family)
    pages.text_page(ctx, scene, heading=words["method"], lead="", items=lines, small=notes)
    return scene
