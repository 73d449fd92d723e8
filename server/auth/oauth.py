"""OAuth 2.0 for native apps: the rules of the authorization server.

What the service accepts, and why:

* Public clients only (RFC 8252 §8.4: a desktop app cannot keep a secret),
  registered in ``oauth_clients``. Redirect URIs are the registered ones,
  exactly; a registered loopback one (``http://127.0.0.1/…``, ``http://[::1]/…``)
  matches on any port (§7.3: the app listens on an ephemeral one). ``localhost``
  is not a loopback redirect here (§8.3: it may resolve elsewhere).
* ``response_type=code`` with PKCE, ``S256`` only (RFC 7636; ``plain`` would let
  an intercepted request be replayed), and ``state`` required.
* Authorization codes are single use and live ``Settings.authorization_code_ttl``.
  A code presented twice ends the session it started (RFC 6749 §4.1.2), except
  a retry of the same exchange (same ``Idempotency-Key``, within the refresh
  grace), whose first reply was lost: it gets new tokens for that session and
  the lost ones are retired, as for a refresh (``service._rotate``).
* Refresh tokens rotate exactly as ``POST /auth/refresh`` (``service.refresh``).
* The device authorization grant (RFC 8628) for machines without a browser.

Errors of the token and device endpoints are :class:`OAuthError` (RFC 6749's
shape); errors of the authorization request are :class:`PageError` (shown on
the page, never redirected: the redirect URI is not trusted) or
:class:`RedirectError` (sent back to the app's redirect URI).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from urllib.parse import urlencode, urlsplit

from .. import sentences as S
from ..clock import iso, parse_iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import OAuthError, SignInFailed
from . import service, tokens
from .service import ClientInfo, IssuedTokens

DESKTOP_CLIENT_ID = "ticketpros-desktop"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
GRANT_TYPES = ("authorization_code", "refresh_token", DEVICE_GRANT)
CODE_PREFIX = "tpc_"
DEVICE_CODE_PREFIX = "tpd_"

#: base64url of a SHA-256 digest, no padding (RFC 7636 §4.2).
CHALLENGE = re.compile(r"[A-Za-z0-9_-]{43}")
#: RFC 7636 §4.1: 43 to 128 unreserved characters.
VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")
MAX_STATE = 512
MAX_URI = 2000
#: RFC 8628 §6.1: consonants only (no vowels, so no words), upper case, easy to type.
USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"
USER_CODE_LENGTH = 8
#: RFC 8628 §3.5: each slow_down adds this much to the device's interval.
SLOW_DOWN_STEP = 5

CODE_INVALID = S.OAUTH_CODE_INVALID()


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    redirect_uris: tuple[str, ...]
    device_grant: bool


def find_client(conn: Connection, client_id: str | None) -> Client | None:
    # No client's id holds a NUL, and PostgreSQL's text cannot even be compared with one.
    if not client_id or len(client_id) > 200 or "\x00" in client_id:
        return None
    row = conn.execute("SELECT * FROM oauth_clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        return None
    return Client(row["id"], row["name"], tuple(json.loads(row["redirect_uris"])), bool(row["device_grant"]))


# -- redirect URIs -------------------------------------------------------------------------------


def _is_loopback_literal(host: str | None) -> bool:
    return host in ("127.0.0.1", "::1")


def redirect_allowed(client: Client, uri: str) -> bool:
    """Registered exactly, or a registered loopback URI on another port (RFC 8252 §7.3)."""
    if len(uri) > MAX_URI or any(c in uri for c in "\r\n\t "):
        return False
    try:
        given = urlsplit(uri)
        given_port = given.port
    except ValueError:
        return False
    if given.fragment or given.username is not None or given.password is not None:
        return False
    for registered in client.redirect_uris:
        if uri == registered:
            return True
        known = urlsplit(registered)
        if (_is_loopback_literal(known.hostname) and known.scheme == "http" and given.scheme == "http"
                and given.hostname == known.hostname and given_port is not None
                and (given.path, given.query) == (known.path, known.query)):
            return True
    return False


def with_params(uri: str, params: Mapping[str, str]) -> str:
    """``uri`` with ``params`` added to its query (RFC 6749 §4.1.2: keep what it had)."""
    joiner = "&" if urlsplit(uri).query else "?"
    return uri + joiner + urlencode(params)


def origin_of(uri: str) -> str:
    parts = urlsplit(uri)
    return f"{parts.scheme}://{parts.netloc}"


# -- the authorization request -------------------------------------------------------------------


class PageError(Exception):
    """The request cannot be answered at its redirect URI: the page says so (one sentence)."""


@dataclass(frozen=True)
class RedirectError(Exception):
    """Refused, and told to the app at its (checked) redirect URI."""

    redirect_uri: str
    state: str | None
    error: str
    description: str

    def location(self, issuer: str) -> str:
        params = {"error": self.error, "error_description": self.description}
        if self.state is not None:
            params["state"] = self.state
        params["iss"] = issuer  # RFC 9207
        return with_params(self.redirect_uri, params)


@dataclass(frozen=True)
class AuthorizationRequest:
    """A checked authorization request: who asked, where the answer goes."""

    client_id: str
    client_name: str
    redirect_uri: str
    state: str
    code_challenge: str

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> AuthorizationRequest:
        return cls(**json.loads(text))


BAD_LINK = ("This sign-in link is not valid. Go back to the app and choose “Sign in with your browser” "
            "again.")


def check_authorization_request(conn: Connection, params: Mapping[str, str | None]
                                ) -> AuthorizationRequest:
    """RFC 6749 §4.1.1 with PKCE; raises PageError or RedirectError."""
    client = find_client(conn, params.get("client_id"))
    redirect_uri = params.get("redirect_uri")
    # §4.1.2.1: with a client or redirect URI we do not know, nothing is redirected anywhere.
    if client is None or not redirect_uri or not redirect_allowed(client, redirect_uri):
        raise PageError(BAD_LINK)
    state = params.get("state")
    if state is not None and (not state or len(state) > MAX_STATE):
        state = None

    def refuse(error: str, description: str) -> RedirectError:
        return RedirectError(redirect_uri, state, error, description)

    if params.get("response_type") != "code":
        raise refuse("unsupported_response_type", "Only response_type=code is supported.")
    if state is None:
        raise refuse("invalid_request", "The state parameter is required.")
    method = params.get("code_challenge_method")
    challenge = params.get("code_challenge")
    if not challenge:
        raise refuse("invalid_request", "PKCE is required: send code_challenge with code_challenge_method=S256.")
    if method != "S256":
        raise refuse("invalid_request", "Only the S256 code challenge method is supported.")
    if not CHALLENGE.fullmatch(challenge):
        raise refuse("invalid_request", "The code challenge is not a base64url SHA-256 digest.")
    return AuthorizationRequest(client.id, client.name, redirect_uri, state, challenge)


def issue_code(conn: Connection, settings: Settings, request: AuthorizationRequest, user_id: str,
               factor: str) -> str:
    """A new authorization code for ``user_id``, inside the caller's transaction."""
    now = settings.clock.now()
    conn.execute("DELETE FROM oauth_codes WHERE expires_at < ? AND used_at IS NULL", (iso(now),))
    code = CODE_PREFIX + secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO oauth_codes (code_hash, client_id, user_id, redirect_uri, code_challenge, factor,"
        " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (tokens.token_hash(code), request.client_id, user_id, request.redirect_uri, request.code_challenge,
         factor, iso(now), iso(now + settings.authorization_code_ttl)),
    )
    return code


def code_location(request: AuthorizationRequest, code: str, issuer: str) -> str:
    return with_params(request.redirect_uri, {"code": code, "state": request.state, "iss": issuer})


# -- the token endpoint --------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenRequest:
    grant_type: str | None = None
    code: str | None = None
    redirect_uri: str | None = None
    client_id: str | None = None
    code_verifier: str | None = None
    refresh_token: str | None = None
    device_code: str | None = None


def _missing(name: str) -> OAuthError:
    return OAuthError("invalid_request", S.OAUTH_PARAMETER_MISSING(name=name))


def token(conn: Connection, settings: Settings, form: TokenRequest, idempotency_key: str | None,
          client: ClientInfo) -> IssuedTokens:
    if not form.grant_type:
        raise _missing("grant_type")
    if form.grant_type == "authorization_code":
        return exchange_code(conn, settings, form, idempotency_key, client)
    if form.grant_type == "refresh_token":
        if not form.refresh_token:
            raise _missing("refresh_token")
        if len(form.refresh_token) > 200 or (form.client_id and find_client(conn, form.client_id) is None):
            raise OAuthError("invalid_grant", service.SESSION_ENDED)
        try:
            return service.refresh(conn, settings, form.refresh_token, idempotency_key, client)
        except SignInFailed as exc:
            raise OAuthError("invalid_grant", exc.message) from None
    if form.grant_type == DEVICE_GRANT:
        return poll_device(conn, settings, form, client)
    raise OAuthError("unsupported_grant_type", S.OAUTH_GRANT_UNSUPPORTED())


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


def exchange_code(conn: Connection, settings: Settings, form: TokenRequest,
                  idempotency_key: str | None, client: ClientInfo) -> IssuedTokens:
    for name in ("code", "redirect_uri", "client_id", "code_verifier"):
        if not getattr(form, name):
            raise _missing(name)
    now = settings.clock.now()
    key_hash = tokens.token_hash(idempotency_key) if idempotency_key else None
    with transaction(conn):
        outcome = _exchange(conn, settings, form, key_hash, client, now)
    # Raised after the commit: a used-up code, and a session ended for a replay, must stay so.
    if isinstance(outcome, OAuthError):
        raise outcome
    return outcome


def _exchange(conn: Connection, settings: Settings, form: TokenRequest, key_hash: str | None,
              client: ClientInfo, now: datetime) -> IssuedTokens | OAuthError:
    assert form.code is not None and form.code_verifier is not None
    refused = OAuthError("invalid_grant", CODE_INVALID)
    row = conn.execute(
        "SELECT c.*, u.status FROM oauth_codes c JOIN users u ON u.id = c.user_id WHERE c.code_hash = ?",
        (tokens.token_hash(form.code),),
    ).fetchone()
    if row is None:
        return refused
    if row["used_at"] is not None:
        if _is_retry(conn, settings, row, key_hash, now):
            # The first reply never arrived: its tokens are retired, the session gets new ones.
            conn.execute("DELETE FROM access_tokens WHERE session_id = ?", (row["session_id"],))
            conn.execute("DELETE FROM refresh_tokens WHERE session_id = ?", (row["session_id"],))
            return service.issue_tokens(conn, settings, row["session_id"], now)
        if row["session_id"] is not None:
            service.revoke_session(conn, row["session_id"], now, "authorization_code_reuse")
        service.record_security_event(
            conn, kind="authorization_code_reuse", at=now, client=client, success=False,
            user_id=row["user_id"], detail="code presented again; its session ended",
        )
        return refused
    # Used up by this attempt, whatever comes next: a wrong verifier burns the code.
    conn.execute("UPDATE oauth_codes SET used_at = ?, used_key_hash = ? WHERE code_hash = ?",
                 (iso(now), key_hash, row["code_hash"]))
    if (form.client_id != row["client_id"] or form.redirect_uri != row["redirect_uri"]
            or parse_iso(row["expires_at"]) <= now or row["status"] != "active"):
        return refused
    if not VERIFIER.fullmatch(form.code_verifier) or not hmac.compare_digest(
            s256(form.code_verifier), row["code_challenge"]):
        return OAuthError("invalid_grant", S.OAUTH_PKCE_MISMATCH())
    issued = service.start_session(conn, settings, row["user_id"], client, now)
    conn.execute("UPDATE oauth_codes SET session_id = ? WHERE code_hash = ?", (issued.session_id, row["code_hash"]))
    return issued


def _is_retry(conn: Connection, settings: Settings, row: Row, key_hash: str | None,
              now: datetime) -> bool:
    if key_hash is None or key_hash != row["used_key_hash"] or row["session_id"] is None:
        return False
    if now - parse_iso(row["used_at"]) > settings.refresh_retry_grace:
        return False
    session = conn.execute("SELECT revoked_at FROM sessions WHERE id = ?", (row["session_id"],)).fetchone()
    rotated = conn.execute(
        "SELECT 1 FROM refresh_tokens WHERE session_id = ? AND used_at IS NOT NULL", (row["session_id"],)
    ).fetchone()
    # Only while the tokens it carried were never used: then nobody else holds a live one.
    return session is not None and session["revoked_at"] is None and rotated is None


# -- the device authorization grant (RFC 8628) ---------------------------------------------------


@dataclass(frozen=True)
class DeviceStart:
    device_code: str
    user_code: str
    expires_in: int
    interval: int


def normal_user_code(text: str | None) -> str | None:
    """``bcdf ghjk`` or ``BCDF-GHJK`` → ``BCDF-GHJK``; None when it cannot be one."""
    if not text or len(text) > 40:
        return None
    letters = re.sub(r"[\s-]", "", text).upper()
    if len(letters) != USER_CODE_LENGTH or any(c not in USER_CODE_ALPHABET for c in letters):
        return None
    return f"{letters[:4]}-{letters[4:]}"


def start_device(conn: Connection, settings: Settings, client_id: str | None) -> DeviceStart:
    client = find_client(conn, client_id)
    if not client_id:
        raise _missing("client_id")
    if client is None or not client.device_grant:
        raise OAuthError("invalid_client", S.OAUTH_DEVICE_CLIENT())
    now = settings.clock.now()
    device_code = DEVICE_CODE_PREFIX + secrets.token_urlsafe(32)
    with transaction(conn):
        conn.execute("DELETE FROM device_codes WHERE expires_at < ?", (iso(now),))
        while True:
            raw = "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(USER_CODE_LENGTH))
            user_code = f"{raw[:4]}-{raw[4:]}"
            if conn.execute("SELECT 1 FROM device_codes WHERE user_code = ?", (user_code,)).fetchone() is None:
                break
        conn.execute(
            "INSERT INTO device_codes (device_code_hash, user_code, client_id, interval_s, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (tokens.token_hash(device_code), user_code, client.id, settings.device_poll_interval, iso(now),
             iso(now + settings.device_code_ttl)),
        )
    return DeviceStart(device_code, user_code, int(settings.device_code_ttl.total_seconds()),
                       settings.device_poll_interval)


def pending_device(conn: Connection, settings: Settings, user_code: str) -> Row | None:
    """The waiting device showing ``user_code`` (normalised), if any."""
    return conn.execute(
        "SELECT d.*, c.name AS client_name FROM device_codes d JOIN oauth_clients c ON c.id = d.client_id"
        " WHERE d.user_code = ? AND d.status = 'pending' AND d.expires_at > ?",
        (user_code, iso(settings.clock.now())),
    ).fetchone()


def decide_device(conn: Connection, settings: Settings, user_code: str, *, user_id: str,
                  factor: str, approved: bool) -> bool:
    """Inside the caller's transaction; False when the device stopped waiting meanwhile."""
    done = conn.execute(
        "UPDATE device_codes SET status = ?, user_id = ?, factor = ? WHERE user_code = ? AND status = 'pending'"
        " AND expires_at > ?",
        ("approved" if approved else "denied", user_id, factor, user_code, iso(settings.clock.now())),
    )
    return done.rowcount == 1


def poll_device(conn: Connection, settings: Settings, form: TokenRequest, client: ClientInfo
                ) -> IssuedTokens:
    if not form.device_code:
        raise _missing("device_code")
    if not form.client_id:
        raise _missing("client_id")
    now = settings.clock.now()
    with transaction(conn):
        outcome = _poll(conn, settings, form, client, now)
    if isinstance(outcome, OAuthError):
        raise outcome
    return outcome


def _poll(conn: Connection, settings: Settings, form: TokenRequest, client: ClientInfo,
          now: datetime) -> IssuedTokens | OAuthError:
    assert form.device_code is not None
    row = conn.execute(
        "SELECT d.*, u.status AS user_status FROM device_codes d LEFT JOIN users u ON u.id = d.user_id"
        " WHERE d.device_code_hash = ?", (tokens.token_hash(form.device_code),),
    ).fetchone()
    if row is None or row["client_id"] != form.client_id:
        return OAuthError("invalid_grant", S.OAUTH_DEVICE_CODE_INVALID())
    forget = ("DELETE FROM device_codes WHERE device_code_hash = ?", (row["device_code_hash"],))
    if parse_iso(row["expires_at"]) <= now:
        conn.execute(*forget)
        return OAuthError("expired_token", S.OAUTH_DEVICE_EXPIRED())
    if row["status"] == "denied":
        conn.execute(*forget)
        return OAuthError("access_denied", S.OAUTH_DEVICE_DECLINED())
    if row["status"] == "pending":
        interval = row["interval_s"]
        too_soon = row["last_poll_at"] is not None and (now - parse_iso(row["last_poll_at"])).total_seconds() < interval
        if too_soon:
            interval += SLOW_DOWN_STEP
        conn.execute("UPDATE device_codes SET last_poll_at = ?, interval_s = ? WHERE device_code_hash = ?",
                     (iso(now), interval, row["device_code_hash"]))
        if too_soon:
            return OAuthError("slow_down", S.OAUTH_SLOW_DOWN(seconds=interval))
        return OAuthError("authorization_pending", S.OAUTH_PENDING())
    conn.execute(*forget)  # approved: used once, now
    if row["user_status"] != "active":
        return OAuthError("access_denied", S.OAUTH_ACCOUNT_CLOSED())
    return service.start_session(conn, settings, row["user_id"], client, now)


def metadata(issuer: str, api_prefix: str) -> dict:
    """RFC 8414: what this authorization server supports, and where."""
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/oauth/authorize",
        "token_endpoint": f"{issuer}{api_prefix}/oauth/token",
        "device_authorization_endpoint": f"{issuer}{api_prefix}/oauth/device-authorization",
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": list(GRANT_TYPES),
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "authorization_response_iss_parameter_supported": True,
    }
