"""tus uploads on object storage: each upload is one S3 multipart upload.

As tusd's s3store does it (github.com/tus/tusd, pkg/s3store):

* Creating an upload starts a multipart upload of the object ``uploads/<id>``.
* A PATCH body is cut into parts of ``part_size`` bytes (at least S3's 5 MiB,
  more for an upload that would need over 10,000 parts), each sent with
  UploadPart as soon as it is whole. What is left below a part's size at the
  end of a PATCH is held as the *incomplete part*, the object
  ``uploads/<id>.part``; the next PATCH starts by reading it back and puts
  its bytes in front of its own. The upload's last bytes are always its last
  part, whatever their size (S3 allows that of the last part only).
* Completion completes the multipart upload into ``uploads/<id>`` and reads it
  back once (into a local work file, hashing as it goes) for the service's own
  checks, cleaning and thumbnail; the cleaned bytes become one
  content-addressed object (``files/<sha[:2]>/<sha>``) and ``uploads/<id>`` goes.
* Termination and expiry abort the multipart upload and delete both objects.

Unlike tusd, which keeps its state in an ``<id>.info`` object and asks S3 for
the parts (ListParts) on every request, the state is in the database (migration
8: ``uploads.multipart_id``, ``incomplete_size``, ``upload_parts``): any node
answers HEAD from it, a killed one loses nothing recorded, and the offset is
``sum(parts) + incomplete_size``. The order of writes keeps the two agreeing:
a part or the incomplete part is stored first, then recorded; a crash in
between leaves bytes the database does not count, which the next PATCH sends
again (same part number: the later part replaces the earlier) or overwrites.
The incomplete part is read back only to the length recorded.

The PATCH body is written to local files in the data dir's ``work/`` folder,
one part at a time (never in memory); a chunk with ``Upload-Checksum`` is kept
there whole until its digest matched, then sent.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from .. import blobs, processes
from .. import sentences as S
from ..clock import iso
from ..config import Settings
from ..db import Connection, transaction
from ..errors import Conflict, not_found
from ..tickets import storage
from .runtime import BUSY_RETRY_AFTER
from .tus import Checksum

log = logging.getLogger(__name__)

def object_key(upload_id: str) -> str:
    return f"uploads/{upload_id}"


def incomplete_key(upload_id: str) -> str:
    return f"uploads/{upload_id}.part"


def part_size(length: int) -> int:
    """Every part but the last: S3's smallest, or more when 10,000 of those would not hold ``length``."""
    smallest = blobs.S3Store.MIN_PART_SIZE
    return max(smallest, -(-length // blobs.S3Store.MAX_PARTS))


def _store(settings: Settings) -> blobs.S3Store:
    store = blobs.store(settings)
    assert isinstance(store, blobs.S3Store)
    return store


def begin(conn: Connection, settings: Settings, upload_id: str, *, earlier: bool = False) -> str:
    """Start the upload's multipart upload and record it; the id recorded.

    ``earlier``: the row is older than this request and has no multipart upload recorded, so the
    process that created it may have started one and been killed before recording it (or may be
    recording it now): one found for the upload's key (ListMultipartUploads) is taken instead of
    starting another, which would leave that one behind, and any other found is aborted. Only one
    id is ever recorded (the first; a begin that loses aborts what it started)."""
    store = _store(settings)
    key = object_key(upload_id)
    found = [found_id for found_key, found_id in store.multipart_uploads(key) if found_key == key] if earlier else []
    multipart_id = found[0] if found else store.create_multipart(key)
    for other in found[1:]:
        store.abort_multipart(key, other)
    conn.execute("UPDATE uploads SET multipart_id = ? WHERE id = ? AND multipart_id IS NULL", (multipart_id, upload_id))
    row = conn.execute("SELECT multipart_id FROM uploads WHERE id = ?", (upload_id,)).fetchone()
    recorded = row["multipart_id"] if row is not None else None
    if recorded != multipart_id:
        store.abort_multipart(key, multipart_id)  # another begin recorded its own first (or the upload went)
    return recorded or multipart_id


def parts(conn: Connection, upload_id: str) -> list[tuple[int, str, int]]:
    """(number, ETag, size) of the parts recorded, in order."""
    return [(r["part_number"], r["etag"], r["size"]) for r in conn.execute(
        "SELECT part_number, etag, size FROM upload_parts WHERE upload_id = ? ORDER BY part_number", (upload_id,))]


def discard(settings: Settings, upload_id: str, multipart_id: str | None) -> None:
    """The upload's data goes: its multipart upload is aborted, its objects deleted."""
    store = _store(settings)
    if multipart_id is not None:
        store.abort_multipart(object_key(upload_id), multipart_id)
    store.delete(incomplete_key(upload_id))
    store.delete(object_key(upload_id))


def remove_orphans(conn: Connection, settings: Settings) -> int:
    """Abort multipart uploads and delete objects under ``uploads/`` that no upload row
    holds (an upload erased with its uploader, or a crash between row and store); how many."""
    store = _store(settings)
    removed = 0
    for key, multipart_id in list(store.multipart_uploads("uploads/")):
        row = conn.execute("SELECT multipart_id FROM uploads WHERE id = ?", (key.removeprefix("uploads/"),)).fetchone()
        # A row without a multipart id yet may be one being created now: its upload stays.
        if row is None or (row["multipart_id"] is not None and row["multipart_id"] != multipart_id):
            store.abort_multipart(key, multipart_id)
            removed += 1
    for key in list(store.keys("uploads/")):
        upload_id = key.removeprefix("uploads/").removesuffix(".part")
        if conn.execute("SELECT 1 FROM uploads WHERE id = ? AND status = 'receiving'", (upload_id,)).fetchone() is None:
            store.delete(key)
            removed += 1
    return removed


@dataclass
class _Spool:
    """The PATCH's bytes on local disk: whole parts waiting to be sent, and the part being filled."""

    folder: Path
    size: int
    whole: list[Path] = field(default_factory=list)
    current: Path | None = None
    current_len: int = 0
    _file: object = None

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.current = self.folder / processes.work_file_name(".chunk")
        self._file = self.current.open("wb")
        self.current_len = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            take = min(len(view), self.size - self.current_len)
            self._file.write(view[:take])
            self.current_len += take
            view = view[take:]
            if self.current_len == self.size:
                self._file.close()
                self.whole.append(self.current)
                self.open()

    def close_current(self) -> Path:
        self._file.close()
        return self.current

    def remove(self) -> None:
        if self._file is not None:
            self._file.close()
        for path in [*self.whole, self.current]:
            if path is not None:
                path.unlink(missing_ok=True)


class UploadGoneError(Exception):
    """The upload's row went while its bytes arrived (its uploader was erased, or it was terminated)."""


def _send_part(conn: Connection, store: blobs.S3Store, upload, number: int, path: Path) -> str:
    from botocore.exceptions import ClientError

    try:
        return store.upload_part(object_key(upload.id), upload.multipart_id, number, path)
    except ClientError as exc:
        # Its multipart upload was aborted under it: gone, unless the row says otherwise.
        if conn.execute("SELECT 1 FROM uploads WHERE id = ?", (upload.id,)).fetchone() is None:
            raise UploadGoneError(upload.id) from exc
        raise


class ClaimLostError(Exception):
    """The PATCH no longer holds the upload (its claim's lease ran out and another request took it)."""


def _moved(conn: Connection, upload_id: str, moved: int) -> None:
    """After an update of the upload's offset fenced by the claim: raise why nothing moved."""
    if moved:
        return
    if conn.execute("SELECT 1 FROM uploads WHERE id = ?", (upload_id,)).fetchone() is None:
        raise UploadGoneError(upload_id)
    raise ClaimLostError(upload_id)


def _record_part(conn: Connection, settings: Settings, upload_id: str, number: int, etag: str, size: int,
                 offset: int, claim: str | None = None) -> datetime:
    """A part sent: recorded with the new offset; the incomplete part, now inside it, no longer counts."""
    expires = settings.clock.now() + _expiry()
    with transaction(conn):
        moved = conn.execute("UPDATE uploads SET \"offset\" = ?, incomplete_size = 0, expires_at = ?"
                             " WHERE id = ? AND (CAST(? AS TEXT) IS NULL OR claim_token = ?)",
                             (offset, iso(expires), upload_id, claim, claim)).rowcount
        _moved(conn, upload_id, moved)
        conn.execute("INSERT INTO upload_parts (upload_id, part_number, etag, size) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (upload_id, part_number) DO UPDATE SET etag = excluded.etag, size = excluded.size",
                     (upload_id, number, etag, size))
    return expires


def _record_incomplete(conn: Connection, settings: Settings, upload_id: str, size: int,
                       offset: int, claim: str | None = None) -> datetime:
    expires = settings.clock.now() + _expiry()
    moved = conn.execute("UPDATE uploads SET \"offset\" = ?, incomplete_size = ?, expires_at = ?"
                         " WHERE id = ? AND (CAST(? AS TEXT) IS NULL OR claim_token = ?)",
                         (offset, size, iso(expires), upload_id, claim, claim)).rowcount
    try:
        _moved(conn, upload_id, moved)
    except UploadGoneError:
        _store(settings).delete(incomplete_key(upload_id))  # stored just now for an upload that went
        raise
    return expires


def _expiry():
    from .service import EXPIRY

    return EXPIRY


async def receive(request: Request, conn: Connection, settings: Settings, upload, checksum: Checksum | None,
                  claim: str | None = None):
    """Stream one PATCH body into the upload's multipart upload; a :class:`~.receive.Received`.
    ``claim``: the request's claim token; nothing is recorded once another request holds the upload."""
    from . import receive as on_disk  # its Received, and its STALL_SECONDS: the same rule on both stores

    Received, stall_seconds = on_disk.Received, on_disk.STALL_SECONDS
    store = _store(settings)
    if upload.multipart_id is None:
        upload = await run_in_threadpool(_with_multipart, conn, settings, upload)
    known = await run_in_threadpool(parts, conn, upload.id)
    in_parts = sum(size for _, _, size in known)
    number = len(known) + 1
    start = upload.offset
    room = upload.length - start
    chunk_hash = checksum.new() if checksum else None
    spool = _Spool(storage.work_dir(settings), part_size(upload.length))
    spool.open()
    written, outcome, expires = 0, "ok", upload.expires_at

    async def send_whole() -> None:
        nonlocal number, in_parts, expires
        while spool.whole:
            path = spool.whole[0]
            size = path.stat().st_size
            etag = await run_in_threadpool(_send_part, conn, store, upload, number, path)
            in_parts += size
            expires = await run_in_threadpool(_record_part, conn, settings, upload.id, number, etag, size, in_parts,
                                               claim)
            number += 1
            spool.whole.pop(0)
            path.unlink(missing_ok=True)

    try:
        if upload.incomplete_size:
            # The incomplete part first, only as long as recorded (a crash may have left a longer one).
            await run_in_threadpool(_read_incomplete, store, upload, spool)
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(stall_seconds) as stall:
                async for data in request.stream():
                    if not data:
                        continue
                    if written + len(data) > room:
                        outcome = "too_long"
                        break
                    spool.write(data)
                    written += len(data)
                    if chunk_hash is not None:
                        chunk_hash.update(data)
                    elif spool.whole:
                        stall.reschedule(None)  # sending a part is not the client stalling
                        await send_whole()
                    stall.reschedule(loop.time() + stall_seconds)
        except ClientDisconnect:
            outcome = "disconnected"
        except TimeoutError:
            outcome = "stalled"
        if outcome == "ok" and chunk_hash is not None and chunk_hash.digest() != checksum.digest:
            outcome = "checksum_mismatch"
        cut_short = outcome in ("disconnected", "stalled")
        if outcome in ("too_long", "checksum_mismatch") or (cut_short and checksum):
            # Nothing of this chunk counts but the parts already sent (none when it had a checksum).
            offset = await run_in_threadpool(_offset, conn, upload.id)
            return Received(offset, outcome, None, expires)
        await send_whole()
        tail, rest = spool.close_current(), spool.current_len
        offset = in_parts + rest
        if offset == upload.length:
            if rest:  # the last part may be smaller than the others
                etag = await run_in_threadpool(_send_part, conn, store, upload, number, tail)
                expires = await run_in_threadpool(_record_part, conn, settings, upload.id, number, etag, rest, offset,
                                                   claim)
        elif written and rest:
            await run_in_threadpool(store.put_file_part, incomplete_key(upload.id), tail)
            expires = await run_in_threadpool(_record_incomplete, conn, settings, upload.id, rest, offset, claim)
        return Received(offset, outcome, None, expires)
    except UploadGoneError:
        raise not_found(S.NOT_FOUND_UPLOAD()) from None
    except ClaimLostError:
        raise Conflict("upload_busy", S.UPLOAD_BUSY(), retry_after=BUSY_RETRY_AFTER) from None
    finally:
        spool.remove()


def _read_incomplete(store: blobs.S3Store, upload, spool: _Spool) -> None:
    class _Into:
        def write(self, data: bytes) -> None:
            spool.write(data)

    got = store.read_into(incomplete_key(upload.id), _Into(), upload.incomplete_size)
    if got != upload.incomplete_size:
        raise OSError(f"the incomplete part of {upload.id} holds {got} bytes, not {upload.incomplete_size}")


def _offset(conn: Connection, upload_id: str) -> int:
    return conn.execute("SELECT \"offset\" FROM uploads WHERE id = ?", (upload_id,)).fetchone()[0]


def _with_multipart(conn: Connection, settings: Settings, upload):
    from dataclasses import replace

    return replace(upload, multipart_id=begin(conn, settings, upload.id, earlier=True))


def assemble(conn: Connection, settings: Settings, upload, dest: Path) -> str:
    """Complete the multipart upload into ``uploads/<id>`` and copy it to ``dest``; its SHA-256 (hex).

    Safe to repeat: a multipart upload completed before a crash is gone, and its object is used."""
    from botocore.exceptions import ClientError  # boto3 is imported only by a service on object storage

    store = _store(settings)
    key = object_key(upload.id)
    recorded = parts(conn, upload.id)
    try:
        store.complete_multipart(key, upload.multipart_id, [(n, etag) for n, etag, _ in recorded])
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in ("NoSuchUpload", "404"):
            raise
        if store.size(key) != upload.length:
            raise
    started = time.monotonic()
    digest = hashlib.sha256()

    class _Hashing:
        def __init__(self, file) -> None:
            self.file = file

        def write(self, data: bytes) -> None:
            digest.update(data)
            self.file.write(data)

    with dest.open("wb") as file:
        size = store.read_into(key, _Hashing(file))
    if size != upload.length:
        raise OSError(f"the assembled upload {upload.id} holds {size} bytes, not {upload.length}")
    log.debug("upload %s assembled and read back in %.2f s", upload.id, time.monotonic() - started)
    return digest.hexdigest()
