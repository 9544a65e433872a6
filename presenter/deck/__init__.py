"""Decks: the Markdown format, its parser and its model (no Qt here)."""
