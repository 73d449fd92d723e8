"""The user's settings: one object, one JSON file in the config dir.

Shared by the GUI and the command line. Holds no secrets: the session lives in
the OS keyring, keyed by ``server_url`` and ``account``.

The file says which version of its layout it holds (``"version"``; files of
releases before versions had none: version 1). Reading an older file applies
the missing :data:`MIGRATIONS` in order, after a copy of it is kept beside it
(``settings.v1.backup.json``); the next save writes the new layout. A file of
a newer app is read for what this one understands and never overwritten
without that copy either.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths

if TYPE_CHECKING:
    from api_client import ProxySettings
    from api_client.watch import WatchedFolder

log = logging.getLogger(__name__)

DEFAULT_SERVER_URL = "https://api.ticketpros.io"


@dataclass
class Settings:
    """Every user setting, declared here and nowhere else."""

    server_url: str = DEFAULT_SERVER_URL
    #: Email of the account whose session is remembered (empty: none).
    account: str = ""
    remember: bool = True
    #: Only for a self-hosted reference service on a trusted network.
    allow_insecure_http: bool = False
    #: "system" (the OS settings), "none" (direct) or "manual".
    proxy_mode: str = "system"
    proxy_url: str = ""
    #: Hosts reached directly in manual mode, comma-separated.
    proxy_exclusions: str = ""
    #: Files sent at the same time.
    upload_concurrency: int = 2
    #: Upload bandwidth cap in KiB/s; 0 means no limit.
    upload_limit_kib: int = 0
    #: "system" follows the operating system's light/dark setting.
    theme: str = "system"
    notifications: bool = True
    start_minimised: bool = False

    # -- watched folders (feat/watch) ----------------------------------------------
    #: Folders whose files become tickets: WatchedFolder.to_dict() of each (path, job, notes,
    #: grouping "file"|"page"|"folder", after "move"|"keep"|"delete", paused).
    watched_folders: list = field(default_factory=list)

    def watched(self) -> list[WatchedFolder]:
        """The watched folders that are usable (entries a hand edit broke are left out)."""
        from api_client.watch import WatchedFolder  # here: settings are read before the SDK is loaded

        found = (WatchedFolder.from_dict(entry) for entry in self.watched_folders)
        return [folder for folder in found if folder is not None]

    def proxy(self) -> ProxySettings:
        """Raises ConfigurationError for an unusable manual proxy."""
        from api_client import ProxySettings  # here: settings are read before the SDK is loaded

        exclusions = tuple(h.strip() for h in self.proxy_exclusions.split(",") if h.strip())
        mode = self.proxy_mode if self.proxy_mode in ("system", "none", "manual") else "system"
        return ProxySettings(mode, self.proxy_url, exclusions)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_file()
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            # A damaged file must not stop the app; the defaults are safe.
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(data, dict):
            return cls()
        data = migrate(data, path)
        defaults = cls()
        # Unknown keys (a newer version's) and values of the wrong type are ignored.
        return cls(**{
            f.name: data[f.name] for f in fields(cls)
            if f.name in data and type(data[f.name]) is type(getattr(defaults, f.name))
        })

    def save(self, path: Path | None = None) -> None:
        """Write atomically: a crash mid-write never leaves half a file."""
        path = path or paths.settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({**asdict(self), VERSION_KEY: SETTINGS_VERSION}, fh, indent=2, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# -- versions of the file's layout ----------------------------------------------------------------

VERSION_KEY = "version"


def _add_watched_folders(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2: ``watched_folders`` (none yet)."""
    return {**data, "watched_folders": data.get("watched_folders") if isinstance(
        data.get("watched_folders"), list) else []}


#: (version it makes, what, how) in order. Never change a released one: add one.
MIGRATIONS: tuple[tuple[int, str, Callable[[dict[str, Any]], dict[str, Any]]], ...] = (
    (2, "add watched_folders", _add_watched_folders),
)
SETTINGS_VERSION = MIGRATIONS[-1][0]


def file_version(data: dict[str, Any]) -> int:
    """The layout version of a settings file's contents (1: a file from before versions)."""
    version = data.get(VERSION_KEY, 1)
    return version if type(version) is int and version >= 1 else 1


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.backup{path.suffix}")


def migrate(data: dict[str, Any], path: Path | None = None) -> dict[str, Any]:
    """The contents of a settings file brought to :data:`SETTINGS_VERSION`; a copy of an
    older file is kept beside it first (once), so going back to the older app loses nothing."""
    version = file_version(data)
    if version >= SETTINGS_VERSION:
        return data
    if path is not None:
        backup = backup_path(path, version)
        if not backup.exists():
            try:
                shutil.copy2(path, backup)
            except OSError as exc:
                log.warning("could not keep a copy of %s before migrating it: %s", path, exc)
    for target, _what, apply in MIGRATIONS:
        if target > version:
            data = apply(data)
    return {**data, VERSION_KEY: SETTINGS_VERSION}
