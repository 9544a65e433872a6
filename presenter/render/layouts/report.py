"""The report's own pages on the slide canvas: its title page and its pages of text
(the room's answers, the method note). The poll pages are the deck's own poll slides,
drawn by the renderer with the session's final counts beside the comparison.

They take plain strings, not the report's values, so the renderer stays apart from
the store (presenter/report/pdf.py puts the words together). Same theme, fonts and
fitting as the slides: text that does not fit shrinks, never spills.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from presenter.deck.model import Span
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.text import Para
from presenter.render.theme import FOOTER_Y, HEIGHT, MARGIN_X, WIDTH

LEFT = MARGIN_X + 40


def title_page(ctx: Ctx, scene: Scene, *, kicker: str, talk: str, municipality: str,
               facts: str, footnote: str) -> None:
    """"Rapport fra afstemningen" · the talk · the municipality, big · place, date, n."""
    frame.background(ctx, scene)
    accent = ctx.palette.accent
    width = WIDTH - LEFT - MARGIN_X - 80
    scene.draw(lambda p: p.fillRect(QRectF(0, 0, 28, HEIGHT), accent))
    scene.text("kicker", (Para((Span(kicker),), color=ctx.muted, weight=600),),
               QRectF(LEFT, 150, width, 60), max_px=40, min_px=24)
    said = scene.text("talk", (Para((Span(talk),), color=ctx.fg, weight=600, leading=1.15),),
                      QRectF(LEFT, 230, width, 170), max_px=56, min_px=30)
    name = scene.text("municipality", (Para((Span(municipality),), color=ctx.fg, weight=700,
                                            leading=1.08),),
                      QRectF(LEFT, said.bottom() + 50, width, 260), max_px=120, min_px=56)
    scene.draw(lambda p: p.fillRect(QRectF(LEFT, name.bottom() + 40, 120, 10), accent))
    scene.text("facts", (Para((Span(facts),), color=ctx.fg, weight=600),),
               QRectF(LEFT, name.bottom() + 90, width, 120), max_px=44, min_px=24)
    scene.text("footnote", (Para((Span(footnote),), color=ctx.muted),),
               QRectF(LEFT, FOOTER_Y - 20, width, 50), max_px=28, min_px=18, valign="center")


def text_page(ctx: Ctx, scene: Scene, *, heading: str, lead: str, items: list[str],
              small: list[str] = (), page: str = "") -> None:
    """A heading, a lead line (the statement the answers are to), then the items as a list
    and, smaller, any notes under it (the sessions left out of a comparison)."""
    frame.background(ctx, scene)
    top = frame.heading(ctx, scene, (Span(heading),), max_px=64)
    area = QRectF(MARGIN_X, top, WIDTH - 2 * MARGIN_X, frame.BODY_BOTTOM - top)
    if lead:
        said = scene.text("lead", (Para((Span(lead),), color=ctx.muted, weight=600),),
                          QRectF(area.left(), area.top(), area.width(), 110), max_px=40, min_px=24)
        area.setTop(said.bottom() + 30)
    paras = [Para((Span(item),), color=ctx.fg, marker="•", space_before=0.4 if i else 0.0)
             for i, item in enumerate(items)]
    paras += [Para((Span(note),), color=ctx.muted, size=0.8, space_before=0.6 if i == 0 else 0.2)
              for i, note in enumerate(small)]
    if paras:
        scene.text("body", paras, area, max_px=38, min_px=14)
    if page:
        scene.text("footer", (Para((Span(page),), color=ctx.muted, align="right"),),
                   QRectF(WIDTH - MARGIN_X - 300, FOOTER_Y - 10, 300, 40), max_px=24,
                   halign="right", valign="center")
