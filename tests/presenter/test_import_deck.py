"""`votedeck import talk.pptx|talk.pdf`: a starter deck with one slide per page, in order,
with the .pptx's speaker notes, that `votedeck` then presents; a missing PDF is asked
for by name with the menu path to export it."""
from __future__ import annotations

import pytest

from presenter.cli import main
from presenter.deck.parser import load_deck
from tests.presenter.pdf_fixtures import make_pdf

NOTES = ["Welcome everyone.\nSay who you are.", "", "Hidden slide's notes", "Ask: who agrees? --> then wait"]


def make_pptx(path, notes=NOTES, hidden=(2,)):
    """A .pptx with one slide per note (index in `hidden` hidden), the notes as written."""
    from pptx import Presentation
    presentation = Presentation()
    presentation.core_properties.title = "Budget 2025"
    for index, note in enumerate(notes):
        slide = presentation.slides.add_slide(presentation.slide_layouts[5])
        slide.shapes.title.text = f"Slide {index + 1}"
        if note:
            slide.notes_slide.notes_text_frame.text = note
        if index in hidden:
            slide.element.set("show", "0")
    presentation.save(str(path))
    return path


def test_a_pptx_with_its_pdf_becomes_a_deck_with_its_notes(qapp, tmp_path, capsys):
    make_pptx(tmp_path / "talk.pptx")
    make_pdf(tmp_path / "talk.pdf", 3)          # the hidden slide is not exported
    assert main(["import", str(tmp_path / "talk.pptx")]) == 0
    assert "Wrote" in capsys.readouterr().out
    text = (tmp_path / "talk.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: \"Bench talk\"\nlanguage: ")
    deck = load_deck(tmp_path / "talk.md")
    assert [s.pdf_page.page for s in deck.slides] == [1, 2, 3]
    assert deck.slides[0].notes == "Welcome everyone.\nSay who you are."
    assert deck.slides[1].notes == ""
    assert deck.slides[2].notes == "Ask: who agrees? - -> then wait"
    # The user adds a poll after page 2, and the deck still reads.
    text = text.replace("![pdf](talk.pdf#3)", "```poll\nquestion: Agreed?\n```\n\n---\n\n![pdf](talk.pdf#3)")
    (tmp_path / "talk.md").write_text(text, encoding="utf-8")
    assert load_deck(tmp_path / "talk.md").polls[0].slide == 3


def test_a_pptx_without_its_pdf_asks_for_it_by_name(tmp_path, capsys):
    make_pptx(tmp_path / "talk.pptx")
    assert main(["import", str(tmp_path / "talk.pptx")]) == 1
    said = capsys.readouterr().err
    assert "talk.pdf" in said and "File > Export > PDF" in said and "Keynote" in said
    assert not (tmp_path / "talk.md").exists()


def test_a_pdf_alone_becomes_a_deck_and_an_existing_deck_is_kept(qapp, tmp_path, capsys):
    make_pdf(tmp_path / "slides.pdf", 4)
    assert main(["import", str(tmp_path / "slides.pdf")]) == 0
    assert len(load_deck(tmp_path / "slides.md").slides) == 4
    assert main(["import", str(tmp_path / "slides.pdf")]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "slides.pdf"), "--force"]) == 0


@pytest.mark.parametrize("name, content, words", [
    ("talk.key", b"x", "neither a .pptx nor a .pdf"),
    ("talk.pptx", b"not a zip", "cannot be read as a PowerPoint file"),
])
def test_bad_sources_are_sentences(qapp, tmp_path, capsys, name, content, words):
    (tmp_path / name).write_bytes(content)
    make_pdf(tmp_path / "talk.pdf", 1)
    assert main(["import", str(tmp_path / name)]) == 1
    said = capsys.readouterr().err
    assert words in said and "Traceback" not in said
