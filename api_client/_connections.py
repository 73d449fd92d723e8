"""The connection pool requests go through, replaced without waiting when the proxy changes.

``set_proxy`` is called from a GUI thread while workers may be in the middle of
requests (a slow token refresh, a 100 MB upload). So changing the proxy only
swaps a reference under a lock that is never held for anything else: requests
in flight finish on the pool they started on, which is closed once the last of
them is done; the next request builds the new pool on its own (worker) thread,
since building one loads the system's certificates.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from ._proxy import ProxySettings


class _Pool:
    __slots__ = ("http", "retired", "users")

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.users = 0
        self.retired = False


class Connections:
    """``with connections.lease() as http: http.send(...)``; ``replace(proxy)`` never blocks."""

    def __init__(self, build: Callable[[ProxySettings], httpx.Client], proxy: ProxySettings) -> None:
        self._build = build
        # Held only to read or swap the fields below: never during I/O.
        self._lock = threading.Lock()
        self._proxy = proxy
        self._current: _Pool | None = None
        self._closed = False

    @property
    def proxy(self) -> ProxySettings:
        return self._proxy

    @contextmanager
    def lease(self) -> Iterator[httpx.Client]:
        """The current pool, kept open until the block ends (even if replaced meanwhile)."""
        pool = self._acquire()
        try:
            yield pool.http
        finally:
            self._release(pool)

    def replace(self, proxy: ProxySettings) -> None:
        """Later requests go through ``proxy``; those in flight finish as they started."""
        with self._lock:
            self._proxy = proxy
            idle = self._retire_current()
        if idle is not None:
            idle.close()  # only closes sockets nobody uses: no network wait

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = self._retire_current()
        if idle is not None:
            idle.close()

    # -- internals -----------------------------------------------------------

    def _retire_current(self) -> httpx.Client | None:
        """With the lock held: retire the current pool; returns it when nobody uses it."""
        old, self._current = self._current, None
        if old is None:
            return None
        old.retired = True
        return old.http if old.users == 0 else None

    def _acquire(self) -> _Pool:
        while True:
            with self._lock:
                if self._closed:
                    raise RuntimeError("This TicketProsClient is closed.")
                if self._current is not None:
                    self._current.users += 1
                    return self._current
                proxy = self._proxy
            fresh = _Pool(self._build(proxy))  # outside the lock: it reads certificate files
            with self._lock:
                if self._current is None and self._proxy is proxy and not self._closed:
                    fresh.users = 1
                    self._current = fresh
                    return fresh
            # Another thread installed a pool first, or the proxy changed again meanwhile.
            fresh.http.close()

    def _release(self, pool: _Pool) -> None:
        with self._lock:
            pool.users -= 1
            last = pool.retired and pool.users == 0
        if last:
            pool.http.close()
