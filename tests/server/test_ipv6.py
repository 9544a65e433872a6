"""IPv6 (issue 19, item 13): phones over IPv6 vote and follow the slides, the default
listens on both families, and the per-address caps count an IPv6 /64 as one address."""
from __future__ import annotations

import aiohttp

from server.web.limits import address_key

from .conftest import control, make_deck, start_server, wait_for


def test_caps_key_ipv6_on_its_64_and_ipv4_as_itself():
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:ffff::9") \
        == "2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("::ffff:192.0.2.7") == "192.0.2.7" == address_key("192.0.2.7")
    assert address_key("fe80::1%eth0") == "fe80::/64"
    assert address_key(None) == "unknown"


async def test_a_phone_over_ipv6_loopback_votes_and_follows(tmp_path):
    run = start_server(tmp_path, host="::1", max_websockets_per_address=2)
    base = f"http://[::1]:{run.server.join.port}"
    try:
        async with aiohttp.ClientSession() as phone, aiohttp.ClientSession() as other:
            async with phone.ws_connect(base + "/ws") as ws:
                await ws.receive_json(timeout=3)
                async with phone.post(base + "/api/control/slide", json={"slide": 2},
                                      headers=run.auth) as r:
                    assert r.status == 200
                assert (await ws.receive_json(timeout=3))["slide"] == 2
                async with phone.post(base + "/api/vote",
                                      json={"poll": "p1", "choice": "agree"}) as r:
                    assert r.status == 200
                # ::1 is one /64: its second phone's socket is the last the cap allows.
                async with other.ws_connect(base + "/ws") as second:
                    await second.receive_json(timeout=3)
                    assert run.server.hub.sockets_from("::/64") == 2
    finally:
        run.server.stop()


async def test_every_address_means_ipv4_and_ipv6(tmp_path, phone):
    run = start_server(tmp_path, host="0.0.0.0", deck=make_deck())
    port = run.server.join.port
    try:
        for base in (f"http://127.0.0.1:{port}", f"http://[::1]:{port}"):
            async with phone().get(base + "/api/state") as r:
                assert r.status == 200
        await control(phone(), run, "/api/control/slide", {"slide": 2})
        await wait_for(lambda: run.server.snapshot().slide == 2)
    finally:
        run.server.stop()
