"""The speaker's elapsed timer and wall clock.

`ElapsedTimer` is the logic (no Qt): it starts on the first slide change, pauses
and resumes (T or the button), and resets. Time comes from an injected monotonic
source so tests drive it without sleeping. `TimerPanel` is the widget: a big
elapsed time, the clock, Pause/Resume and Reset. Imports only Qt and the console style.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.ui.speaker_words import console_text, speak

from . import style


class ElapsedTimer:
    """Elapsed talk time. States: waiting (not started yet), running, paused."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._accumulated = 0.0
        self._running_since: float | None = None
        self._started = False

    @property
    def started(self) -> bool:
        return self._started

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def elapsed(self) -> float:
        if self._running_since is None:
            return self._accumulated
        return self._accumulated + (self._clock() - self._running_since)

    def start(self) -> None:
        """Start if waiting; a paused timer stays paused (the speaker paused it on purpose)."""
        if not self._started:
            self._started = True
            self._running_since = self._clock()

    def pause(self) -> None:
        if self._running_since is not None:
            self._accumulated = self.elapsed()
            self._running_since = None

    def resume(self) -> None:
        self._started = True
        if self._running_since is None:
            self._running_since = self._clock()

    def toggle(self) -> None:
        """Pause a running timer; run a paused or waiting one."""
        if self.running:
            self.pause()
        else:
            self.resume()

    def reset(self) -> None:
        """Back to 0:00, waiting for the next slide change (or the button) to start it."""
        self._accumulated = 0.0
        self._running_since = None
        self._started = False


def format_elapsed(seconds: float) -> str:
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class TimerPanel(QWidget):
    """Big elapsed time with its buttons, and the time of day beside it."""

    toggled = Signal()      # the timer was paused or resumed (button or T)

    def __init__(self, timer: ElapsedTimer, now: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.timer = timer
        self._now = now

        self.elapsed_label = QLabel()
        self.elapsed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.elapsed_label.setFont(style.font(30, bold=True, mono=True))
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setProperty("role", "muted")
        self.clock_label = QLabel()
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_label.setFont(style.font(20, mono=True))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.pause_button = speak(QPushButton(), None, tip="timer.pause_tip")
        self.pause_button.clicked.connect(self.toggle)
        self.reset_button = speak(QPushButton(), "timer.reset", tip="timer.reset_tip")
        self.reset_button.clicked.connect(self.reset)
        for button in (self.pause_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(speak(style.caption(""), "timer.caption", upper=True))
        left.addWidget(self.elapsed_label)
        left.addWidget(self.state_label)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.reset_button)
        right = QVBoxLayout()
        right.setSpacing(0)
        clock_caption = speak(style.caption(""), "timer.clock", upper=True)
        clock_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(clock_caption)
        right.addWidget(self.clock_label)
        right.addStretch(1)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addLayout(buttons)
        row.addSpacing(16)
        row.addLayout(right)

        # Four ticks a second: the seconds digit never lags visibly behind.
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.refresh)
        self._ticker.start()
        self.refresh()

    def slide_changed(self) -> None:
        self.timer.start()
        self.refresh()

    def toggle(self) -> None:
        self.timer.toggle()
        self.refresh()
        self.toggled.emit()

    def reset(self) -> None:
        self.timer.reset()
        self.refresh()

    def refresh(self) -> None:
        self.elapsed_label.setText(format_elapsed(self.timer.elapsed()))
        if self.timer.running:
            self.state_label.setText(console_text("timer.running"))
            self.pause_button.setText(console_text("timer.pause"))
        elif self.timer.started:
            self.state_label.setText(console_text("timer.paused"))
            self.pause_button.setText(console_text("timer.resume"))
        else:
            self.state_label.setText(console_text("timer.waiting"))
            self.pause_button.setText(console_text("timer.start"))
        self.clock_label.setText(self._now().strftime("%H:%M"))
