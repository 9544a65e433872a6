"""Rehearsal: a short, bounded test that votes get through to this laptop, and how fast.

Two kinds, so a rehearsal never leaves a vote in the real session:

- **votes** (`rehearse_votes`): against a *scratch* server (`ScratchServer` in
  venue/scratch_server.py: its own temporary database and a one-poll rehearsal
  deck, started on the laptop's network address, thrown away afterwards). Test phones connect, the poll opens,
  each votes once; `loadtest.runner` does the work.
- **reach** (`rehearse_reach`): against a votedeck that is already running (the
  real talk). Test phones load the state and open the WebSocket, as the phone page
  does, but send no vote.

Traffic from the laptop to its own network address never leaves the laptop, so a
rehearsal run *on* the laptop proves the laptop's side (server, address,
firewall for local traffic, speed), not the venue wifi; the verdict says so. Run
from a second machine on the venue network it proves the network too.
"""
from __future__ import annotations

import asyncio
import ipaddress
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp

from common.values import JoinInfo, is_loopback_host
from common.words import Phrase, say_all

# Re-exported: callers and tests import the rehearsal's pieces from here.
from venue.scratch_server import REHEARSAL_POLL as REHEARSAL_POLL
from venue.scratch_server import ScratchServer
from venue.scratch_server import rehearsal_deck as rehearsal_deck

MAX_PHONES = 500
MAX_SECONDS = 120.0
SLOW_MS = 1000.0            # a phone waiting longer than this feels broken


class RehearsalError(Exception):
    """The rehearsal cannot run as asked; str() is one sentence with what to do."""


@dataclass(frozen=True)
class RehearsalResult:
    url: str
    phones: int                     # test phones asked for
    reached: int                    # connected (state + WebSocket)
    voted: int | None               # acknowledged votes; None: a reach test, no votes sent
    slowest_ms: float | None        # slowest vote answer (votes) or connection (reach)
    median_ms: float | None
    failures: dict = field(default_factory=dict)     # reason -> count
    from_this_laptop: bool = True   # the URL is this machine: the wifi itself was not tested
    stopped_at_deadline: bool = False

    @property
    def ok(self) -> bool:
        done = self.reached if self.voted is None else self.voted
        return done == self.phones and not self.stopped_at_deadline

    def text(self, language: str = "en") -> str:
        return verdict(self, language)


def check_request(url: str | None, phones: int, seconds: float) -> None:
    if not 1 <= phones <= MAX_PHONES:
        raise RehearsalError(f"Ask for between 1 and {MAX_PHONES} test phones (--phones).")
    if not 1 <= seconds <= MAX_SECONDS:
        raise RehearsalError(f"A rehearsal takes between 1 and {MAX_SECONDS:g} seconds (--seconds).")
    if url is not None:
        parts = urlsplit(url if "://" in url else "http://" + url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RehearsalError(f"{url!r} is not an http:// address: give the join URL "
                                 "votedeck shows, e.g. http://192.168.1.20:8080/.")


def base_url(url: str) -> str:
    parts = urlsplit(url if "://" in url else "http://" + url)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


def is_this_machine(url: str, own_addresses=()) -> bool:
    """True when the URL's host is loopback or one of this machine's addresses."""
    host = urlsplit(base_url(url)).hostname or ""
    if is_loopback_host(host):
        return True
    try:
        return str(ipaddress.ip_address(host)) in set(own_addresses)
    except ValueError:
        return False


async def rehearse_votes(url: str, token: str, phones: int = 30, seconds: float = 20.0,
                         from_this_laptop: bool = True) -> RehearsalResult:
    """Test phones connect and vote once on a scratch server (needs its control token)."""
    from loadtest.runner import LoadConfig, LoadError, run_async

    check_request(url, phones, seconds)
    config = LoadConfig(url=url, phones=phones, votes_per_phone=1, ramp_s=min(1.0, seconds / 4),
                        think_ms=200.0, duration_limit_s=seconds, token=token,
                        request_timeout_s=min(10.0, seconds))
    try:
        report = await run_async(config)
    except LoadError as exc:
        raise RehearsalError(str(exc)) from None
    failures = {**report.connect_errors, **report.failures}
    lat = report.ack_latency_ms
    return RehearsalResult(
        url=report.url, phones=phones, reached=report.phones_connected,
        voted=report.votes_acknowledged,
        slowest_ms=lat.max if lat.count else None, median_ms=lat.p50 if lat.count else None,
        failures=failures, from_this_laptop=from_this_laptop,
        stopped_at_deadline=report.stopped_at_deadline,
    )


def run_scratch_rehearsal(host: str = "0.0.0.0", port: int = 8080, phones: int = 30,
                          seconds: float = 20.0, on_started=None,
                          cancel=None) -> tuple[RehearsalResult, JoinInfo]:
    """Blocking: start a scratch server, let test phones vote, throw it away.

    For the console's rehearsal action (run it on a worker thread: it takes up to
    `seconds` plus a second or two) and for `votedeck rehearse` without URL.
    `on_started(join)` is called once the scratch server listens. `cancel`, a
    threading.Event, stops it early (the app is quitting): RehearsalError."""
    check_request(None, phones, seconds)
    with ScratchServer(host, port) as scratch:
        if on_started is not None:
            on_started(scratch.join)
        work = rehearse_votes(scratch.join.url, scratch.token, phones, seconds)
        result = asyncio.run(work if cancel is None else _unless_cancelled(work, cancel))
        return result, scratch.join


async def _unless_cancelled(work, cancel):
    task = asyncio.ensure_future(work)
    while not task.done():
        if cancel.is_set():
            task.cancel()
            await asyncio.wait([task], timeout=3.0)
            raise RehearsalError("The rehearsal was stopped before it finished; run it again.")
        await asyncio.wait([task], timeout=0.1)
    return task.result()


async def rehearse_reach(url: str, phones: int = 30, seconds: float = 20.0,
                         from_this_laptop: bool = True) -> RehearsalResult:
    """Test phones load the state and open the WebSocket of a running votedeck; no votes."""
    check_request(url, phones, seconds)
    base = base_url(url)
    timings: list[float] = []
    failures: dict[str, int] = {}
    timeout = aiohttp.ClientTimeout(total=min(10.0, seconds))
    stopped = False
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar(),
                                     connector=aiohttp.TCPConnector(limit=0)) as session:
        async def phone() -> None:
            started = time.perf_counter()
            try:
                await _visit(session, base, timeout)
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError) as exc:
                reason = _reason(exc)
                failures[reason] = failures.get(reason, 0) + 1
                return
            timings.append((time.perf_counter() - started) * 1000.0)

        tasks = [asyncio.create_task(phone()) for _ in range(phones)]
        done, pending = await asyncio.wait(tasks, timeout=seconds)
        for task in pending:
            task.cancel()
        if pending:
            stopped = True
            await asyncio.wait(pending, timeout=3.0)
    ordered = sorted(timings)
    return RehearsalResult(
        url=base, phones=phones, reached=len(timings), voted=None,
        slowest_ms=ordered[-1] if ordered else None,
        median_ms=ordered[len(ordered) // 2] if ordered else None,
        failures=failures, from_this_laptop=from_this_laptop, stopped_at_deadline=stopped,
    )


async def _visit(session: aiohttp.ClientSession, base: str, timeout) -> None:
    """What the phone page does first: the state (and voter cookie), then the WebSocket's
    first state message."""
    async with session.get(base + "api/state", timeout=timeout) as resp:
        resp.raise_for_status()
        await resp.json()
        voter = resp.cookies.get("voter")
    headers = {"Origin": base.rstrip("/")}
    if voter is not None:
        headers["Cookie"] = f"voter={voter.value}"
    async with session.ws_connect(base + "ws", headers=headers, timeout=aiohttp.ClientWSTimeout(
            ws_receive=timeout.total, ws_close=2.0)) as ws:
        msg = await ws.receive(timeout=timeout.total)
        if msg.type != aiohttp.WSMsgType.TEXT or '"state"' not in msg.data:
            raise ValueError("no state over the WebSocket")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return "timeout"
    if isinstance(exc, aiohttp.ClientResponseError):
        return str(exc.status)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "connection refused or unreachable"
    if isinstance(exc, ValueError):
        return "bad answer"
    return "connection error"


def _ms(value: float | None) -> Phrase | str:
    """A time as the verdict says it: "42 ms", "2.4 s" ("2,4 s" where a comma marks decimals)."""
    if value is None:
        return "-"
    if value < 1000:
        return Phrase.of("venue.rehearsal.ms", n=f"{value:.0f}")
    tenths = round(value / 100)
    return Phrase.of("venue.rehearsal.seconds", whole=tenths // 10, tenth=tenths % 10)


# Why test phones failed (loadtest's and _reason's words) as the verdict says them; an
# HTTP status stays a number, which reads the same in every language.
_REASON_KEYS = {"timeout": "venue.reason.timeout",
                "connection refused or unreachable": "venue.reason.unreachable",
                "connection error": "venue.reason.connection_error",
                "bad answer": "venue.reason.bad_answer",
                "no voter cookie": "venue.reason.no_cookie"}


def _reasons(failures: dict) -> tuple[Phrase, ...]:
    ordered = sorted(failures.items(), key=lambda kv: -kv[1])
    return tuple(Phrase.of("venue.reason.times", reason=_reason_phrase(reason), n=n)
                 for reason, n in ordered)


def _reason_phrase(reason: str) -> Phrase | str:
    key = _REASON_KEYS.get(reason)
    return Phrase.of(key) if key else reason


def verdict(r: RehearsalResult, language: str = "en") -> str:
    """The rehearsal's outcome in plain words, with what to do when it went wrong."""
    return say_all(language, verdict_phrases(r))


def verdict_phrases(r: RehearsalResult) -> list[Phrase]:
    """The verdict in no language yet: the console says it in the speaker's."""
    done = r.reached if r.voted is None else r.voted
    if r.reached == 0:
        return [Phrase.of("venue.rehearsal.none_reached", phones=r.phones, url=r.url,
                          reasons=_reasons(r.failures))]
    phrases = [Phrase.of("venue.rehearsal.reached" if r.voted is None else "venue.rehearsal.voted",
                         done=done, phones=r.phones, slowest=_ms(r.slowest_ms))]
    if done < r.phones:
        lost = "venue.rehearsal.lost" + ("_reasons" if r.failures else "") + (
            "_in_time" if r.stopped_at_deadline else "")
        phrases.append(Phrase.of(lost, lost=r.phones - done, **(
            {"reasons": _reasons(r.failures)} if r.failures else {})))
    elif r.slowest_ms is not None and r.slowest_ms > SLOW_MS:
        phrases.append(Phrase.of("venue.rehearsal.slow"))
    if r.voted is None:
        phrases.append(Phrase.of("venue.rehearsal.no_votes_sent"))
    if done == r.phones:
        phrases.append(Phrase.of("venue.rehearsal.laptop_ready" if r.from_this_laptop
                                 else "venue.rehearsal.network_ready"))
    return phrases
