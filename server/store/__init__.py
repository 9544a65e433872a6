"""The vote store: the SQLite database, its one writer, and reading sessions back.
"""
