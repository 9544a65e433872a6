"""Which folder holds the votes, for every command that reads or writes them: the one
given with --data-dir, else the one votedeck last used (remembered), else the user
data folder (platformdirs, server/store/schema.py). One rule, kept here, so
`votedeck`, `serve`, `results`, `sessions`, `report` and `export --results` never
disagree about where a talk's votes are.

The remembered folder is a small JSON file in the user's config folder
(~/.config/votedeck/data-folder.json on Linux, beside the console's QSettings
profile of presenter/ui/user_settings.py), not in QSettings: the headless commands
read it, and they never load Qt. A folder given with --data-dir to a command that
records votes (`votedeck`, `serve`) or picked in the console is remembered; one given
to a reader is not (looking at a backup must not move the next talk's votes).

A remembered folder that is not there now (an unplugged USB stick) leaves the default
folder, and the commands say so. Imports neither Qt nor the server's internals.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from presenter.terminal import say
from server.store.reading import ResultsError
from server.store.schema import database_path

GIVEN, REMEMBERED, DEFAULT = "given", "remembered", "default"
# --data-dir's help, the same for every command.
DATA_DIR_HELP = ("folder of the vote database (default: the one votedeck last recorded votes in, "
                 "when one was chosen, else the user data folder)")
_LABELS = {GIVEN: "the folder given with --data-dir", REMEMBERED: "the folder votedeck last used",
           DEFAULT: "the default folder"}


def _remembered_file() -> Path:
    return Path(platformdirs.user_config_dir("votedeck", appauthor=False)) / "data-folder.json"


def remembered_data_dir() -> Path | None:
    """The data folder votedeck last recorded votes in when it was chosen (None: never)."""
    try:
        value = json.loads(_remembered_file().read_text(encoding="utf-8")).get("data_dir")
    except (OSError, ValueError, AttributeError):
        return None             # never remembered, or a hand-edited file: nothing remembered
    return Path(value) if isinstance(value, str) and value else None


def remember_data_dir(folder: Path) -> None:
    """Remember `folder` for the commands that come after; a profile that cannot be
    written is said and otherwise ignored (the votes themselves are not at stake)."""
    target = _remembered_file()
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps({"data_dir": str(Path(folder).resolve())}), encoding="utf-8")
        os.replace(partial, target)     # whole or not at all: a reader never sees half a file
    except OSError as error:
        say(f"Could not remember the data folder {folder} in {target} ({error.strerror or error}); "
            "later commands need --data-dir to find these votes.", named=True)


def _same(one: Path, other: Path) -> bool:
    return Path(one).resolve() == Path(other).resolve()


@dataclass(frozen=True)
class DataFolder:
    """The folder a command uses and why (`how`: GIVEN, REMEMBERED or DEFAULT)."""

    path: Path
    how: str
    gone: Path | None = None    # DEFAULT because the remembered folder is not there now

    @property
    def database(self) -> Path:
        return database_path(self.path)

    @property
    def label(self) -> str:
        return _LABELS[self.how]

    @property
    def for_server(self) -> Path | None:
        """ServerConfig.data_dir: None for the default folder, as without the rule."""
        return None if self.how == DEFAULT else self.path

    def aside(self) -> str:
        """" (the folder votedeck last used)" after a path a command prints, when it is."""
        return f" ({self.label})" if self.how == REMEMBERED else ""

    def note(self) -> str | None:
        """The one line a command says about the folder when the user did not name it
        and it is not simply the default; None otherwise."""
        if self.how == REMEMBERED:
            return f"Using {self.path}, {self.label} (--data-dir DIR chooses another)."
        if self.gone is not None:
            return (f"The data folder votedeck last used, {self.gone}, is not there now (a drive "
                    f"not plugged in?); using the default folder {self.path}.")
        return None

    def others(self) -> list[DataFolder]:
        """The other folders that exist and may hold votes: the remembered one, the default."""
        found: list[DataFolder] = []
        for path, how in ((remembered_data_dir(), REMEMBERED), (default_data_dir(), DEFAULT)):
            if path is None or not path.is_dir():
                continue
            if not any(_same(path, seen) for seen in [self.path, *(f.path for f in found)]):
                found.append(DataFolder(path, how))
        return found


def default_data_dir() -> Path:
    """The user data folder (platformdirs), as the server's store names it."""
    return database_path(None).parent


def data_folder(given: Path | None) -> DataFolder:
    """The rule: `given` (--data-dir), else the remembered folder while it is there,
    else the default."""
    if given is not None:
        return DataFolder(Path(given), GIVEN)
    default = default_data_dir()
    remembered = remembered_data_dir()
    if remembered is None or _same(remembered, default):
        return DataFolder(default, DEFAULT)
    if remembered.is_dir():
        return DataFolder(remembered, REMEMBERED)
    return DataFolder(default, DEFAULT, gone=remembered)


def recording_folder(given: Path | None) -> DataFolder:
    """The rule for a command that records votes: a folder given is remembered too."""
    if given is not None:
        remember_data_dir(given)
    return data_folder(given)


def found_elsewhere(folder: DataFolder, find: Callable[[Path], str | None]) -> str | None:
    """When a command found nothing in `folder`: a sentence naming the first other folder
    in which `find(database)` finds something (it returns what, e.g. "session 4"), with
    the --data-dir that reads it; None when no other folder has it."""
    for other in folder.others():
        try:
            found = find(other.database)
        except ResultsError:
            continue            # not there either (no database, no such session)
        if found:
            where = f'"{other.path}"' if " " in str(other.path) else str(other.path)
            return (f"{other.label[0].upper()}{other.label[1:]}, {other.path}, has {found}: "
                    f"run the command again with --data-dir {where}.")
    return None


def with_elsewhere(error: ResultsError, folder: DataFolder,
                   find: Callable[[Path], str | None]) -> ResultsError:
    """`error` (nothing found in `folder`) with found_elsewhere's sentence after it."""
    hint = found_elsewhere(folder, find)
    return ResultsError(f"{error} {hint}") if hint else error
