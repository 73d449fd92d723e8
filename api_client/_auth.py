"""The signed-in session: tokens, their refresh, and the bearer header on requests.

Rules that shape this module:

* No lock is held during a network call or a keyring access. ``_lock`` guards
  the fields of :class:`Session` and is held for a few assignments at a time, so
  a thread that only reads them (the GUI asking ``signed_in``) never waits for
  a slow refresh.
* One refresh at a time per client (single flight): threads that find the
  access token expired while another thread is refreshing wait for that
  refresh's outcome instead of presenting the same refresh token again, which
  the service would take for a stolen token and end the session.
* One refresh at a time per account on this computer: the app and the command
  line keep the session in the same keyring entry. The refresh re-reads the
  stored token, rotates it and saves the new one while holding the token store's
  ``rotation_lock`` (a lock file, :mod:`._tokens`), so two processes never rotate
  the same token. Only worker threads refresh, so only they wait on it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Generator
from contextlib import AbstractContextManager

import httpx

from . import _sentences as S
from ._constants import REFRESH_MARGIN
from ._errors import SessionEndedError, TokenStoreError
from ._models import TokenPair
from ._tokens import MemoryTokenStore, TokenStore

log = logging.getLogger(__name__)


def _not_signed_in() -> SessionEndedError:
    return SessionEndedError(S.AUTH_NOT_SIGNED_IN(), status=401, code="not_signed_in")


class _Flight:
    """One refresh in progress; the threads that wait for it get its outcome."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.access_token: str | None = None
        self.error: BaseException | None = None


class Session:
    """The tokens of one account on one server.

    The refresh token goes to ``token_store`` (the OS keyring in the product)
    when the person asked to be remembered; the access token never leaves
    memory. ``rotate(refresh_token)`` posts to ``/auth/refresh`` (with the
    client's retries and a single Idempotency-Key) and returns the new pair.
    """

    def __init__(self, server: str, token_store: TokenStore | None,
                 rotate: Callable[[str], TokenPair]) -> None:
        self._server = server
        self._persistent_store = token_store
        self._store: TokenStore = token_store or MemoryTokenStore()
        self._rotate = rotate
        self._lock = threading.Lock()
        self._account: str | None = None
        self._access_token: str | None = None
        self._access_expires_at = 0.0
        self._refresh_token: str | None = None
        self._flight: _Flight | None = None
        #: Bumped whenever the session is started, resumed or forgotten: a
        #: refresh that began in an earlier generation must not bring it back.
        self._generation = 0
        self.unsaved_token = False

    # -- what callers read -----------------------------------------------------

    @property
    def account(self) -> str | None:
        return self._account

    @property
    def signed_in(self) -> bool:
        return self._refresh_token is not None

    @property
    def access_token(self) -> str | None:
        return self._access_token

    @property
    def refresh_token(self) -> str | None:
        return self._refresh_token

    # -- starting and ending ---------------------------------------------------

    def start(self, account: str, pair: TokenPair, *, remember: bool) -> None:
        """After a sign-in: keep ``pair`` (and save its refresh token when ``remember``)."""
        with self._lock:
            self._generation += 1
            self._account = account
            if not remember:
                self._store = MemoryTokenStore()
            elif self._persistent_store is not None:
                self._store = self._persistent_store
            generation = self._generation
        self._adopt(pair, generation)

    def resume(self, account: str) -> bool:
        """Pick up the stored session of ``account``; False when none is stored.
        TokenStoreError while the store cannot be read (nothing is lost)."""
        token = self._store.load(self._server, account)
        if not token:
            return False
        with self._lock:
            self._generation += 1
            self._account = account
            self._refresh_token = token
            self._access_token = None
            self._access_expires_at = 0.0
        return True

    def forget(self) -> None:
        """Drop the tokens here and in the store (the service is told elsewhere)."""
        with self._lock:
            self._generation += 1
            account = self._account
            self._access_token = self._refresh_token = None
            self._access_expires_at = 0.0
        if account:
            try:
                self._store.delete(self._server, account)
            except TokenStoreError as exc:
                log.warning("could not remove the session from the keyring: %s", exc.message)

    # -- tokens for requests ---------------------------------------------------

    def valid_access_token(self) -> str:
        """An access token the service should accept, refreshed first when it is
        about to expire."""
        with self._lock:
            token = self._access_token
            if token is not None and time.monotonic() < self._access_expires_at:
                return token
        return self.refresh(token)

    def refresh(self, rejected: str | None) -> str:
        """A new access token, unless another thread already replaced ``rejected``
        (then that one). Raises SessionEndedError when the session is over."""
        with self._lock:
            current = self._access_token
            if current is not None and current != rejected and time.monotonic() < self._access_expires_at:
                return current
            if self._refresh_token is None or self._account is None:
                raise _not_signed_in()
            if self._flight is not None:
                flight, leading = self._flight, False
            else:
                flight, leading = _Flight(), True
                self._flight = flight
            generation = self._generation
        if not leading:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            assert flight.access_token is not None
            return flight.access_token
        try:
            flight.access_token = self._rotate_shared(generation)
            return flight.access_token
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                self._flight = None
            flight.done.set()

    # -- internals -------------------------------------------------------------

    def _rotation_lock(self, account: str) -> AbstractContextManager[object]:
        # Only stores shared between processes need one (the keyring's); a
        # store written for scripts may not have it.
        lock = getattr(self._store, "rotation_lock", None)
        return lock(self._server, account) if lock is not None else contextlib.nullcontext()

    def _rotate_shared(self, generation: int) -> str:
        account = self._account
        if account is None:
            raise _not_signed_in()
        with self._rotation_lock(account):
            self._adopt_stored_token(account)
            with self._lock:
                token = self._refresh_token
                if token is None or generation != self._generation:
                    raise _not_signed_in()
            try:
                pair = self._rotate(token)
            except SessionEndedError:
                with self._lock:
                    current = generation == self._generation
                if current:
                    self.forget()
                raise
            self._adopt(pair, generation)
        return pair.access_token

    def _adopt_stored_token(self, account: str) -> None:
        """Another process (the command line next to the app) may have rotated the token."""
        if self._persistent_store is None or self._store is not self._persistent_store:
            return
        try:
            stored = self._store.load(self._server, account)
        except TokenStoreError:
            return
        if stored:
            with self._lock:
                self._refresh_token = stored

    def _adopt(self, pair: TokenPair, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                # Signed out (or in again) while the service answered: this pair is no one's.
                raise _not_signed_in()
            self._access_token = pair.access_token
            self._access_expires_at = time.monotonic() + max(0.0, pair.expires_in - REFRESH_MARGIN)
            self._refresh_token = pair.refresh_token
            account = self._account or ""
        try:
            self._store.save(self._server, account, pair.refresh_token)
            self.unsaved_token = False
        except TokenStoreError as exc:
            # The session goes on in memory; the next rotation tries again.
            self.unsaved_token = True
            log.warning("could not save the session to the keyring: %s", exc.message)


class BearerAuth(httpx.Auth):
    """httpx auth flow: the session's access token on every request; on a 401,
    one refresh and the same request sent again (streamed downloads too)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # sync_auth_flow rather than auth_flow: the refresh does network and
        # keyring I/O and waits for other threads, which httpx asks to keep out
        # of the shared (sync and async) auth_flow.
        token = self._session.valid_access_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401:
            return
        # httpx reads and closes this 401 before sending the request again.
        request.headers["Authorization"] = f"Bearer {self._session.refresh(token)}"
        yield request
