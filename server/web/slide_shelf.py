"""SlideShelf: the presenter's images of the current slide and the next one.

Phones follow the talk between polls by the current slide's image (issue 17); the
speaker's remote also sees the next one. The presenter renders both and hands them
over (VotingServer.publish_slides); this keeps only those two, on the server's
loop. An image has a versioned name, `<slide>-<hash>.jpg`, so a phone may cache it
for good, and a new render of the same slide is a new name.

The promise that no slide ahead of the current one reaches a phone is kept here,
whatever order the presenter's images and the slide changes arrive in: a phone's
state names the current image only while its slide IS the talk's current slide
(`for_phones`), and the image route serves only that one. The next slide is handed
out only to the remote (`for_remote`). No aiohttp: the views answer HTTP.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from common.values import SlideImage

_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class ShelvedImage:
    image: SlideImage
    name: str                       # "7-3fa9c01b2d4e.jpg": the slide, then its version


def shelved(image: SlideImage) -> ShelvedImage:
    version = hashlib.sha256(image.data).hexdigest()[:12]
    return ShelvedImage(image, f"{image.slide}-{version}{_SUFFIX.get(image.content_type, '')}")


class SlideShelf:
    def __init__(self, clock=time.monotonic) -> None:
        self.current: ShelvedImage | None = None
        self.following: ShelvedImage | None = None
        # The speaker's timer as the console had it: (elapsed s, running, when told).
        self._clock = clock
        self._timer: tuple[float, bool, float] | None = None

    def set_timer(self, elapsed: float, running: bool) -> None:
        self._timer = (float(elapsed), bool(running), self._clock())

    def timer_now(self) -> dict[str, Any] | None:
        """The console's elapsed time now (for the remote), or None when never told."""
        if self._timer is None:
            return None
        elapsed, running, told = self._timer
        if running:
            elapsed += self._clock() - told
        return {"elapsed": round(elapsed, 1), "running": running}

    def put(self, current: SlideImage | None, following: SlideImage | None) -> None:
        self.current = shelved(current) if current is not None else None
        self.following = shelved(following) if following is not None else None

    def clear(self) -> None:
        self.current = self.following = None

    def for_phones(self, slide: int) -> ShelvedImage | None:
        """The image phones may see while `slide` is the talk's current slide."""
        found = self.current
        return found if found is not None and found.image.slide == slide else None

    def for_remote(self, slide: int, name: str) -> ShelvedImage | None:
        """The current slide's image or the next one's, by name (the remote's two)."""
        for found in (self.for_phones(slide), self.following):
            if found is not None and found.name == name and found.image.slide in (slide, slide + 1):
                return found
        return None


def phone_json(found: ShelvedImage | None) -> dict[str, Any] | None:
    """The phone state's `image`: where to load it and the words it shows."""
    if found is None:
        return None
    image = found.image
    return {"url": f"/slide/{found.name}", "n": image.slide, "text": image.text,
            "width": image.width, "height": image.height}
