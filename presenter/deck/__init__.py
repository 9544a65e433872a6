"""Decks: the Markdown format, its parser and its model (no Qt here).

    from presenter.deck import load_deck, parse_deck, DeckError
"""
from .errors import DeckError
from .parser import load_deck, parse_deck

__all__ = ["DeckError", "load_deck", "parse_deck"]
