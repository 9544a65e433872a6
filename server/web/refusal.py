"""`Rejected`: a request the talk's domain refuses, with its HTTP status and sentence.

Its own module so that the talk's state (talk_state.py) and the typed answers
(answer_book.py) refuse alike without importing each other.
"""
from __future__ import annotations


class Rejected(Exception):
    """A request the domain refuses; `status` is the HTTP status, str() the sentence."""

    def __init__(self, status: int, sentence: str):
        super().__init__(sentence)
        self.status = status
