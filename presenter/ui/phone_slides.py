"""PhoneSlides: hands the voting server the slide the presenter shows, as phones see it.

Between polls phones show the current slide (issue 17), and the speaker's remote
shows it and the next one. After the presenter is on a slide (its `slide_changed`,
whether the speaker, a key or the control API moved it) and the slide has settled
for SETTLE_MS (paging quickly renders only where it stops), this renders the slide
and the next at 720 px (presenter.render.phone_image), with their words and the
notes, and calls `VotingServer.publish_slides`. The server shows phones the image
only while it is the current slide, so a late image can never run ahead.

The render and the JPEG encoding run on the GUI thread: ~1 ms and ~5 ms a slide
(bench/phone_image_bench.py), once a slide settles, and each image is kept, so a
step forward encodes only the new next slide. The render worker paints at screen
size for the windows and keeps no image it could share. With `votedeck serve` (no
window) nobody publishes, and phones simply get no image.

Also tells the server the console's timer every TIMER_EVERY_MS, for the remote.
Lives on the GUI thread; reaches the server only through the ShowController's handle.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from common.values import SlideImage
from presenter.deck.slide_text import slide_text
from presenter.render.phone_image import phone_image

SETTLE_MS = 120
TIMER_EVERY_MS = 5000


class PhoneSlides(QObject):
    def __init__(self, presentation, timer=None, parent: QObject | None = None):
        super().__init__(parent if parent is not None else presentation)
        self.presentation = presentation
        self.timer = timer              # the console's ElapsedTimer, or None without a console
        self.published = 0              # how many times the server was handed images (tests)
        self._images: dict[int, SlideImage] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.publish)
        self._clock = QTimer(self)
        self._clock.setInterval(TIMER_EVERY_MS)
        self._clock.timeout.connect(self._tell_timer)
        self._clock.start()
        presentation.slide_changed.connect(self.soon)
        presentation.deck_replaced.connect(self._deck_replaced)
        presentation.join_changed.connect(self.soon)       # voting (re)started: publish again
        self.soon()

    def soon(self, *_args) -> None:
        self._settle.start()

    def _deck_replaced(self) -> None:
        self._images.clear()
        self.soon()

    def image(self, number: int) -> SlideImage:
        found = self._images.get(number)
        if found is None:
            p = self.presentation
            picture = phone_image(p.renderer, number)
            slide = p.deck.slides[number - 1]
            found = SlideImage(number, picture.data, picture.content_type, picture.width,
                               picture.height, slide_text(slide) or p.deck.title, slide.notes)
            self._images[number] = found
        return found

    def publish(self) -> None:
        server = self.presentation.server
        if server is None:
            return
        number = self.presentation.slide
        following = self.image(number + 1) if number < self.presentation.slide_count else None
        server.publish_slides(self.image(number), following, self._timer_state())
        self.published += 1

    def _timer_state(self) -> tuple[float, bool] | None:
        timer = self.timer
        return None if timer is None else (timer.elapsed(), timer.running)

    def _tell_timer(self) -> None:
        server, state = self.presentation.server, self._timer_state()
        if server is not None and state is not None:
            server.set_timer(*state)

    def stop(self) -> None:
        self._settle.stop()
        self._clock.stop()
