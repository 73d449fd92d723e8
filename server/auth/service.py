"""Sign-in, token rotation, sign-out and the authenticated principal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .. import sentences as S
from ..clock import iso, parse_iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import Forbidden, NotSignedIn, SignInFailed, TooManyAttempts
from . import passwords, tokens, two_step

GENERIC_LOGIN_ERROR = S.LOGIN_INCORRECT()


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user behind a valid, unrevoked access token."""

    user_id: str
    customer_id: str
    role: str
    email: str
    name: str
    session_id: str

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int
    session_id: str


@dataclass(frozen=True)
class ClientInfo:
    ip: str | None
    user_agent: str | None


def record_security_event(
    conn: Connection,
    *,
    kind: str,
    at: datetime,
    client: ClientInfo,
    success: bool,
    user_id: str | None = None,
    customer_id: str | None = None,
    detail: str | None = None,
    method: str | None = None,
    factor: str | None = None,
) -> None:
    """``method``: how a sign-in was made (password in the app, browser, device);
    ``factor``: what proved it (``two_step.FACTOR_*``)."""
    conn.execute(
        "INSERT INTO security_events (user_id, customer_id, kind, at, ip, user_agent, success,"
        " detail, method, factor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (user_id, customer_id, kind, iso(at), client.ip, (client.user_agent or "")[:300],
         int(success), detail, method, factor),
    )


def issue_tokens(conn: Connection, settings: Settings, session_id: str, now: datetime) -> IssuedTokens:
    access, refresh = tokens.new_access_token(), tokens.new_refresh_token()
    conn.execute(
        "INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)",
        (tokens.token_hash(access), session_id, iso(now + settings.access_token_ttl)),
    )
    conn.execute(
        "INSERT INTO refresh_tokens (token_hash, session_id, issued_at) VALUES (?, ?, ?)",
        (tokens.token_hash(refresh), session_id, iso(now)),
    )
    return IssuedTokens(access, refresh, int(settings.access_token_ttl.total_seconds()), session_id)


def normal_email(email: str) -> str:
    """An address as the users table stores it."""
    return email.strip().lower()


def throttle_key(email: str) -> str:
    """Failed sign-ins are counted per hashed email: typed addresses (of
    erased people, or typos of strangers' addresses) are never stored."""
    return tokens.token_hash("login:" + normal_email(email))


def locked_error(seconds: int) -> TooManyAttempts:
    minutes = max(1, round(seconds / 60))
    wait = S.LOCKED_SECONDS(seconds=seconds) if seconds < 90 else S.LOCKED_MINUTES(minutes=minutes)
    return TooManyAttempts(
        "too_many_attempts", wait,
        retry_after=max(1, seconds),
    )


def locked_for(conn: Connection, key: str, now: datetime) -> int:
    """Seconds the email stays locked (0 when it is not)."""
    row = conn.execute(
        "SELECT locked_until FROM login_failures WHERE email_key = ?", (key,)
    ).fetchone()
    if row and row["locked_until"]:
        remaining = (parse_iso(row["locked_until"]) - now).total_seconds()
        if remaining > 0:
            return int(remaining) + 1
    return 0


def register_failure(conn: Connection, settings: Settings, key: str, now: datetime) -> bool:
    """Count a failure; return True when this failure locks the email."""
    row = conn.execute(
        "SELECT failures, first_failure_at FROM login_failures WHERE email_key = ?", (key,)
    ).fetchone()
    if row is None or now - parse_iso(row["first_failure_at"]) > settings.failure_window:
        failures, first = 1, now
    else:
        failures, first = row["failures"] + 1, parse_iso(row["first_failure_at"])
    locked_until = iso(now + settings.lockout) if failures >= settings.max_failed_logins else None
    conn.execute(
        "INSERT INTO login_failures (email_key, failures, first_failure_at, locked_until)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(email_key) DO UPDATE SET failures = excluded.failures,"
        " first_failure_at = excluded.first_failure_at, locked_until = excluded.locked_until",
        (key, 0 if locked_until else failures, iso(first), locked_until),
    )
    return locked_until is not None


@dataclass(frozen=True)
class Account:
    """Someone who proved their password; not signed in until ``complete_sign_in``."""

    user_id: str
    customer_id: str
    email: str


def _locked_out(conn: Connection, key: str, now: datetime, client: ClientInfo, *, method: str,
                user_id: str | None, customer_id: str | None) -> None:
    seconds_locked = locked_for(conn, key, now)
    if seconds_locked:
        with transaction(conn):
            record_security_event(
                conn, kind="sign_in", at=now, client=client, success=False,
                user_id=user_id, customer_id=customer_id, detail="locked_out", method=method,
            )
        raise locked_error(seconds_locked)


def check_password(
    conn: Connection, settings: Settings, email: str, password: str, client: ClientInfo, *,
    method: str,
) -> Account:
    """The account whose password this is, or SignInFailed / TooManyAttempts
    (the failure counted and recorded). The failure count is kept: only a
    sign-in completed with every factor clears it (``complete_sign_in``)."""
    key = throttle_key(email)
    now = settings.clock.now()
    # No account's email holds a NUL (it is refused when one is made), and PostgreSQL's text
    # cannot even be compared with one: such an address is an unknown one, on either engine.
    user = None if "\x00" in email else conn.execute(
        "SELECT u.id, u.customer_id, u.email, u.password_hash, u.status, c.status AS customer_status"
        " FROM users u JOIN customers c ON c.id = u.customer_id WHERE u.email = ?",
        (normal_email(email),),
    ).fetchone()
    user_id = user["id"] if user is not None else None
    customer_id = user["customer_id"] if user is not None else None
    _locked_out(conn, key, now, client, method=method, user_id=user_id, customer_id=customer_id)
    usable = user is not None and user["status"] == "active"
    # Unknown emails pay for a hash too, so timing does not reveal which exist.
    ok = passwords.verify_password(
        password, user["password_hash"] if usable else passwords.dummy_hash(settings.scrypt_n)
    )
    ok = ok and usable
    if not ok:
        with transaction(conn):
            record_security_event(
                conn, kind="sign_in", at=now, client=client, success=False,
                user_id=user_id, customer_id=customer_id, detail="wrong_credentials", method=method,
            )
            locked = register_failure(conn, settings, key, now)
        # Raised after the commit: the failure and its security event must be kept.
        if locked:
            raise locked_error(int(settings.lockout.total_seconds()))
        raise SignInFailed("invalid_credentials", GENERIC_LOGIN_ERROR)
    return Account(user_id=user["id"], customer_id=user["customer_id"], email=user["email"])


WRONG_CODE = S.WRONG_CODE()


def check_second_factor(
    conn: Connection, settings: Settings, account: Account, code: str, client: ClientInfo, *,
    method: str,
) -> str:
    """The factor ``code`` proves (``two_step.FACTOR_*``), used up; a wrong
    code counts as a failed sign-in of the account's email, like a wrong password."""
    key = throttle_key(account.email)
    now = settings.clock.now()
    _locked_out(conn, key, now, client, method=method, user_id=account.user_id,
                customer_id=account.customer_id)
    with transaction(conn):
        factor = two_step.verify(conn, settings, account.user_id, code)
        if factor is None:
            record_security_event(
                conn, kind="sign_in", at=now, client=client, success=False, user_id=account.user_id,
                customer_id=account.customer_id, detail="wrong_code", method=method,
            )
            locked = register_failure(conn, settings, key, now)
        elif factor == two_step.FACTOR_RECOVERY:
            record_security_event(
                conn, kind="recovery_code_used", at=now, client=client, success=True,
                user_id=account.user_id, customer_id=account.customer_id, method=method,
                detail=f"{two_step.status(conn, account.user_id).recovery_codes_left} left",
            )
    if factor is None:
        if locked:
            raise locked_error(int(settings.lockout.total_seconds()))
        raise SignInFailed("invalid_code", WRONG_CODE)
    return factor


def complete_sign_in(conn: Connection, settings: Settings, account: Account, client: ClientInfo, *,
                     method: str, factor: str) -> None:
    """Inside the caller's transaction: the sign-in is recorded (how it was
    made) and the email's failure count starts again."""
    record_security_event(
        conn, kind="sign_in", at=settings.clock.now(), client=client, success=True,
        user_id=account.user_id, customer_id=account.customer_id, method=method, factor=factor,
    )
    conn.execute("DELETE FROM login_failures WHERE email_key = ?", (throttle_key(account.email),))


WRONG_PASSWORD = S.WRONG_PASSWORD()


def confirm_password(conn: Connection, settings: Settings, principal: Principal, password: str,
                     client: ClientInfo, *, detail: str) -> None:
    """A signed-in person's password, typed again to confirm something (a privacy
    request, turning two-step off). A wrong one counts as a failed sign-in (same
    lockout), so a stolen access token cannot be used to guess the password."""
    now = settings.clock.now()
    key = throttle_key(principal.email)
    seconds_locked = locked_for(conn, key, now)
    if seconds_locked:
        raise locked_error(seconds_locked)
    row = conn.execute("SELECT password_hash FROM users WHERE id = ?", (principal.user_id,)).fetchone()
    if passwords.verify_password(password, row["password_hash"]):
        return
    with transaction(conn):
        record_security_event(
            conn, kind="password_check", at=now, client=client, success=False,
            user_id=principal.user_id, customer_id=principal.customer_id, detail=detail,
        )
        locked = register_failure(conn, settings, key, now)
    if locked:
        raise locked_error(int(settings.lockout.total_seconds()))
    raise Forbidden("wrong_password", WRONG_PASSWORD)


def start_session(conn: Connection, settings: Settings, user_id: str, client: ClientInfo,
                  now: datetime) -> IssuedTokens:
    """A new session and its first tokens, inside the caller's transaction."""
    session_id = tokens.new_id("ses")
    conn.execute(
        "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (session_id, user_id, iso(now), iso(now), iso(now + settings.refresh_token_ttl),
         client.ip, (client.user_agent or "")[:300]),
    )
    return issue_tokens(conn, settings, session_id, now)


def revoke_session(conn: Connection, session_id: str, now: datetime, reason: str) -> None:
    conn.execute(
        "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL",
        (iso(now), reason, session_id),
    )
    conn.execute("DELETE FROM access_tokens WHERE session_id = ?", (session_id,))


SESSION_ENDED = S.SESSION_ENDED()


def refresh(
    conn: Connection, settings: Settings, refresh_token: str, idempotency_key: str | None,
    client: ClientInfo,
) -> IssuedTokens:
    """Rotate a refresh token. Presenting a used one revokes the whole session
    (it was stolen or leaked), except a retry of the same refresh within the
    grace window, recognised by its Idempotency-Key."""
    now = settings.clock.now()
    key_hash = tokens.token_hash(idempotency_key) if idempotency_key else None
    with transaction(conn):
        outcome = _rotate(conn, settings, refresh_token, key_hash, client, now)
    # Raised after the commit: a revocation for token reuse must stick.
    if isinstance(outcome, SignInFailed):
        raise outcome
    return outcome


def _rotate(
    conn: Connection, settings: Settings, refresh_token: str, key_hash: str | None,
    client: ClientInfo, now: datetime,
) -> IssuedTokens | SignInFailed:
    row = conn.execute(
        "SELECT r.*, s.revoked_at, s.expires_at AS session_expires, s.user_id, u.status"
        " FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id"
        " JOIN users u ON u.id = s.user_id WHERE r.token_hash = ?",
        (tokens.token_hash(refresh_token),),
    ).fetchone()
    if row is None or row["revoked_at"] or row["status"] != "active":
        return SignInFailed("session_revoked", SESSION_ENDED)
    if parse_iso(row["session_expires"]) <= now:
        revoke_session(conn, row["session_id"], now, "expired")
        return SignInFailed("session_expired", S.SESSION_EXPIRED())
    if row["used_at"] is not None:
        retry = (
            key_hash is not None
            and key_hash == row["used_key_hash"]
            and now - parse_iso(row["used_at"]) <= settings.refresh_retry_grace
        )
        successor = conn.execute(
            "SELECT used_at FROM refresh_tokens WHERE token_hash = ?", (row["successor_hash"],)
        ).fetchone()
        if not retry or (successor is not None and successor["used_at"] is not None):
            revoke_session(conn, row["session_id"], now, "refresh_token_reuse")
            record_security_event(
                conn, kind="refresh_token_reuse", at=now, client=client, success=False,
                user_id=row["user_id"], detail="session revoked",
            )
            return SignInFailed("session_revoked", SESSION_ENDED)
        # The earlier reply never arrived: retire what it carried.
        conn.execute("DELETE FROM refresh_tokens WHERE token_hash = ?", (row["successor_hash"],))
    issued = issue_tokens(conn, settings, row["session_id"], now)
    conn.execute(
        "UPDATE refresh_tokens SET used_at = ?, used_key_hash = ?, successor_hash = ?"
        " WHERE token_hash = ?",
        (iso(now), key_hash, tokens.token_hash(issued.refresh_token), row["token_hash"]),
    )
    conn.execute("UPDATE sessions SET last_seen_at = ? WHERE id = ?", (iso(now), row["session_id"]))
    return issued


def logout(conn: Connection, settings: Settings, principal: Principal) -> None:
    with transaction(conn):
        revoke_session(conn, principal.session_id, settings.clock.now(), "signed_out")


def authenticate(conn: Connection, settings: Settings, access_token: str) -> Principal:
    now = settings.clock.now()
    row = conn.execute(
        "SELECT a.expires_at, s.id AS session_id, s.revoked_at, u.id AS user_id, u.customer_id,"
        " u.role, u.email, u.name, u.status FROM access_tokens a"
        " JOIN sessions s ON s.id = a.session_id JOIN users u ON u.id = s.user_id"
        " WHERE a.token_hash = ?",
        (tokens.token_hash(access_token),),
    ).fetchone()
    if row is None or row["revoked_at"] or row["status"] != "active":
        raise NotSignedIn("session_revoked", SESSION_ENDED, token_refused=True)
    if parse_iso(row["expires_at"]) <= now:
        raise NotSignedIn("token_expired", S.TOKEN_EXPIRED(), token_refused=True)
    return Principal(
        user_id=row["user_id"], customer_id=row["customer_id"], role=row["role"],
        email=row["email"], name=row["name"], session_id=row["session_id"],
    )


def profile(conn: Connection, principal: Principal) -> Row:
    """The signed-in user and their organisation (``cid``, ``cname``)."""
    return conn.execute(
        "SELECT u.id, u.email, u.name, u.phone, u.role, c.id AS cid, c.name AS cname"
        " FROM users u JOIN customers c ON c.id = u.customer_id WHERE u.id = ?",
        (principal.user_id,),
    ).fetchone()


def create_customer(conn: Connection, settings: Settings, name: str) -> str:
    customer_id = tokens.new_id("cus")
    conn.execute(
        "INSERT INTO customers (id, name, created_at) VALUES (?, ?, ?)",
        (customer_id, name, iso(settings.clock.now())),
    )
    return customer_id


def create_user(
    conn: Connection, settings: Settings, *, customer_id: str, email: str, name: str,
    password: str, role: str, phone: str | None = None,
) -> str:
    user_id = tokens.new_id("usr")
    conn.execute(
        "INSERT INTO users (id, customer_id, email, name, phone, role, password_hash, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (user_id, customer_id, normal_email(email), name, phone, role,
         passwords.hash_password(password, n=settings.scrypt_n), iso(settings.clock.now())),
    )
    return user_id
