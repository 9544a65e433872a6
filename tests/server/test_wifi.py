"""The Wi-Fi QR text and the --wifi option.

Payloads are read back with a parser written here from ZXing's WifiResultParser
rules (a field runs to the first `;` not escaped by a backslash; a backslash
escapes the next character), so escaping is checked against how phones read it,
not against the string we expect.
"""
from __future__ import annotations

import pytest
import qrcode
from hypothesis import given
from hypothesis import strategies as st

from venue.wifi import parse_wifi_option, wifi_payload


def read_like_a_phone(payload: str) -> dict[str, str]:
    assert payload.startswith("WIFI:") and payload.endswith(";;")
    fields: dict[str, str] = {}
    body, i = payload[len("WIFI:"):], 0
    while i < len(body) and body[i] != ";":
        key_end = body.index(":", i)
        key, i = body[i:key_end], key_end + 1
        value = []
        while body[i] != ";":
            if body[i] == "\\":
                i += 1
            value.append(body[i])
            i += 1
        fields[key] = "".join(value)
        i += 1
    assert body[i:] == ";", "payload must end with an empty field"
    return fields


def test_plain_wpa_payload_is_the_documented_shape():
    assert wifi_payload("MyTalk", "secretpass") == "WIFI:T:WPA;S:MyTalk;P:secretpass;;"


@pytest.mark.parametrize("special", [";", ",", ":", "\\", '"'])
def test_special_characters_are_escaped_in_ssid_and_password(special):
    ssid, password = f"a{special}b", f"pass{special}word{special}"
    payload = wifi_payload(ssid, password)
    assert f"S:a\\{special}b;" in payload
    assert f"P:pass\\{special}word\\{special};" in payload
    assert read_like_a_phone(payload) == {"T": "WPA", "S": ssid, "P": password}


def test_all_special_characters_together_survive():
    ssid, password = 'x;y,z:"\\', ';;,,::""\\\\'
    assert read_like_a_phone(wifi_payload(ssid, password)) == {"T": "WPA", "S": ssid, "P": password}


def test_empty_password_is_an_open_network():
    payload = wifi_payload("OpenNet", "")
    assert payload == "WIFI:T:nopass;S:OpenNet;;"
    assert "P:" not in payload


def test_hidden_network_is_flagged():
    payload = wifi_payload("Hidden;One", "secretpass", hidden=True)
    assert payload == "WIFI:T:WPA;S:Hidden\\;One;P:secretpass;H:true;;"
    assert read_like_a_phone(payload)["H"] == "true"


def test_non_ascii_names_pass_through_unescaped():
    assert read_like_a_phone(wifi_payload("Kaffestue æøå", "hemmeligt"))["S"] == "Kaffestue æøå"


@given(
    ssid=st.text(min_size=1, max_size=10).filter(lambda s: len(s.encode()) <= 32),
    password=st.text(min_size=8, max_size=63),
)
def test_any_network_reads_back_unchanged(ssid, password):
    assert read_like_a_phone(wifi_payload(ssid, password)) == {"T": "WPA", "S": ssid, "P": password}


def qr_version(text: str) -> int:
    code = qrcode.QRCode(border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.version


def test_payload_fits_in_a_small_qr_code():
    # A typical hotspot stays a coarse code a back row can scan; the longest
    # possible network still fits a version a projector shows sharply.
    assert qr_version(wifi_payload("VoteDeck-Talk", "tenletters1")) <= 3
    assert qr_version(wifi_payload("x" * 32, "y" * 63, hidden=True)) <= 7


@pytest.mark.parametrize(
    "ssid, password, words",
    [
        ("", "secretpass", "is empty"),
        ("Net", "short", "at least 8"),
        ("Net", "p" * 64, "at most 63"),
        ("n" * 33, "secretpass", "32 bytes"),
        ("Net", "secretpass", None),
    ],
)
def test_impossible_networks_are_refused_with_a_sentence(ssid, password, words):
    if words is None:
        wifi_payload(ssid, password)
        return
    with pytest.raises(ValueError, match=words) as caught:
        wifi_payload(ssid, password)
    assert str(caught.value).endswith(".")


def test_unknown_security_and_password_on_open_network_are_refused():
    with pytest.raises(ValueError, match="use WPA"):
        wifi_payload("Net", "secretpass", security="WPA3")
    with pytest.raises(ValueError, match="no password"):
        wifi_payload("Net", "secretpass", security="nopass")


def test_wep_password_is_not_held_to_wpa_length():
    assert wifi_payload("Old", "abcde", security="WEP") == "WIFI:T:WEP;S:Old;P:abcde;;"


@pytest.mark.parametrize(
    "option, expected",
    [
        ("MyTalk:secretpass", ("MyTalk", "secretpass")),
        ("MyTalk:pa:ss:word", ("MyTalk", "pa:ss:word")),
        ("Cafe\\:Guest:secretpass", ("Cafe:Guest", "secretpass")),
        ("Back\\\\slash:secretpass", ("Back\\slash", "secretpass")),
        ("Odd\\name:secretpass", ("Odd\\name", "secretpass")),
        ("MyTalk:pass\\word:x", ("MyTalk", "pass\\word:x")),
        ("OpenNet:", ("OpenNet", "")),
        ("With space:secret pass", ("With space", "secret pass")),
    ],
)
def test_wifi_option_splits_on_the_first_unescaped_colon(option, expected):
    assert parse_wifi_option(option) == expected


@pytest.mark.parametrize(
    "option, words",
    [
        ("MyTalk", "SSID:PASSWORD"),
        ("Escaped\\:only", "SSID:PASSWORD"),
        (":secretpass", "is empty"),
        ("", "SSID:PASSWORD"),
        ("MyTalk:short", "at least 8"),
    ],
)
def test_wifi_option_mistakes_get_a_sentence(option, words):
    with pytest.raises(ValueError, match=words):
        parse_wifi_option(option)


def test_option_to_payload():
    """`--wifi SSID:PASSWORD` to the QR text, as `votedeck serve` prints it."""
    assert wifi_payload(*parse_wifi_option("Cafe\\:Guest:secret;pass")) == (
        "WIFI:T:WPA;S:Cafe\\:Guest;P:secret\\;pass;;"
    )
    assert wifi_payload(*parse_wifi_option("OpenNet:")) == "WIFI:T:nopass;S:OpenNet;;"
