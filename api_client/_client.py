"""The Ticket Pros client: base URL, timeouts, retries, errors and tokens.

Blocking by design (httpx.Client): call it from a worker thread, never from a
GUI thread. Thread-safe: one client may serve several workers at once.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import ssl
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import __version__
from ._errors import (
    APIStatusError,
    ConfigurationError,
    IncompatibleServerError,
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    SessionEndedError,
    TLSError,
    TokenStoreError,
    status_error_class,
)
from ._models import Me, ServerInfo, TokenPair
from ._privacy import PrivacyAPI
from ._proxy import ProxySettings
from ._requests import PrivacyRequestsAPI
from ._tickets import TicketsAPI
from ._tokens import MemoryTokenStore, TokenStore

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
SUPPORTED_API_VERSION = 1
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
#: Never sleep longer than this for one retry, whatever Retry-After says.
MAX_RETRY_WAIT = 8.0
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
#: Refresh the access token this long before it expires.
REFRESH_MARGIN = 30.0


def backoff_delay(attempt: int, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based): the server's
    Retry-After when given, else exponential backoff with jitter."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), MAX_RETRY_WAIT)
    return min(MAX_RETRY_WAIT, 0.5 * 2**attempt) * random.uniform(0.5, 1.0)


def normalize_base_url(url: str) -> str:
    """``HTTPS://Host:443/`` → ``https://host``: one spelling per server, so the
    keyring entry is found again however the address was typed."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"“{url}” is not a valid server address.")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}[parts.scheme]
    port = f":{parts.port}" if parts.port and parts.port != default_port else ""
    return f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class TicketProsClient:
    """A session with one Ticket Pros service.

    >>> client = TicketProsClient("https://api.ticketpros.io")
    >>> me = client.login("alice@example.com", password)     # doctest: +SKIP
    >>> client.me().customer.name                            # doctest: +SKIP

    The refresh token goes to ``token_store`` (the OS keyring in the product)
    when ``remember=True``; the access token never leaves memory. Expired
    access tokens are refreshed transparently; when the session itself ends
    every call raises :class:`SessionEndedError`.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token_store: TokenStore | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure_http: bool = False,
        verify: ssl.SSLContext | str | bool = True,
        proxy: ProxySettings | None = None,
        transport: httpx.BaseTransport | None = None,
        user_agent: str | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        parts = urlsplit(self.base_url)
        if parts.scheme == "http" and not allow_insecure_http and not is_loopback_host(parts.hostname or ""):
            raise ConfigurationError(
                "Plain http:// is only allowed for this computer. Use an https:// address."
            )
        self.max_retries = max_retries
        self._persistent_store = token_store
        self._store: TokenStore = token_store or MemoryTokenStore()
        self._timeout, self._verify, self._transport = timeout, verify, transport
        self._user_agent = user_agent or f"TicketProsDesktop/{__version__} httpx/{httpx.__version__}"
        self.proxy = proxy or ProxySettings()
        self._http = self._new_http()
        self._lock = threading.RLock()
        self._account: str | None = None
        self._access_token: str | None = None
        self._access_expires_at = 0.0
        self._refresh_token: str | None = None
        self._server_info: ServerInfo | None = None
        #: True when the last rotated refresh token could not be written to the
        #: keyring; saving is tried again on the next refresh and at sign-out.
        self.unsaved_token = False
        self.privacy = PrivacyAPI(self)
        self.privacy_requests = PrivacyRequestsAPI(self)
        self.tickets = TicketsAPI(self)

    # -- lifecycle -----------------------------------------------------------

    def _new_http(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url + API_PREFIX,
            timeout=self._timeout,
            verify=self._verify,
            transport=self._transport,
            headers={"User-Agent": self._user_agent},
            follow_redirects=False,
            **self.proxy.httpx_options(self._verify),
        )

    def set_proxy(self, proxy: ProxySettings) -> None:
        """Route later requests through ``proxy``; the session is kept."""
        with self._lock:
            old, self.proxy = self._http, proxy
            self._http = self._new_http()
        old.close()

    @property
    def proxy_in_use(self) -> str | None:
        """The proxy requests to the service go through, or None when direct."""
        return self.proxy.proxy_for(self.base_url)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> TicketProsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def account(self) -> str | None:
        """Email of the signed-in account, or None."""
        return self._account

    @property
    def signed_in(self) -> bool:
        return self._refresh_token is not None

    # -- session -------------------------------------------------------------

    def server_info(self) -> ServerInfo:
        """Identity and limits of the service; raises IncompatibleServerError
        when the address is not a Ticket Pros service this SDK can talk to."""
        if self._server_info is None:
            try:
                data = self._json(self.request("GET", "/meta", authenticated=False))
                info = ServerInfo.from_json(data)
            except (MalformedResponseError, APIStatusError) as exc:
                if isinstance(exc, APIStatusError) and exc.status >= 500:
                    raise
                raise IncompatibleServerError(
                    f"{self.base_url} does not answer like a Ticket Pros service."
                ) from exc
            if info.service != "ticketpros" or info.api_version != SUPPORTED_API_VERSION:
                raise IncompatibleServerError(
                    f"The service at {self.base_url} speaks API version {info.api_version}; "
                    f"this app needs version {SUPPORTED_API_VERSION}. Update the app or ask your administrator."
                )
            self._server_info = info
        return self._server_info

    def login(self, email: str, password: str, *, remember: bool = True) -> Me:
        """Sign in. With ``remember`` the refresh token is kept in the token store."""
        self.server_info()
        response = self.request(
            "POST", "/auth/login", json={"email": email, "password": password}, authenticated=False
        )
        pair = TokenPair.from_json(self._json(response))
        account = email.strip().lower()
        with self._lock:
            self._account = account
            if not remember:
                self._store = MemoryTokenStore()
            self._adopt(pair)
        return self.me()

    def resume(self, account: str) -> bool:
        """Pick up a remembered session. Returns False when none is stored;
        raises TokenStoreError while the keyring cannot be read (the session
        is kept: retry later)."""
        token = self._store.load(self.base_url, account)
        if not token:
            return False
        with self._lock:
            self._account = account
            self._refresh_token = token
            self._access_token = None
        return True

    def logout(self) -> bool:
        """Sign out: revoke the session on the service and forget the tokens.

        The local tokens are removed even when the service cannot be reached;
        returns whether the service confirmed the revocation.
        """
        revoked = False
        if self.signed_in:
            try:
                self.request("POST", "/auth/logout", max_retries=1)
                revoked = True
            except SessionEndedError:
                revoked = True
            except (NetworkError, APIStatusError) as exc:
                log.warning("sign-out could not reach the service: %s", exc.message)
        self._forget()
        return revoked

    def me(self) -> Me:
        return Me.from_json(self.get_json("/me"))

    # -- requests ------------------------------------------------------------

    def get_json(self, path: str, *, params: Mapping[str, Any] | None = None) -> Any:
        return self._json(self.request("GET", path, params=params))

    def post_json(self, path: str, json: Any = None, *, idempotency_key: str | None = None) -> Any:
        response = self.request("POST", path, json=json, idempotency_key=idempotency_key)
        return None if response.status_code == 204 else self._json(response)

    @contextmanager
    def stream(self, method: str, path: str, *, params: Mapping[str, Any] | None = None) -> Iterator[httpx.Response]:
        """Stream a download: ``with client.stream("GET", path) as r: r.iter_bytes()``."""
        request = self._http.build_request(method, path, params=params)
        request.headers["Authorization"] = f"Bearer {self._valid_access_token()}"
        response = self._transmit(request, stream=True)
        if response.status_code == 401:
            response.close()
            self._refresh(request.headers["Authorization"].removeprefix("Bearer "))
            request.headers["Authorization"] = f"Bearer {self._valid_access_token()}"
            response = self._transmit(request, stream=True)
        try:
            if response.is_error:
                response.read()
                raise self._status_error(response)
            yield response
        finally:
            response.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | Iterable[bytes] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        authenticated: bool = True,
        max_retries: int | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> httpx.Response:
        """Send one request (retries, refresh and error mapping included) and
        return the successful response.

        ``content`` may be an iterable of bytes that can be iterated again (a
        retry or a token refresh sends it anew); ``timeout`` overrides the
        client's for this request (the upload engine's stall detection)."""
        retries = self.max_retries if max_retries is None else max_retries
        request = self._http.build_request(
            method, path, params=params, json=json, content=content, headers=headers,
            **({"timeout": timeout} if timeout is not None else {}),
        )
        if method == "POST":
            # One key per logical POST, reused by every retry of it.
            request.headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        refreshed = False
        attempt = 0
        while True:
            if authenticated:
                request.headers["Authorization"] = f"Bearer {self._valid_access_token()}"
            try:
                response = self._transmit(request)
            except NetworkError:
                if attempt >= retries:
                    raise
                time.sleep(backoff_delay(attempt))
                attempt += 1
                continue
            if response.status_code == 401 and authenticated and not refreshed:
                self._refresh(request.headers["Authorization"].removeprefix("Bearer "))
                refreshed = True
                continue
            if response.status_code in RETRYABLE_STATUS and attempt < retries:
                wait = _retry_after(response)
                if wait is None or wait <= MAX_RETRY_WAIT:
                    time.sleep(backoff_delay(attempt, wait))
                    attempt += 1
                    continue
            if response.is_error:
                raise self._status_error(response)
            return response

    # -- internals -----------------------------------------------------------

    def _transmit(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        try:
            return self._http.send(request, stream=stream)
        except httpx.TimeoutException as exc:
            raise NetworkError(f"The service at {self.base_url} did not answer in time.") from exc
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            if _is_tls_failure(exc):
                raise TLSError(
                    f"The security certificate of {self.base_url} could not be verified. "
                    "Check the address, or ask your administrator."
                ) from exc
            if isinstance(exc, httpx.ConnectError):
                raise NetworkError(
                    f"Can't reach the service at {self.base_url}. Check the address and your connection."
                ) from exc
            raise NetworkError(f"The connection to {self.base_url} was lost.") from exc
        except httpx.TransportError as exc:
            raise NetworkError(f"Can't talk to the service at {self.base_url}: {exc}.") from exc

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise MalformedResponseError("The service sent a reply the app cannot read.") from exc

    @staticmethod
    def _status_error(response: httpx.Response) -> APIStatusError:
        code, message, details = "", "", None
        try:
            error = response.json().get("error")
            if isinstance(error, dict):
                code = str(error.get("code") or "")
                message = str(error.get("message") or "")
                details = error.get("details") if isinstance(error.get("details"), list) else None
        except (ValueError, AttributeError):
            pass  # an HTML error page from a proxy, say: fall back to the status
        if not message:
            message = {
                404: "The item was not found.",
                413: "The file is larger than the service accepts.",
                429: "The service is busy. Try again in a moment.",
            }.get(response.status_code, f"The service answered with an error ({response.status_code}).")
            if response.status_code == 507:
                message = "The service has run out of storage, so it cannot take more files now; try again later."
            elif response.status_code >= 500:
                message = "The service had a problem. Try again in a moment."
        cls = status_error_class(response.status_code, code)
        kwargs: dict[str, Any] = dict(
            status=response.status_code, code=code, details=details,
            request_id=response.headers.get("x-request-id"),
        )
        if cls is RateLimitedError:
            kwargs["retry_after"] = _retry_after(response)
        return cls(message, **kwargs)

    def _valid_access_token(self) -> str:
        with self._lock:
            token = self._access_token
            if token is not None and time.monotonic() < self._access_expires_at:
                return token
        self._refresh(token)
        with self._lock:
            assert self._access_token is not None
            return self._access_token

    def _refresh(self, failed_access_token: str | None) -> None:
        """Rotate tokens unless another thread already did since ``failed_access_token``."""
        with self._lock:
            if self._access_token is not None and self._access_token != failed_access_token \
                    and time.monotonic() < self._access_expires_at:
                return
            if self._refresh_token is None or self._account is None:
                raise SessionEndedError("You are not signed in.", status=401, code="not_signed_in")
            self._adopt_stored_token()
            try:
                response = self.request(
                    "POST", "/auth/refresh", json={"refresh_token": self._refresh_token},
                    authenticated=False,
                )
            except SessionEndedError:
                self._forget()
                raise
            self._adopt(TokenPair.from_json(self._json(response)))

    def _adopt_stored_token(self) -> None:
        """Another process (the CLI next to the app) may have rotated the token."""
        if self._persistent_store is None or self._store is not self._persistent_store:
            return
        try:
            stored = self._store.load(self.base_url, self._account or "")
        except TokenStoreError:
            return
        if stored and stored != self._refresh_token:
            self._refresh_token = stored

    def _adopt(self, pair: TokenPair) -> None:
        self._access_token = pair.access_token
        self._access_expires_at = time.monotonic() + max(0.0, pair.expires_in - REFRESH_MARGIN)
        self._refresh_token = pair.refresh_token
        try:
            self._store.save(self.base_url, self._account or "", pair.refresh_token)
            self.unsaved_token = False
        except TokenStoreError as exc:
            # The session goes on in memory; the next rotation tries again.
            self.unsaved_token = True
            log.warning("could not save the session to the keyring: %s", exc.message)

    def _forget(self) -> None:
        with self._lock:
            account = self._account
            self._access_token = self._refresh_token = None
            self._access_expires_at = 0.0
        if account:
            try:
                self._store.delete(self.base_url, account)
            except TokenStoreError as exc:
                log.warning("could not remove the session from the keyring: %s", exc.message)
