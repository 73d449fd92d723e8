"""The user's settings: one object, one JSON file in the config dir.

Shared by the GUI and the command line. Holds no secrets: the session lives in
the OS keyring, keyed by ``server_url`` and ``account``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths

if TYPE_CHECKING:
    from api_client import ProxySettings

log = logging.getLogger(__name__)

DEFAULT_SERVER_URL = "https://api.ticketpros.io"
#: The signed update repositories, one per channel under it (``<url>/<channel>/metadata/``).
DEFAULT_UPDATE_URL = "https://updates.ticketpros.io"


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

    # -- updates (issue 16: app/updates/) --
    #: Check for signed updates at start and daily; False makes no request to the repository.
    updates_enabled: bool = True
    update_url: str = DEFAULT_UPDATE_URL
    #: "stable" or "beta": a repository of its own under ``update_url``.
    update_channel: str = "stable"

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
                json.dump(asdict(self), fh, indent=2, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
