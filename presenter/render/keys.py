"""What a laid-out scene, a rendered slide and a static layer are filed under.

The renderer's scene cache, `SlideCache`, `StaticLayers`, the render worker and the
audience window all find images by these keys. They are built here and nowhere
else, so an image rendered ahead on the worker thread is filed under exactly the
key the window asks for when the slide is shown.

A key holds only the parts of the room's `RoomView` that a slide shows: a title
slide looks the same in any room, a poll slide changes with its poll's counts, and
its static layer only with the poll's open and reveal state (the live layer draws
the counts).
"""
from __future__ import annotations

from dataclasses import dataclass

from presenter.deck.model import PdfPage, Slide
from presenter.render.view import RoomView

# Layouts that draw nothing of the room (no poll, no join details, no summary).
STATIC_LAYOUTS = frozenset({"default", "title", "section", "two-cols", "phases", "roles", "pdf"})


def depends_on_view(slide: Slide, view: RoomView | None) -> bool:
    """Whether the room's live state changes how `slide` looks (poll, join, summary, or
    the join overlay over any slide); other slides are rendered once."""
    if view is not None and view.show_join_overlay:
        return True
    return slide.layout not in STATIC_LAYOUTS


@dataclass(frozen=True)
class SlideKey:
    """A whole slide as the room sees it now: its laid-out scene and its rendered image."""

    number: int
    view: tuple | None      # the parts of the room it shows; None: it looks the same in any room

    @classmethod
    def of(cls, slide: Slide, view: RoomView | None) -> SlideKey:
        if not depends_on_view(slide, view):
            return cls(slide.number, None)
        if view is None:
            return cls(slide.number, ())
        polls = tuple((pid, tuple(sorted(pv.counts.items())), pv.voters, pv.open, pv.results_visible,
                       pv.comparison, pv.answers, pv.answer_count, pv.hand)
                      for pid, pv in _shown_polls(slide, view))
        return cls(slide.number, (_join_key(view), view.phones, polls, view.show_join_overlay,
                                  view.voting_down, view.preview))


@dataclass(frozen=True)
class LayerKey:
    """The static layer of a live slide: the join details, each shown poll's open and
    reveal state, the overlay and voting-down; not the counts or phones."""

    number: int
    view: tuple

    @classmethod
    def of(cls, slide: Slide, view: RoomView | None) -> LayerKey:
        if view is None:
            return cls(slide.number, ())
        polls = tuple((pid, pv.open, pv.results_visible, pv.comparison)
                      for pid, pv in _shown_polls(slide, view))
        return cls(slide.number, (_join_key(view), polls, view.show_join_overlay, view.voting_down,
                                  view.preview))


@dataclass(frozen=True)
class LayerImageKey:
    """A static layer rendered at one size in device pixels. `scene` is the layout's own
    part of the key (`Scene.static_key`), known once the scene is laid out."""

    layer: LayerKey
    scene: tuple
    width: int
    height: int


@dataclass(frozen=True)
class PdfPageKey:
    """One page of one version of a PDF rendered at one pixel size (presenter.render.pdf_pages
    keeps a few per thread; the slide caches file the whole slide under its `SlideKey`)."""

    path: str
    stamp: tuple[int, int]      # the file's (size, mtime_ns): a saved PDF is a new key
    page: int                   # 1-based
    width: int
    height: int

    @classmethod
    def of(cls, page: PdfPage, width: int, height: int) -> PdfPageKey:
        return cls(str(page.source.path), page.source.stamp, page.page, width, height)


def _join_key(view: RoomView) -> tuple:
    """The join details a slide may print: the live code, or an address in words (a phone's
    preview: the one it joined at; a handout: the one the room used), or that no code will
    come because voting is off (voting down has its own place in the keys: polls show it)."""
    join = view.join
    return ((join.url, join.qr, join.wifi_qr, join.wifi_ssid) if join else None,
            view.joined_url, view.last_join_url, view.voting_off)


def _shown_polls(slide: Slide, view: RoomView) -> list[tuple[str, object]]:
    """(poll id, its PollView) for each poll the slide draws: its own, or all on the summary."""
    ids = tuple(sorted(view.polls.keys())) if slide.layout == "summary" else \
        ((slide.poll.id,) if slide.poll else ())
    return [(pid, pv) for pid in ids if (pv := view.poll(pid)) is not None]
