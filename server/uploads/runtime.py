"""Who holds an upload (in the database) and what one process caches about it.

* Exclusive access: one request at a time writes, completes or terminates an
  upload; another gets 409 at once instead of waiting behind it. The claim is a
  row of the database (migration 9: ``uploads.claim_token``, ``claim_holder``,
  ``claimed_until``), so it holds across every API process on that database:
  taking it is one ``UPDATE … WHERE claim_token IS NULL OR claimed_until < now``,
  which only one request can win on either engine. The claim is a lease of
  ``CLAIM_LEASE``: a thread of the holding process renews it every
  ``CLAIM_RENEW_EVERY`` while the request runs (a PATCH may wait a minute for a
  stalled body), and the request clears it when it ends. A claim left by a
  killed process is taken over at once by a process on the same machine (the
  holder's process id and start time say it is gone), else when its lease runs out.
* Running SHA-256: the whole-file hash grows as PATCHes arrive, so completion
  needs no second pass over the file. Python cannot save a hash object's
  state, so after a restart (or when the cache dropped it, or another process
  received the last bytes) the hash is recomputed from the partial file once, on
  the next PATCH. It is only a cache, kept per process, keyed by the offset it covers.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from datetime import datetime, timedelta

from fastapi import Request

from .. import sentences as S
from ..clock import iso
from ..config import Settings
from ..db import Connection, DatabaseError, connect
from ..errors import Conflict, not_found
from ..processes import holder_gone, holder_identity

log = logging.getLogger(__name__)

MAX_CACHED_HASHES = 256
BUSY_RETRY_AFTER = 2  # seconds, on 409 upload_busy
#: How long a claim holds without being renewed (a killed holder on another machine blocks the upload this long).
CLAIM_LEASE = timedelta(seconds=30)
#: How often the holding process renews its claims (well inside the lease, even behind a busy writer lock).
CLAIM_RENEW_EVERY = 5.0
#: How long a PATCH or a termination waits for another request's claim to go before its 409: a HEAD
#: holds the upload for a moment to reconcile it, and a PATCH that met that moment was refused and
#: its client waited BUSY_RETRY_AFTER (a request that sends or completes holds it far longer).
ACQUIRE_WAIT = 0.5


class UploadRuntime:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        #: The claims this process holds: upload id -> (token, the settings of its service).
        self._held: dict[str, tuple[str, Settings]] = {}
        self._renewer: threading.Thread | None = None
        self._hashes: OrderedDict[str, tuple[int, hashlib._Hash]] = OrderedDict()
        self._synced: dict[str, float] = {}
        #: When expired uploads were last removed (the service's clock).
        self.last_cleanup: datetime | None = None

    # -- the claim ---------------------------------------------------------------------------

    def acquire(self, conn: Connection, settings: Settings, upload_id: str) -> None:
        """Claim the upload for this request, or refuse with 409 when another still has it after
        ``ACQUIRE_WAIT`` seconds. Called on a worker thread, outside any transaction."""
        deadline = time.monotonic() + ACQUIRE_WAIT
        while not self.try_acquire(conn, settings, upload_id):
            if conn.execute("SELECT 1 FROM uploads WHERE id = ?", (upload_id,)).fetchone() is None:
                raise not_found(S.NOT_FOUND_UPLOAD())
            if time.monotonic() >= deadline:
                raise Conflict("upload_busy", S.UPLOAD_BUSY(), retry_after=BUSY_RETRY_AFTER)
            time.sleep(0.02)

    def try_acquire(self, conn: Connection, settings: Settings, upload_id: str) -> bool:
        """Claim the upload if nobody holds it (or its holder is gone); False otherwise."""
        token = secrets.token_hex(16)
        now = settings.clock.now()
        claim = (token, holder_identity(), iso(now + CLAIM_LEASE))
        taken = conn.execute(
            "UPDATE uploads SET claim_token = ?, claim_holder = ?, claimed_until = ?"
            " WHERE id = ? AND (claim_token IS NULL OR claimed_until < ?)",
            (*claim, upload_id, iso(now))).rowcount
        if not taken:
            row = conn.execute("SELECT claim_token, claim_holder FROM uploads WHERE id = ?", (upload_id,)).fetchone()
            if row is None or row["claim_token"] is None or not holder_gone(row["claim_holder"]):
                return False
            # Its holder was killed on this machine: the stale claim goes to this request (one of them).
            taken = conn.execute(
                "UPDATE uploads SET claim_token = ?, claim_holder = ?, claimed_until = ?"
                " WHERE id = ? AND claim_token = ?", (*claim, upload_id, row["claim_token"])).rowcount
            if not taken:
                return False
            log.info("upload %s: took over the claim of a process that is gone (%s)", upload_id,
                     row["claim_holder"])
        with self._lock:
            self._held[upload_id] = (token, settings)
            if self._renewer is None:
                self._renewer = threading.Thread(target=self._renew, name="upload-claims", daemon=True)
                self._renewer.start()
        return True

    def token(self, upload_id: str) -> str | None:
        """This process's claim token of the upload (None when it does not hold it)."""
        with self._lock:
            held = self._held.get(upload_id)
        return held[0] if held else None

    def release(self, conn: Connection, upload_id: str) -> None:
        self.clear(conn, upload_id, self.drop(upload_id))

    def drop(self, upload_id: str) -> str | None:
        """Stop renewing this process's claim of the upload (no database call); its token."""
        with self._lock:
            held = self._held.pop(upload_id, None)
        return held[0] if held else None

    def clear(self, conn: Connection, upload_id: str, token: str | None) -> None:
        """Clear a dropped claim in the database (if this fails, its lease runs out by itself)."""
        if token is None:
            return
        try:
            conn.execute("UPDATE uploads SET claim_token = NULL, claim_holder = NULL, claimed_until = NULL"
                         " WHERE id = ? AND claim_token = ?", (upload_id, token))
        except DatabaseError:
            log.warning("upload %s: the claim could not be cleared", upload_id, exc_info=True)

    def _renew(self) -> None:
        """Renew every claim held here, every CLAIM_RENEW_EVERY seconds, until none is left."""
        while True:
            time.sleep(CLAIM_RENEW_EVERY)
            with self._lock:
                held = dict(self._held)
                if not held:
                    self._renewer = None
                    return
            by_database: dict[object, list[tuple[str, str, Settings]]] = {}
            for upload_id, (token, settings) in held.items():
                by_database.setdefault(settings.database, []).append((upload_id, token, settings))
            for database, claims in by_database.items():
                try:
                    conn = connect(database)
                    try:
                        for upload_id, token, settings in claims:
                            conn.execute("UPDATE uploads SET claimed_until = ? WHERE id = ? AND claim_token = ?",
                                         (iso(settings.clock.now() + CLAIM_LEASE), upload_id, token))
                    finally:
                        conn.close()
                except DatabaseError:
                    log.warning("renewing upload claims failed", exc_info=True)

    # -- per-process caches --------------------------------------------------------------------

    def take_hash(self, upload_id: str, offset: int) -> hashlib._Hash | None:
        """The running hash of the first ``offset`` bytes, if it is cached."""
        with self._lock:
            entry = self._hashes.pop(upload_id, None)
        if entry is None or entry[0] != offset:
            return None
        return entry[1]

    def keep_hash(self, upload_id: str, offset: int, digest: hashlib._Hash) -> None:
        with self._lock:
            self._hashes[upload_id] = (offset, digest)
            self._hashes.move_to_end(upload_id)
            while len(self._hashes) > MAX_CACHED_HASHES:
                self._hashes.popitem(last=False)

    def sync_due(self, upload_id: str, interval: float) -> bool:
        """True (and noted) when this upload's data was last synced ``interval`` seconds ago or more."""
        now = time.monotonic()
        with self._lock:
            last = self._synced.get(upload_id)
            if last is not None and now - last < interval:
                return False
            self._synced[upload_id] = now
            return True

    def forget(self, upload_id: str) -> None:
        with self._lock:
            self._hashes.pop(upload_id, None)
            self._synced.pop(upload_id, None)


_CREATE = threading.Lock()


def get_runtime(request: Request) -> UploadRuntime:
    state = request.app.state
    runtime = getattr(state, "uploads_runtime", None)
    if runtime is None:
        with _CREATE:
            runtime = getattr(state, "uploads_runtime", None)
            if runtime is None:
                runtime = state.uploads_runtime = UploadRuntime()
    return runtime
