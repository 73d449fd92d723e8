"""Sign-in through the system browser (RFC 8252 with PKCE, RFC 7636) and on
another device (RFC 8628), as a public client: the desktop app and the command line.

The interface (stable; the app and ``ticketpros login`` use only this)::

    flow = client.browser_sign_in()        # HTTP: call from a worker thread
    open_in_browser(flow.url)              # or print it
    me = flow.wait(timeout=300)            # blocks until the browser comes back
    # from any other thread, at any time: flow.cancel()

    flow = client.device_sign_in()         # HTTP: call from a worker thread
    show(flow.user_code, flow.verification_uri, flow.verification_uri_complete)
    me = flow.wait()                       # polls until approved, declined or expired

``wait`` returns the signed-in :class:`Me`; the session is the client's from
then on, its refresh token in the token store (the keyring) when ``remember``,
exactly as after ``client.login``. It raises :class:`SignInCancelledError` after
``cancel()``, :class:`SignInTimedOutError` when nobody finished in time, and
:class:`SignInError` when the service or the person refused (``code`` is
OAuth's: ``access_denied``, ``invalid_grant``, ``expired_token``...); every
message is one sentence for people. Both flows are context managers;
``close()`` (also after ``wait``) releases the loopback port.

How the browser flow keeps the code to this app: a fresh PKCE verifier and a
``state`` per sign-in, the S256 challenge sent, a listener on ``127.0.0.1`` on a
port the system picks (``http://127.0.0.1:PORT/callback``, RFC 8252 §7.3), the
answer's ``state`` (and ``iss``, RFC 9207) checked before the code is
exchanged, once. An answer with the wrong ``state`` is refused and the
listener keeps waiting for the right one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import queue
import secrets
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import parse_qs, urlencode, urlsplit

from . import _sentences as S
from ._errors import (
    APIStatusError,
    MalformedResponseError,
    SignInCancelledError,
    SignInError,
    SignInTimedOutError,
)
from ._failures import read_json
from ._models import Me, TokenPair, field
from ._sentences import localised

if TYPE_CHECKING:
    from ._client import TicketProsClient

#: The desktop app's (and the command line's) registration on the service.
CLIENT_ID = "ticketpros-desktop"
CALLBACK_PATH = "/callback"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
#: How long the browser flow waits by default: the service's sign-in page lives ten minutes.
DEFAULT_BROWSER_TIMEOUT = 600.0
#: RFC 8628 §3.5: each slow_down adds five seconds to the interval.
SLOW_DOWN_STEP = 5.0

TIMED_OUT = S.SIGN_IN_TIMED_OUT()
CANCELLED = S.SIGN_IN_CANCELLED()
DEVICE_TIMED_OUT = S.SIGN_IN_CODE_EXPIRED()


@dataclass(frozen=True)
class ServerEndpoints:
    """The service's OAuth metadata (RFC 8414), checked to be on the service's own origin."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    device_authorization_endpoint: str


def new_verifier() -> str:
    """RFC 7636 §4.1: 43 characters of base64url from 32 random bytes."""
    return secrets.token_urlsafe(32)


def s256_challenge(verifier: str) -> str:
    """RFC 7636 §4.2: BASE64URL(SHA256(verifier)), no padding."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


def new_state() -> str:
    return secrets.token_urlsafe(24)


def _origin(url: str) -> str:
    """scheme://host:port, the port written out (``https://h`` and ``https://h:443`` are one origin)."""
    parts = urlsplit(url)
    try:
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return ""
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def discover(client: TicketProsClient) -> ServerEndpoints:
    """GET /.well-known/oauth-authorization-server; refuses endpoints on another origin."""
    data = read_json(client.request("GET", f"{client.base_url}/.well-known/oauth-authorization-server",
                                    authenticated=False))
    endpoints = ServerEndpoints(
        issuer=field(data, "issuer", str),
        authorization_endpoint=field(data, "authorization_endpoint", str),
        token_endpoint=field(data, "token_endpoint", str),
        device_authorization_endpoint=field(data, "device_authorization_endpoint", str),
    )
    methods = data.get("code_challenge_methods_supported")
    own = _origin(client.base_url)
    if (any(_origin(url) != own for url in (endpoints.authorization_endpoint, endpoints.token_endpoint,
                                             endpoints.device_authorization_endpoint))
            or not isinstance(methods, list) or "S256" not in methods):
        raise MalformedResponseError(S.REPLY_UNSAFE_SIGN_IN())
    return endpoints


def _post_form(client: TicketProsClient, url: str, form: dict[str, str]) -> Any:
    """A form post to an OAuth endpoint; its RFC 6749 refusals raise APIStatusError with OAuth's code."""
    response = client.request(
        "POST", url, content=urlencode(form).encode("ascii"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        authenticated=False,
    )
    return read_json(response)


def _signed_in(client: TicketProsClient, data: Any, remember: bool) -> Me:
    return client._adopt_tokens(TokenPair.from_json(data), remember=remember)


# -- the browser flow ----------------------------------------------------------------------------


#: The answer page: the look of the service's sign-in page, in a few lines.
_STYLE = (
    ":root{color-scheme:light dark;--bg:#f3f5f8;--card:#fff;--text:#1c2430;--muted:#4d5868;--line:#c4ccd6}"
    "@media (prefers-color-scheme:dark){:root{--bg:#15191f;--card:#1f252d;--text:#e8ecf1;--muted:#aab4c0;"
    "--line:#465160}}"
    "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:var(--bg);"
    "color:var(--text);font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}"
    "main{max-width:440px;margin:24px;padding:32px;background:var(--card);border:1px solid var(--line);"
    "border-radius:12px}"
    ".brand{margin:0 0 4px;font-size:14px;font-weight:600;letter-spacing:.04em;color:var(--muted);"
    "text-transform:uppercase}h1{margin:0 0 8px;font-size:24px;line-height:1.25}p{margin:0}"
)
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{style}</style></head>
<body><main><p class="brand">Ticket Pros</p><h1>{title}</h1><p{role}>{message}</p></main></body></html>
"""
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode()
#: Nothing on the answer page loads or runs (its style is allowed by its hash): it only says where things stand.
_PAGE_HEADERS = {
    "Content-Security-Policy": f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; frame-ancestors 'none'; "
                               "base-uri 'none'; form-action 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
DONE_TITLE = S.PAGE_DONE_TITLE()
DONE_MESSAGE = S.PAGE_DONE()
FAILED_TITLE = S.PAGE_FAILED_TITLE()
NOT_THIS = S.PAGE_NOT_THIS()


@dataclass
class _Answer:
    """One redirect that reached the listener, and the page the browser gets back."""

    params: dict[str, str]
    done: threading.Event
    status: int = 500
    title: str = FAILED_TITLE
    message: str = S.PAGE_FAILED()


class _Handler(BaseHTTPRequestHandler):
    server: _Listener
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._reply(404, S.PAGE_NOT_FOUND_TITLE(), S.PAGE_NOT_FOUND())
            return
        params = {key: values[0] for key, values in parse_qs(parts.query, keep_blank_values=True).items()
                  if len(values) == 1}
        answer = _Answer(params, threading.Event())
        self.server.answers.put(answer)
        if not answer.done.wait(60):
            self._reply(504, FAILED_TITLE, S.PAGE_APP_SILENT())
            return
        self._reply(answer.status, answer.title, answer.message)

    def _reply(self, status: int, title: str, message: str) -> None:
        role = "" if status == 200 else ' role="alert"'
        body = _PAGE.format(title=html.escape(localised(title)), message=html.escape(localised(message)), role=role,
                            style=_STYLE).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for name, value in _PAGE_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the query holds the code: never logged


class _Listener(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: queue.Queue[_Answer] = queue.Queue()


class BrowserSignIn:
    """One sign-in through the system browser; see the module's docstring.

    ``url`` is the service's sign-in page for this attempt; ``redirect_uri`` is
    where the browser comes back (this computer, the listener's port)."""

    def __init__(self, client: TicketProsClient, *, remember: bool = True) -> None:
        client.server_info()
        self._client = client
        self._remember = remember
        self._endpoints = discover(client)
        self._verifier = new_verifier()
        self._state = new_state()
        self._cancelled = threading.Event()
        self._finished = False
        self._listener = _Listener()
        self._serving = threading.Thread(target=self._listener.serve_forever, kwargs={"poll_interval": 0.2},
                                         name="ticketpros-browser-sign-in", daemon=True)
        self._serving.start()
        port = self._listener.server_address[1]
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        params = {
            "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": self.redirect_uri,
            "state": self._state, "code_challenge": s256_challenge(self._verifier),
            "code_challenge_method": "S256",
        }
        self.url = f"{self._endpoints.authorization_endpoint}?{urlencode(params)}"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cancel(self) -> None:
        """From any thread: ``wait`` raises SignInCancelledError within a moment."""
        self._cancelled.set()

    def close(self) -> None:
        """Stop listening (idempotent)."""
        self._cancelled.set()
        if self._serving.is_alive():
            self._listener.shutdown()
            self._serving.join()
        self._listener.server_close()
        self._drain()

    def wait(self, timeout: float = DEFAULT_BROWSER_TIMEOUT) -> Me:
        """Until the browser brings the code back; then the code is exchanged (once)."""
        if self._finished:
            raise SignInError(S.SIGN_IN_FINISHED(), code="finished")
        deadline = time.monotonic() + timeout
        try:
            while True:
                if self._cancelled.is_set():
                    raise SignInCancelledError(CANCELLED)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SignInTimedOutError(TIMED_OUT)
                try:
                    answer = self._listener.answers.get(timeout=min(0.2, left))
                except queue.Empty:
                    continue
                me = self._take(answer)
                if me is not None:
                    return me
        finally:
            self.close()

    # -- internals ---------------------------------------------------------------------------

    def _take(self, answer: _Answer) -> Me | None:
        """The browser's answer: Me when signed in, None to keep waiting; raises when it failed."""
        params = answer.params
        try:
            state = params.get("state", "")
            if not hmac.compare_digest(state.encode(), self._state.encode()):
                answer.status, answer.message = 400, NOT_THIS
                return None  # not ours (or forged): the real answer may still come
            iss = params.get("iss")
            if iss is not None and iss.rstrip("/") != self._endpoints.issuer.rstrip("/"):
                answer.status, answer.message = 400, NOT_THIS
                return None
            self._finished = True
            if "error" in params:
                error = params["error"][:100]
                description = params.get("error_description") or S.SIGN_IN_REFUSED()
                answer.status, answer.message = 400, description[:300]
                raise SignInError(description[:300], code=error)
            code = params.get("code")
            if not code:
                answer.status, answer.message = 400, S.PAGE_NO_CODE()
                raise SignInError(S.SIGN_IN_NO_CODE(), code="invalid_request")
            try:
                data = _post_form(self._client, self._endpoints.token_endpoint, {
                    "grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri,
                    "client_id": CLIENT_ID, "code_verifier": self._verifier,
                })
                me = _signed_in(self._client, data, self._remember)
            except APIStatusError as exc:
                answer.status, answer.message = 400, exc.message
                if exc.status in (400, 401):
                    raise SignInError(exc.message, code=exc.code or "invalid_grant") from exc
                raise
            except Exception as exc:
                answer.status, answer.message = 502, getattr(exc, "message", FAILED_TITLE)
                raise
            answer.status, answer.title, answer.message = 200, DONE_TITLE, DONE_MESSAGE
            return me
        finally:
            answer.done.set()

    def _drain(self) -> None:
        """Answers that arrived after the end get a page saying so."""
        while True:
            try:
                answer = self._listener.answers.get_nowait()
            except queue.Empty:
                return
            answer.status, answer.message = 400, NOT_THIS
            answer.done.set()


# -- the device flow (RFC 8628) ------------------------------------------------------------------


class DeviceSignIn:
    """One device sign-in; see the module's docstring. Show ``user_code`` and
    ``verification_uri`` (or ``verification_uri_complete``, e.g. as a QR code)."""

    def __init__(self, client: TicketProsClient, *, remember: bool = True) -> None:
        client.server_info()
        self._client = client
        self._remember = remember
        self._endpoints = discover(client)
        self._cancelled = threading.Event()
        data = _post_form(client, self._endpoints.device_authorization_endpoint, {"client_id": CLIENT_ID})
        self._device_code = field(data, "device_code", str)
        self.user_code: str = field(data, "user_code", str)
        self.verification_uri: str = field(data, "verification_uri", str)
        self.verification_uri_complete: str | None = field(data, "verification_uri_complete", str, optional=True)
        self.expires_in: int = field(data, "expires_in", int)
        self.interval: float = float(field(data, "interval", int, optional=True) or 5)
        self._expires_at = time.monotonic() + self.expires_in
        if _origin(self.verification_uri) != _origin(client.base_url):
            raise MalformedResponseError(S.REPLY_UNSAFE_SIGN_IN())

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cancel(self) -> None:
        """From any thread: ``wait`` raises SignInCancelledError within a moment."""
        self._cancelled.set()

    def close(self) -> None:
        self._cancelled.set()

    def wait(self, timeout: float | None = None) -> Me:
        """Poll the token endpoint every ``interval`` seconds until someone approves
        or declines on the other device, or the code expires (or ``timeout``)."""
        deadline = self._expires_at if timeout is None else min(self._expires_at, time.monotonic() + timeout)
        while True:
            if self._cancelled.wait(max(0.0, min(self.interval, deadline - time.monotonic()))):
                raise SignInCancelledError(CANCELLED)
            if time.monotonic() >= deadline:
                raise SignInTimedOutError(DEVICE_TIMED_OUT)
            try:
                data = _post_form(self._client, self._endpoints.token_endpoint, {
                    "grant_type": DEVICE_GRANT, "device_code": self._device_code, "client_id": CLIENT_ID,
                })
            except APIStatusError as exc:
                if exc.code == "authorization_pending":
                    continue
                if exc.code == "slow_down":
                    self.interval += SLOW_DOWN_STEP
                    continue
                if exc.code == "expired_token":
                    raise SignInTimedOutError(DEVICE_TIMED_OUT) from exc
                if exc.status in (400, 401):
                    raise SignInError(exc.message, code=exc.code or "invalid_grant") from exc
                raise
            return _signed_in(self._client, data, self._remember)
