"""TLS contexts for the client's connections: made once per trust setting, shared.

httpx builds a new :class:`ssl.SSLContext` for every ``httpx.Client`` and every
proxy transport, parsing the whole CA bundle each time (certifi's 140 KB of PEM:
50–90 ms of CPU per client on the machines we measured). A context may be shared
by any number of clients and threads (OpenSSL's ``SSL_CTX`` is reference-counted
and locked; Python's ``ssl`` module documents wrapping from several threads), so
the SDK asks :func:`tls_context` for one and hands it to httpx ready-made.

What each ``verify`` value means is httpx's, unchanged:

- ``True``: the system's trust as httpx sees it. With ``trust_env`` (the
  "system" proxy mode), ``SSL_CERT_FILE`` or else ``SSL_CERT_DIR`` from the
  environment; otherwise certifi's bundle.
- a path: that CA file, or that directory of hashed certificates.
- ``False``: no verification (for a person who chose it, never a default).
- an ``ssl.SSLContext``: used as given.

A CA file that changes on disk (an IT department renews its bundle while the app
runs) is read again: a cached context is keyed by the file's size and mtime.
"""

from __future__ import annotations

import os
import ssl
import threading

__all__ = ["tls_context", "trusting_nothing"]

_lock = threading.Lock()
# (kind, path) -> (stat signature, context); one entry per source, so a renewed
# file replaces its old context instead of piling up.
_contexts: dict[tuple[str, str], tuple[tuple[int, int], ssl.SSLContext]] = {}


def tls_context(verify: ssl.SSLContext | str | bool = True, *, trust_env: bool = True) -> ssl.SSLContext:
    """The shared context for ``verify`` (see the module's text for the values)."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        return _cached("none", "", _unverified)
    if verify is True:
        if trust_env and os.environ.get("SSL_CERT_FILE"):
            return _from_path(os.environ["SSL_CERT_FILE"])
        if trust_env and os.environ.get("SSL_CERT_DIR"):
            return _from_path(os.environ["SSL_CERT_DIR"])
        import certifi  # httpx's own dependency; imported only when a context is made

        return _from_path(certifi.where())
    return _from_path(os.fspath(verify))


def trusting_nothing() -> ssl.SSLContext:
    """The context of a client that never makes a TLS connection (``http://`` on a
    local network, no proxy reached over TLS), so that no CA bundle is parsed for it:
    certificates are required and no authority is trusted, so a connection that did try
    TLS with it would fail, never trust what it should not."""
    return _cached("nothing", "", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))


def _from_path(path: str) -> ssl.SSLContext:
    if os.path.isdir(path):
        return _cached("dir", path, lambda: ssl.create_default_context(capath=path))
    return _cached("file", path, lambda: ssl.create_default_context(cafile=path))


def _unverified() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _cached(kind: str, path: str, make) -> ssl.SSLContext:
    signature = _signature(path) if path else (0, 0)
    key = (kind, path)
    with _lock:
        held = _contexts.get(key)
        if held is not None and held[0] == signature:
            return held[1]
    # Made outside the lock (tens of milliseconds); two threads racing both make
    # one, and the last one kept is as good as the other.
    context = make()
    with _lock:
        _contexts[key] = (signature, context)
    return context


def _signature(path: str) -> tuple[int, int]:
    try:
        status = os.stat(path)
    except OSError:
        # Missing: ssl raises its own clear error when the context is made.
        return (-1, -1)
    return (status.st_size, status.st_mtime_ns)
