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
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from . import policy as _policy

if TYPE_CHECKING:
    from api_client import ProxySettings
    from api_client.watch import WatchedFolder

log = logging.getLogger(__name__)

DEFAULT_SERVER_URL = "https://api.ticketpros.io"
#: The signed update repositories, one per channel under it (``<url>/<channel>/metadata/``).
DEFAULT_UPDATE_URL = "https://updates.ticketpros.io"


@dataclass
class Settings:
    """Every user setting, declared here and nowhere else."""

    server_url: str = DEFAULT_SERVER_URL
    #: Email of the account whose session is remembered (empty: none). State, not a
    #: preference: an organisation's policy cannot lock or preset it.
    account: str = field(default="", metadata={"policy": False})
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

    # -- language (feat/spanish) ------------------------------------------
    #: "system" (the operating system's language), "en" or "es"; read at start.
    language: str = "system"

    # -- watched folders (feat/watch) ----------------------------------------------
    #: Folders whose files become tickets: WatchedFolder.to_dict() of each (path, job, notes,
    #: grouping "file"|"page"|"folder", after "move"|"keep"|"delete", paused).
    watched_folders: list = field(default_factory=list)

    def watched(self) -> list[WatchedFolder]:
        """The watched folders that are usable (entries a hand edit broke are left out), each
        paused if ``paused_folders`` says so."""
        from api_client.watch import WatchedFolder  # here: settings are read before the SDK is loaded

        found = (WatchedFolder.from_dict(entry) for entry in self.watched_folders)
        paused = {key for key in self.paused_folders if isinstance(key, str)}
        return [folder.with_(paused=folder.key in paused) for folder in found if folder is not None]

    # -- updates (issue 16: app/updates/) --
    #: Check for signed updates at start and daily; False makes no request to the repository.
    updates_enabled: bool = True
    update_url: str = DEFAULT_UPDATE_URL
    #: "stable" or "beta": a repository of its own under ``update_url``.
    update_channel: str = "stable"

    # -- a watched folder's pause (perf/stall) --
    #: The watched folders paused on the Uploads page, by key (absolute, normalised path): the
    #: person's state, kept apart from ``watched_folders`` so it survives a restart even when a
    #: policy locks the folders (a policy neither locks nor presets it). ``ticketpros watch``
    #: leaves these folders alone unless it is given them by name.
    paused_folders: list = field(default_factory=list, metadata={"policy": False})

    # -- managed settings (policy): filled by load(), never saved, never compared --
    #: The settings this computer's policy locks (app/settings/policy.py): their values
    #: here are the policy's, and no person or command-line option changes them.
    locked: frozenset[str] = field(default=frozenset(), kw_only=True, compare=False, repr=False,
                                   metadata={"saved": False, "policy": False})
    #: The person's own values of the locked settings, as settings.json holds them: save()
    #: writes these back, so they return when the policy lets go.
    own_values: dict[str, Any] = field(default_factory=dict, kw_only=True, compare=False, repr=False,
                                       metadata={"saved": False, "policy": False})
    #: Where the policy came from (for the About box); "" without one.
    policy_source: str = field(default="", kw_only=True, compare=False, repr=False,
                               metadata={"saved": False, "policy": False})

    @classmethod
    def saved_fields(cls) -> list[str]:
        """The names of the settings kept in settings.json."""
        return [f.name for f in fields(cls) if f.metadata.get("saved", True)]

    def proxy(self) -> ProxySettings:
        """Raises ConfigurationError for an unusable manual proxy."""
        from api_client import ProxySettings  # here: settings are read before the SDK is loaded

        exclusions = tuple(h.strip() for h in self.proxy_exclusions.split(",") if h.strip())
        mode = self.proxy_mode if self.proxy_mode in ("system", "none", "manual") else "system"
        return ProxySettings(mode, self.proxy_url, exclusions)  # type: ignore[arg-type]

    @classmethod
    def _read_own(cls, path: Path) -> dict[str, Any]:
        """The person's valid values from settings.json (none when it is missing or damaged)."""
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            # A damaged file must not stop the app; the defaults are safe.
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        data = migrate(data, path)
        defaults = cls()
        # Unknown keys (a newer version's) and values of the wrong type are ignored.
        return {
            name: data[name] for name in cls.saved_fields()
            if name in data and type(data[name]) is type(getattr(defaults, name))
        }

    @classmethod
    def load(cls, path: Path | None = None, *, policy: _policy.Policy | None = None) -> Settings:
        """The person's settings under this computer's policy (``policy``: instead of reading it).

        Built-in defaults < the policy's presets < the person's settings < the policy's locked values.
        """
        own = cls._read_own(path or paths.settings_file())
        if policy is None:
            policy = _policy.read_policy(cls)
        values = {**policy.defaults, **own, **policy.locked}
        return cls(**values, locked=frozenset(policy.locked), policy_source=policy.source,
                   own_values={name: own[name] for name in policy.locked if name in own})

    def save(self, path: Path | None = None) -> None:
        """Write atomically: a crash mid-write never leaves half a file. A locked setting keeps
        the person's own value in the file (or none), never the policy's."""
        path = path or paths.settings_file()
        data = {name: getattr(self, name) for name in self.saved_fields()}
        for name in self.locked:
            if name in self.own_values:
                data[name] = self.own_values[name]
            else:
                data.pop(name, None)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({**data, VERSION_KEY: SETTINGS_VERSION}, fh, indent=2, sort_keys=True)
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


def _pause_kept_apart(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3: a watched folder's pause moves out of its ``watched_folders`` entry ("paused")
    into ``paused_folders`` (the folders' keys), where a policy's lock on the folders cannot hide it."""
    entries = data.get("watched_folders") if isinstance(data.get("watched_folders"), list) else []
    paused = [os.path.normpath(os.path.abspath(os.path.expanduser(entry["path"]))) for entry in entries
              if isinstance(entry, dict) and entry.get("paused") is True and isinstance(entry.get("path"), str)
              and entry["path"].strip()]
    kept = [{k: v for k, v in entry.items() if k != "paused"} if isinstance(entry, dict) else entry
            for entry in entries]
    return {**data, "watched_folders": kept, "paused_folders": paused}


#: (version it makes, what, how) in order. Never change a released one: add one.
MIGRATIONS: tuple[tuple[int, str, Callable[[dict[str, Any]], dict[str, Any]]], ...] = (
    (2, "add watched_folders", _add_watched_folders),
    (3, "a watched folder's pause kept in paused_folders", _pause_kept_apart),
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
