"""Where the refresh token lives between runs.

Only the refresh token is ever stored, and only through a :class:`TokenStore`;
the product's store is the OS keyring. There is deliberately no file-based
fallback: when the keyring cannot be used the SDK raises
:class:`TokenStoreError` and the caller decides (wait, or ask for the password).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import platformdirs

from . import _sentences as S
from ._constants import ROTATION_LOCK_TIMEOUT
from ._errors import TokenStoreError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

#: Windows Credential Manager refuses blobs over 2,560 bytes; keyring stores
#: the secret as UTF-16 there, so that is the measure we check.
MAX_SECRET_BYTES = 2560


def secret_size(secret: str) -> int:
    return len(secret.encode("utf-16-le"))


class TokenStore(Protocol):
    """Keeps one refresh token per (server, account).

    A store that several processes share (the keyring: the app and the command
    line) also has ``rotation_lock(server, account)``, a context manager that
    keeps the other processes from rotating the same token meanwhile; the
    client holds it from re-reading the stored token to saving its successor.
    Stores without it (one process only) need none.
    """

    def load(self, server: str, account: str) -> str | None: ...

    def save(self, server: str, account: str, token: str) -> None: ...

    def delete(self, server: str, account: str) -> None: ...


class MemoryTokenStore:
    """Keeps tokens for this process only ("remember me" off, scripts, tests)."""

    def __init__(self) -> None:
        self._tokens: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def load(self, server: str, account: str) -> str | None:
        with self._lock:
            return self._tokens.get((server, account))

    def save(self, server: str, account: str, token: str) -> None:
        with self._lock:
            self._tokens[(server, account)] = token

    def delete(self, server: str, account: str) -> None:
        with self._lock:
            self._tokens.pop((server, account), None)

    def rotation_lock(self, server: str, account: str) -> contextlib.nullcontext[None]:
        """Nothing to lock: no other process sees these tokens (and the client
        refreshes one at a time)."""
        return contextlib.nullcontext()


class KeyringTokenStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

    One entry per server and account: service name ``Ticket Pros (<server>)``,
    user name = the account's email. Rotation is locked across processes with a
    lock file per server and account in ``lock_dir`` (default: the app's data
    folder); its name is a hash, so no address or email shows in the folder.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, lock_dir: Path | None = None) -> None:
        self._backend = backend
        self._lock_dir = lock_dir

    @staticmethod
    def service_name(server: str) -> str:
        return f"Ticket Pros ({server})"

    def _kr(self) -> KeyringBackend:
        # Imported on first use (on a worker thread): loading keyring and its
        # backends costs ~60 ms that start-up need not pay.
        import keyring

        return self._backend or keyring.get_keyring()

    def load(self, server: str, account: str) -> str | None:
        try:
            return self._kr().get_password(self.service_name(server), account)
        except Exception as exc:  # backends raise many types; all mean "not now"
            raise _store_error(exc) from exc

    def save(self, server: str, account: str, token: str) -> None:
        if secret_size(token) > MAX_SECRET_BYTES:
            raise ValueError("token too large for the Windows credential store")
        try:
            self._kr().set_password(self.service_name(server), account, token)
        except Exception as exc:
            raise _store_error(exc) from exc

    def delete(self, server: str, account: str) -> None:
        try:
            self._kr().delete_password(self.service_name(server), account)
        except Exception as exc:
            from keyring.errors import PasswordDeleteError

            if isinstance(exc, PasswordDeleteError):
                return  # nothing stored: already signed out
            raise _store_error(exc) from exc

    def lock_file(self, server: str, account: str) -> Path:
        # The app's data folder (app.paths.data_dir), where the app and the command line both look.
        folder = self._lock_dir or platformdirs.user_data_path("TicketPros", appauthor=False) / "locks"
        key = hashlib.sha256(f"{server}\n{account}".encode()).hexdigest()[:32]
        return folder / f"session-{key}.lock"

    @contextlib.contextmanager
    def rotation_lock(self, server: str, account: str) -> Iterator[None]:
        """Held while the session's refresh token is rotated; waits (on the
        calling worker thread) while another process on this computer rotates it."""
        import filelock  # on first use, on a worker thread, like keyring

        path = self.lock_file(server, account)
        lock: filelock.BaseFileLock | None = filelock.FileLock(path, timeout=ROTATION_LOCK_TIMEOUT,
                                                               thread_local=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except filelock.Timeout:  # before OSError: Timeout is one
            raise TokenStoreError(
                S.KEYRING_RENEWING(),
                locked=True,
            ) from None
        except OSError as exc:
            # A folder we cannot write must not sign anyone out: rotate as
            # before the lock existed (a race with the command line stays possible).
            log.warning("could not lock the session for renewal (%s); renewing without the lock", exc)
            lock = None
        try:
            yield
        finally:
            if lock is not None:
                lock.release()


def _store_error(exc: Exception) -> TokenStoreError:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return TokenStoreError(S.KEYRING_LOCKED(), locked=True)
    if isinstance(exc, keyring.errors.NoKeyringError):
        return TokenStoreError(S.KEYRING_MISSING())
    # D-Bus "service unknown" right after login, Keychain busy...: worth waiting for.
    return TokenStoreError(S.KEYRING_UNAVAILABLE(kind=type(exc).__name__), locked=True)
