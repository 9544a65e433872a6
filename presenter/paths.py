"""Where the bundled deck and the assets live, in a checkout or an editable install."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SLIDES_DIR = PROJECT_ROOT / "slides"
ASSETS_DIR = PROJECT_ROOT / "assets"
BUNDLED_DECK = SLIDES_DIR / "samarbejdsdrevet-innovation.md"
