"""The slide renderer: one QPainter-based painter for screen, PNG, PDF and tests."""
