"""`votedeck serve [DECK]`: the voting server without a window.

For rehearsals, automation, or voting beside another presentation program: it
prints the join URL, the control token and where votes are stored, then serves
until Ctrl+C or SIGTERM and stops cleanly. Slides are changed through the
control API (docs/api.md).
"""
from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path

from presenter.terminal import load_deck_or_say, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", nargs="?", metavar="DECK",
                        help="the Markdown deck whose polls phones answer (default: the bundled talk)")
    from presenter.commands.server_options import add_server_options
    add_server_options(parser)


def run(args: argparse.Namespace) -> int:
    from common.collector import tune_for_many_phones
    from presenter.commands.server_options import server_config
    from presenter.data_folder import recording_folder
    from presenter.deck.spec import deck_spec
    from presenter.paths import BUNDLED_DECK
    from server.api import ServerStartError
    from server.runtime import VotingServer

    deck = load_deck_or_say(Path(args.deck) if args.deck else BUNDLED_DECK)
    if deck is None:
        return 2

    stop = threading.Event()
    failures: list[str] = []

    def failed(error) -> None:          # a server.api.ServerError; the terminal speaks English
        failures.append(str(error))
        stop.set()

    def join_changed(join) -> None:      # on the server thread; print() is thread-safe enough
        print(f"The network changed; phones now join at: {join.url}", flush=True)

    folder = recording_folder(args.data_dir)     # presenter/data_folder.py's rule
    config = server_config(args, folder)
    server = VotingServer(deck_spec(deck), config, on_failure=failed,
                          on_join_changed=join_changed)
    tune_for_many_phones()      # no full collection in the middle of telling the phones
    try:
        join = server.start()
    except ServerStartError as error:
        say(str(error))
        return 1
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        _announce(deck, server, join, config, folder)
        print("Press Ctrl+C to stop.", flush=True)
        # A timeout keeps the main thread responsive to signals on every platform.
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if failures:
        say(failures[0])
        return 1
    print("Voting stopped; every acknowledged vote is saved.", flush=True)
    return 0


def _announce(deck, server, join, config, folder) -> None:
    """What the speaker (or a script) needs once the server listens: the session, the join
    URL, the control token, where votes are kept (and why there, when votedeck chose the
    folder it last used), and any warning about the network."""
    session = server.session
    how = "resumed" if session.resumed else "new"
    print(f"Serving {deck.title!r}: session {session.id} {session.name!r} ({how})", flush=True)
    if join.port_changed:
        print(f"Port {config.port} was taken; using port {join.port}.", flush=True)
    print(f"Phones join at: {join.url}", flush=True)
    print(f"Control token: {server.token}", flush=True)
    print(f"Votes are stored in: {server.database_path}{folder.aside()}", flush=True)
    if folder.gone is not None:         # the remembered folder is not there: say so
        say(folder.note())
    for warning in join.warnings:
        say(warning)
    if config.wifi is not None:
        from venue.wifi import wifi_payload
        # No screen here: the code's text, for whatever makes the QR code.
        print(f"Wi-Fi code for the hotspot {config.wifi[0]!r}: "
              f"{wifi_payload(*config.wifi, hidden=config.wifi_hidden)}", flush=True)
    from venue.firewall import firewall_hint
    hint = firewall_hint(join.port, host=config.host)    # at most ~3 s, said once
    if hint:
        say(hint)
