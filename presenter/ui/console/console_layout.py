"""Where each panel of the presenter console sits.

Three columns under the header: what the room sees now (with the poll panel under it,
as tall as its poll needs), the next slide with the answers and the notes, and the
join details, venue checks, remote and the session's name, which scroll on a small
screen; the
banners above them, the slide strip below, and the overview grid (G) as a second page.
ConsoleWindow makes the panels and wires them; this module only places them, so the
layout can change without touching what the console does.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from presenter.ui.speaker_words import speak

from . import style
from .side_column import SideColumn, framed


def lay_out(console) -> None:
    """Put the console's panels (made by ConsoleWindow) in their places: the header,
    now | next and notes | join and venue, the banners, the overview grid, the strip."""
    body = QWidget()
    body_box = QVBoxLayout(body)
    body_box.setContentsMargins(0, 0, 0, 0)
    body_box.addWidget(console.banner)
    body_box.addWidget(console.deck_banner)
    body_box.addWidget(console.deck_notice)
    body_box.addLayout(_columns(console), 1)

    overview = QWidget()
    overview_box = QVBoxLayout(overview)
    overview_box.setContentsMargins(0, 0, 0, 0)
    overview_box.addWidget(speak(style.caption(""), "caption.overview", upper=True))
    overview_box.addWidget(console.grid, 1)

    console.pages = QStackedWidget()
    console.pages.addWidget(body)
    console.pages.addWidget(overview)

    root = QVBoxLayout(console)
    root.setContentsMargins(12, 10, 12, 8)
    root.setSpacing(8)
    root.addWidget(console.header)
    root.addWidget(console.pages, 1)
    root.addWidget(console.strip)


def _columns(console) -> QHBoxLayout:
    """Now (and the poll) | next, answers, notes | join, venue, remote, the session."""
    now_column = QVBoxLayout()
    now_column.addWidget(speak(style.caption(""), "caption.now", upper=True))
    now_column.addWidget(console.current, 1)
    console.poll_frame = framed(console.poll_panel)
    # As tall as the current poll needs, no more: the slide preview above takes the
    # rest. A slide without a poll leaves one line (where the next poll is); a fixed
    # height for the deck's largest poll left 3-option polls with an empty panel.
    console.poll_frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    now_column.addWidget(console.poll_frame)

    next_column = QVBoxLayout()
    next_column.addWidget(speak(style.caption(""), "caption.next", upper=True))
    next_column.addWidget(console.next)
    # A poll with typed answers gives its list most of the column: the speaker reads
    # and hides answers there while it runs (on a 768-px screen, equal shares left
    # the list two rows). Without one, the list is hidden and the notes have it all.
    next_column.addWidget(console.moderation, 3)
    next_column.addWidget(framed(console.notes), 1)

    # Join details and venue checks grow with what they have to say; on a small
    # laptop screen the column shrinks its QR code, then scrolls (side_column).
    console.side_scroll = SideColumn(console.join_panel, console.venue, console.remote_panel,
                                     console.session_name)
    console.header.add_beside_export(console.report.button)
    console.poll_panel.header_row.addWidget(console.paper.button)
    # Slim, in the row of chips: the poll panel stays as tall as its poll needs.
    console.paper.button.setStyleSheet("QPushButton { padding: 0px 10px; }")

    columns = QHBoxLayout()
    columns.setSpacing(12)
    columns.addLayout(now_column, 2)
    columns.addLayout(next_column, 1)
    columns.addWidget(console.side_scroll)
    return columns
