"""Keyring backends for tests, installed through keyring's public API
(``keyring.set_keyring``): the product code path stays the real one."""

from __future__ import annotations

import threading

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
