"""The console's venue checks: will the room's phones reach this laptop?

`VenueChecks` keeps the join panel's evidence fresh (phones seen in the last
minute, the "no phone yet" hint, the laptop's addresses to pick from) once a
second, says the firewall hint once at start, and runs a rehearsal on request.
The slow checks (firewall ~3 s, rehearsal up to ~20 s) run on worker threads
(`Background`) that never touch Qt: the GUI thread polls for their result, so
a check still running when the app quits cannot reach a widget being deleted.

The console speaks the speaker's language (presenter.ui.speaker_words), whatever
the deck's: it is the speaker's tool, and the speaker may be a guest who does not
read the deck's language. So the evidence line and the no-phone hint are
server.net.reachability's texts in the speaker's language.

The firewall hint and the rehearsal's verdict come back from the workers as phrases
(common.words.Phrase), never as sentences: the worker does not know the speaker's
language, and a label that keeps its phrases (`speak_phrase`) says them again when the
speaker picks another language, however long ago they were shown.

Must not import the running server: it goes through the ShowController and
`presenter.ui.venue` (plain functions that return phrases); of the server it
imports only `server.net.reachability`'s wording (plain functions, no aiohttp).
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from common.words import Phrase
from presenter.ui import venue
from presenter.ui.speaker_words import speak, speak_phrase, speaker_language
from server.net.reachability import no_phone_hint, reachability_line

from . import style

EVIDENCE_MS = 1000
POLL_MS = 100


class Background(QObject):
    """One function at a time on a worker thread; `finished` on the GUI thread."""

    finished = Signal(object)    # payload: what the function returned

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._box: list = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, function, *args) -> bool:
        """Run `function(*args)` (it must not raise, nor touch Qt); False if busy."""
        if self._thread is not None:
            return False
        # The worker writes only into these plain objects, never into this QObject.
        done, box = threading.Event(), []
        self._done, self._box = done, box

        def work() -> None:
            try:
                box.append(function(*args))
            finally:
                done.set()

        # Daemon only as a last resort: `join` on quit is the normal end.
        self._thread = threading.Thread(target=work, name=self._name, daemon=True)
        self._thread.start()
        self._poll.start()
        return True

    def join(self, timeout: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _check(self) -> None:
        if not self._done.is_set():
            return
        self._poll.stop()
        self._thread = None
        self.finished.emit(self._box[0] if self._box else None)


class VenueChecks(QWidget):
    """Firewall hint and rehearsal (a small panel), and the join panel's evidence."""

    def __init__(self, presentation, join_panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.presentation = presentation
        self.join_panel = join_panel
        self._candidates: tuple = ()
        self._firewall_checked = False
        self._cancel = threading.Event()

        self.firewall_label = QLabel()
        self.firewall_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firewall_label.setWordWrap(True)
        self.firewall_label.setProperty("role", "warning")
        self.firewall_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.firewall_label.hide()
        self.rehearse_button = speak(QPushButton(), "venue.rehearse", tip="venue.rehearse_tip",
                                     seconds=round(venue.REHEARSAL_SECONDS),
                                     phones=venue.REHEARSAL_PHONES)
        self.rehearse_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rehearse_button.clicked.connect(self.rehearse)
        self.rehearse_label = QLabel()
        self.rehearse_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rehearse_label.setWordWrap(True)
        self.rehearse_label.setProperty("role", "muted")
        self.rehearse_label.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(speak(style.caption(""), "venue.caption", upper=True))
        column.addWidget(self.firewall_label)
        column.addWidget(self.rehearse_button)
        column.addWidget(self.rehearse_label)

        self.firewall_job = Background("votedeck-firewall-check", self)
        self.firewall_job.finished.connect(self._firewall_done)
        self.rehearsal_job = Background("votedeck-rehearsal", self)
        self.rehearsal_job.finished.connect(self._rehearsal_done)
        self.timer = QTimer(self)
        self.timer.setInterval(EVIDENCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        presentation.join_changed.connect(self.refresh)
        join_panel.address_chosen.connect(presentation.choose_join_host)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.refresh()

    # ------------------------------------------------------------ once a second

    def refresh(self) -> None:
        """Evidence, the address picker, and (once, when voting is up) the firewall check."""
        p = self.presentation
        self.rehearse_button.setEnabled(p.join is not None and p.server is not None
                                        and not self.rehearsal_job.running)
        reach = p.reachability()
        if reach is None:
            self._candidates = ()
            return                  # the join panel already says voting is off or down
        self.join_panel.set_evidence(reach.phones, nobody_yet=reach.needs_hint,
                                     line=reachability_line(reach, speaker_language()),
                                     hint=no_phone_hint(p.join.port, speaker_language()),
                                     voted=_most_voters(p))
        candidates = (p.join_candidates(), p.join.host, speaker_language())
        if candidates != self._candidates:
            self._candidates = candidates
            self.join_panel.set_candidates(list(candidates[0]), candidates[1])
        if not self._firewall_checked:
            self._firewall_checked = True
            self.firewall_job.start(venue.firewall_phrase, p.join)

    def _firewall_done(self, phrase) -> None:
        if phrase:
            speak_phrase(self.firewall_label, phrase)
            self.firewall_label.show()

    # ------------------------------------------------------------ rehearsal

    def rehearse(self) -> None:
        p = self.presentation
        if p.join is None or not self.rehearsal_job.start(venue.rehearse, p.join,
                                                          venue.REHEARSAL_PHONES,
                                                          venue.REHEARSAL_SECONDS, self._cancel):
            return
        self.rehearse_button.setEnabled(False)
        speak(self.rehearse_button, "venue.rehearsing", tip="venue.rehearse_tip",
              phones=venue.REHEARSAL_PHONES)
        speak(self.rehearse_label, "venue.rehearsing_note", phones=venue.REHEARSAL_PHONES)
        style.set_role(self.rehearse_label, "muted")
        self.rehearse_label.show()

    def _rehearsal_done(self, outcome) -> None:
        ok, verdict = outcome or (False, [Phrase.of("console.venue.rehearsal_failed")])
        speak(self.rehearse_button, "venue.rehearse", tip="venue.rehearse_tip",
              seconds=round(venue.REHEARSAL_SECONDS), phones=venue.REHEARSAL_PHONES)
        speak_phrase(self.rehearse_label, verdict)
        style.set_role(self.rehearse_label, "muted" if ok else "warning")
        self.rehearse_label.show()
        self.refresh()

    def stop(self) -> None:
        """On quit: end a running rehearsal and wait for the workers (a few seconds at most)."""
        self.timer.stop()
        self._cancel.set()
        self.rehearsal_job.join(8.0)
        self.firewall_job.join(4.0)


def _most_voters(presentation) -> int:
    """Phones that voted on any poll this session: each one proves phones get through."""
    latest = presentation.animator.latest
    if latest is None or presentation.server is None:
        return 0
    return max((tally.voters for tally in latest.polls), default=0)
