"""The voting server's command-line options, shared by `votedeck [present]` and `votedeck serve`.

`add_server_options(parser)` adds them; `server_config(args)` turns them into the
server's `ServerConfig`, its data folder by presenter/data_folder.py's rule (a folder
given with --data-dir is remembered for the commands after it).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from presenter.data_folder import DATA_DIR_HELP, DataFolder, recording_folder
from server.api import MIN_TOKEN_LENGTH, TOKEN_TOO_SHORT, ServerConfig

_DEFAULTS = ServerConfig()


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (0-65535)")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number (0 turns the cap off)") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; use 0 to turn the cap off")
    return value


def _token(text: str) -> str:
    if len(text) < MIN_TOKEN_LENGTH:
        raise argparse.ArgumentTypeError(TOKEN_TOO_SHORT)
    return text


def _wifi(text: str) -> tuple[str, str]:
    from venue.wifi import parse_wifi_option
    try:
        return parse_wifi_option(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_server_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("voting server")
    group.add_argument("--host", default=_DEFAULTS.host,
                       help="address to listen on (default: %(default)s, every network)")
    group.add_argument("--port", type=_port, default=_DEFAULTS.port,
                       help="port to listen on; when taken, the next free one is used "
                            "(default: %(default)s; 0: any free port)")
    group.add_argument("--data-dir", type=Path, metavar="DIR",
                       help=DATA_DIR_HELP + "; a folder given is remembered")
    group.add_argument("--token", metavar="TOKEN", type=_token,
                       help="the presenter's control token for /api/control, at least "
                            f"{MIN_TOKEN_LENGTH} characters (default: random)")
    group.add_argument("--new-session", action="store_true",
                       help="start a new session instead of resuming the deck's latest one")
    group.add_argument("--session-name", metavar="NAME",
                       help="name of the session (default: the deck title and date); resumes "
                            "the deck's latest session of that name, or starts one")
    group.add_argument("--session-place", metavar="PLACE",
                       help="where the talk is given (e.g. the town hall), kept with the "
                            "session and shown in `votedeck sessions` and the report")
    group.add_argument("--max-voters-per-address", type=_count, metavar="N",
                       default=_DEFAULTS.max_voters_per_address,
                       help="phones that may vote per poll from one network address "
                            "(default: %(default)s; raise it behind a NAT; 0: no cap)")
    group.add_argument("--max-requests-per-second", type=_count, metavar="N",
                       default=_DEFAULTS.max_requests_per_second,
                       help="requests per second from one address, votes and the rest each "
                            "(default: %(default)s; "
                            "0: no cap, as a load test from one machine needs)")
    group.add_argument("--max-websockets-per-address", type=_count, metavar="N",
                       default=_DEFAULTS.max_websockets_per_address,
                       help="phones' live connections from one address (default: %(default)s; "
                            "raise it behind a NAT; 0: no cap)")
    group.add_argument("--max-connections-per-address", type=_count, metavar="N",
                       default=_DEFAULTS.max_connections_per_address,
                       help="open connections from one address (default: %(default)s; raise "
                            "it behind a NAT; 0: no cap)")
    group.add_argument("--allow-host", action="append", metavar="NAME", default=[],
                       help="a host name phones may use for this server besides its own "
                            "addresses (a venue's DNS name); repeat for more")
    group.add_argument("--wifi", type=_wifi, metavar="SSID:PASSWORD",
                       help="your hotspot's name and password: the join screen shows a Wi-Fi "
                            "code before the URL code (the name ends at the first colon; write "
                            "a colon in the name as \\:; 'SSID:' for an open network)")
    group.add_argument("--wifi-hidden", action="store_true",
                       help="with --wifi: the hotspot does not broadcast its name")


def server_config(args: argparse.Namespace, folder: DataFolder | None = None) -> ServerConfig:
    """The server's configuration; `folder` is the data folder a caller already chose
    with recording_folder(args.data_dir), which runs here when it did not."""
    folder = folder if folder is not None else recording_folder(args.data_dir)
    return ServerConfig(
        host=args.host, port=args.port, port_fallback=True,
        data_dir=folder.for_server,
        token=args.token or None, new_session=bool(args.new_session),
        session_name=args.session_name or None,
        session_place=args.session_place or None,
        max_voters_per_address=args.max_voters_per_address,
        max_requests_per_second=args.max_requests_per_second,
        max_websockets_per_address=args.max_websockets_per_address,
        max_connections_per_address=args.max_connections_per_address,
        allowed_hosts=tuple(args.allow_host),
        wifi=args.wifi, wifi_hidden=bool(args.wifi_hidden))
