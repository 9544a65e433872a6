"""The presenter's control API: token, slide, poll state, results."""
from __future__ import annotations

import pytest

from .conftest import control


@pytest.mark.parametrize("method, path", [("POST", "/api/control/slide"),
                                          ("POST", "/api/control/poll"),
                                          ("GET", "/api/control/results")])
@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdA=="},
    {"Authorization": "test-token-0123456789"}, {"Authorization": "Bearer "},
    {"Authorization": "Bearer test-token-012345678"},
])
async def test_control_needs_the_token(running, phone, method, path, headers):
    async with phone().request(method, running.url(path), json={"slide": 2},
                               headers=headers) as response:
        assert response.status == 401
        assert "token" in (await response.json())["error"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert running.server.presentation.slide == 1


async def test_slide_makes_its_poll_current_and_open(running, phone):
    answer = await control(phone(), running, "/api/control/slide", {"slide": 2})
    assert answer == {"slide": 2, "poll": "p1"}
    results = await _results(phone(), running)
    assert results["polls"]["p1"]["open"] is True and results["slide"] == 2
    # Leaving it closes it (close_on_leave) and opens the next slide's poll.
    assert await control(phone(), running, "/api/control/slide", {"slide": 3}) == \
        {"slide": 3, "poll": "p2"}
    results = await _results(phone(), running)
    assert results["polls"]["p1"]["open"] is False and results["polls"]["p2"]["open"] is True
    assert await control(phone(), running, "/api/control/slide", {"slide": 1}) == \
        {"slide": 1, "poll": None}


@pytest.mark.parametrize("body, status", [({"slide": 0}, 400), ({"slide": 6}, 400),
                                          ({"slide": "2"}, 400), ({"slide": True}, 400),
                                          ({}, 400)])
async def test_bad_slide_is_400(running, phone, body, status):
    async with phone().post(running.url("/api/control/slide"), json=body,
                            headers=running.auth) as response:
        assert response.status == status
        assert (await response.json())["error"]


async def test_poll_open_reveal_reset(running, phone):
    await control(phone(), running, "/api/control/slide", {"slide": 2})
    voter = phone()
    async with voter.post(running.url("/api/vote"), json={"poll": "p1", "choice": "agree"}) as r:
        assert r.status == 200
    async with voter.get(running.url("/api/state")) as r:
        assert (await r.json())["poll"]["results"] is None      # not revealed yet
    answer = await control(phone(), running, "/api/control/poll", {"poll": "p1", "reveal": True})
    assert answer == {"poll": "p1", "question": "Første påstand?", "kind": "agree", "open": True,
                      "revealed": True,
                      "voters": 1, "counts": {"agree": 1, "disagree": 0, "dont-know": 0},
                      "hand_counts": {}}
    async with voter.get(running.url("/api/state")) as r:
        assert (await r.json())["poll"]["results"] == {"agree": 1, "disagree": 0, "dont-know": 0}
    answer = await control(phone(), running, "/api/control/poll", {"poll": "p1", "reset": True})
    assert answer["voters"] == 0 and answer["counts"]["agree"] == 0
    async with voter.get(running.url("/api/state")) as r:
        poll = (await r.json())["poll"]
    assert poll["choice"] is None and poll["results"] == {"agree": 0, "disagree": 0, "dont-know": 0}
    answer = await control(phone(), running, "/api/control/poll", {"poll": "p1", "open": False,
                                                                    "reveal": False})
    assert answer["open"] is False and answer["revealed"] is False


@pytest.mark.parametrize("body, status", [({"poll": "zz", "open": True}, 404),
                                          ({"open": True}, 400),
                                          ({"poll": "p1", "open": "yes"}, 400),
                                          ({"poll": "p1", "reset": 1}, 400)])
async def test_bad_poll_request(running, phone, body, status):
    async with phone().post(running.url("/api/control/poll"), json=body,
                            headers=running.auth) as response:
        assert response.status == status
        assert (await response.json())["error"]


async def test_results_shape(running, phone):
    results = await _results(phone(), running)
    assert results["session"]["id"] == running.server.session_id
    assert results["phones"] == 0
    assert set(results["polls"]) == {"p1", "p2"}
    assert results["polls"]["p2"] == {"question": "Anden påstand?", "kind": "agree", "open": False,
                                      "revealed": False, "voters": 0,
                                      "counts": {"agree": 0, "disagree": 0, "dont-know": 0},
                                      "hand_counts": {}}


async def _results(session, running) -> dict:
    async with session.get(running.url("/api/control/results"), headers=running.auth) as r:
        assert r.status == 200
        return await r.json()


@pytest.mark.parametrize("path, body, unknown", [
    ("/api/control/poll", {"poll": "p1", "frobnicate": True}, "frobnicate"),
    ("/api/control/poll", {"poll": "p1", "revealed": True}, "revealed"),     # not "reveal"
    ("/api/control/slide", {"slide": 2, "poll": "p1"}, "poll"),
])
async def test_unknown_fields_are_refused_by_name(running, phone, path, body, unknown):
    """A tool's typo must not pass as a 200 that did nothing."""
    before = running.server.snapshot()
    async with phone().post(running.url(path), json=body, headers=running.auth) as response:
        assert response.status == 400
        sentence = (await response.json())["error"]
    assert f'"{unknown}"' in sentence and sentence.endswith(".")
    allowed = ('"poll"', '"open"', '"reveal"', '"reset"') if path.endswith("poll") else ('"slide"',)
    assert all(name in sentence for name in allowed), sentence
    after = running.server.snapshot()
    assert (after.slide, after.polls) == (before.slide, before.polls)       # nothing happened
