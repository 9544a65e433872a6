"""FolderLock: one votedeck process owns a data folder for as long as it runs.

Two votedecks on one database each keep their own tally of the same session and
show nonsense (issue 19, item 4: `agree: -3`). So the server takes an OS file
lock on `votedeck.lock` in the data folder before it opens the database, and
holds it until it stops; the OS drops it when the process dies, however it dies,
so a crash never leaves a stale lock. `fcntl.flock` on POSIX, `msvcrt.locking`
on Windows.

The owner writes who it is (the process the speaker started, port, command line) beside
the lock, in `votedeck.owner`, so that the second one can say whom to stop.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import sys
from pathlib import Path
from typing import IO

from server.api import ServerStartError

LOCK_NAME = "votedeck.lock"
OWNER_NAME = "votedeck.owner"


class FolderLock:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise ServerStartError naming the owner and the way out."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / LOCK_NAME, "a+b")      # noqa: SIM115 - held for life
        except OSError as error:
            detail = error.strerror or str(error)
            raise ServerStartError(
                f"Cannot use the data folder {self.folder} ({detail}); start "
                f"with --data-dir on a folder you can write to.", "folder_unusable",
                folder=str(self.folder), detail=detail) from None
        if not _try_lock(handle):
            handle.close()
            raise self._taken_error()
        self._file = handle
        self.record(port=None)

    def record(self, port: int | None) -> None:
        """Say who holds the lock (the port once the server listens)."""
        owner = {"pid": _speakers_process(), "port": port, "command": " ".join(sys.argv[:3])}
        try:
            (self.folder / OWNER_NAME).write_text(json.dumps(owner), encoding="utf-8")
        except OSError:
            pass        # only the second votedeck's sentence gets less precise

    def release(self) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def _taken_error(self) -> ServerStartError:
        """Whom to stop: the owner's process and port when it wrote them down. The reason
        names which of them the console's sentence has (folder_taken, _by, _by_port)."""
        try:
            owner = json.loads((self.folder / OWNER_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            owner = {}
        who, reason, values = "Another votedeck", "folder_taken", {}
        if isinstance(owner, dict) and owner.get("pid"):
            port = owner.get("port")
            where = f", port {port}" if port else ""
            who = f"Another votedeck (process {owner['pid']}{where})"
            reason = "folder_taken_by_port" if port else "folder_taken_by"
            values = {"pid": owner["pid"], "port": port} if port else {"pid": owner["pid"]}
        return ServerStartError(
            f"{who} is already using the votes in {self.folder}; often it is a rehearsal "
            f"left running in another window. Stop that one first, or start this one with "
            f"--data-dir on another folder.", reason, folder=str(self.folder), **values)


def _speakers_process() -> int:
    """The process the speaker started: the app's when this is the voting process it spawned
    (server/voting_child.py). Named in the second votedeck's sentence, the voting process's
    own number sent the speaker to stop voting in the first app, not the app."""
    parent = multiprocessing.parent_process()
    return parent.pid if parent is not None and parent.pid is not None else os.getpid()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[bytes]) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
