"""Text cells a spreadsheet shows and never runs (OWASP "CSV Injection").

Excel, LibreOffice and Numbers run a cell that starts with `=`, `+`, `-` or `@` (and,
after a tab or carriage return, whatever follows) as a formula. A municipality's
name, a deck's question or an answer a phone typed can start so; every CSV votedeck
writes (`votedeck results`, `votedeck report --format csv`) passes its text cells
through `as_text_cell`, which prefixes a quote as OWASP recommends: the spreadsheet
shows the text, quote hidden, and runs nothing. Numbers are not text cells.

Standard library only (an import contract checks `common`).
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it (OWASP: prefix a quote)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
