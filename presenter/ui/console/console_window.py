"""The presenter console: the window the speaker works in while the room watches.

It shows the current slide exactly as the room sees it (the audience's own
RoomView and screen mode, drawn by the shared renderer), the next slide, the
notes, slide n of N, the elapsed timer and clock, the poll panel, the join panel,
a thumbnail strip and an overview grid (G), and a notice of the deck's warnings
(deck_warnings.py). It reads the `ShowController` and calls
its verbs; keys go through the same `KeyRouter` as the audience window, so a key
does the same thing in both.

Every word of its own is in the speaker's language (presenter.ui.speaker_words:
the one picked in the header's list, else the system's): it is the speaker's tool,
and the speaker may be a guest who does not read the deck's language. Only what the
room sees (the slides, the phone page, a poll's question and options) is in the
deck's language. The notes' font size is remembered per user (UserSettings).

Server values reach it only through the ShowController.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from presenter.data_folder import remember_data_dir
from presenter.ui.speaker_words import console_text, failure_text, retranslate
from presenter.ui.turns import gui_turns
from presenter.ui.user_settings import UserSettings

from . import style
from .console_layout import lay_out
from .deck_banner import DeckErrorBanner
from .deck_warnings import DeckWarningsNotice
from .hand_counts import PaperBallotsAction
from .header import ConsoleHeader
from .join_panel import JoinPanel
from .moderation import ModerationList
from .notes_panel import NotesPanel
from .overview import SlideList, ThumbnailCache
from .paced import Paced
from .poll_panel import PollPanel
from .remote_panel import RemotePanel
from .report_action import ChooseFile, ReportAction, ask_for_file
from .results_export import ExportAction, ask_for_folder
from .room_refresh import refresh_panels, refresh_previews
from .session_name import SessionNamePanel
from .slide_preview import SlidePreview
from .status_banner import VotingDownBanner
from .timer import ElapsedTimer, TimerPanel
from .venue_checks import VenueChecks

# The console follows the room at most twice a second (presenter/ui/console/paced.py), as
# a presenter view of Slido or Mentimeter does: with 5 a second, its refreshes were most
# of the GUI-thread turns over 16 ms at 50 answers a second (bench/answer_to_wall.py
# --console). A slide change or a key the speaker pressed still shows at once.
ROOM_REFRESH_MS = 500
PANELS_AFTER_MS = 60        # the panels' refresh this long after the previews': two short turns
# Keys the overview grid keeps for itself while it is open.
GRID_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
             Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class ConsoleWindow(QWidget):
    """Everything the speaker needs, on the laptop screen."""

    def __init__(self, presentation, key_router=None, *,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = datetime.now,
                 confirm_reset: Callable[[QWidget], bool] | None = None,
                 choose_folder: Callable[[QWidget], Path | None] = ask_for_folder,
                 choose_report_file: ChooseFile = ask_for_file, settings=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.presentation = p = presentation
        self.key_router = key_router
        self.screen_layout = None       # set by attach_console: S/Tab move the windows
        if confirm_reset is None:
            from presenter.ui.keys import ask_reset
            confirm_reset = key_router.confirm_reset if key_router is not None else ask_reset
        self.setObjectName("ConsoleRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(style.style_sheet())
        app_font = self.font()
        app_font.setFamily(style.family())      # the slides' Inter, not the system's DejaVu
        self.setFont(app_font)
        self.setWindowTitle(console_text("window.title", deck=p.deck.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.timer = ElapsedTimer(clock)
        self.timer_panel = TimerPanel(self.timer, now)
        self.export = ExportAction(presentation, choose_folder, self)
        self.header = ConsoleHeader(p.deck.title, self.export, self.timer_panel)
        self.header.overview_button.clicked.connect(self.toggle_overview)
        self.header.language.currentIndexChanged.connect(self.language_changed)
        # Issue 14 from the window: the report, paper ballots and the session's name.
        self.report = ReportAction(presentation, choose_report_file, self.export.note, self)
        self.paper = PaperBallotsAction(presentation, self)
        self.session_name = SessionNamePanel(presentation, settings)

        self.current = SlidePreview(p.renderer, minimum_width=256)     # 1024 × 768 holds a 9-option poll
        self.current.follows_width = False
        self.next = SlidePreview(p.renderer)
        self.settings = settings if settings is not None else UserSettings()
        self.notes = NotesPanel()
        self.notes.set_point_size(self.settings.notes_point_size or self.notes.point_size)
        self.poll_panel = PollPanel(confirm_reset)
        self.moderation = ModerationList()      # typed answers and questions of the poll
        self.join_panel = JoinPanel()
        self.venue = VenueChecks(p, self.join_panel)     # evidence, firewall hint, rehearsal
        self.remote_panel = RemotePanel()       # the speaker's phone as a remote
        self.banner = VotingDownBanner()
        self.deck_banner = DeckErrorBanner()     # a save that broke the deck (deck_watcher)
        self.deck_notice = DeckWarningsNotice()  # what to check in the deck: advice, the speaker's only
        self.deck_notice.set_warnings(p.deck.warnings)
        self.thumbnails = ThumbnailCache(p.renderer, p.slide_count, self)
        self._room_refresh = Paced(ROOM_REFRESH_MS, self._paced_previews, self)
        self._panels_refresh = Paced(ROOM_REFRESH_MS, lambda: refresh_panels(self), self,
                                     after_ms=PANELS_AFTER_MS)
        self.strip = SlideList(self.thumbnails, strip=True)
        self.grid = SlideList(self.thumbnails, strip=False)

        lay_out(self)
        self._connect()
        self.refresh_all()

    def _connect(self) -> None:
        p = self.presentation
        p.slide_changed.connect(self._on_slide_changed)
        p.room_changed.connect(self._room_refresh.poke)
        p.screen_mode_changed.connect(lambda _mode: self.refresh_room())
        p.join_changed.connect(self.refresh_join)
        p.server_failed.connect(self._on_server_failed)
        p.deck_replaced.connect(self.deck_banner.clear)
        p.deck_replaced.connect(lambda: self.deck_notice.set_warnings(p.deck.warnings))
        p.deck_replaced.connect(lambda: self.thumbnails.replace_deck(p.slide_count))
        self.poll_panel.open_requested.connect(p.set_poll_open)
        self.poll_panel.reveal_requested.connect(p.set_reveal)
        self.poll_panel.reset_requested.connect(p.reset_poll)
        self.poll_panel.compare_requested.connect(p.toggle_compare)
        self.moderation.moderate_requested.connect(
            lambda answer_id, flag, value: p.moderate(answer_id, **{flag: value}))
        self.join_panel.join_screen_requested.connect(p.toggle_join_overlay)
        self.remote_panel.pair_requested.connect(
            lambda: self.remote_panel.show_link(p.remote_link()))
        self.banner.restart_requested.connect(self.restart_voting)
        self.banner.data_dir_chosen.connect(self.use_data_dir)
        self.strip.slide_chosen.connect(p.go_to)
        self.grid.slide_chosen.connect(self._grid_chosen)
        self.notes.point_size_changed.connect(self._remember_notes_size)
        if self.key_router is not None:
            self.key_router.timer_toggle_requested.connect(self.timer_panel.toggle)
            self.key_router.overview_requested.connect(self.toggle_overview)

    # ------------------------------------------------------------ the speaker's choices

    def language_changed(self) -> None:
        """The speaker picked another language: every word of the console in it now."""
        retranslate(self)
        self.setWindowTitle(console_text("window.title", deck=self.presentation.deck.title))
        self.header.show_overview_open(self.overview_visible)
        self.session_name.field.setPlaceholderText(console_text("session.placeholder"))
        self.timer_panel.refresh()
        self.refresh_all()
        self.venue.refresh()

    def _remember_notes_size(self, size: int) -> None:
        self.settings.notes_point_size = size

    # ------------------------------------------------------------ refresh

    def refresh_all(self) -> None:
        self._refresh_slide()
        self.refresh_join()

    def _on_slide_changed(self, _n: int) -> None:
        self.timer_panel.slide_changed()
        self._refresh_slide()

    def _refresh_slide(self) -> None:
        p = self.presentation
        self.header.show_position(p.slide, p.slide_count)
        self.notes.set_notes(p.deck.slides[p.slide - 1].notes)
        self.strip.set_current_slide(p.slide)
        self.grid.set_current_slide(p.slide)
        self.refresh_room()

    def refresh_room(self) -> None:
        """The live parts: previews (with the room's own view), poll panel, status line."""
        refresh_previews(self)
        refresh_panels(self)

    def _paced_previews(self) -> None:
        """The room changed: the previews now, the panels in a turn (and a paint) of their own."""
        refresh_previews(self)
        self._panels_refresh.poke()

    def refresh_join(self) -> None:
        p = self.presentation
        join_view = p.room_view(for_audience=False).join
        self.join_panel.set_join(p.join if p.server is not None else None,
                                 join_view.qr if join_view is not None else None,
                                 down_reason=(failure_text(p.voting_error)
                                              if p.voting_enabled and p.voting_error else None),
                                 starting=p.voting_enabled and p.server is None
                                 and not p.voting_down)
        if p.server is not None or not p.voting_enabled:
            self.banner.hide()
        elif p.voting_error:
            self.banner.show_failure(p.voting_error)
        self.refresh_room()

    def _on_server_failed(self, error) -> None:
        self.banner.show_failure(error)
        self.refresh_join()

    def restart_voting(self) -> None:
        self.presentation.restart_server()
        self.refresh_join()

    def use_data_dir(self, folder: str) -> None:
        """The speaker picked another data folder after voting went down: votes go
        there from now on (remembered for the next talk), and voting starts again."""
        remember_data_dir(Path(folder))     # the commands after the talk look there too
        self.presentation.use_data_dir(Path(folder))
        self.refresh_join()

    def export_results(self) -> list[Path]:
        return self.export.run()

    # ------------------------------------------------------------ overview grid

    @property
    def overview_visible(self) -> bool:
        return self.pages.currentIndex() == 1

    def toggle_overview(self) -> None:
        showing = not self.overview_visible
        self.pages.setCurrentIndex(1 if showing else 0)
        self.header.show_overview_open(showing)
        self.strip.setVisible(not showing)     # the grid already shows every slide
        if showing:
            self.grid.set_current_slide(self.presentation.slide)
            self.grid.setFocus()
        else:
            self.setFocus()

    def _grid_chosen(self, n: int) -> None:
        self.presentation.go_to(n)
        if self.overview_visible:
            self.toggle_overview()

    # ------------------------------------------------------------ keys

    def event(self, event) -> bool:
        # Here, before Qt's own Tab focus handling, so Tab toggles the console.
        if event.type() == QEvent.Type.KeyPress and self._handle_key(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.UpdateRequest:
            # The console's repaint (5-10 ms with its backing store) on a turn of the GUI
            # loop of its own, not beside the room window's step (presenter/ui/turns.py).
            gui_turns().run(self, "paint", self._paint_now)
            return True
        return super().event(event)

    def _paint_now(self) -> None:
        super().event(QEvent(QEvent.Type.UpdateRequest))

    def _handle_key(self, event) -> bool:
        key = event.key()
        if self.overview_visible:
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_G):
                self.toggle_overview()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.grid.currentItem() is not None:
                self._grid_chosen(int(self.grid.currentItem().data(Qt.ItemDataRole.UserRole)))
                return True
            if key in GRID_KEYS:
                return False        # the grid moves its selection
        return self.key_router is not None and self.key_router.handle_key(event, self)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False        # Tab is a presenter key here, not focus navigation

    def closeEvent(self, event) -> None:
        # The speaker closing the console (title bar, Alt+F4) only hides it: Tab brings
        # it back and the show goes on. Qt's own close on quit is not spontaneous and
        # must be accepted, or Ctrl+Q would be refused.
        if event.spontaneous():
            event.ignore()
            self.hide()
        else:
            super().closeEvent(event)
