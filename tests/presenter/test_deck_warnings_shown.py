"""A deck's warnings reach the speaker in the app, not only `votedeck check`: the start
screen lists them beside one Start button, the console keeps a notice that follows
each save. Real widgets offscreen (pytest-qt), real decks written to tmp_path, the
real deck watcher, the real voting server on 127.0.0.1 port 0 for the phone's view."""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from presenter.ui.start_screen import StartScreen
from presenter.ui.user_settings import UserSettings
from tests.presenter.ui_support import save_deck as _save
from tests.presenter.ui_support import write_deck

WARNED_DECK = """\
---
title: Advarsler
transition: fade
---

# Hej {{kommune}}

Tekst

---

---

## Spørgsmål

```poll
id: p1
question: Er det godt?
scale: agree
```
"""
TRANSITION = "Marp's \"transition\" is left out: slides change without a transition"
PLACEHOLDER = "\"{{kommune}}\" looks like a template placeholder left in; write the text the room should see"
EMPTY = ("two \"---\" lines with nothing between them: the empty slide is left out; remove one "
         "\"---\" or write the slide")
WARNED_LINES = [f"line 3: {TRANSITION}", f"line 6: {PLACEHOLDER}", f"line 10: {EMPTY}"]


def _warned(folder: Path, text: str = WARNED_DECK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "talk.md"
    path.write_text(text, encoding="utf-8")
    return path


def _screen(qtbot, tmp_path) -> StartScreen:
    settings = UserSettings(QSettings(str(tmp_path / "profile.ini"), QSettings.Format.IniFormat))
    screen = StartScreen(settings, lambda parent: None)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


# ------------------------------------------------------------ the start screen

def test_the_start_screen_lists_the_warnings_and_starts_with_one_click(qtbot, tmp_path):
    path = _warned(tmp_path)
    screen = _screen(qtbot, tmp_path)
    screen.session_name.setText("Bodø")
    with qtbot.assertNotEmitted(screen.deck_chosen):
        assert screen.open_deck(path)                   # read, not refused
    panel = screen.deck_warnings
    assert panel.isVisible() and not screen.error.isVisible()
    assert panel.count.text() == "3 things to check in the deck"
    assert panel.list.lines() == WARNED_LINES
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.findChildren(QLabel))
    assert screen.focusWidget() is panel.start_button   # Enter starts the talk as well
    with qtbot.waitSignal(screen.deck_chosen) as chosen:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0].path == path and len(chosen.args[0].warnings) == 3
    assert screen.settings.recent_decks == [path.resolve()]
    assert screen.settings.last_session_name == "Bodø"


def test_a_deck_without_warnings_starts_at_once_and_shows_nothing(qtbot, tmp_path):
    screen = _screen(qtbot, tmp_path)
    screen.open_deck(_warned(tmp_path / "first"))        # a warned deck first: its list goes
    with qtbot.waitSignal(screen.deck_chosen) as chosen:
        assert screen.open_deck(write_deck(tmp_path))
    assert chosen.args[0].warnings == ()
    assert not screen.deck_warnings.isVisible() and screen.deck_warnings.list.lines() == []


def test_a_deck_fixed_meanwhile_is_read_again_and_starts(qtbot, tmp_path):
    path = _warned(tmp_path)
    screen = _screen(qtbot, tmp_path)
    screen.open_deck(path)
    path.write_text(WARNED_DECK.replace("transition: fade\n", ""), encoding="utf-8")
    with qtbot.assertNotEmitted(screen.deck_chosen):
        qtbot.mouseClick(screen.deck_warnings.read_again_button, Qt.MouseButton.LeftButton)
    assert screen.deck_warnings.count.text() == "2 things to check in the deck"
    assert screen.deck_warnings.list.lines() == [f"line 5: {PLACEHOLDER}", f"line 9: {EMPTY}"]
    path.write_text("# Hej kommune\n\nTekst\n", encoding="utf-8")
    with qtbot.waitSignal(screen.deck_chosen):
        qtbot.mouseClick(screen.deck_warnings.read_again_button, Qt.MouseButton.LeftButton)
    assert not screen.deck_warnings.isVisible()


def test_a_deck_that_breaks_meanwhile_shows_its_error_instead(qtbot, tmp_path):
    path = _warned(tmp_path)
    screen = _screen(qtbot, tmp_path)
    screen.open_deck(path)
    path.write_text("---\ntitle: [unclosed\n---\n# Slide\n", encoding="utf-8")
    with qtbot.assertNotEmitted(screen.deck_chosen):
        qtbot.mouseClick(screen.deck_warnings.read_again_button, Qt.MouseButton.LeftButton)
    assert screen.error.isVisible() and screen.error.text().startswith(f"{path}:")
    assert not screen.deck_warnings.isVisible()


def test_many_warnings_scroll_and_the_start_button_stays_in_sight(qtbot, tmp_path):
    slides = "".join(f"\n---\n\n# Dias {{{{navn{i}}}}}\n" for i in range(40))
    path = _warned(tmp_path, WARNED_DECK + slides)
    screen = _screen(qtbot, tmp_path)
    screen.open_deck(path)
    panel = screen.deck_warnings
    qtbot.waitUntil(lambda: panel.list.verticalScrollBar().maximum() > 0)
    assert panel.count.text() == "43 things to check in the deck" and len(panel.list.lines()) == 43
    button = panel.start_button
    assert screen.rect().contains(button.mapTo(screen, button.rect().bottomRight()))
    screen.grab().save(str(tmp_path / "start_screen_many.png"))
    with qtbot.waitSignal(screen.deck_chosen):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_the_warnings_frame_speaks_the_picked_language(qtbot, tmp_path, speaker_language_reset):
    screen = _screen(qtbot, tmp_path)
    screen.open_deck(_warned(tmp_path))
    screen.language.setCurrentIndex(screen.language.findData("sv"))
    panel = screen.deck_warnings
    assert panel.count.text() == "3 saker att kontrollera i presentationen"
    assert panel.list.lines() == [
        "rad 3: Marp-direktivet ”transition” hoppas över: bilderna byts utan övergång",
        "rad 6: ”{{kommune}}” ser ut som en platshållare från en mall som blivit kvar; skriv "
        "texten som salen ska se",
        "rad 10: två ”---”-rader utan något emellan: den tomma bilden hoppas över; ta bort den "
        "ena ”---” eller skriv bilden"]
    assert panel.start_button.text() == "Starta föredraget"
    screen.language.setCurrentIndex(screen.language.findData("da"))
    assert panel.count.text() == "3 ting at tjekke i præsentationen"
    assert panel.list.lines()[0] == ("linje 3: Marp-direktivet »transition« er udeladt: diasene "
                                     "skifter uden overgang")
    screen.language.setCurrentIndex(screen.language.findData("en"))
    assert panel.list.lines() == WARNED_LINES


# ------------------------------------------------------------ the console

def _phone_state(presentation) -> str:
    with urllib.request.urlopen(f"{presentation.join.url.rstrip('/')}/api/state", timeout=5) as answer:
        return json.dumps(json.load(answer))


def test_the_console_notice_opens_to_the_list_and_follows_saves(qtbot, tmp_path, console_on):
    path = _warned(tmp_path)
    presentation, audience, console, watcher = console_on(path)
    notice = console.deck_notice
    assert notice.isVisible() and notice.count.text() == "3 things to check in the deck"
    assert not notice.list.isVisible()                   # quiet: the count only
    qtbot.mouseClick(notice.toggle_button, Qt.MouseButton.LeftButton)
    assert notice.list.isVisible() and notice.list.lines() == WARNED_LINES
    assert notice.toggle_button.text() == "Hide"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in notice.findChildren(QLabel))
    # Three warnings fit: the list is as tall as they need, no scroll bar (once laid out).
    qtbot.wait(50)
    assert notice.list.verticalScrollBar().maximum() == 0
    assert not notice.list.verticalScrollBar().isVisible()
    console.grab().save(str(tmp_path / "console_warnings.png"))
    # Advice for the speaker only: not in the room's window, not on the phones.
    assert not [label for label in audience.findChildren(QLabel) if "{{kommune}}" in label.text()]
    assert "placeholder" not in _phone_state(presentation)

    _save(qtbot, watcher, path, WARNED_DECK.replace("transition: fade\n", ""))
    assert notice.isVisible() and notice.count.text() == "2 things to check in the deck"
    assert notice.list.lines() == [f"line 5: {PLACEHOLDER}", f"line 9: {EMPTY}"]
    _save(qtbot, watcher, path, "# Hej kommune\n\nTekst\n\n---\n\n## Slut\n")
    assert not notice.isVisible() and notice.list.lines() == []


def test_a_dismissed_notice_comes_back_only_for_something_new(qtbot, tmp_path, console_on):
    path = _warned(tmp_path)
    presentation, _, console, watcher = console_on(path)
    notice = console.deck_notice
    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    # The same warnings on other lines (a slide added above them): still put away.
    _save(qtbot, watcher, path, WARNED_DECK.replace("# Hej", "# Først\n\n---\n\n# Hej"))
    assert not notice.isVisible()
    _save(qtbot, watcher, path, WARNED_DECK.replace("Tekst", "Tekst {{navn}}"))
    assert notice.isVisible() and notice.count.text() == "4 things to check in the deck"


def test_the_console_notice_speaks_the_picked_language(qtbot, tmp_path, console_on,
                                                       speaker_language_reset):
    _, _, console, _ = console_on(_warned(tmp_path))
    notice = console.deck_notice
    notice.toggle_list()
    console.header.language.setCurrentIndex(console.header.language.findData("nb"))
    assert notice.count.text() == "3 ting å sjekke i presentasjonen"
    assert notice.list.lines()[0] == ("linje 3: Marp-direktivet «transition» blir utelatt: "
                                      "lysbildene skifter uten overgang")
    assert (notice.toggle_button.text(), notice.dismiss_button.text()) == ("Skjul", "Lukk")
    console.header.language.setCurrentIndex(console.header.language.findData("nn"))
    assert notice.list.lines()[0] == ("linje 3: Marp-direktivet «transition» blir utelate: "
                                      "lysbileta skiftar utan overgang")


def test_a_deck_without_warnings_shows_no_notice(qtbot, tmp_path, console_on):
    _, _, console, watcher = console_on(write_deck(tmp_path))
    assert not console.deck_notice.isVisible() and console.deck_notice.list.lines() == []
    # A save that brings one shows it, without a restart.
    path = console.presentation.deck.path
    _save(qtbot, watcher, path, path.read_text(encoding="utf-8").replace("Tak", "Tak, {{navn}}"))
    assert console.deck_notice.isVisible()
    assert console.deck_notice.count.text() == "1 thing to check in the deck"


# ------------------------------------------------------------ the speaker's language

SLIPS_DECK = """\
---
title: Glemt
transition: fade
---

# Velkommen

---

---

<!-- Kun noter: her fortæller jeg om budgettet -->

---

## Spørgsmål

![](https://example.com/kort.png)
"""
SLIPS_ENGLISH = [
    "line 3: Marp's \"transition\" is left out: slides change without a transition",
    f"line 8: {EMPTY}",
    "line 12: slide 2 shows nothing (only speaker notes or settings); write its title or text, "
    "or remove it",
    "line 18: image \"https://example.com/kort.png\" is on the web and votedeck works offline: "
    "the slide shows a placeholder; expected the picture saved next to the deck (write its file "
    "name instead)"]
SLIPS_DANISH = [
    "linje 3: Marp-direktivet »transition« er udeladt: diasene skifter uden overgang",
    "linje 8: to »---«-linjer uden noget imellem: det tomme dias bliver sprunget over; fjern den "
    "ene »---«, eller skriv diaset",
    "linje 12: dias 2 viser ingenting (kun noter eller indstillinger); skriv en titel eller tekst "
    "på det, eller fjern det",
    "linje 18: billedet »https://example.com/kort.png« ligger på nettet, og votedeck virker uden "
    "internet: diaset viser en pladsholder; gem billedet ved siden af præsentationen, og skriv "
    "dets filnavn i stedet"]


def test_a_danish_console_says_the_warnings_in_danish_and_rewords_them(
        qtbot, tmp_path, console_on, speaker_language_reset):
    from presenter.ui.speaker_words import set_speaker_language

    set_speaker_language("da")
    _, _, console, watcher = console_on(_warned(tmp_path, SLIPS_DECK))
    notice = console.deck_notice
    qtbot.mouseClick(notice.toggle_button, Qt.MouseButton.LeftButton)
    assert notice.count.text() == "4 ting at tjekke i præsentationen"
    assert notice.list.lines() == SLIPS_DANISH
    qtbot.wait(50)
    notice.grab().save(str(tmp_path / "notice_da.png"))
    console.header.language.setCurrentIndex(console.header.language.findData("en"))
    assert notice.count.text() == "4 things to check in the deck"
    assert notice.list.lines() == SLIPS_ENGLISH
    # A save reads the deck again: its new warnings in the language picked now.
    console.header.language.setCurrentIndex(console.header.language.findData("da"))
    path = console.presentation.deck.path
    _save(qtbot, watcher, path, SLIPS_DECK.replace("transition: fade\n", ""))
    assert notice.list.lines() == [line.replace(f"linje {n}:", f"linje {n - 1}:", 1)
                                   for line, n in zip(SLIPS_DANISH[1:], (8, 12, 18))]


def test_the_terminal_keeps_the_english_of_the_same_warnings(tmp_path, capsys):
    from presenter.cli import main

    path = _warned(tmp_path, SLIPS_DECK)
    assert main(["check", "--json", str(path)]) == 0
    said = capsys.readouterr()
    assert said.err.splitlines() == [f"{path}:{line.replace('line ', '', 1)} (warning)"
                                     for line in SLIPS_ENGLISH]
    assert [f"line {w['line']}: {w['message']}" for w in json.loads(said.out)["warnings"]] == (
        SLIPS_ENGLISH)
