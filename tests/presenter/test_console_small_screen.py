"""The console on a 1024 × 768 laptop (issue 18), in each language it speaks: it fits
(its minimum width is the screen's at most), "Slide 17 of 21" is whole and clear of
the phones chip, the deck title gives way instead; the overview grid (G) fills and
centres in its area, and its poll thumbnails follow the votes."""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QRect

from common.language import SUPPORTED
from tests.presenter.ui_support import Phone

SLIDES = 21
POLL_SLIDE = 11
MANY_SLIDE = 19         # a choice of nine options, as the bundled talk's slide 26
SUMMARY_SLIDE = 12      # the room's answers so far, side by side


def _deck_text() -> str:
    slides = ["---\ntitle: Et langt foredrag om innovation i kommunerne, om hvem der driver den, "
              "og om hvad ledere, medarbejdere og borgere hver især bidrager med\n"
              "language: da\npolls:\n  results: live\n---\n\n# Forside\n\nTekst"]
    for n in range(2, SLIDES + 1):
        if n == POLL_SLIDE:
            slides.append("## Spørgsmål\n\n```poll\nid: leaders\nquestion: Ledere ser medarbejderne "
                          "som hovedkilden til innovation\nscale: agree\n```")
        elif n == SUMMARY_SLIDE:
            slides.append("<!-- layout: summary -->\n\n# Salens svar")
        elif n == MANY_SLIDE:
            options = "".join(f"  - Udfordring nummer {i} med en lang beskrivelse\n" for i in range(1, 9))
            slides.append("## Valg\n\n```poll\nid: challenges\nkind: choice\nquestion: Hvilke 3 "
                          f"er størst?\noptions:\n{options}pick: 3\nother: true\n```")
        else:
            slides.append(f"## Dias nummer {n}\n\n- et punkt\n- et andet punkt")
    return "\n\n---\n\n".join(slides) + "\n"


@pytest.fixture
def talk(qtbot, tmp_path):
    """A 21-slide deck with voting up on loopback, and its console at 1024 × 768."""
    from presenter.deck.parser import load_deck
    from presenter.render.renderer import SlideRenderer
    from presenter.ui.console.console_window import ConsoleWindow
    from presenter.ui.keys import KeyRouter
    from presenter.ui.show_controller import ShowController
    from server.api import ServerConfig

    path = tmp_path / "deck.md"
    path.write_text(_deck_text(), encoding="utf-8")
    deck = load_deck(path)
    config = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "data",
                          max_voters_per_address=0, max_requests_per_second=0)
    presentation = ShowController(deck, SlideRenderer(deck), config)
    assert presentation.start_server(), presentation.voting_error
    consoles = []

    def open_console(size=(1024, 768)):
        console = ConsoleWindow(presentation, KeyRouter(presentation))
        console.resize(*size)
        console.show()
        qtbot.waitExposed(console)
        consoles.append(console)
        return console

    yield presentation, open_console
    presentation.shutdown()
    for console in consoles:
        console.close()
        console.deleteLater()
    qtbot.wait(1)
    gc.collect()


def _inside(widget, window) -> QRect:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return QRect(top_left, widget.size())


@pytest.mark.parametrize("language", SUPPORTED)
def test_at_1024_the_console_fits_and_the_heading_is_whole(qtbot, talk, language,
                                                          speaker_language_reset):
    from presenter.ui.speaker_words import console_text, set_speaker_language

    set_speaker_language(language)
    presentation, open_console = talk
    console = open_console()
    presentation.go_to(17)
    qtbot.wait(50)
    assert console.minimumSizeHint().width() <= 1024, console.minimumSizeHint()
    assert console.width() == 1024
    header = console.header
    position = header.position_label
    assert position.text() == console_text("header.slide", n=17, total=SLIDES)
    assert position.width() >= position.sizeHint().width()          # not "Slide 17 of 2"
    where, chip = _inside(position, console), _inside(header.status_label, console)
    assert not where.intersects(chip)                               # not under the phones chip
    assert header.status_label.width() >= header.status_label.sizeHint().width()
    for widget in (position, header.status_label, header.timer_panel, header.export.button):
        assert console.rect().contains(_inside(widget, console)), widget
    # A long deck title gives way, whole in the tooltip.
    assert header.title_label.width() < header.title_label.fontMetrics().horizontalAdvance(
        presentation.deck.title)
    assert header.title_label.toolTip() == presentation.deck.title


@pytest.mark.parametrize("slide", [POLL_SLIDE, MANY_SLIDE])
def test_at_1024_a_poll_slide_shows_every_control_whole(qtbot, talk, slide, speaker_language_reset):
    from presenter.ui.speaker_words import set_speaker_language

    set_speaker_language("da")      # the longest button words of the five
    presentation, open_console = talk
    console = open_console()
    presentation.go_to(slide)
    qtbot.wait(50)
    assert console.minimumSizeHint().width() <= 1024
    panel = console.poll_panel
    frame = _inside(console.poll_frame, console)
    # A tour of 12 earlier sessions: the widest row. Laid out at once, before the next
    # animation frame refreshes the panel from the (tour-less) presentation.
    panel.set_compare(False, 12)
    for layout in (panel.layout(), console.layout()):
        layout.activate()
    for button in (panel.open_button, panel.reveal_button, panel.compare_button, panel.reset_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width(), button.text()
        assert frame.contains(_inside(button, console)), button.text()
    assert console.minimumSizeHint().height() <= 768
    rows = len(presentation.current_poll().options)
    assert panel.chart.height() >= rows * panel.chart.row_height       # every option's row
    assert _inside(panel.chart, console).bottom() < _inside(panel.voters_label, console).top()
    voters = panel.voters_label
    assert voters.fontMetrics().horizontalAdvance(voters.text().split(" · ")[0]) < voters.width()


def test_the_overview_fills_its_area_centred(qtbot, talk):
    presentation, open_console = talk
    console = open_console(size=(1920, 1080))
    console.toggle_overview()
    qtbot.wait(50)
    grid = console.grid
    area = grid.rect()
    items = [grid.visualItemRect(grid.item(i)).translated(grid.viewport().pos())
             for i in range(grid.count())]
    left = min(r.left() for r in items)
    right = max(r.right() for r in items)
    top = min(r.top() for r in items)
    bottom = max(r.bottom() for r in items)
    assert bottom < area.height() and right < area.width()          # every slide without scrolling
    assert abs(left - (area.width() - right)) <= grid.gridSize().width() / 2 + 8   # centred across
    assert abs(top - (area.height() - bottom)) <= 40                               # and down
    assert (right - left) > 0.8 * area.width() or (bottom - top) > 0.8 * area.height()
    assert grid.iconSize().width() > 224        # larger than the fixed thumbnails it had


def test_overview_thumbnails_follow_the_votes(qtbot, talk):
    from presenter.ui.console.overview import THUMB

    presentation, open_console = talk
    console = open_console()
    presentation.go_to(POLL_SLIDE)
    qtbot.waitUntil(lambda: presentation.server.snapshot().poll("leaders").open, timeout=3000)
    thumbnails = console.thumbnails
    before = thumbnails.pixmap(POLL_SLIDE).toImage()
    assert before.size() == THUMB
    for choice in ("agree", "agree", "disagree"):
        phone = Phone(presentation.join.url)
        phone.state()
        assert phone.vote("leaders", choice) == 200
    summary_before = thumbnails.pixmap(SUMMARY_SLIDE).toImage()
    assert presentation.deck.slides[SUMMARY_SLIDE - 1].summary_of == ("leaders",)
    with qtbot.waitSignal(thumbnails.rendered, timeout=5000,
                          check_params_cb=lambda slide: slide == POLL_SLIDE):
        pass
    qtbot.waitUntil(lambda: thumbnails.pixmap(POLL_SLIDE).toImage() != before, timeout=3000)
    qtbot.waitUntil(lambda: thumbnails.pixmap(SUMMARY_SLIDE).toImage() != summary_before, timeout=3000)
    # The grid's item shows the new picture, not the one rendered at start-up.
    icon = console.grid.item(POLL_SLIDE - 1).icon().pixmap(THUMB).toImage()
    assert icon == thumbnails.pixmap(POLL_SLIDE).toImage()
