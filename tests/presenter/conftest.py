"""The presenter's tests never read or write the real user's settings: QSettings'
per-user folder points at a temp folder for the whole run (presenter.ui.user_settings),
and the speaker's language is the one the system gives the tests (English here) unless
a test picks another, which `speaker_language_reset` undoes."""
from __future__ import annotations

import tempfile

import pytest
from PySide6.QtCore import QSettings

_PROFILE = tempfile.mkdtemp(prefix="votedeck-test-profile-")
for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, _PROFILE)


@pytest.fixture
def speaker_language_reset():
    """Forget a language a test picked, in memory and in the run's profile."""
    import presenter.ui.speaker_words as speaker_words
    from presenter.ui.user_settings import UserSettings

    yield
    UserSettings().store.remove("speaker_language")
    speaker_words._language = None
