"""The default layout: a title, then the body (text, lists, pictures); short text is
balanced in the space under the title (`frame.balance_offset`)."""
from __future__ import annotations

from presenter.deck.model import Slide
from presenter.render.context import Ctx
from presenter.render.layouts import frame
from presenter.render.scene import Scene
from presenter.render.view import RoomView


def build(ctx: Ctx, scene: Scene, slide: Slide, view: RoomView | None) -> None:
    top = frame.standard(ctx, scene, slide)
    frame.body(ctx, scene, slide.blocks, frame.content_area(top, ctx), valign="balanced")
