"""The slide renderer: one QPainter-based painter for screen, PNG, PDF and tests.

Importing it applies `none_guard` (a PySide6 6.12 refcount bug on Python 3.11).
"""
from presenter.render import none_guard  # noqa: F401  (side effect: see its docstring)
