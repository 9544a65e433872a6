"""Raise the soft open-files limit so a full hall of phones fits.

Each phone holds a socket (a file descriptor). macOS starts programs with 256,
which caps a hall at about 200 phones; Linux often 1024. We raise the soft
limit as far as the hard limit allows and say how many phones that allows when
it is lower than a large hall needs. `resource` does not exist on Windows,
where the asyncio proactor loop has no such small cap.
"""
from __future__ import annotations

LARGE_HALL = 2000          # phones
_RESERVED = 64             # descriptors for the database, logs, the listening socket, Python


def raise_open_files_limit() -> tuple[int | None, str | None]:
    """(the soft limit now, a warning sentence or None)."""
    try:
        import resource
    except ImportError:
        return None, None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    # macOS refuses values above its per-process maximum even when hard is "unlimited".
    for target in (wanted, 65536, 24576, 10240, 4096):
        if target <= soft or (hard != resource.RLIM_INFINITY and target > hard):
            continue
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            break
        except (ValueError, OSError):
            continue
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    phones = max(0, soft - _RESERVED)
    if phones < LARGE_HALL:
        return soft, (f"This computer lets votedeck hold about {phones} phones at once "
                      f"(open-files limit {soft}); for a bigger hall raise it "
                      f"(for example `ulimit -n 4096`) before starting.")
    return soft, None
