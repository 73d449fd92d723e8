"""Where the refresh token lives between runs.

Only the refresh token is ever stored, and only through a :class:`TokenStore`;
the product's store is the OS keyring. There is deliberately no file-based
fallback: when the keyring cannot be used the SDK raises
:class:`TokenStoreError` and the caller decides (wait, or ask for the password).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Protocol

from ._errors import TokenStoreError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

#: Windows Credential Manager refuses blobs over 2,560 bytes; keyring stores
#: the secret as UTF-16 there, so that is the measure we check.
MAX_SECRET_BYTES = 2560


def secret_size(secret: str) -> int:
    return len(secret.encode("utf-16-le"))


class TokenStore(Protocol):
    """Keeps one refresh token per (server, account)."""

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


class KeyringTokenStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

    One entry per server and account: service name ``Ticket Pros (<server>)``,
    user name = the account's email.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

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


def _store_error(exc: Exception) -> TokenStoreError:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return TokenStoreError("The system keyring is locked.", locked=True)
    if isinstance(exc, keyring.errors.NoKeyringError):
        return TokenStoreError("No system keyring is available on this computer.")
    # D-Bus "service unknown" right after login, Keychain busy...: worth waiting for.
    return TokenStoreError(f"The system keyring is not available ({type(exc).__name__}).", locked=True)
