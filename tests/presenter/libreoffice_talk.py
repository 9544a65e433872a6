"""A talk as a lecturer has it: a .pptx of several layouts, a picture and speaker
notes, made with python-pptx, and the PDF a presentation program exported from it.

tests/presenter/decks/libreoffice/ holds one such pair made by `make_talk_pptx`
(with a 800x600 blue-to-orange gradient JPEG as the picture) and exported by
LibreOffice Impress 7.4.7.2 (Debian 12) with `soffice --headless --convert-to pdf
talk.pptx`: a PDF the project did not write, which CI reads without LibreOffice.
"""
from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).parent / "decks" / "libreoffice"
PAGES = 6
# Speaker notes by 1-based page; pages 4 and 6 have none.
NOTES = {1: "Welcome. Ask phones out.", 2: "Name one example of each.",
         3: "The gradient stands for the change.", 5: "Pause here for the poll."}
# Page 3's picture: placed at (3 in, 1.8 in), 5 in high, 4:3; on a 1920x1080 render
# (144 px an inch) it spans x 432..1392, y 259..979.
PICTURE_TOP = (912, 290)        # steel blue
PICTURE_BOTTOM = (912, 950)     # orange


def make_talk_pptx(path: Path, picture: Path) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    layouts = deck.slide_layouts
    slide = deck.slides.add_slide(layouts[0])           # title
    slide.shapes.title.text = "Collaborative innovation"
    slide.placeholders[1].text = "A lecture with questions for the room"
    slide = deck.slides.add_slide(layouts[1])           # title and content
    slide.shapes.title.text = "Three kinds of leaders"
    slide.placeholders[1].text_frame.text = "Initiators"
    for text in ("Facilitators", "Catalysts"):
        slide.placeholders[1].text_frame.add_paragraph().text = text
    slide = deck.slides.add_slide(layouts[5])           # title only, with a picture
    slide.shapes.title.text = "A picture"
    slide.shapes.add_picture(str(picture), Inches(3), Inches(1.8), height=Inches(5))
    slide = deck.slides.add_slide(layouts[3])           # two content
    slide.shapes.title.text = "Before and after"
    slide.placeholders[1].text = "Silos\nHierarchy"
    slide.placeholders[2].text = "Networks\nCo-creation"
    slide = deck.slides.add_slide(layouts[2])           # section header
    slide.shapes.title.text = "Part two"
    slide.placeholders[1].text = "What the evidence says"
    slide = deck.slides.add_slide(layouts[1])
    slide.shapes.title.text = "Thank you"
    slide.placeholders[1].text = "Questions?"
    for page, note in NOTES.items():
        deck.slides[page - 1].notes_slide.notes_text_frame.text = note
    deck.save(str(path))
    return path


def with_polls(deck_text: str) -> str:
    """The imported deck with a poll after page 3 and one before the last page."""
    agree = ("## Where does innovation come from?\n\n```poll\nid: source\n"
             "question: Employees are the main source of innovation\nscale: agree\n```\n\n---\n\n")
    scale = ("```poll\nid: ready\nkind: scale\nquestion: How ready is your organisation?\n"
             "min: 1\nmax: 5\n```\n\n---\n\n")
    text = deck_text.replace("![pdf](talk.pdf#4)", agree + "![pdf](talk.pdf#4)")
    return text.replace("![pdf](talk.pdf#6)", scale + "![pdf](talk.pdf#6)")
