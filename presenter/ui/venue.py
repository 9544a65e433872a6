"""The venue checks the console runs: plain functions that return phrases
(common.words.Phrase: sentences in no language yet, which the console says in the
speaker's language, again when the speaker picks another).

- `firewall_phrase(join)`: whether the OS firewall may stop phones reaching the
  port (venue.firewall; up to ~3 s, so the console runs it on a worker thread).
- `rehearse(join)`: a bounded rehearsal (30 test phones vote for up to 20 s) on a
  scratch server listening where voting listens (venue.rehearsal; a worker thread).

These are the console's only doors into the server's venue modules (firewall and
rehearsal), so the console's widgets import no venue module of the server (only
`server.api` values, `common.percent`, `server.net.reachability`'s wording and, for
the export, `server.store.results_files`). No Qt here: the functions run on worker
threads and must never touch a widget.
"""
from __future__ import annotations

from common.words import Phrase, error_phrase

REHEARSAL_PHONES = 30
REHEARSAL_SECONDS = 20.0


def firewall_phrase(join) -> Phrase | None:
    """The firewall hint for `join` (a server.api.JoinInfo), or None: nothing to say."""
    from venue.firewall import firewall_phrase as hint

    try:
        return hint(join.port, host=join.bound_host)
    except Exception:  # noqa: BLE001 - a hint that cannot be worked out is no hint
        return None


def rehearse(join, phones: int = REHEARSAL_PHONES, seconds: float = REHEARSAL_SECONDS,
             cancel=None) -> tuple[bool, list[Phrase]]:
    """Blocking: (whether every test phone got through, the verdict as phrases). Never
    raises; `cancel` (a threading.Event) ends it early."""
    from server.api import ServerError
    from venue.rehearsal import run_scratch_rehearsal, verdict_phrases

    host = join.bound_host if join is not None else "0.0.0.0"
    try:
        # Port 0: the talk's own port is taken by the talk; the firewall hint covers it.
        result, scratch = run_scratch_rehearsal(host=host, port=0, phones=phones, seconds=seconds,
                                               cancel=cancel)
    except ServerError as error:        # the scratch server could not start: its reason
        return False, [error_phrase(error, "console.server")
                       or Phrase.of("console.venue.rehearsal_error", error=str(error))]
    except Exception as error:  # noqa: BLE001 - RehearsalError or whatever: the talk goes on
        return False, [Phrase.of("console.venue.rehearsal_error", error=str(error))]
    verdict = verdict_phrases(result)
    if not scratch.lan:
        verdict.append(Phrase.of("console.venue.local_only"))
    return result.ok and scratch.lan, verdict
