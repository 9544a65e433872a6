"""`votedeck [DECK]`: the presenter app, from command line to a clean exit.

`run_presenter(options, config)` loads the deck (a bad deck is one `file:line:`
sentence and exit 1), starts the voting server in-process (if it cannot start, the
slides still run and say voting is down), opens the audience window on its screen,
runs Qt's event loop and, on the way out, stops the server and joins its thread
while Qt is still alive: a server thread left running at exit crashes PySide6.
It takes typed options (`PresenterOptions`, the server's `ServerConfig`), never
the command line's arguments; `start_show` builds the windows without the event
loop, for `run_presenter` and for tests.

SIGTERM and SIGINT quit the same way Ctrl+Q does, so a service manager or a test
can stop the app cleanly.
"""
from __future__ import annotations

import signal
import socket
import sys
from dataclasses import dataclass

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from presenter.paths import BUNDLED_DECK
from presenter.terminal import load_deck_or_say, say
from presenter.ui.collector import GuiThreadCollector, freeze_startup_objects
from presenter.ui.options import PresenterOptions


def audience_screen(screens: list, choice: int | None):
    """The screen the room sees: `--screen N` (1-based, in Qt's order), else the
    second screen when there is one (the first is the laptop), else the only one."""
    if choice is not None:
        if 1 <= choice <= len(screens):
            return screens[choice - 1]
        say(f"there is no screen {choice} (this machine has {len(screens)}); "
            "using the default screen instead.", named=True)
    return screens[1] if len(screens) > 1 else screens[0]


def place_window(window, screen, windowed: bool) -> None:
    """Full-screen on `screen`, or a normal window centred on it."""
    geometry = screen.availableGeometry()
    window.setScreen(screen)
    if windowed:
        width = min(1280, geometry.width())
        height = min(720, geometry.height())
        window.resize(width, height)
        window.move(geometry.center().x() - width // 2, geometry.center().y() - height // 2)
        window.show()
    else:
        # The whole screen's geometry first: an X server without a window manager (a
        # kiosk, Xvfb) ignores the full-screen request and kept the 1280x720 default.
        window.setGeometry(screen.geometry())
        window.showFullScreen()


class _QuitOnSignal:
    """SIGTERM/SIGINT -> app.quit(), through a wakeup socket Qt watches (a Python
    signal handler alone would wait until Qt hands control back to Python)."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self, app: QApplication):
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno())
        self._old = {s: signal.signal(s, lambda *_: None) for s in self.SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Read)
        self._notifier.activated.connect(lambda *_: self._drain_and_quit(app))

    def _drain_and_quit(self, app: QApplication) -> None:
        try:
            self._read.recv(64)
        except OSError:
            pass
        app.quit()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_fd)
        for s, handler in self._old.items():
            signal.signal(s, handler)
        self._read.close()
        self._write.close()


def wire_audience(router, audience, app) -> None:
    """The key router's requests that the audience window and the app carry out."""
    router.fullscreen_toggle_requested.connect(audience.toggle_full_screen)
    router.leave_fullscreen_requested.connect(audience.leave_full_screen)
    router.quit_requested.connect(app.quit)
    audience.closed.connect(app.quit)


@dataclass(frozen=True)
class Show:
    """The running presentation's parts that the way out has to stop and close."""
    presentation: object        # ShowController
    audience: object            # AudienceWindow
    console: object | None      # ConsoleWindow; None with the console off
    watcher: object | None = None   # DeckWatcher; None with --no-watch
    phone_slides: object | None = None  # PhoneSlides: the slide images phones follow


def start_show(deck, options: PresenterOptions, config, app: QApplication,
               voting_now: bool = True) -> Show:
    """Start voting (`config`, a ServerConfig; None: slides only), open the audience
    window on its screen (the one given, else the one remembered, else the rule) and
    the console beside it. Qt's event loop is the caller's. With `voting_now` False the
    caller starts voting later (`start_voting`): the app does so after the first frame,
    so the slide is on screen before the server (aiohttp, SQLite, the port) is up."""
    from dataclasses import replace

    from presenter.render.renderer import SlideRenderer
    from presenter.ui.audience_window import AudienceWindow
    from presenter.ui.console import attach_console
    from presenter.ui.keys import KeyRouter
    from presenter.ui.phone_slides import PhoneSlides
    from presenter.ui.remembered import remember_screen, screen_choice
    from presenter.ui.show_controller import ShowController
    from presenter.ui.user_settings import UserSettings

    settings = UserSettings()
    screens = QGuiApplication.screens()
    options = replace(options, screen=screen_choice([s.name() for s in screens],
                                                    settings.audience_screen, options.screen))
    presentation = ShowController(deck, SlideRenderer(deck), config)
    if voting_now:
        _start_voting(presentation)
    router = KeyRouter(presentation)
    audience = AudienceWindow(presentation, router)
    wire_audience(router, audience, app)
    # The presenter console (presenter/ui/console) places itself and wires S/Tab/T/G.
    console = attach_console(presentation, audience, router, options) if options.console else None
    # Phones follow the slide between polls; the remote sees the console's timer.
    phone_slides = PhoneSlides(presentation, console.timer if console is not None else None)
    watcher = None
    if options.watch:
        from presenter.ui.deck_watcher import DeckWatcher
        watcher = DeckWatcher(presentation, presentation)
        if console is not None:
            watcher.failed.connect(console.deck_banner.show_error)
    place_window(audience, audience_screen(screens, options.screen), options.windowed)
    remember_screen(settings, audience, len(screens))
    if console is not None:         # S moved the room's window: remember where it went
        console.screen_layout.placed.connect(
            lambda: remember_screen(settings, audience, len(QGuiApplication.screens())))
    return Show(presentation, audience, console, watcher, phone_slides)


def _start_voting(presentation) -> None:
    """Start the voting server and say where phones join (stdout's first line, which
    scripts and the tests read)."""
    if presentation.start_server():
        join = presentation.join
        print(f"Phones join at {join.url}", flush=True)
        for warning in join.warnings:      # advice for the speaker, not a failure
            print(warning, flush=True)


def start_voting(show: Show) -> None:
    """Voting for a show started with `voting_now=False`: the windows follow."""
    _start_voting(show.presentation)
    show.presentation.join_changed.emit()
    show.presentation.room_changed.emit()


def stop_show(show: Show, app: QApplication) -> None:
    """Stop watching the deck, stop the server and join its thread while Qt is still alive,
    then close the windows."""
    if show.watcher is not None:
        show.watcher.stop()
    if show.phone_slides is not None:
        show.phone_slides.stop()
    show.presentation.shutdown()
    for window in (show.console, show.audience):
        if window is not None:
            window.close()
            window.deleteLater()
    app.processEvents()


def run_presenter(options: PresenterOptions, config=None) -> int:
    """Build the app, present until quit, shut down cleanly. Returns the exit code.
    `config` is the voting server's ServerConfig; None shows the slides without voting."""
    if options.deck is None and getattr(sys, "frozen", False):
        # The installed app, double-clicked: the speaker picks a deck in a window.
        from presenter.ui.start_screen import start_screen_deck
        picked = start_screen_deck(config)
        if picked is None:
            return 0
        deck, config = picked
    else:
        deck = load_deck_or_say(options.deck or BUNDLED_DECK, named=True)
        if deck is None:
            return 1
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "votedeck"])
    app.setApplicationName("votedeck")
    # Before the windows: a SIGTERM while they are built waits on the wakeup socket and
    # quits as soon as the event loop runs, instead of killing the app mid-start.
    quit_on_signal = _QuitOnSignal(app)
    collector = GuiThreadCollector(app)      # Qt objects are freed on the GUI thread only
    try:
        show = start_show(deck, options, config, app, voting_now=False)
        from presenter.ui.first_frame import FirstPaint, quit_after_first_frame
        from presenter.ui.stay_awake import stay_awake
        held = []

        def after_first_frame() -> None:
            # The slide is on screen: now voting (its process was started ahead and has
            # imported the server meanwhile: ~20 ms for the store and the port), then the
            # keep-awake hold, then the collector's freeze.
            start_voting(show)
            held.append(stay_awake(show.console))       # no sleep or blank screen mid-talk
            freeze_startup_objects()
        FirstPaint(show.audience, after_first_frame)
        quit_after_first_frame(show.audience, app)       # only when a smoke test asks for it
        try:
            code = app.exec()
        finally:
            for awake in held:
                awake.release()
            stop_show(show, app)
    finally:
        quit_on_signal.close()
        collector.stop()
    return int(code)
