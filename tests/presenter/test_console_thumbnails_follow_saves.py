"""The console's slide strip, grid and previews follow a saved deck: a slide added while the talk
is shown gets its place and thumbnail, and every thumbnail is drawn from the new deck
(before, they kept the old deck's pictures and count, and a thumbnail drawn for a slide
the strip had no place for raised inside Qt's event loop). Real console, real deck
watcher, real voting server on 127.0.0.1 port 0."""
from __future__ import annotations

from presenter.ui.console.overview import THUMB
from tests.presenter.ui_support import save_deck, write_deck


def _until_drawn(qtbot, console, count: int) -> None:
    qtbot.waitUntil(lambda: len(console.thumbnails.pixmaps) == count, timeout=5000)


def test_a_saved_deck_brings_its_new_slide_and_new_pictures_to_the_strip(qtbot, tmp_path, console_on):
    path = write_deck(tmp_path)
    presentation, _, console, watcher = console_on(path)
    before = presentation.slide_count
    _until_drawn(qtbot, console, before)
    first_before = console.thumbnails.pixmaps[1].toImage()
    text = path.read_text(encoding="utf-8")
    title = text.split("\n# ", 1)[1].split("\n", 1)[0]
    save_deck(qtbot, watcher, path, text.replace(f"# {title}", "# En helt anden titel", 1)
              + "\n---\n\n# Et nyt dias til sidst\n")
    assert presentation.slide_count == before + 1
    for overview in (console.strip, console.grid):
        assert overview.count() == before + 1
    _until_drawn(qtbot, console, before + 1)
    assert console.thumbnails.pixmaps[before + 1].size() == THUMB
    assert console.thumbnails.pixmaps[1].toImage() != first_before      # the new title
    # The strip shows the new pictures, not placeholders.
    icon = console.strip.item(before).icon()
    assert not icon.isNull()


def test_the_now_preview_shows_the_saved_title_at_once(qtbot, tmp_path, console_on):
    path = write_deck(tmp_path)
    presentation, _, console, watcher = console_on(path)
    qtbot.waitUntil(lambda: console.current._kept is not None, timeout=5000)
    before = console.current.grab().toImage()
    text = path.read_text(encoding="utf-8")
    title = text.split("\n# ", 1)[1].split("\n", 1)[0]
    # The first slide looks the same in any room: its preview was kept by slide and size.
    save_deck(qtbot, watcher, path, text.replace(f"# {title}", "# En helt anden titel", 1))
    qtbot.waitUntil(lambda: console.current.grab().toImage() != before, timeout=3000)
