"""The presenter console's minimum size on the bundled talk, per speaker language and
slide kind, against a 1024 × 768 laptop screen (issue 18). Not a timing: a layout
figure, printed, so a change that widens the console shows here before a speaker's
laptop does. tests/presenter/test_console_small_screen.py asserts the rule.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.console_fit
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

SLIDES = {"title": 1, "3-option poll": 17, "summary": 18, "9-option poll": 26}


def main() -> None:
    profile = tempfile.mkdtemp(prefix="votedeck-fit-")       # not the user's settings
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, profile)
    app = QApplication.instance() or QApplication([])
    from common.language import SUPPORTED
    from presenter.deck.parser import load_deck
    from presenter.paths import BUNDLED_DECK
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.keys import KeyRouter
    from presenter.ui.show_controller import ShowController
    from presenter.ui.speaker_words import set_speaker_language
    from server.api import ServerConfig

    deck = load_deck(BUNDLED_DECK)
    config = ServerConfig(host="127.0.0.1", port=0, data_dir=Path(tempfile.mkdtemp()))
    presentation = ShowController(deck, SlideRenderer(deck), config)
    presentation.start_server()
    print(f"{'language':<9}" + "".join(f"{kind:>18}" for kind in SLIDES) + "   (min width × height; screen 1024 × 768)")
    try:
        for language in SUPPORTED:
            set_speaker_language(language)
            console = ConsoleWindow(presentation, KeyRouter(presentation))
            console.resize(1024, 768)
            console.show()
            row = []
            for slide in SLIDES.values():
                presentation.go_to(slide)
                for _ in range(3):
                    app.processEvents()
                hint = console.minimumSizeHint()
                row.append(f"{hint.width()} × {hint.height()}")
            print(f"{language:<9}" + "".join(f"{cell:>18}" for cell in row))
            console.close()
            console.deleteLater()
            app.processEvents()
    finally:
        presentation.shutdown()


if __name__ == "__main__":
    main()
