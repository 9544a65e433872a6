"""The Wi-Fi QR code's text: how a phone joins the laptop's hotspot by scanning.

A phone camera that reads `WIFI:T:WPA;S:<ssid>;P:<password>;;` offers to join
that network (Android 10+, iOS 11+). The join screen shows this code before the
URL code, so at a venue with bad guest wifi the room joins the speaker's own
hotspot in one scan, then opens the voting page with the second.

The format (ZXing's "WIFI:" barcode, which the Wi-Fi Alliance later adopted):
fields `T:` (WPA, WEP or nopass), `S:` (SSID), `P:` (password), `H:true` for a
hidden network, each ended by `;`, the whole ended by an extra `;`. In SSID and
password the characters `\\ ; , : "` are escaped with a backslash.

Also parses the `--wifi SSID:PASSWORD` command-line option (rule in
`parse_wifi_option`).
"""
from __future__ import annotations

SECURITY_TYPES = ("WPA", "WEP", "nopass")
WPA_MIN, WPA_MAX = 8, 63            # IEEE 802.11i passphrase length, in characters
SSID_MAX_BYTES = 32                 # an SSID is at most 32 octets (UTF-8 here)

_SPECIAL = '\\;,:"'


def escape_field(text: str) -> str:
    """Backslash-escape the characters the WIFI: format uses as syntax."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def wifi_payload(ssid: str, password: str, security: str = "WPA", hidden: bool = False) -> str:
    """The text to encode in the Wi-Fi QR code.

    An empty password means an open network (`T:nopass`, no `P:` field),
    whatever `security` says: there is nothing for a phone to type.
    Raises ValueError with a sentence for the speaker when the network cannot work.
    """
    check_ssid(ssid)
    if security not in SECURITY_TYPES:
        raise ValueError(
            f"Wi-Fi security {security!r} is not one phones understand in a QR code: "
            f"use WPA (also for WPA2 and WPA3), WEP or nopass."
        )
    if not password or security == "nopass":
        if password and security == "nopass":
            raise ValueError(
                "An open Wi-Fi network (nopass) has no password: leave the password empty, "
                "or use WPA security."
            )
        security, password = "nopass", ""
    elif security == "WPA":
        check_wpa_password(password)
    fields = [f"T:{security}", f"S:{escape_field(ssid)}"]
    if password:
        fields.append(f"P:{escape_field(password)}")
    if hidden:
        fields.append("H:true")
    return "WIFI:" + "".join(f + ";" for f in fields) + ";"


def check_ssid(ssid: str) -> None:
    if not ssid:
        raise ValueError(
            "The Wi-Fi network name (SSID) is empty: give the hotspot's name, "
            "for example --wifi 'MyTalk:secretpass'."
        )
    if len(ssid.encode("utf-8")) > SSID_MAX_BYTES:
        raise ValueError(
            f"The Wi-Fi network name {ssid!r} is longer than a Wi-Fi name can be "
            f"({SSID_MAX_BYTES} bytes): check it against the hotspot's settings."
        )


def check_wpa_password(password: str) -> None:
    if len(password) < WPA_MIN:
        raise ValueError(
            f"The Wi-Fi password has {len(password)} characters, but a WPA password needs "
            f"at least {WPA_MIN}: use the hotspot's real password (or nothing after the "
            f"colon for an open network)."
        )
    if len(password) > WPA_MAX:
        raise ValueError(
            f"The Wi-Fi password has {len(password)} characters, but a WPA password has "
            f"at most {WPA_MAX}: check it against the hotspot's settings."
        )


def parse_wifi_option(value: str) -> tuple[str, str]:
    """Split `--wifi SSID:PASSWORD` into (ssid, password).

    The rule: the SSID ends at the first colon that is not preceded by a
    backslash; everything after that colon is the password, taken as typed
    (a password may contain colons and backslashes freely). Inside the SSID,
    `\\:` stands for a colon and `\\\\` for a backslash; any other backslash is
    kept as it is. `SSID:` with nothing after the colon is an open network.

        MyTalk:secretpass       -> ("MyTalk", "secretpass")
        Cafe\\:Guest:pa:ss:word   -> ("Cafe:Guest", "pa:ss:word")
        OpenNet:                -> ("OpenNet", "")

    Raises ValueError with a sentence when the value cannot be a network.
    """
    ssid_chars: list[str] = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value) and value[i + 1] in ":\\":
            ssid_chars.append(value[i + 1])
            i += 2
            continue
        if c == ":":
            break
        ssid_chars.append(c)
        i += 1
    else:
        raise ValueError(
            "--wifi needs the hotspot's name and password as SSID:PASSWORD, for example "
            "--wifi 'MyTalk:secretpass' (an open network: 'MyTalk:' with nothing after "
            "the colon; a colon inside the name is written \\:)."
        )
    ssid, password = "".join(ssid_chars), value[i + 1:]
    check_ssid(ssid)
    if password:
        check_wpa_password(password)
    return ssid, password
