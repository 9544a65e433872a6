"""Work around a PySide6 6.12 bug on Python < 3.12: void Qt methods drop a reference
to None they never took (QPainter.save/restore, setPen, fillRect, QTextLayout.beginLayout,
...). After a few thousand calls None's refcount reaches zero and the interpreter
aborts with "none_dealloc: deallocating None".

Python 3.12+ makes None immortal, which is why the bindings get away with it there.
We do the same on older CPython: give None a refcount so large no program can wear
it down. Over-counting None is harmless (it is never freed anyway). Must be applied
before any painting; importing `presenter.render` does it. No Qt imports here.
"""
from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 60


def make_none_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # CPython < 3.12 keeps ob_refcnt (a Py_ssize_t) at offset 0 of every object.
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    if refcnt.value < _IMMORTAL // 2:
        refcnt.value += _IMMORTAL


make_none_immortal()
