"""The default layout: a title, then the body (text, lists, pictures); short text is
balanced in the space under the title (`frame.balance_offset`)."""
from __future__ import annotations

from presenter.deck.model import Slide
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.layouts.frame import FIT_PX
from presenter.render.scene import Scene
from presenter.render.theme import HEIGHT
from presenter.render.view import RoomView


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    if slide.fit_title and not slide.blocks:
        # Marp's lone `# <!--fit-->` heading: a statement across the middle of the slide.
        frame.background(ctx, scene)
        frame.footer(ctx, scene, slide)
        frame.title(ctx, scene, slide, top=HEIGHT / 2 - FIT_PX * 0.6)
        return
    top = frame.standard(ctx, scene, slide)
    frame.body(ctx, scene, slide.blocks, frame.content_area(top, ctx), valign="balanced")
