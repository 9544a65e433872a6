"""The presenter's dark palette: the console's colours, and the question box sheet.

The console's style sheet (`presenter.ui.console.style`) is built from these colours,
and so is the reset question that the keys open over either window; both read them
here so the keys need not import the console. Plain strings: no Qt.
"""
from __future__ import annotations

# A dark console keeps the speaker's screen from lighting up their face and
# lets the slide previews be the brightest things on it.
BACKGROUND = "#111318"
PANEL = "#1A1D24"
PANEL_RAISED = "#232731"
BORDER = "#2C313C"
TEXT = "#E7E9EE"
MUTED = "#8B93A4"
ACCENT = "#5AA9FF"
OK = "#3FB984"
WARN = "#F2B544"
DANGER = "#EF5B5B"
# Lighter versions of the slides' Okabe-Ito blue and vermillion, so a bar has the same
# colour for the speaker as for the room.
AGREE = "#4FA3E0"
DISAGREE = "#F07B3F"
DONT_KNOW = "#9AA3B2"

# The reset question carries its own complete colours. Over the console it would
# otherwise inherit the console's light text onto Qt's light default box (unreadable);
# over the audience window it would get the platform's look. Its own sheet wins over
# an inherited one, so the question reads the same over either window.
QUESTION_BOX_SHEET = f"""
QMessageBox {{ background: {PANEL_RAISED}; }}
QLabel {{ color: {TEXT}; background: transparent; font-size: 11pt; }}
QPushButton {{
    background: {PANEL}; color: {TEXT}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 6px 14px; font-weight: 600; min-width: 96px;
}}
QPushButton:hover {{ background: #2C3240; }}
QPushButton:focus {{ border-color: {ACCENT}; }}
QPushButton[reset="yes"] {{ color: #F3A1A1; }}
"""
