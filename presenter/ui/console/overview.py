"""Every slide as a thumbnail: the strip under the console and the overview grid (G).

Both are lists of the same thumbnails, rendered by the shared renderer into a
`ThumbnailCache` (a little at a time after start-up, so the console opens at once;
a poll or summary slide again when its counts or its poll's open state change, at most
every VOTES_MS, so the grid never shows 0 votes where 40 were recorded, nor a closed
poll open; when only its typed answers change, at most every ANSWERS_MS). The grid
fills its area: as many columns as make the thumbnails largest, centred. Clicking a thumbnail, or Enter in
the grid, emits `slide_chosen(n)`.
Imports Qt, the renderer's view values and the console style only.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from presenter.render.view import RoomView
from presenter.ui.turns import gui_turns

from . import style

THUMB = QSize(320, 180)     # rendered at this size; lists scale it down
BATCH = 4                   # thumbnails rendered per idle tick
VOTES_MS = 500              # a poll slide's thumbnail follows its counts this often at most
# ... and its typed answers this often: a wall and a cloud cost 3-8 ms a thumbnail, and
# answers pour in while the speaker watches the live "now" preview, not the strip.
ANSWERS_MS = 2000
LABEL = 26                  # px under a grid thumbnail for its number


class ThumbnailCache(QObject):
    """Slide thumbnails rendered by the renderer; poll slides with the counts as they
    were at most VOTES_MS ago (`follow_votes`)."""

    rendered = Signal(int)      # a slide's thumbnail is ready
    deck_replaced = Signal()    # no payload: the thumbnails are of a new deck (`slide_count`)

    def __init__(self, renderer, slide_count: int, parent: QObject | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.slide_count = slide_count
        self.pixmaps: dict[int, QPixmap] = {}
        self._pending = list(range(1, slide_count + 1))
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        # Each batch, and each redraw of changed counts, on a turn of the GUI loop of its
        # own (presenter/ui/turns.py).
        self._idle.timeout.connect(lambda: gui_turns().run(self, "some", self._render_some))
        self._idle.start()
        self._view = RoomView()
        self._drawn: dict[int, tuple] = {}     # poll slide -> what its thumbnail shows
        self._wanted: dict[int, tuple] = {}
        self._votes = QTimer(self)
        self._votes.setSingleShot(True)
        self._votes.timeout.connect(lambda: gui_turns().run(self, "votes", self._render_votes))

    def replace_deck(self, slide_count: int) -> None:
        """The deck was saved while shown: every thumbnail is drawn again, a little at a
        time as at start (the renderer draws the new deck already); `deck_replaced` tells
        the lists to lay out `slide_count` places first."""
        self.slide_count = slide_count
        self.pixmaps.clear()
        self._drawn.clear()
        self._wanted = {}
        self._pending = list(range(1, slide_count + 1))
        self.deck_replaced.emit()
        self._idle.start()

    def follow_votes(self, view: RoomView, slide_polls: dict[int, tuple[str, ...]]) -> None:
        """The room's counts now (`view`; `slide_polls`: slide -> the polls it shows, its
        own or a summary's): slides whose counts or join details changed are drawn again
        within VOTES_MS. Not on every vote: 500 votes a second would render all the time."""
        wanted: dict[int, tuple] = {}        # slide -> (its counts and state, its answers)
        # How phones join, or that voting is down: a poll's corner code and the join slide
        # print it. A thumbnail that kept a dead server's QR sent the speaker's eye wrong.
        joining = (view.join, view.voting_down, view.voting_off)
        for slide in range(1, self.slide_count + 1):
            if slide not in slide_polls and self.renderer.depends_on_view(slide, None):
                wanted[slide] = ((joining,), ())
        for slide, poll_ids in slide_polls.items():
            state: list = [joining]
            answers: list = []
            for poll_id in poll_ids:
                poll = view.poll(poll_id)
                if poll is not None:
                    counts = tuple(sorted((option, round(n)) for option, n in poll.counts.items()))
                    # Open or closed too: the pill and the corner's code say it, and a
                    # thumbnail drawn while open kept saying "open" after the poll closed.
                    state.append((poll_id, poll.open, poll.voters, poll.results_visible, counts))
                    # Typed answers (a wall, a cloud, questions): the ones shown, with their
                    # votes and flags, so a new, hidden or answered one draws it again.
                    answers.append((poll.answer_count, poll.answers))
            wanted[slide] = (tuple(state), tuple(answers))
        self._view = view
        self._wanted = wanted
        drawn = [self._drawn.get(slide) for slide in wanted]
        if all(old == new for old, new in zip(drawn, wanted.values())):
            return
        counted = any(old is None or old[0] != new[0] for old, new in zip(drawn, wanted.values()))
        due = VOTES_MS if counted else ANSWERS_MS
        # Not restarted unless sooner: steady voting still redraws twice a second.
        if not self._votes.isActive() or self._votes.remainingTime() > due:
            self._votes.start(due)

    def _render_votes(self) -> None:
        for slide, state in self._wanted.items():
            if self._drawn.get(slide) != state:
                self._drawn[slide] = state
                self._render(slide)

    def pixmap(self, slide: int) -> QPixmap:
        if slide not in self.pixmaps:
            self._render(slide)
        return self.pixmaps[slide]

    def _render_some(self) -> None:
        for slide in self._pending[:BATCH]:
            if slide not in self.pixmaps:
                self._render(slide)
        del self._pending[:BATCH]
        if not self._pending:
            self._idle.stop()

    def _render(self, slide: int) -> None:
        image = QImage(THUMB, QImage.Format.Format_RGB32)
        image.fill(QColor("black"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        try:
            self.renderer.paint(painter, slide, self._view, QRectF(0, 0, THUMB.width(), THUMB.height()))
        finally:
            painter.end()
        self.pixmaps[slide] = QPixmap.fromImage(image)
        self.rendered.emit(slide)


class SlideList(QListWidget):
    """Thumbnails with their numbers; `strip=True` is one scrolling row, else a grid."""

    slide_chosen = Signal(int)

    def __init__(self, cache: ThumbnailCache, strip: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.cache = cache
        self.strip = strip
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        icon = QSize(112, 63) if strip else QSize(224, 126)
        self.setIconSize(icon)
        if strip:
            self.setFlow(QListView.Flow.LeftToRight)
            self.setWrapping(False)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFixedHeight(icon.height() + 44)
            # The strip never takes the keyboard: arrows belong to the presentation.
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            self.setWrapping(True)
            self.setFlow(QListView.Flow.LeftToRight)
        self.setFont(style.font(9 if strip else 11))
        self._add_items()
        cache.rendered.connect(self._rendered)
        cache.deck_replaced.connect(self._add_items)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def _add_items(self) -> None:
        """One place per slide of the cache's deck, its thumbnail or a blank until drawn."""
        current = self.currentRow()
        self.clear()
        placeholder = QPixmap(THUMB)
        placeholder.fill(QColor(style.PANEL_RAISED))
        for n in range(1, self.cache.slide_count + 1):
            item = QListWidgetItem(_icon(self.cache.pixmaps.get(n, placeholder)), str(n))
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        if 0 <= current < self.count():
            self.setCurrentRow(current)

    def _rendered(self, slide: int) -> None:
        item = self.item(slide - 1)
        if item is not None:
            item.setIcon(_icon(self.cache.pixmaps[slide]))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.slide_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.strip:
            self._fill_area()

    def _fill_area(self) -> None:
        """The grid's columns and thumbnail size that fill the area best, centred in it:
        left-aligned fixed thumbnails left a strip on the right and the lower half empty."""
        count = self.count()
        # Inside the frame, beside a scroll bar (a long deck still scrolls) and with a
        # few pixels spare: a last column that misses by one pixel would wrap and push
        # the last row out of sight.
        area = self.contentsRect().size() - QSize(self.verticalScrollBar().sizeHint().width() + 4, 4)
        if count == 0 or area.width() < 50 or area.height() < 50:
            return
        gap = 2 * self.spacing() + 8
        best = None
        for columns in range(1, count + 1):
            rows = -(-count // columns)
            width = min(area.width() / columns - gap, (area.height() / rows - LABEL - gap) * 16 / 9)
            if best is None or width > best[0]:
                best = (width, columns, rows)
        width, columns, rows = best
        # Not above the rendered size: Qt does not scale an icon up, it would sit small
        # in a large cell.
        width = max(64, min(THUMB.width(), int(width)))
        icon = QSize(width, round(width * 9 / 16))
        cell = QSize(width + gap, icon.height() + LABEL + gap)
        self.setIconSize(icon)
        self.setGridSize(cell)
        left = max(0, (area.width() - columns * cell.width()) // 2)
        top = max(0, (area.height() - rows * cell.height()) // 2)
        self.setViewportMargins(left, top, 0, 0)

    def set_current_slide(self, slide: int) -> None:
        item = self.item(slide - 1)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)

    def minimumSizeHint(self) -> QSize:
        if self.strip:
            return QSize(200, self.height())
        return QSize(240, 160)


def _icon(pixmap: QPixmap) -> QIcon:
    # The same picture when selected: Qt would tint it blue, and the speaker should
    # see the slide as it is; the frame around the item marks the current one.
    icon = QIcon()
    icon.addPixmap(pixmap, QIcon.Mode.Normal)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def polls_by_slide(deck) -> dict[int, tuple[str, ...]]:
    """Slide -> the polls whose counts its thumbnail shows: its own, or a summary's."""
    shown: dict[int, tuple[str, ...]] = {}
    for poll in deck.polls:
        shown[poll.slide] = shown.get(poll.slide, ()) + (poll.id,)
    for n, slide in enumerate(deck.slides, start=1):
        if slide.summary_of:
            shown[n] = shown.get(n, ()) + tuple(slide.summary_of)
    return shown
