"""Test configuration shared by every test.

Qt runs offscreen here, set by the test config rather than by hand, so the suite
runs on a machine with no screen. A test that wants two screens sets its own
QT_QPA_PLATFORM in a subprocess.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt logs font-database chatter on headless machines; it is noise, not a failure.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")
