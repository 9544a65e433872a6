"""Phones follow the slide between polls (issue 17): the presenter's image of the
current slide in the phone state and at its versioned URL, never a slide ahead of
the current one, nothing with `phone_slides: off` or with nobody publishing, and
the Gate (Host check, rate) in front of the image route."""
from __future__ import annotations

import asyncio

from common.values import SlideImage
from tests.server.conftest import make_deck, start_server, wait_for


def picture(n: int, tag: bytes = b"") -> SlideImage:
    return SlideImage(n, b"\xff\xd8\xff" + tag + bytes([n]) * 64, "image/jpeg", 720, 405,
                      f"Titel {n}\nPunkt", f"noter {n}")


async def state_of(session, running) -> dict:
    async with session.get(running.url("/api/state")) as response:
        return await response.json()


async def image_named(session, running) -> dict | None:
    return (await state_of(session, running))["image"]


async def test_the_phone_state_names_the_current_slide_and_serves_it_for_good(running, phone):
    session = phone()
    assert await image_named(session, running) is None      # nobody published: no image
    running.server.publish_slides(picture(1), picture(2))
    await wait_for(lambda: running.server.presentation.shelf.current is not None)
    image = await image_named(session, running)
    assert image["n"] == 1 and image["text"] == "Titel 1\nPunkt"
    assert image["url"].startswith("/slide/1-") and image["url"].endswith(".jpg")
    assert (image["width"], image["height"]) == (720, 405)
    async with session.get(running.url(image["url"])) as response:
        assert response.status == 200
        assert await response.read() == picture(1).data
        assert response.headers["Content-Type"] == "image/jpeg"
        assert response.headers["Cache-Control"] == "max-age=31536000, immutable"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    # The notes are the remote's: a phone never gets them.
    assert "noter" not in str(await state_of(session, running))


async def test_no_slide_ahead_of_the_current_one_reaches_a_phone(running, phone):
    session = phone()
    server = running.server
    server.publish_slides(picture(1), picture(2))
    await wait_for(lambda: server.presentation.shelf.current is not None)
    following = server.presentation.shelf.following
    # The next slide's image exists on the server, but not at any phone's address.
    async with session.get(running.url(f"/slide/{following.name}")) as response:
        assert response.status == 404
        assert "not on the screen now" in (await response.json())["error"]
    # An image of slide 2 arriving while the talk is on slide 1 (the presenter ran
    # ahead, or went back before its image was in) is not shown until slide 2 is.
    server.publish_slides(picture(2), picture(3))
    await wait_for(lambda: server.presentation.shelf.current.image.slide == 2)
    assert await image_named(session, running) is None
    name = server.presentation.shelf.current.name
    async with session.get(running.url(f"/slide/{name}")) as response:
        assert response.status == 404
    server.show_slide(4)            # going past it does not show it either
    await wait_for(lambda: server.presentation.slide == 4)
    assert await image_named(session, running) is None
    server.show_slide(2)
    await wait_for(lambda: server.presentation.slide == 2)
    await wait_for(lambda: server.presentation.common_state()["image"] is not None)
    image = await image_named(session, running)
    assert image["url"] == f"/slide/{name}"
    async with session.get(running.url(image["url"])) as response:
        assert response.status == 200


async def test_an_old_version_and_a_made_up_name_are_not_served(running, phone):
    session = phone()
    server = running.server
    server.publish_slides(picture(1, b"old"))
    await wait_for(lambda: server.presentation.shelf.current is not None)
    old = (await image_named(session, running))["url"]
    server.publish_slides(picture(1, b"new"))
    await wait_for(lambda: server.presentation.shelf.current.name not in old)
    new = (await image_named(session, running))["url"]
    assert new != old
    for url in (old, "/slide/1-000000000000.jpg", "/slide/..%2f..%2fetc%2fpasswd", "/slide/2"):
        async with session.get(running.url(url)) as response:
            assert response.status == 404, url


async def test_phones_told_over_the_socket_when_the_image_arrives(running, phone):
    session = phone()
    async with session.ws_connect(running.url("/ws").replace("http", "ws")) as ws:
        first = await ws.receive_json(timeout=3)
        assert first["image"] is None
        running.server.publish_slides(picture(1))
        message = await ws.receive_json(timeout=3)
        assert message["image"]["n"] == 1


async def test_phone_slides_off_keeps_the_slides_on_the_projector(tmp_path, phone):
    running = start_server(tmp_path, deck=make_deck(phone_slides=False))
    try:
        session = phone()
        running.server.publish_slides(picture(1), picture(2))
        await wait_for(lambda: running.server.presentation.shelf.current is not None)
        assert await image_named(session, running) is None
        name = running.server.presentation.shelf.current.name
        async with session.get(running.url(f"/slide/{name}")) as response:
            assert response.status == 404
    finally:
        running.server.stop()


async def test_the_gate_stands_before_the_image(tmp_path, phone):
    running = start_server(tmp_path, max_requests_per_second=2)
    try:
        session = phone()
        running.server.publish_slides(picture(1))
        await wait_for(lambda: running.server.presentation.shelf.current is not None)
        url = running.url(f"/slide/{running.server.presentation.shelf.current.name}")
        async with session.get(url, headers={"Host": "evil.example"}) as response:
            assert response.status == 421
        statuses = []
        for _ in range(40):
            async with session.get(url) as response:
                statuses.append(response.status)
        assert 429 in statuses and statuses[0] == 200
    finally:
        running.server.stop()


async def test_an_edited_deck_drops_the_old_images(running, phone):
    session = phone()
    running.server.publish_slides(picture(1))
    await wait_for(lambda: running.server.presentation.shelf.current is not None)
    running.server.replace_deck(make_deck())
    await asyncio.sleep(0.1)
    await wait_for(lambda: running.server.presentation.shelf.current is None)
    assert await image_named(session, running) is None
