"""The venue checks the console runs: plain functions that return sentences.

- `firewall_sentence(join)`: whether the OS firewall may stop phones reaching the
  port (venue.firewall; up to ~3 s, so the console runs it on a worker thread).
- `rehearse(join)`: a bounded rehearsal (30 test phones vote for up to 20 s) on a
  scratch server listening where voting listens (venue.rehearsal; a worker thread).
- `join_candidates(server)`: the laptop's addresses the join URL may use, as the
  server last saw them (no interface lookup on the GUI thread).

These are the console's only doors into the server's venue modules (firewall and
rehearsal), so the console's widgets import no venue module of the server (only
`server.api` values, `common.percent`, `server.net.reachability`'s wording and, for
the export, `server.store.results_files`). No Qt here: the functions run on worker
threads and must never touch a widget.
"""
from __future__ import annotations

from common.words import text

REHEARSAL_PHONES = 30
REHEARSAL_SECONDS = 20.0


def firewall_sentence(join) -> str | None:
    """The firewall hint for `join` (a server.api.JoinInfo), or None: nothing to say."""
    from venue.firewall import firewall_hint

    try:
        return firewall_hint(join.port, host=join.bound_host)
    except Exception:  # noqa: BLE001 - a hint that cannot be worked out is no hint
        return None


def rehearse(join, phones: int = REHEARSAL_PHONES, seconds: float = REHEARSAL_SECONDS,
             cancel=None, language: str = "en") -> tuple[bool, str]:
    """Blocking: (whether every test phone got through, the verdict in plain words).
    Never raises; `cancel` (a threading.Event) ends it early. Its own sentences are in
    `language` (the speaker's, read on the GUI thread: this runs on a worker)."""
    from server.api import ServerError
    from venue.rehearsal import RehearsalError, run_scratch_rehearsal

    host = join.bound_host if join is not None else "0.0.0.0"
    try:
        # Port 0: the talk's own port is taken by the talk; the firewall hint covers it.
        result, scratch = run_scratch_rehearsal(host=host, port=0, phones=phones, seconds=seconds,
                                               cancel=cancel)
    except (RehearsalError, ServerError) as error:
        return False, str(error)
    except Exception as error:  # noqa: BLE001 - whatever it is, the talk goes on
        return False, text(language, "console.venue.rehearsal_error", error=error)
    verdict = result.text()
    if not scratch.lan:
        verdict += " " + text(language, "console.venue.local_only")
    return result.ok and scratch.lan, verdict


def join_candidates(server) -> tuple[tuple[str, str], ...]:
    """(interface name, IPv4) the speaker may pick for the join URL; empty when the
    server listens on one address only (there is nothing to pick)."""
    address = getattr(server, "join_address", None)
    if address is None or not address.follows:
        return ()
    return address.addresses
