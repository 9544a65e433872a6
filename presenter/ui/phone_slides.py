"""PhoneSlides: hands the voting server the slide the presenter shows, as phones see it.

Between polls phones show the current slide (issue 17), and the speaker's remote
shows it and the next one. After the presenter is on a slide (its `slide_changed`,
whether the speaker, a key or the control API moved it) and the slide has settled
for SETTLE_MS (paging quickly renders only where it stops), the slide and the next
are rendered at 720 px by a RenderWorker of its own (presenter/render/worker.py, off
the GUI thread), encoded as JPEG (presenter.render.phone_image) on a small encoding
thread, and handed with their words and notes to `VotingServer.publish_slides`
(thread-safe) from that thread, in the order asked. The server shows phones an
image only while it is the current slide, so a late image can never run ahead.
Each slide's image is kept, so a step forward renders only the new next slide.

The images are previews (render.view.PREVIEW, with the join address in words,
`joined_url`): a poll slide shows an "Afstemning" pill and its options without
counts, not the room's open/closed pill, counts or join code; the join slide says
the phone is in, the code is on the big screen, and prints the address (its kept
image is drawn again when the address moves). A kept image of the live state would be untrue as soon as the poll
opened, closed or got a vote (it said "Afstemning lukket" over an open poll), and
the next poll's preview cannot know whether it opens on arrival. Drawing the live
state and publishing again at each change costs about the same per image
(bench/phone_image_bench.py --polls: ~4 ms an image either way, docs/performance.md)
but would send a new image per vote burst and still trail the room; the remote says
the poll's state in words beside the picture instead (docs/api.md).
With `votedeck serve` (no window) nobody publishes, and phones get no image.

Also tells the server the console's timer every TIMER_EVERY_MS, for the remote.
Lives on the GUI thread; reaches the server only through the ShowController's handle.
`stop()` (the app's way out, and tests) stops the worker and the encoding thread.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from common.values import SlideImage
from presenter.deck.slide_text import slide_text
from presenter.render.keys import SlideKey
from presenter.render.phone_image import PHONE_HEIGHT, PHONE_WIDTH, encode
from presenter.render.view import PREVIEW
from presenter.render.worker import RenderJob, RenderWorker

SETTLE_MS = 120
TIMER_EVERY_MS = 5000


def _slide_image(number: int, image, words: str, notes: str) -> SlideImage:
    """On the encoding thread: the QImage the worker handed over, as the server's value."""
    return SlideImage(number, encode(image), "image/jpeg", PHONE_WIDTH, PHONE_HEIGHT, words, notes)


def _publish(server, current: Future, following: Future | None, timer) -> None:
    """On the encoding thread, after the encodings queued before it."""
    server.publish_slides(current.result(), following.result() if following else None, timer)


class PhoneSlides(QObject):
    def __init__(self, presentation, timer=None, parent: QObject | None = None):
        super().__init__(parent if parent is not None else presentation)
        self.presentation = presentation
        self.timer = timer              # the console's ElapsedTimer, or None without a console
        self.published = 0              # how many times the server was handed images (tests)
        self._encoded: dict[int, Future] = {}       # slide -> its SlideImage being made
        self._wanted: tuple[int, int | None] = (0, None)
        self._view = PREVIEW            # what the kept images were drawn with
        self._stopped = False
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="votedeck-phone-slides")
        self._worker = RenderWorker(presentation.deck, cache_layers=False, parent=self)
        self._worker.rendered.connect(self._rendered)
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
        self._encoded.clear()
        self._worker.replace_deck(self.presentation.deck)
        self.soon()

    def publish(self) -> None:
        """Hand over the shown slide and the next; render what is not made yet first."""
        p = self.presentation
        if p.server is None:
            return
        view = replace(PREVIEW, joined_url=p.join.url if p.join is not None else None)
        if view != self._view:      # the address moved: the join slides print it
            self._view = view
            for n in [n for n in self._encoded if p.deck.slides[n - 1].layout == "join"]:
                del self._encoded[n]
        self._wanted = (p.slide, p.slide + 1 if p.slide < p.slide_count else None)
        missing = [n for n in self._wanted if n is not None and n not in self._encoded]
        if missing:
            self._worker.plan([RenderJob("slide", n, view, PHONE_WIDTH, PHONE_HEIGHT,
                                         SlideKey.of(p.deck.slides[n - 1], view))
                               for n in missing])
        else:
            self._hand_over()

    def _rendered(self, job: RenderJob, image, _key) -> None:
        number = job.number
        # An image the worker emitted just before stop() is still delivered after it.
        if self._stopped or not 1 <= number <= self.presentation.slide_count:
            return
        slide = self.presentation.deck.slides[number - 1]
        self._encoded[number] = self._pool.submit(
            _slide_image, number, image, slide_text(slide) or self.presentation.deck.title,
            slide.notes)
        if all(n in self._encoded for n in self._wanted if n is not None):
            self._hand_over()

    def _hand_over(self) -> None:
        server, (now, following) = self.presentation.server, self._wanted
        if self._stopped or server is None or now not in self._encoded:
            return
        self._pool.submit(_publish, server, self._encoded[now],
                          self._encoded.get(following) if following else None, self._timer_state())
        self.published += 1

    def _timer_state(self) -> tuple[float, bool] | None:
        timer = self.timer
        return None if timer is None else (timer.elapsed(), timer.running)

    def _tell_timer(self) -> None:
        server, state = self.presentation.server, self._timer_state()
        if server is not None and state is not None:
            server.set_timer(*state)

    def stop(self) -> None:
        """No more renders, encodings or hand-overs; joins both threads. Safe twice."""
        self._stopped = True
        self._settle.stop()
        self._clock.stop()
        self._worker.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
