"""`votedeck loadtest`: many simulated phones against a running votedeck, then figures.

Speakers rehearse with it against the real venue network, so it is bounded: at
most MAX_PHONES phones, each sending at most the votes asked for (no retries), an
optional overall vote rate, and a hard deadline after which every socket is closed
and the figures so far are reported. Phones are `loadtest_phone.Phone`, the slide
changes are `loadtest_control.SlideDriver`, the figures `loadtest_figures`.
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import TextIO
from urllib.parse import urlsplit

import aiohttp

from loadtest.control import ControlError, SlideDriver
from loadtest.figures import Latency, LoadReport
from loadtest.phone import Pacer, Phone, PhonePlan, Tally
from server.oslimits import raise_open_files_limit

MAX_PHONES = 5000
MAX_VOTES_PER_PHONE = 100
MAX_DURATION_S = 600.0
SOCKETS_SPARE = 64          # files the process needs besides one socket per phone
CLOSE_WAIT_S = 3.0          # after the deadline, how long closing may take


class LoadError(Exception):
    """The test cannot run as asked; str() is one sentence with what to do."""


@dataclass(frozen=True)
class LoadConfig:
    url: str
    phones: int
    votes_per_phone: int = 1
    ramp_s: float = 0.0
    think_ms: float = 500.0
    duration_limit_s: float = 60.0
    token: str | None = None
    poll_slide: int | None = None
    max_rate: float = 0.0               # votes per second in all; 0: no limit besides phones × votes
    request_timeout_s: float = 10.0
    # Local addresses the phones connect from, in turn (a hall has one address per
    # phone; a server's per-address caps then see a hall, not one flood). Empty: the
    # system's choice. Used by bench/hostile_scale.py over 127.x.y.z loopback.
    source_hosts: tuple[str, ...] = ()


def check(config: LoadConfig) -> str:
    """The base URL ending in '/', or LoadError saying what is wrong with the request."""
    if not config.url or not config.url.strip():
        raise LoadError("Give the address of a running votedeck, e.g. "
                        "`votedeck loadtest http://192.168.1.20:8080/ --phones 200`.")
    url = config.url.strip()
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LoadError(f"{config.url!r} is not an http:// address: give the join URL votedeck printed.")
    if not 1 <= config.phones <= MAX_PHONES:
        raise LoadError(f"Ask for between 1 and {MAX_PHONES} phones (--phones).")
    if not 1 <= config.votes_per_phone <= MAX_VOTES_PER_PHONE:
        raise LoadError(f"Ask for between 1 and {MAX_VOTES_PER_PHONE} votes per phone (--votes-per-phone).")
    if not 0 < config.duration_limit_s <= MAX_DURATION_S:
        raise LoadError(f"The duration limit must be above 0 and at most {MAX_DURATION_S:g} s (--duration-limit).")
    if config.ramp_s < 0 or config.ramp_s >= config.duration_limit_s:
        raise LoadError("The ramp must be at least 0 and shorter than the duration limit (--ramp).")
    if config.think_ms < 0 or config.max_rate < 0:
        raise LoadError("Think time and rate cannot be negative (--think, --max-rate).")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


def run(config: LoadConfig, progress: TextIO | None = None) -> LoadReport:
    """Run a load test to its end or its deadline and return the figures."""
    return asyncio.run(run_async(config, progress))


async def run_async(config: LoadConfig, progress: TextIO | None = None) -> LoadReport:
    base = check(config)
    allowed = raise_open_files_limit(config.phones + SOCKETS_SPARE)
    if allowed is not None and allowed < config.phones + SOCKETS_SPARE:
        raise LoadError(f"This machine lets a program open only {allowed} files, enough for about "
                        f"{max(0, allowed - SOCKETS_SPARE)} phones: ask for fewer, or raise the "
                        "limit (ulimit -n) first.")
    tally = Tally(phones=config.phones)
    session = _session(None)
    phone_sessions = [_session(host) for host in config.source_hosts] or [session]
    started = time.perf_counter()
    stopped_at_deadline = False
    driver = None
    tasks: list[asyncio.Task] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(_progress(tally, started, progress)) if progress else None
    try:
        if config.token:
            driver = SlideDriver(session, base, config.token, tally, config.request_timeout_s)
        try:
            async with asyncio.timeout(config.duration_limit_s):
                if driver:
                    await driver.prepare(config.poll_slide)
                tasks = _start_phones(config, base, phone_sessions, tally, stop)
                await _drive(config, tally, driver)
        except TimeoutError:
            stopped_at_deadline = True
        except ControlError as exc:
            raise LoadError(str(exc)) from None
        finally:
            stop.set()
            await _close(tasks, graceful=not stopped_at_deadline)
    finally:
        if ticker:
            ticker.cancel()
            progress.write("\r\x1b[2K")
            progress.flush()
        await session.close()
        for other in phone_sessions:
            await other.close()
    return _report(config, base, tally, driver, time.perf_counter() - started, stopped_at_deadline)


def _session(local_host: str | None) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=None,
                                     local_addr=(local_host, 0) if local_host else None)
    return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())


def _start_phones(config: LoadConfig, base: str, sessions: list, tally: Tally, stop) -> list:
    plan = PhonePlan(base, config.votes_per_phone, config.think_ms / 1000.0, config.request_timeout_s)
    pacer = Pacer(config.max_rate)

    async def start(i: int) -> None:
        # Ramp: spread the phones' arrivals evenly over the ramp.
        await asyncio.sleep(config.ramp_s * i / config.phones)
        await Phone(plan, sessions[i % len(sessions)], tally, pacer, stop).run()

    return [asyncio.create_task(start(i)) for i in range(config.phones)]


async def _drive(config: LoadConfig, tally: Tally, driver: SlideDriver | None) -> None:
    if driver:
        while tally.settled() < config.phones:       # open the poll once the room is in
            await asyncio.sleep(0.02)
        await driver.open_poll()
    await tally.all_finished.wait()
    if driver:
        await driver.leave_poll()


async def _close(tasks: list[asyncio.Task], graceful: bool) -> None:
    """Let finished phones close their sockets politely; at the deadline, stop them all now."""
    if not tasks:
        return
    pending = set(tasks)
    if graceful:
        _, pending = await asyncio.wait(tasks, timeout=CLOSE_WAIT_S)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=CLOSE_WAIT_S)


async def _progress(tally: Tally, started: float, out: TextIO) -> None:
    while True:
        out.write(f"\r\x1b[2K{tally.connected}/{tally.phones} phones connected · {tally.sent} votes sent · "
                  f"{tally.acked} acknowledged · {tally.failed} failed · "
                  f"{time.perf_counter() - started:.0f} s")
        out.flush()
        await asyncio.sleep(0.5)


def _report(config: LoadConfig, base: str, tally: Tally, driver, elapsed: float,
            stopped_at_deadline: bool) -> LoadReport:
    span = (tally.last_ack - tally.first_send) if tally.acked and tally.last_ack else 0.0
    throughput = tally.acked / span if span > 0 else 0.0
    return LoadReport(
        url=base, phones_asked=config.phones, votes_per_phone=config.votes_per_phone,
        ramp_s=config.ramp_s, think_ms=config.think_ms,
        phones_connected=tally.connected, phones_failed_to_connect=tally.connect_failed,
        phones_never_saw_poll=max(0, tally.connected - tally.saw_open_poll),
        votes_sent=tally.sent, votes_acknowledged=tally.acked, votes_failed=tally.failed,
        failures=dict(tally.failures), refused_by_caps=tally.failures.get("429", 0),
        throughput_votes_per_s=throughput,
        ack_latency_ms=Latency.of_seconds(tally.ack_seconds),
        slide_changes=tuple(driver.changes) if driver else (),
        slide_change_ms=driver.pooled() if driver else None,
        elapsed_s=elapsed, stopped_at_deadline=stopped_at_deadline,
        deadline_s=config.duration_limit_s, connect_errors=dict(tally.connect_errors),
    )
