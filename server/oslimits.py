"""Raise the soft open-files limit so a full hall of phones fits.

Each phone holds a socket (a file descriptor). macOS starts programs with 256,
which caps a hall at about 200 phones; Linux often 1024. The voting server raises
the soft limit as far as the hard limit allows and says how many phones that
allows when it is lower than a large hall needs; the load-test client raises it
toward the sockets it is about to open. `resource` does not exist on Windows,
where the asyncio proactor loop has no such small cap.
"""
from __future__ import annotations

LARGE_HALL = 2000          # phones
_RESERVED = 64             # descriptors for the database, logs, the listening socket, Python
# macOS refuses values above its per-process maximum even when hard is "unlimited",
# so "as high as allowed" tries these in turn.
_HIGH_TARGETS = (65536, 24576, 10240, 4096)


def raise_open_files_limit(wanted: int | None = None) -> int | None:
    """Raise this process's soft open-files limit toward `wanted` (None: as high as
    the system allows). Returns the soft limit now, or None where there is no cap
    (Windows, or an unlimited soft limit)."""
    try:
        import resource
    except ImportError:
        return None
    infinity = resource.RLIM_INFINITY
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == infinity:
        return None
    if wanted is None:
        targets = ((hard if hard != infinity else _HIGH_TARGETS[0]), *_HIGH_TARGETS)
    else:
        targets = (wanted if hard == infinity else min(wanted, hard),)
    for target in targets:
        if target <= soft or (hard != infinity and target > hard):
            continue
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            break
        except (ValueError, OSError):
            continue
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == infinity else soft


def hall_size(soft_limit: int | None) -> tuple[int, int] | None:
    """(phones, soft_limit) when `soft_limit` holds fewer phones than a large hall, else None."""
    if soft_limit is None:
        return None
    phones = max(0, soft_limit - _RESERVED)
    return (phones, soft_limit) if phones < LARGE_HALL else None


def hall_size_warning(soft_limit: int | None) -> str | None:
    """A sentence for the speaker when `soft_limit` holds fewer phones than a large hall
    (English, the terminal's; the console says `hall_size` in the speaker's words)."""
    hall = hall_size(soft_limit)
    if hall is None:
        return None
    phones, soft_limit = hall
    return (f"This computer lets votedeck hold about {phones} phones at once "
            f"(open-files limit {soft_limit}); for a bigger hall raise it "
            f"(for example `ulimit -n 4096`) before starting.")
