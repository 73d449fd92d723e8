"""The Ticket Pros client: one session with one service.

Blocking by design (httpx.Client): call it from a worker thread, never from a
GUI thread. Thread-safe: one client may serve several workers at once. What
it is made of: URL policy (:mod:`._urls`), retries (:mod:`._retries`), error
wording (:mod:`._failures`), the connection pool behind the proxy setting
(:mod:`._connections`) and the session's tokens (:mod:`._auth`).
"""

from __future__ import annotations

import logging
import ssl
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Self

import httpx

from . import _sentences as S
from ._auth import BearerAuth, Session
from ._connections import Connections
from ._constants import (
    API_PREFIX,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_RETRY_WAIT,
    RETRYABLE_STATUS,
    SUPPORTED_API_VERSION,
)
from ._errors import (
    APIStatusError,
    IncompatibleServerError,
    MalformedResponseError,
    NetworkError,
    SessionEndedError,
)
from ._failures import read_json, status_error, transport_error
from ._models import Me, ServerInfo, TokenPair
from ._oauth import BrowserSignIn, DeviceSignIn
from ._privacy import PrivacyAPI
from ._proxy import ProxySettings
from ._requests import PrivacyRequestsAPI
from ._retries import backoff_delay, pause, retry_after
from ._tickets import TicketsAPI
from ._tls import tls_context, trusting_nothing
from ._tokens import TokenStore
from ._two_step import OrganisationAPI, TwoStepAPI
from ._urls import normalize_base_url, require_secure_transport
from ._version import __version__

log = logging.getLogger(__name__)


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
        require_secure_transport(self.base_url, allow_insecure_http=allow_insecure_http)
        self.max_retries = max_retries
        self._timeout, self._verify, self._transport = timeout, verify, transport
        self._user_agent = user_agent or f"TicketProsDesktop/{__version__} httpx/{httpx.__version__}"
        self._connections = Connections(self._new_http, proxy or ProxySettings())
        self._session = Session(self.base_url, token_store, self._rotate)
        self._auth = BearerAuth(self._session)
        self._server_info: ServerInfo | None = None
        #: One thread asks for the service's identity; the others wait for its answer (a queue's
        #: workers all need the size limit as they start).
        self._server_info_lock = threading.Lock()
        self.privacy = PrivacyAPI(self)
        self.privacy_requests = PrivacyRequestsAPI(self)
        self.tickets = TicketsAPI(self)
        self.two_step = TwoStepAPI(self)
        self.organisation = OrganisationAPI(self)

    # -- lifecycle -----------------------------------------------------------

    def _new_http(self, proxy: ProxySettings) -> httpx.Client:
        # One shared TLS context per trust setting (api_client._tls): httpx would
        # parse the CA bundle again for this client and for each proxy transport. None is
        # parsed for a client that makes no TLS connection (http:// on a local network).
        if isinstance(self._verify, ssl.SSLContext) or proxy.may_use_tls(self.base_url):
            verify = tls_context(self._verify, trust_env=proxy.mode == "system")
        else:
            verify = trusting_nothing()
        return httpx.Client(
            base_url=self.base_url + API_PREFIX,
            timeout=self._timeout,
            verify=verify,
            transport=self._transport,
            headers={"User-Agent": self._user_agent},
            follow_redirects=False,
            **proxy.httpx_options(verify),
        )

    @property
    def proxy(self) -> ProxySettings:
        return self._connections.proxy

    def set_proxy(self, proxy: ProxySettings) -> None:
        """Route later requests through ``proxy``; the session is kept.

        Never blocks, so a GUI thread may call it: requests in flight (a slow
        refresh, an upload) finish on the old connections, which close after them."""
        self._connections.replace(proxy)

    @property
    def proxy_in_use(self) -> str | None:
        """The proxy requests to the service go through, or None when direct."""
        return self.proxy.proxy_for(self.base_url)

    def close(self) -> None:
        self._connections.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def account(self) -> str | None:
        """Email of the signed-in account, or None."""
        return self._session.account

    @property
    def signed_in(self) -> bool:
        return self._session.signed_in

    @property
    def unsaved_token(self) -> bool:
        """True when the last rotated refresh token could not be written to the
        keyring; saving is tried again on the next refresh and at sign-out."""
        return self._session.unsaved_token

    # -- session -------------------------------------------------------------

    def server_info(self) -> ServerInfo:
        """Identity and limits of the service; raises IncompatibleServerError
        when the address is not a Ticket Pros service this SDK can talk to."""
        if self._server_info is not None:
            return self._server_info
        with self._server_info_lock:
            return self._ask_server_info() if self._server_info is None else self._server_info

    def _ask_server_info(self) -> ServerInfo:
        try:
            info = ServerInfo.from_json(read_json(self.request("GET", "/meta", authenticated=False)))
        except (MalformedResponseError, APIStatusError) as exc:
            if isinstance(exc, APIStatusError) and exc.status >= 500:
                raise
            raise IncompatibleServerError(S.SERVER_NOT_TICKET_PROS(base_url=self.base_url)) from exc
        if info.service != "ticketpros" or info.api_version != SUPPORTED_API_VERSION:
            raise IncompatibleServerError(S.SERVER_API_VERSION(
                base_url=self.base_url, version=info.api_version, needed=SUPPORTED_API_VERSION))
        self._server_info = info
        return info

    def login(self, email: str, password: str, *, code: str | None = None, remember: bool = True) -> Me:
        """Sign in. With ``remember`` the refresh token is kept in the token store.

        With two-step verification on, a sign-in without ``code`` raises
        CodeRequiredError (the password was right): call again with the
        authenticator app's code or a recovery code (InvalidCodeError when it
        is not right). BrowserSignInRequiredError: the organisation's rules
        need the browser sign-in."""
        self.server_info()
        body = {"email": email, "password": password}
        if code is not None:
            body["code"] = code
        response = self.request("POST", "/auth/login", json=body, authenticated=False)
        self._session.start(email.strip().lower(), TokenPair.from_json(read_json(response)), remember=remember)
        return self.me()

    def browser_sign_in(self, *, remember: bool = True) -> BrowserSignIn:
        """Start a sign-in through the system browser (OAuth 2.0 with PKCE):
        open ``flow.url``, then ``flow.wait()``; see :mod:`api_client._oauth`.
        Asks the service for its sign-in settings: not on a GUI thread."""
        return BrowserSignIn(self, remember=remember)

    def device_sign_in(self, *, remember: bool = True) -> DeviceSignIn:
        """Start a sign-in on another device (RFC 8628): show ``flow.user_code``
        and ``flow.verification_uri``, then ``flow.wait()``."""
        return DeviceSignIn(self, remember=remember)

    def _adopt_tokens(self, pair: TokenPair, *, remember: bool) -> Me:
        """Tokens from the OAuth token endpoint: whose they are comes from /me."""
        response = self.request("GET", "/me", headers={"Authorization": f"Bearer {pair.access_token}"},
                                authenticated=False)
        me = Me.from_json(read_json(response))
        self._session.start(me.user.email.strip().lower(), pair, remember=remember)
        return me

    def resume(self, account: str) -> bool:
        """Pick up a remembered session. Returns False when none is stored;
        raises TokenStoreError while the keyring cannot be read (the session
        is kept: retry later)."""
        return self._session.resume(account)

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
        self._session.forget()
        return revoked

    def me(self) -> Me:
        return Me.from_json(self.get_json("/me"))

    # -- requests ------------------------------------------------------------

    def get_json(self, path: str, *, params: Mapping[str, Any] | None = None) -> Any:
        return read_json(self.request("GET", path, params=params))

    def post_json(self, path: str, json: Any = None, *, idempotency_key: str | None = None) -> Any:
        response = self.request("POST", path, json=json, idempotency_key=idempotency_key)
        return None if response.status_code == 204 else read_json(response)

    def put_json(self, path: str, json: Any) -> Any:
        response = self.request("PUT", path, json=json)
        return None if response.status_code == 204 else read_json(response)

    def patch_json(self, path: str, json: Any) -> Any:
        response = self.request("PATCH", path, json=json)
        return None if response.status_code == 204 else read_json(response)

    @contextmanager
    def stream(self, method: str, path: str, *, params: Mapping[str, Any] | None = None) -> Iterator[httpx.Response]:
        """Stream a download: ``with client.stream("GET", path) as r: r.iter_bytes()``."""
        with self._connections.lease() as http:
            request = http.build_request(method, path, params=params)
            response = self._send(http, request, retries=0, authenticated=True, stream=True)
            try:
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
        with self._connections.lease() as http:
            request = http.build_request(
                method, path, params=params, json=json, content=content, headers=headers,
                **({"timeout": timeout} if timeout is not None else {}),
            )
            if method == "POST":
                # One key per logical POST, reused by every retry of it.
                request.headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
            retries = self.max_retries if max_retries is None else max_retries
            return self._send(http, request, retries=retries, authenticated=authenticated, stream=False)

    # -- internals -----------------------------------------------------------

    def _send(self, http: httpx.Client, request: httpx.Request, *, retries: int, authenticated: bool,
              stream: bool) -> httpx.Response:
        """Send with retries; the auth flow adds the token and refreshes it once
        on a 401. Errors of the refresh itself (session ended, keyring) are
        the SDK's already and pass through: only transport failures and
        retryable statuses of this request are tried again."""
        attempt = 0
        while True:
            try:
                response = http.send(request, auth=self._auth if authenticated else None, stream=stream)
            except httpx.TransportError as exc:
                if attempt >= retries:
                    raise transport_error(exc, self.base_url) from exc
                pause(backoff_delay(attempt))
                attempt += 1
                continue
            if response.status_code in RETRYABLE_STATUS and attempt < retries:
                wait = retry_after(response)
                if wait is None or wait <= MAX_RETRY_WAIT:
                    response.close()
                    pause(backoff_delay(attempt, wait))
                    attempt += 1
                    continue
            if response.is_error:
                try:
                    response.read()  # streamed: the error body says what went wrong
                except httpx.TransportError as exc:
                    raise transport_error(exc, self.base_url) from exc
                finally:
                    response.close()
                raise status_error(response)
            return response

    def _rotate(self, refresh_token: str) -> TokenPair:
        """POST /auth/refresh; its retries reuse one Idempotency-Key, which the
        service recognises as the same refresh (not a stolen token)."""
        response = self.request(
            "POST", "/auth/refresh", json={"refresh_token": refresh_token}, authenticated=False,
        )
        return TokenPair.from_json(read_json(response))
