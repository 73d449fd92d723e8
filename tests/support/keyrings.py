"""Keyring backends for tests, installed through keyring's public API
(``keyring.set_keyring``): the product code path stays the real one."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """An in-memory OS keyring that can also play "locked after a reboot"."""

    priority = 1  # only ever used when installed explicitly

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False
        self.reads_while_locked = 0
        self._lock = threading.Lock()

    def _check(self) -> None:
        if self.locked:
            self.reads_while_locked += 1
            raise KeyringLocked("The keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self._check()
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._check()
            self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self._check()
            if (service, username) not in self.entries:
                raise PasswordDeleteError("not found")
            del self.entries[(service, username)]


class FileKeyring(KeyringBackend):
    """A keyring in one JSON file named by ``$TICKETPROS_TEST_KEYRING``, for ``ticketpros``
    commands run as separate processes in a test (``PYTHON_KEYRING_BACKEND=
    tests.support.keyrings.FileKeyring``): one signs in, the next resumes. Test use only:
    the secrets are plain text."""

    priority = 1  # only ever used when named explicitly

    @property
    def _path(self) -> Path:
        return Path(os.environ["TICKETPROS_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text())
        except FileNotFoundError:
            return {}

    def _write(self, entries: dict[str, str]) -> None:
        partial = self._path.with_name(f"{self._path.name}.{os.getpid()}")
        partial.write_text(json.dumps(entries))
        os.replace(partial, self._path)  # a reader never sees half a file

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write({**self._read(), f"{service}\n{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        entries = self._read()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._write(entries)
