"""One module per slide layout; each has `build(ctx, scene, slide, view)`.

`LAYOUTS` maps the deck model's layout names to those functions.
"""
from __future__ import annotations

from presenter.render.layouts import (
    default,
    join,
    pdf_page,
    phases,
    poll,
    roles,
    section,
    summary,
    title,
    two_cols,
)

LAYOUTS = {
    "default": default.build,
    "title": title.build,
    "section": section.build,
    "two-cols": two_cols.build,
    "phases": phases.build,
    "roles": roles.build,
    "poll": poll.build,
    "join": join.build,
    "summary": summary.build,
    "pdf": pdf_page.build,
}
