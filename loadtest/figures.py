"""Figures of a load test: percentiles, the report value and how it is printed.

One place for the arithmetic and the wording, so `votedeck loadtest`, its
`--json` output and the benchmarks in `bench/` say the same thing the same way.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from statistics import median as _median

# What a speaker should do when the server's own flood caps refused the simulated
# phones: on one machine every phone shares one address, which is what the caps count.
CAPS_ADVICE = (
    "start it with --max-voters-per-address 0 --max-requests-per-second 0 "
    "for a load test from one machine"
)

# A word for each refusal the phone API documents (issue 3), so failures read as causes.
STATUS_MEANING = {
    "400": "bad input",
    "401": "not allowed",
    "404": "unknown poll",
    "409": "poll closed or not the current poll",
    "413": "body too large",
    "429": "refused by the server's caps",
    "503": "server full or unable to save",
}


def percentile(values, p: float) -> float:
    """The p-th percentile (0..100) by linear interpolation between ranks; nan when empty."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = (len(ordered) - 1) * p / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values) -> float:
    values = [v for v in values if v is not None and not math.isnan(v)]
    return _median(values) if values else math.nan


@dataclass(frozen=True)
class Latency:
    """Milliseconds: how many samples and where they fall."""

    count: int
    p50: float
    p95: float
    p99: float
    max: float

    @classmethod
    def of_seconds(cls, seconds) -> Latency:
        ms = [s * 1000.0 for s in seconds]
        return cls(
            count=len(ms),
            p50=percentile(ms, 50),
            p95=percentile(ms, 95),
            p99=percentile(ms, 99),
            max=max(ms) if ms else math.nan,
        )

    def text(self, last_word: str = "max") -> str:
        if not self.count:
            return "no samples"
        return (f"p50 {_ms(self.p50)} · p95 {_ms(self.p95)} · p99 {_ms(self.p99)} · "
                f"{last_word} {_ms(self.max)}")


@dataclass(frozen=True)
class SlideChange:
    """One slide change the tool made and how long each phone took to hear of it."""

    slide: int
    phones_told: int
    phones_not_told: int
    latency: Latency


@dataclass(frozen=True)
class LoadReport:
    url: str
    phones_asked: int
    votes_per_phone: int
    ramp_s: float
    think_ms: float
    phones_connected: int
    phones_failed_to_connect: int
    phones_never_saw_poll: int
    votes_sent: int
    votes_acknowledged: int
    votes_failed: int
    failures: dict                       # reason ("429", "timeout", ...) -> count
    refused_by_caps: int                 # 429s
    throughput_votes_per_s: float        # acknowledged votes / (first send .. last ack)
    ack_latency_ms: Latency
    slide_changes: tuple[SlideChange, ...]
    slide_change_ms: Latency | None      # pooled over phones and changes; None without --token
    elapsed_s: float
    stopped_at_deadline: bool
    deadline_s: float
    connect_errors: dict = field(default_factory=dict)   # reason -> count

    @property
    def clean(self) -> bool:
        """Every phone connected and every vote it sent was acknowledged, in time."""
        return (not self.stopped_at_deadline and self.votes_failed == 0
                and self.phones_failed_to_connect == 0 and self.phones_never_saw_poll == 0
                and self.votes_acknowledged == self.phones_asked * self.votes_per_phone)

    def as_json(self) -> dict:
        out = asdict(self)
        out["clean"] = self.clean
        return _finite(out)

    def text(self) -> str:
        return "\n".join(_summary_lines(self))


def _summary_lines(r: LoadReport) -> list[str]:
    lines = [
        f"votedeck loadtest {r.url}: {r.phones_asked} phones, {r.votes_per_phone} "
        f"vote{'s' if r.votes_per_phone != 1 else ''} each, ramp {r.ramp_s:g} s, "
        f"think 0-{r.think_ms:g} ms",
        f"phones connected  {r.phones_connected} of {r.phones_asked}"
        + (f" ({r.phones_failed_to_connect} failed: {_reasons(r.connect_errors)})"
           if r.phones_failed_to_connect else ""),
        f"votes             {r.votes_sent} sent · {r.votes_acknowledged} acknowledged · "
        f"{r.votes_failed} failed" + (f" ({_reasons(r.failures)})" if r.failures else ""),
        f"throughput        {r.throughput_votes_per_s:.0f} acknowledged votes/s",
        f"ack latency       {r.ack_latency_ms.text()}",
    ]
    if r.slide_change_ms is None:
        lines.append("slide change      not measured: pass --token so the tool changes slides itself")
    else:
        told = sum(c.phones_told for c in r.slide_changes)
        lines.append(f"slide change      {r.slide_change_ms.text('last phone')} "
                     f"({len(r.slide_changes)} changes, {told} phones told)")
        missed = sum(c.phones_not_told for c in r.slide_changes)
        if missed:
            lines.append(f"                  {missed} times a phone was not told within the wait")
    lines.append(f"finished in {r.elapsed_s:.1f} s")
    if r.refused_by_caps:
        lines.append(f"The server's caps refused {r.refused_by_caps} votes: {CAPS_ADVICE}.")
    if r.connect_errors.get("503"):
        lines.append(f"The server refused {r.connect_errors['503']} phones' sockets: it holds as "
                     "many phones as its WebSocket cap allows (5,000 unless started otherwise).")
    if r.phones_never_saw_poll:
        lines.append(f"{r.phones_never_saw_poll} phones never saw an open poll: open one on the "
                     "presenter, or pass --token so the tool opens it.")
    if r.stopped_at_deadline:
        lines.append(f"Stopped at the {r.deadline_s:g} s deadline before every phone finished: "
                     "raise --duration-limit or ask for fewer phones or votes.")
    return lines


def _reasons(counts: dict) -> str:
    parts = []
    for reason, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        meaning = STATUS_MEANING.get(reason)
        parts.append(f"{reason}{' ' + meaning if meaning else ''} ×{n}")
    return ", ".join(parts)


def _ms(value: float) -> str:
    if math.isnan(value):
        return "-"
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def _finite(value):
    """JSON has no NaN: missing figures become null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value
