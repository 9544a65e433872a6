"""The console's look: one dark, calm palette and the style sheet built from it.

Only colours, sizes and a Qt style sheet live here, so every widget of the console
agrees on them. The colours themselves are `presenter.ui.palette`'s, shared with the
reset question that the keys open over either window.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont

from presenter.ui.palette import (
    ACCENT,
    AGREE,
    BACKGROUND,
    BORDER,
    DANGER,
    DISAGREE,
    DONT_KNOW,
    MUTED,
    OK,
    PANEL,
    PANEL_RAISED,
    TEXT,
    WARN,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFrame, QLabel


def color(name: str) -> QColor:
    return QColor(name)


def option_color(option_id: str) -> QColor:
    """Bar colour for a poll option; the agree scale gets the deck's meaning colours."""
    return QColor({"agree": AGREE, "disagree": DISAGREE, "dont-know": DONT_KNOW}.get(option_id, ACCENT))


def family() -> str:
    """The app's own font (the bundled Inter, as on the slides), not the system's."""
    from presenter.render.theme import resolve_family
    return resolve_family(None)


def font(point_size: float, bold: bool = False, mono: bool = False) -> QFont:
    f = QFont(family())
    if mono:
        # Tabular digits keep a running timer from jittering sideways.
        f.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


# A dialog opened over the console (the reset question, the export folder picker)
# inherits the console's style sheet: its light text would sit on Qt's light default
# dialog background. So dialogs get the console's dark surfaces, inputs included.
DIALOG_RULES = f"""
QDialog {{ background: {PANEL_RAISED}; }}
QDialog QLabel {{ color: {TEXT}; }}
QDialog QLineEdit, QDialog QComboBox, QDialog QAbstractItemView, QDialog QAbstractSpinBox {{
    background: {PANEL}; color: {TEXT}; border: 1px solid {BORDER}; border-radius: 4px;
    selection-background-color: #2D67A8; selection-color: {TEXT};
}}
QDialog QAbstractItemView::item {{ color: {TEXT}; border: none; }}
QDialog QHeaderView::section {{
    background: {PANEL_RAISED}; color: {MUTED}; border: none; padding: 3px 6px;
}}
QDialog QToolButton {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 4px; }}
QDialog QPushButton {{ min-width: 72px; }}
"""

STYLE_SHEET = f"""
QWidget#ConsoleRoot {{ background: {BACKGROUND}; }}
QWidget {{ color: {TEXT}; }}
QFrame[panel="true"] {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 8px;
}}
QLabel {{ background: transparent; border: none; }}
QLabel[role="caption"] {{
    color: {MUTED}; font-size: 9pt; font-weight: 600; letter-spacing: 1px;
}}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="chip-on"] {{
    background: #173B2C; color: {OK}; border: 1px solid #25624A;
    border-radius: 9px; padding: 1px 8px; font-weight: 600;
}}
QLabel[role="chip-off"] {{
    background: {PANEL_RAISED}; color: {MUTED}; border: 1px solid {BORDER};
    border-radius: 9px; padding: 1px 8px; font-weight: 600;
}}
QLabel[role="chip-warn"] {{
    background: #3A2E12; color: {WARN}; border: 1px solid #6B5318;
    border-radius: 9px; padding: 1px 8px; font-weight: 600;
}}
QLabel[role="chip-danger"] {{
    background: #3B1618; color: {DANGER}; border: 1px solid #7A2A2E;
    border-radius: 9px; padding: 1px 8px; font-weight: 600;
}}
QLabel[role="warning"] {{
    background: #2F2612; color: #F6D48A; border: 1px solid #6B5318;
    border-radius: 6px; padding: 6px 8px;
}}
QPushButton {{
    background: {PANEL_RAISED}; color: {TEXT}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 5px 12px; font-weight: 600;
}}
QPushButton:hover {{ background: #2C3240; border-color: #3A4252; }}
QPushButton:pressed {{ background: #343B4B; }}
QPushButton:disabled {{ color: #5A6272; background: {PANEL}; border-color: {PANEL_RAISED}; }}
QPushButton[kind="primary"] {{ background: #1F4F86; border-color: #2D67A8; }}
QPushButton[kind="primary"]:hover {{ background: #265C9A; }}
QPushButton[kind="primary"]:disabled {{ color: #5A6272; background: {PANEL}; border-color: {PANEL_RAISED}; }}
QPushButton[kind="danger"] {{ color: #F3A1A1; }}
QPushButton[kind="danger"]:disabled {{ color: #5A6272; }}
QComboBox {{
    background: {PANEL_RAISED}; color: {TEXT}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 4px 10px; font-weight: 600;
}}
QComboBox:hover {{ background: #2C3240; border-color: #3A4252; }}
QComboBox::drop-down {{ border: none; width: 18px; }}
QComboBox QAbstractItemView {{
    background: {PANEL}; color: {TEXT}; border: 1px solid {BORDER};
    selection-background-color: #2D67A8; selection-color: {TEXT}; outline: none;
}}
QPlainTextEdit {{
    background: {PANEL}; border: none; color: {TEXT};
    selection-background-color: #2D67A8;
}}
QListWidget {{ background: transparent; border: none; outline: none; }}
QListWidget::item {{ color: {MUTED}; border: 2px solid transparent; border-radius: 6px; padding: 2px; }}
QListWidget::item:selected {{ border-color: {ACCENT}; background: #1C2A3D; color: {TEXT}; }}
QListWidget::item:hover {{ border-color: #3A4252; }}
/* A visible track: the side column scrolls on a small screen, and a speaker must see
   that there is more below rather than think the last button is cut off. */
QScrollBar:vertical {{ background: {PANEL}; width: 8px; border-radius: 4px; }}
QScrollBar:horizontal {{ background: transparent; height: 8px; }}
QScrollBar::handle {{ background: #4A5266; border-radius: 4px; min-height: 24px; min-width: 24px; }}
QScrollBar::handle:hover {{ background: #5E6880; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollArea#SideColumn, QWidget#SideColumnBody {{ background: transparent; border: none; }}
QListView#Answers {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 8px; outline: none;
}}
QFrame#Banner {{ background: #3B1618; border: 1px solid #7A2A2E; border-radius: 8px; }}
/* A deck's warnings: advice in the warning role's amber, quieter than a banner. */
QFrame#DeckWarnings {{ background: #2A2414; border: 1px solid #5A4718; border-radius: 8px; }}
QScrollArea#DeckWarningList, QWidget#DeckWarningListBody {{ background: transparent; border: none; }}
""" + DIALOG_RULES



def style_sheet() -> str:
    """The console's sheet, its family the app's Inter: a rule that sets only a weight
    (the buttons' 600) otherwise gave the widget the system's font (DejaVu) again."""
    return STYLE_SHEET + f'QWidget {{ font-family: "{family()}"; }}\n'


def panel(object_name: str = "") -> QFrame:
    """A rounded panel frame the console's sections sit in."""
    from PySide6.QtWidgets import QFrame

    frame = QFrame()
    frame.setProperty("panel", True)
    if object_name:
        frame.setObjectName(object_name)
    return frame


def caption(text: str) -> QLabel:
    """A small upper-case section heading."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel(text.upper())
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "caption")
    return label


def set_role(widget, role: str) -> None:
    """Change a label's style role and make Qt re-read the style sheet for it."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        # unpolish/polish repaints the new colours but keeps the old box: a label
        # that turns from "muted" into "warning" would draw its text against the
        # border, with a height worked out without padding. Setting the (empty)
        # sheet again makes Qt redo the box model too, and the layout follows.
        widget.setStyleSheet(widget.styleSheet())
        widget.updateGeometry()
