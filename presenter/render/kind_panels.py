"""What a poll slide shows below its statement for the newer kinds:

- choice: the bars, in the deck's order or the most chosen first; a pick-k poll's
  percentages are of the phones that answered (they add to more than 100 %);
- scale: one column per number, the words at both ends, the mean and the median;
- open answers: a wall of cards, newest first; past what fits legibly it shows
  the newest and "and 288 more" (with `show: cloud` or `both`, the word cloud
  takes this place, or the cloud above one row of cards: see `answers_panel`);
- questions from the room: the most upvoted first, answered ones marked.

Everything here follows the room (counts, answers), so it is drawn in the scene's
live layer. What a phone typed is a `Span` of plain text: never markup, and it
shrinks to fit its card rather than spill. No server import: the answers come
as `common.values.Answer` values in the slide's `PollView`.
"""
from __future__ import annotations

from dataclasses import replace
from statistics import median

from PySide6.QtCore import QRectF

from common.values import AGREE, CHOICE, OPEN, QUESTIONS, SCALE
from common.words import text as words_text
from presenter.deck.model import Poll, Span
from presenter.render import bars
from presenter.render.cloud.keeper import CLOUDS, CloudRequest
from presenter.render.context import Ctx
from presenter.render.layouts.cloud import cloud_area, draw_layout
from presenter.render.scene import Scene
from presenter.render.text import Para
from presenter.render.theme import option_color
from presenter.render.view import PollView

CARD_GAP = 24.0
WALL_COLUMNS = 3
CARD_MIN_H = 150.0          # below this a card's words would drop under ~24 px: show fewer
QUESTION_ROW_MIN = 110.0


def has_panel(poll: Poll) -> bool:
    """Whether the kind draws its own panel (agree and a plain one-pick choice use the bars)."""
    kind = poll.kind
    return kind.name != AGREE and not (kind.name == CHOICE and kind.pick == 1
                                       and kind.order == "deck")


def draw(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    with scene.live_layer():
        name = poll.kind.name
        if name == CHOICE:
            choice_bars(ctx, scene, poll, pv, area)
        elif name == SCALE:
            scale_columns(ctx, scene, poll, pv, area)
        elif name == OPEN:
            answers_panel(ctx, scene, poll, pv, area)
        elif name == QUESTIONS:
            question_list(ctx, scene, poll, pv, area)


def status_text(ctx: Ctx, poll: Poll, pv: PollView) -> str | None:
    """The line under the panel when it is not "N votes": answers, questions, phones."""
    language = ctx.deck.language
    if poll.kind.name == OPEN:
        return words_text(language, "slide.answers", n=pv.answer_count) if pv.answer_count \
            else words_text(language, "slide.no_answers")
    if poll.kind.name == QUESTIONS:
        return words_text(language, "slide.questions", n=pv.answer_count) if pv.answer_count \
            else words_text(language, "slide.no_questions")
    if poll.kind.name == CHOICE and poll.kind.pick > 1:
        return words_text(language, "slide.voters", n=pv.voters) + "  ·  " + \
            words_text(language, "slide.pick", k=poll.kind.pick)
    return None


# ---------------------------------------------------------------- choice

def choice_bars(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    options = poll.options
    if poll.kind.order == "count":
        # The most chosen first; a tie keeps the deck's order (sorted() is stable).
        options = tuple(sorted(options, key=lambda o: -round(pv.counts.get(o.id, 0.0))))
    of_voters = pv.voters if poll.kind.pick > 1 else None
    bars.poll_rows(ctx, scene, replace(poll, options=options), pv, area, of_voters=of_voters)


# ---------------------------------------------------------------- scale

def scale_figures(poll: Poll, counts: dict[str, float]) -> tuple[float, float] | None:
    """(mean, median) of the whole votes, or None before the first vote."""
    values: list[int] = []
    for option in poll.options:
        values.extend([int(option.id)] * round(max(0.0, counts.get(option.id, 0.0))))
    if not values:
        return None
    return sum(values) / len(values), float(median(values))


def scale_columns(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    language = ctx.deck.language
    figures_w = 420.0
    chart = QRectF(area.left(), area.top(), area.width() - figures_w - 40, area.height())
    n = len(poll.options)
    pitch = chart.width() / n
    label_h = 64.0
    ends_h = 56.0 if (poll.kind.low_label or poll.kind.high_label) else 0.0
    top, bottom = chart.top() + 50, chart.bottom() - label_h - ends_h
    counts = [max(0.0, float(pv.counts.get(o.id, 0.0))) for o in poll.options]
    peak = max(counts) if counts and max(counts) > 0 else 1.0
    printed, _ = bars.shown_counts(counts)
    for i, option in enumerate(poll.options):
        x = chart.left() + i * pitch + pitch * 0.15
        w = pitch * 0.7
        h = (bottom - top) * counts[i] / peak
        column = QRectF(x, bottom - h, w, h)
        track = QRectF(x, top, w, bottom - top)
        color = option_color(ctx.palette, option.id, 0)
        # The track is a backdrop the count may sit on, so it is not a box of its own.
        scene.draw(lambda p, t=track, c=ctx.palette.track: bars.fill_round(p, t, c, 10))
        scene.draw(lambda p, r=column, c=color: bars.fill_round(p, r, c, 10))
        scene.text("scale-count", (Para((Span(str(printed[i])),), color=ctx.fg, weight=700,
                                        align="center"),),
                   QRectF(x - 10, bottom - h - 48, w + 20, 44), max_px=36, min_px=18,
                   halign="center", valign="bottom")
        scene.text("scale-label", (Para((Span(option.label),), color=ctx.fg, weight=600,
                                        align="center"),),
                   QRectF(x - 10, bottom + 6, w + 20, label_h - 10), max_px=40, min_px=18,
                   halign="center")
    if ends_h:
        half = chart.width() / 2
        for key, text, box, align in (
                ("scale-low", poll.kind.low_label, QRectF(chart.left(), chart.bottom() - ends_h,
                                                          half, ends_h), "left"),
                ("scale-high", poll.kind.high_label, QRectF(chart.left() + half,
                                                            chart.bottom() - ends_h, half, ends_h),
                 "right")):
            scene.text(key, (Para((Span(text),), color=ctx.muted, weight=600, align=align),),
                       box, max_px=32, min_px=18, halign=align)
    figures = scale_figures(poll, dict(pv.counts))
    side = QRectF(chart.right() + 40, area.top() + 40, figures_w, area.height() - 80)
    lines = []
    if figures is not None:
        mean, middle = figures
        lines = [Para((Span(words_text(language, "slide.mean")),), color=ctx.muted, weight=600),
                 Para((Span(_number(mean, language)),), color=ctx.fg, weight=700, size=1.8),
                 Para((Span(words_text(language, "slide.median")),), color=ctx.muted,
                      weight=600, space_before=0.6),
                 Para((Span(_number(middle, language)),), color=ctx.fg, weight=700, size=1.8)]
    if lines:
        scene.text("scale-figures", tuple(lines), side, max_px=48, min_px=20, valign="center")


def _number(value: float, language: str) -> str:
    """One decimal, with the deck's decimal mark (a comma in the Nordic languages)."""
    text = f"{value:.1f}"
    return text if language.lower().startswith("en") else text.replace(".", ",")


# ---------------------------------------------------------------- open answers

def answers_panel(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    """The wall (`show: wall`), the word cloud (`show: cloud`), or the cloud above one row
    of the newest cards (`show: both`)."""
    show = poll.kind.show
    if show == "wall":
        wall(ctx, scene, pv, area)
        return
    if show == "both":
        cards_h = min(CARD_MIN_H + 56, area.height() * 0.34)
        cloud_box = QRectF(area.left(), area.top(), area.width(), area.height() - cards_h - CARD_GAP)
        wall(ctx, scene, pv, QRectF(area.left(), cloud_box.bottom() + CARD_GAP, area.width(), cards_h))
    else:
        cloud_box = area
    cloud(ctx, scene, poll, pv, cloud_box)


def cloud(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, box: QRectF) -> None:
    """The room's answers as a word cloud whose words keep their places as it grows (see
    `presenter.render.cloud.keeper`). A scene that defers clouds draws the poll's last
    layout when the one for these answers is not made yet, and notes the request."""
    area = cloud_area(box)
    request = CloudRequest(poll.id, tuple(a.text for a in pv.answers), ctx.deck.language, ctx.family,
                           area.width(), area.height())
    layout = CLOUDS.ready(request)
    if layout is None and scene.defer_clouds:
        scene.pending_clouds.append(request)
        layout = CLOUDS.latest(poll.id, area.width(), area.height())
    elif layout is None:
        layout = CLOUDS.make(request)
    if layout is not None:
        draw_layout(ctx, scene, box, layout)


def wall(ctx: Ctx, scene: Scene, pv: PollView, area: QRectF) -> None:
    """Cards of the newest answers, newest first, as many as stay legible; then a count."""
    answers = pv.answers
    if not answers:
        return
    rows = max(1, min(4, int((area.height() - 56 + CARD_GAP) // (CARD_MIN_H + CARD_GAP))))
    fits = WALL_COLUMNS * rows
    shown = answers[:fits]
    more = max(0, pv.answer_count - len(shown))
    grid = QRectF(area.left(), area.top(), area.width(), area.height() - (56 if more else 0))
    used_rows = min(rows, -(-len(shown) // WALL_COLUMNS))
    card_w = (grid.width() - CARD_GAP * (WALL_COLUMNS - 1)) / WALL_COLUMNS
    card_h = min(260.0, (grid.height() - CARD_GAP * (rows - 1)) / rows)
    cards = [(QRectF(grid.left() + col * (card_w + CARD_GAP), grid.top() + row * (card_h + CARD_GAP),
                     card_w, card_h), (Para((Span(answer.text),), color=ctx.fg, weight=600, leading=1.2),))
             for (row, col), answer in ((divmod(i, WALL_COLUMNS), a) for i, a in enumerate(shown))]
    # Cards side by side share one size: the largest at which each of them fits. Each at
    # its own (a short answer at 44 px beside a long one at 26) reads as a ransom note;
    # one size for the whole wall would let one long answer shrink every card.
    fitted = [scene.fit(paras, *_inside(card), 44, 16).px for card, paras in cards]
    row_px = [min(fitted[i:i + WALL_COLUMNS]) for i in range(0, len(fitted), WALL_COLUMNS)]
    for i, (card, paras) in enumerate(cards):
        px = row_px[i // WALL_COLUMNS]
        # The card is the backdrop of its words, not a box of its own (like a bar's track).
        scene.draw(lambda p, r=card, c=ctx.palette.track: bars.fill_round(p, r, c, 22))
        scene.text("answer", paras, card.adjusted(28, 22, -28, -22), max_px=px, min_px=min(16, px),
                   valign="center")
    if more:
        y = grid.top() + used_rows * (card_h + CARD_GAP)
        scene.text("more", (Para((Span(words_text(ctx.deck.language, "slide.more", n=more)),),
                                 color=ctx.muted, weight=600),),
                   QRectF(area.left(), y, area.width(), 48), max_px=34, min_px=18)


def _inside(card: QRectF) -> tuple[float, float]:
    """The width and height a card's words may take (inside its padding)."""
    return card.width() - 56, card.height() - 44


# ---------------------------------------------------------------- questions

def question_list(ctx: Ctx, scene: Scene, poll: Poll, pv: PollView, area: QRectF) -> None:
    """The room's questions, most upvoted first, each with its votes; answered ones muted."""
    rows = max(1, int(area.height() // QUESTION_ROW_MIN))
    shown = pv.answers[:rows]
    if not shown:
        return
    pitch = area.height() / rows
    answered_word = words_text(ctx.deck.language, "slide.answered")
    for i, question in enumerate(shown):
        row = QRectF(area.left(), area.top() + i * pitch, area.width(), pitch - 14)
        badge = QRectF(row.left(), row.top(), 150, row.height())
        fill = ctx.palette.track if question.answered else ctx.palette.accent
        ink = ctx.muted if question.answered else ctx.palette.on_accent.name()
        scene.draw(lambda p, r=badge, c=fill: bars.fill_round(p, r, c, 18))
        scene.text("votes", (Para((Span(f"▲ {question.votes}"),), color=ink, weight=700,
                                  align="center"),),
                   badge.adjusted(8, 6, -8, -6), max_px=40, min_px=18, halign="center",
                   valign="center")
        spans = [Span(question.text)]
        if question.answered:
            spans.append(Span(f"  ({answered_word})", italic=True))
        scene.text("question", (Para(tuple(spans), color=ctx.muted if question.answered else ctx.fg,
                                     weight=600, leading=1.15),),
                   QRectF(badge.right() + 28, row.top(), row.width() - badge.width() - 28,
                          row.height()), max_px=44, min_px=18, valign="center")
