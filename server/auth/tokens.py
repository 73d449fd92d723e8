"""Opaque bearer tokens: random, short, stored only as SHA-256 hashes.

Short on purpose: the desktop client keeps the refresh token in the OS keyring,
and Windows Credential Manager refuses secrets over 2,560 bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ACCESS_PREFIX = "tpa_"
REFRESH_PREFIX = "tpr_"


def new_access_token() -> str:
    return ACCESS_PREFIX + secrets.token_urlsafe(32)


def new_refresh_token() -> str:
    return REFRESH_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


def constant_time_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
