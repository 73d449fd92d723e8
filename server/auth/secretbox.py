"""Two-step secrets at rest: AES-256-GCM under the service's two-step key.

A TOTP secret must be readable by the service (it computes the codes), so it
cannot be hashed like a password; it is encrypted instead, with the user's id
as associated data, so a ciphertext copied to another account's row does not
decrypt. The key lives in a file apart from the database (``Settings.two_step_key_path``):
made with mode 600 on first start when none is configured, and refused when
other users of the machine can read it. A database copy (a backup, an export of
the file) without the key holds no usable secret.
"""

from __future__ import annotations

import base64
import os
import secrets
import threading
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
#: The ciphertext format: ``v1:`` + base64(nonce + AES-GCM ciphertext and tag).
VERSION = "v1:"


class KeyFileError(Exception):
    """The two-step key file cannot be used; ``str()`` is one sentence for the operator."""


_keys: dict[Path, bytes] = {}
_lock = threading.Lock()


def load_key(path: Path) -> bytes:
    """The key in ``path``, made (mode 600) when the file does not exist yet."""
    path = path.resolve()
    with _lock:
        key = _keys.get(path)
        if key is None:
            key = _read_or_create(path)
            _keys[path] = key
        return key


def _read_or_create(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(secrets.token_hex(KEY_BYTES) + "\n")
            file.flush()
            os.fsync(file.fileno())
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise KeyFileError(f"The two-step key file {path} can be read by other users; run: chmod 600 {path}")
    text = path.read_text("ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyFileError(f"The two-step key file {path} does not hold a key ({KEY_BYTES * 2} hex digits).")
    return key


def seal(key: bytes, secret: str, *, bound_to: str) -> str:
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, secret.encode("utf-8"), bound_to.encode("utf-8"))
    return VERSION + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(key: bytes, text: str, *, bound_to: str) -> str:
    """The secret, or ValueError when it was sealed under another key or for another user."""
    if not text.startswith(VERSION):
        raise ValueError("not a sealed two-step secret")
    raw = base64.b64decode(text[len(VERSION):])
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], bound_to.encode("utf-8")).decode()
    except InvalidTag:
        raise ValueError("the two-step secret does not open with this key") from None
