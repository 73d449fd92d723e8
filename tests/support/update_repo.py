"""An update repository for tests: signed by test keys made in a temporary folder (never
committed), served by a plain ``http.server`` on 127.0.0.1 that keeps an access log.

Also small fake "bundles": a folder with a few files and a version file, which is all
the verification logic needs (the real bundle is exercised by ``./dev update-trial``).
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Self

from app.updates.core import UpdateConfig
from app.updates.release import Channel, new_keys


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, access_log: list[str], **kwargs) -> None:
        self._access_log = access_log
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args) -> None:
        pass

    def log_request(self, code="-", size="-") -> None:
        self._access_log.append(f"{self.command} {self.path} {code}")


class RepositoryServer:
    """Serves ``folder`` on an ephemeral port of 127.0.0.1; ``access_log`` lists every request."""

    def __init__(self, folder: Path) -> None:
        self.access_log: list[str] = []
        handler = functools.partial(_Handler, directory=str(folder), access_log=self.access_log)
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="update-repo", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def make_bundle(folder: Path, version: str, *, payload: bytes = b"") -> Path:
    """A stand-in bundle: a program file, a library-like blob and its version."""
    folder.mkdir(parents=True)
    (folder / "ticketpros").write_text(f"#!/bin/sh\necho {version}\n")
    (folder / "VERSION").write_text(version)
    lib = folder / "_internal"
    lib.mkdir()
    # Mostly the same bytes from one version to the next, as in a real bundle: the patch is small.
    (lib / "library.bin").write_bytes(bytes(range(256)) * 64 + payload)
    return folder


def make_keys(folder: Path) -> Path:
    new_keys(folder)
    return folder


def channel(tmp_path: Path, keys: Path, name: str = "stable") -> Channel:
    return Channel(repo_dir=tmp_path / "repository" / name, keys_dir=keys)


def client_config(tmp_path: Path, url: str, channel_obj: Channel, *, version: str = "1.0.0",
                  install_dir: Path | None = None, channel_name: str = "stable",
                  trusted_root: Path | None = None) -> UpdateConfig:
    """A client of ``url`` running ``version``, installed in ``install_dir``."""
    install_dir = install_dir or tmp_path / "installed" / "ticketpros"
    return UpdateConfig(url=url, channel=channel_name, current_version=version, install_dir=install_dir,
                        trusted_root=trusted_root or channel_obj.root_file, state_dir=tmp_path / "state")
