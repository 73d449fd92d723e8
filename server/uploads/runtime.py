"""In-memory state of the uploads in progress, one per running service.

* Exclusive access: one request at a time writes, completes or terminates an
  upload; another gets 409 at once instead of waiting behind it.
* Running SHA-256: the whole-file hash grows as PATCHes arrive, so completion
  needs no second pass over the file. Python cannot save a hash object's
  state, so after a restart (or when the cache dropped it) the hash is
  recomputed from the partial file once, on the next PATCH.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from datetime import datetime

from fastapi import Request

from .. import sentences as S
from ..errors import Conflict

MAX_CACHED_HASHES = 256
BUSY_RETRY_AFTER = 2  # seconds, on 409 upload_busy


class UploadRuntime:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: set[str] = set()
        self._hashes: OrderedDict[str, tuple[int, hashlib._Hash]] = OrderedDict()
        self._synced: dict[str, float] = {}
        #: When expired uploads were last removed (the service's clock).
        self.last_cleanup: datetime | None = None

    def acquire(self, upload_id: str) -> None:
        """Claim the upload for this request, or refuse with 409 when another has it."""
        with self._lock:
            if upload_id in self._busy:
                raise Conflict("upload_busy", S.UPLOAD_BUSY(), retry_after=BUSY_RETRY_AFTER)
            self._busy.add(upload_id)

    def try_acquire(self, upload_id: str) -> bool:
        with self._lock:
            if upload_id in self._busy:
                return False
            self._busy.add(upload_id)
            return True

    def release(self, upload_id: str) -> None:
        with self._lock:
            self._busy.discard(upload_id)

    def is_busy(self, upload_id: str) -> bool:
        with self._lock:
            return upload_id in self._busy

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
