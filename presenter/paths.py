"""Where the bundled deck and the assets live: in a checkout, an editable install,
or the one-folder app that packaging/build.py makes.

In the app PyInstaller unpacks the data files (assets/, slides/) beside the
frozen modules and names that folder `sys._MEIPASS`; everywhere else they sit at
the top of the repository, one level above this package.
"""
from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder that holds assets/ and slides/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


PROJECT_ROOT = project_root()
SLIDES_DIR = PROJECT_ROOT / "slides"
ASSETS_DIR = PROJECT_ROOT / "assets"
BUNDLED_DECK = SLIDES_DIR / "samarbejdsdrevet-innovation.md"
