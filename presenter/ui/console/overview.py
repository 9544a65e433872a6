"""Every slide as a thumbnail: the strip under the console and the overview grid (G).

Both are lists of the same thumbnails, rendered once by the shared renderer into
a `ThumbnailCache` (a little at a time after start-up, so the console opens at
once). Clicking a thumbnail, or Enter in the grid, emits `slide_chosen(n)`.
Imports Qt, the renderer's view values and the console style only.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from presenter.render.view import RoomView

from . import style

THUMB = QSize(320, 180)     # rendered once at this size; lists scale it down
BATCH = 4                   # thumbnails rendered per idle tick


class ThumbnailCache(QObject):
    """Slide thumbnails rendered by the renderer, without live votes (they would go stale)."""

    rendered = Signal(int)      # a slide's thumbnail is ready

    def __init__(self, renderer, slide_count: int, parent: QObject | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.slide_count = slide_count
        self.pixmaps: dict[int, QPixmap] = {}
        self._pending = list(range(1, slide_count + 1))
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._render_some)
        self._idle.start()

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
            self.renderer.paint(painter, slide, RoomView(), QRectF(0, 0, THUMB.width(), THUMB.height()))
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
        placeholder = QPixmap(THUMB)
        placeholder.fill(QColor(style.PANEL_RAISED))
        for n in range(1, cache.slide_count + 1):
            item = QListWidgetItem(_icon(cache.pixmaps.get(n, placeholder)), str(n))
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        cache.rendered.connect(self._rendered)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def _rendered(self, slide: int) -> None:
        self.item(slide - 1).setIcon(_icon(self.cache.pixmaps[slide]))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.slide_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

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
