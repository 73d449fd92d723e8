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

from . import paths

log = logging.getLogger(__name__)

DEFAULT_SERVER_URL = "https://api.ticketpros.io"


@dataclass
class Settings:
    server_url: str = DEFAULT_SERVER_URL
    #: Email of the account whose session is remembered (empty: none).
    account: str = ""
    remember: bool = True
    #: Only for a self-hosted reference service on a trusted network.
    allow_insecure_http: bool = False

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
