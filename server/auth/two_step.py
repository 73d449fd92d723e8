"""Two-step verification: an authenticator app's codes (TOTP, RFC 6238, with
pyotp) and ten one-time recovery codes.

* The TOTP secret is sealed with the service's two-step key (``secretbox``) and
  shown once, at enrolment; it never leaves the service again (not in the
  export, the privacy inventory or a log).
* A code is accepted within one 30-second step either side of the service's
  clock (phones drift), and never twice: the newest accepted step is kept and
  only later ones pass (RFC 6238 §5.2).
* Recovery codes are kept as SHA-256 hashes (salted with the user's id); each
  works once.

Counting wrong codes towards the sign-in lockout is the sign-in's business
(``service.check_second_factor``); this module only says whether a code is right.
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

import pyotp

from ..clock import iso
from ..config import Settings
from ..db import Connection
from . import secretbox, tokens

ISSUER = "Ticket Pros"
DIGITS = 6
PERIOD = 30
#: Steps either side of now that are still accepted.
WINDOW = 1
RECOVERY_CODE_COUNT = 10
#: Crockford's base32 (no I, L, O, U): nothing to misread when typing a code from paper.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 3, 4  # XXXX-XXXX-XXXX: 60 random bits

FACTOR_PASSWORD = "password"
FACTOR_TOTP = "password+totp"
FACTOR_RECOVERY = "password+recovery_code"


@dataclass(frozen=True)
class Enrolment:
    """What the person needs once, to add the account to an authenticator app."""

    secret: str
    uri: str


@dataclass(frozen=True)
class Status:
    enabled: bool
    enrolled_at: str | None
    recovery_codes_left: int


def key(settings: Settings) -> bytes:
    return secretbox.load_key(settings.two_step_key_path)


def status(conn: Connection, user_id: str) -> Status:
    row = conn.execute("SELECT enrolled_at FROM two_step WHERE user_id = ?", (user_id,)).fetchone()
    enrolled = row is not None and row["enrolled_at"] is not None
    left = conn.execute(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL", (user_id,)
    ).fetchone()[0] if enrolled else 0
    return Status(enabled=enrolled, enrolled_at=row["enrolled_at"] if enrolled else None, recovery_codes_left=left)


def enabled(conn: Connection, user_id: str) -> bool:
    return status(conn, user_id).enabled


def new_enrolment(conn: Connection, settings: Settings, user_id: str, email: str) -> Enrolment:
    """A fresh secret waiting for its first code (replacing one that waited),
    inside the caller's transaction. The caller has checked two-step is off."""
    secret = pyotp.random_base32()  # 160 bits, as RFC 4226 §4 recommends
    conn.execute(
        "INSERT INTO two_step (user_id, secret, created_at, enrolled_at, last_step) VALUES (?, ?, ?, NULL, 0)"
        " ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = excluded.created_at,"
        " enrolled_at = NULL, last_step = 0",
        (user_id, secretbox.seal(key(settings), secret, bound_to=user_id), iso(settings.clock.now())),
    )
    return Enrolment(secret=secret, uri=_uri(secret, email))


def _uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=PERIOD).provisioning_uri(name=email, issuer_name=ISSUER)


def waiting_enrolment(conn: Connection, settings: Settings, user_id: str, email: str) -> Enrolment | None:
    """The enrolment still waiting for its first code (to show it again after a wrong one)."""
    held = _secret(conn, settings, user_id)
    if held is None or held[2]:
        return None
    return Enrolment(secret=held[0], uri=_uri(held[0], email))


def _secret(conn: Connection, settings: Settings, user_id: str) -> tuple[str, int, bool] | None:
    row = conn.execute(
        "SELECT secret, last_step, enrolled_at FROM two_step WHERE user_id = ?", (user_id,)
    ).fetchone()
    if row is None:
        return None
    secret = secretbox.unseal(key(settings), row["secret"], bound_to=user_id)
    return secret, row["last_step"], row["enrolled_at"] is not None


def _matching_step(secret: str, code: str, now: datetime, last_step: int) -> int | None:
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=PERIOD)
    current = totp.timecode(now)
    for step in range(current - WINDOW, current + WINDOW + 1):
        if step > last_step and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def _digits(code: str) -> str | None:
    compact = re.sub(r"[\s-]", "", code)
    return compact if re.fullmatch(rf"\d{{{DIGITS}}}", compact) else None


def confirm_enrolment(conn: Connection, settings: Settings, user_id: str, code: str) -> list[str] | None:
    """Turn two-step on with the first code from the app, inside the caller's
    transaction; the new recovery codes, or None when the code is not right."""
    held = _secret(conn, settings, user_id)
    digits = _digits(code)
    if held is None or held[2] or digits is None:
        return None
    secret, last_step, _ = held
    step = _matching_step(secret, digits, settings.clock.now(), last_step)
    if step is None:
        return None
    conn.execute("UPDATE two_step SET enrolled_at = ?, last_step = ? WHERE user_id = ?",
                 (iso(settings.clock.now()), step, user_id))
    return replace_recovery_codes(conn, user_id)


def verify(conn: Connection, settings: Settings, user_id: str, code: str) -> str | None:
    """The factor ``code`` proves (a TOTP code or a recovery code), using it up,
    inside the caller's transaction; None when it proves nothing."""
    held = _secret(conn, settings, user_id)
    if held is None or not held[2]:
        return None
    secret, last_step, _ = held
    digits = _digits(code)
    if digits is not None:
        step = _matching_step(secret, digits, settings.clock.now(), last_step)
        if step is None:
            return None
        conn.execute("UPDATE two_step SET last_step = ? WHERE user_id = ?", (step, user_id))
        return FACTOR_TOTP
    used = conn.execute(
        "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
        (iso(settings.clock.now()), user_id, _recovery_hash(user_id, code)),
    )
    return FACTOR_RECOVERY if used.rowcount == 1 else None


def turn_off(conn: Connection, user_id: str) -> None:
    """Inside the caller's transaction: the secret and the codes go."""
    conn.execute("DELETE FROM two_step WHERE user_id = ?", (user_id,))
    conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))


# -- recovery codes -------------------------------------------------------------------------------


def _normal_recovery(code: str) -> str:
    compact = re.sub(r"[\s-]", "", code).upper()
    # Crockford's reading of look-alikes, so a code copied by hand still works.
    return compact.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def _recovery_hash(user_id: str, code: str) -> str:
    return tokens.token_hash(f"recovery:{user_id}:{_normal_recovery(code)}")


def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LEN))
              for _ in range(RECOVERY_GROUPS))
    return "-".join(groups)


def replace_recovery_codes(conn: Connection, user_id: str) -> list[str]:
    """Ten new codes (shown once), the old ones void; inside the caller's transaction."""
    conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
    codes: list[str] = []
    while len(codes) < RECOVERY_CODE_COUNT:
        code = new_recovery_code()
        if code not in codes:
            codes.append(code)
    conn.executemany("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                     [(user_id, _recovery_hash(user_id, code)) for code in codes])
    return codes


def grouped_secret(secret: str) -> str:
    """``JBSWY3DPEHPK3PXP…`` as ``JBSW Y3DP EHPK …``: easier to type into an app."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))
