"""Uploads: creation, the partial file and its offset, completion into a ticket.

The partial file is ``uploads/<id>.part`` in the data dir; the ``offset``
column is the number of bytes in it that the service vouches for (written and
synced before the column moved). After a crash the two can disagree; every
request that takes the upload first :func:`reconcile`\\ s them.

Completion is safe to repeat after a crash at any step: the partial file is
never modified (cleaning works on a copy), placing content-addressed files is
idempotent, and the ticket page, the ticket and the upload's ``completed``
state are written in one transaction. A completed upload answers every retry
with its ticket.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import NoReturn

from .. import blobs, media, processes
from .. import sentences as S
from ..auth import tokens
from ..auth.service import Principal
from ..clock import iso, parse_iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import (
    ChecksumMismatch,
    Conflict,
    Gone,
    Invalid,
    Malformed,
    NotFound,
    ServiceError,
    TooLarge,
    UnsupportedType,
    not_found,
)
from ..tickets import service as tickets
from ..tickets import storage
from . import multipart, space
from .runtime import BUSY_RETRY_AFTER, UploadRuntime
from .tus import UploadInfo

EXPIRY = timedelta(hours=24)
SNIFF_BYTES = 512
#: Expired uploads are removed lazily, at most this often, when a new one starts.
CLEANUP_INTERVAL = timedelta(minutes=1)


@dataclass(frozen=True)
class Upload:
    id: str
    customer_id: str
    user_id: str
    length: int
    offset: int
    info: UploadInfo
    idempotency_key: str | None
    status: str
    expires_at: datetime
    ticket_id: str | None
    error_code: str | None
    error_message: str | None
    #: The code and params of ``error_message`` (None: uncoded, or refused before migration 7).
    error_message_code: str | None = None
    error_params: dict | None = None
    #: On object storage (migration 8): the S3 multipart upload, and the bytes held as its incomplete part.
    multipart_id: str | None = None
    incomplete_size: int = 0

    @classmethod
    def from_row(cls, row: Row) -> Upload:
        return cls(
            id=row["id"], customer_id=row["customer_id"], user_id=row["user_id"], length=row["length"],
            offset=row["offset"], info=UploadInfo.from_json(json.loads(row["metadata"])),
            idempotency_key=row["idempotency_key"], status=row["status"],
            expires_at=parse_iso(row["expires_at"]), ticket_id=row["ticket_id"],
            error_code=row["error_code"], error_message=row["error_message"],
            error_message_code=row["error_message_code"],
            error_params=json.loads(row["error_params"]) if row["error_params"] is not None else None,
            multipart_id=row["multipart_id"], incomplete_size=row["incomplete_size"],
        )

    def rejection(self) -> Gone:
        """What a retry learns about a refused upload: gone for good, and why (in the words,
        with the code and params, of the first refusal)."""
        if self.error_message is None:
            return Gone(self.error_code or "rejected", S.UPLOAD_REFUSED())
        if self.error_message_code is not None:
            return Gone(self.error_code or "rejected",
                        S.Said(self.error_message, self.error_message_code, self.error_params))
        return Gone(self.error_code or "rejected", _said_again(self.error_message))


def _said_again(english: str) -> str:
    """A reason kept before its code was (migration 7): the sentence it is exactly, when that
    one takes no params; else the English as it is."""
    for template in S.SENTENCES.values():
        if not template.fields and template.text == english:
            return template()
    return english


def partial_path(settings: Settings, upload_id: str) -> Path:
    """The partial file of an upload on the disk store (object storage: server/uploads/multipart.py)."""
    return settings.data_dir / "uploads" / f"{upload_id}.part"


def drop_data(settings: Settings, upload_id: str, multipart_id: str | None) -> None:
    """What was received of an upload goes: its partial file, or its multipart upload and objects."""
    if blobs.on_object_storage(settings):
        multipart.discard(settings, upload_id, multipart_id)
    else:
        partial_path(settings, upload_id).unlink(missing_ok=True)


def _fetch(conn: Connection, upload_id: str) -> Row | None:
    return conn.execute("SELECT * FROM uploads WHERE id = ?", (upload_id,)).fetchone()


def check_length(settings: Settings, length: int) -> None:
    """Refuse an upload of ``length`` bytes the service does not take (before reading its metadata)."""
    if length == 0:
        raise Malformed("empty_file", S.UPLOAD_EMPTY())
    if length > settings.max_upload_size:
        # As "{:g}" writes it (50, 0.5), a number for the client to write in its own way.
        shown = float(f"{settings.max_upload_size / (1024 * 1024):g}")
        megabytes = int(shown) if shown.is_integer() else shown
        raise TooLarge("file_too_large", S.UPLOAD_TOO_LARGE(megabytes=megabytes))


def start(
    conn: Connection, settings: Settings, principal: Principal, runtime: UploadRuntime, *,
    length: int, info: UploadInfo, idempotency_key: str | None,
) -> Upload:
    """A new upload when there is room for it (expired ones are cleared out first, now and then)."""
    now = settings.clock.now()
    if runtime.last_cleanup is None or now - runtime.last_cleanup >= CLEANUP_INTERVAL:
        runtime.last_cleanup = now
        remove_expired(conn, settings, runtime)
    if not space.room_for(settings, length):
        raise space.storage_full()
    return create(conn, settings, principal, length=length, info=info, idempotency_key=idempotency_key)


def create(
    conn: Connection, settings: Settings, principal: Principal, *, length: int, info: UploadInfo,
    idempotency_key: str | None,
) -> Upload:
    """A new upload, or the one this user already created with ``idempotency_key``."""
    now = settings.clock.now()
    metadata = json.dumps(info.to_json(), sort_keys=True)
    with transaction(conn):
        if idempotency_key is not None:
            row = conn.execute(
                "SELECT * FROM uploads WHERE user_id = ? AND idempotency_key = ?",
                (principal.user_id, idempotency_key),
            ).fetchone()
            if row is not None and parse_iso(row["expires_at"]) > now:
                if row["length"] != length or json.loads(row["metadata"]) != info.to_json():
                    raise Invalid("idempotency_key_reused", S.UPLOAD_IDEMPOTENCY_KEY_REUSED())
                return Upload.from_row(row)
            if row is not None:  # expired and not yet cleaned: make room for the new one
                conn.execute("DELETE FROM uploads WHERE id = ?", (row["id"],))
                drop_data(settings, row["id"], row["multipart_id"])
        upload_id = tokens.new_id("upl")
        conn.execute(
            "INSERT INTO uploads (id, customer_id, user_id, length, \"offset\", metadata, idempotency_key,"
            " created_at, expires_at, status) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 'receiving')",
            (upload_id, principal.customer_id, principal.user_id, length, metadata, idempotency_key,
             iso(now), iso(now + EXPIRY)),
        )
    # The partial file (or multipart upload) only once its row is committed: a crash in between
    # leaves a row without one (reconcile makes it), never data no row knows about.
    if blobs.on_object_storage(settings):
        multipart.begin(conn, settings, upload_id)
    else:
        path = partial_path(settings, upload_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    return Upload.from_row(_fetch(conn, upload_id))


def load(conn: Connection, settings: Settings, principal: Principal, upload_id: str) -> Upload:
    """The caller's own upload; anyone else's, a missing or an expired one is 404."""
    row = _fetch(conn, upload_id)
    if row is None or row["user_id"] != principal.user_id:
        raise not_found(S.NOT_FOUND_UPLOAD())
    upload = Upload.from_row(row)
    if upload.expires_at <= settings.clock.now():
        raise NotFound("upload_expired", S.UPLOAD_EXPIRED())
    return upload


def current(conn: Connection, settings: Settings, principal: Principal, runtime: UploadRuntime,
            upload_id: str) -> Upload:
    """The caller's upload as it stands. One that arrived whole but was not yet
    made a ticket (the service stopped) is completed now; a refused one raises why."""
    upload = load(conn, settings, principal, upload_id)
    if runtime.try_acquire(conn, settings, upload.id):
        try:
            upload = reconcile(conn, settings, load(conn, settings, principal, upload_id), runtime)
            if upload.status == "receiving" and upload.offset == upload.length:
                complete(conn, settings, upload, runtime, _received_sha256(settings, upload, runtime))
                upload = load(conn, settings, principal, upload_id)
        finally:
            runtime.release(conn, upload.id)
    if upload.status == "rejected":
        raise upload.rejection()
    return upload


def begin_patch(conn: Connection, settings: Settings, principal: Principal, runtime: UploadRuntime,
                upload_id: str, offset: int, declared_length: int | None) -> tuple[Upload, hashlib._Hash | None]:
    """Claim the upload and check a PATCH from ``offset`` against it; the running
    hash to continue (None when the upload already completed). Leaves it claimed."""
    upload = load(conn, settings, principal, upload_id)
    runtime.acquire(conn, settings, upload.id)
    try:
        upload = reconcile(conn, settings, load(conn, settings, principal, upload_id), runtime)
        if upload.status == "rejected":
            raise upload.rejection()
        if upload.status == "completed":
            return upload, None
        if offset != upload.offset:
            raise Conflict("offset_mismatch", S.UPLOAD_OFFSET_MISMATCH(held=upload.offset, offset=offset),
                           upload_offset=upload.offset)
        if declared_length is not None and offset + declared_length > upload.length:
            raise TooLarge("past_upload_length", S.UPLOAD_PAST_LENGTH())
        if blobs.on_object_storage(settings):
            # Not kept on object storage: completion hashes the assembled object as it reads it back.
            return upload, hashlib.sha256()
        return upload, running_hash(settings, upload, runtime)
    except BaseException:
        runtime.release(conn, upload.id)
        raise


def finish(conn: Connection, settings: Settings, principal: Principal, upload: Upload,
           runtime: UploadRuntime) -> Upload:
    """Complete an upload whose last byte just arrived (the caller holds it)."""
    if _fetch(conn, upload.id) is None:
        # Its uploader was erased while these bytes were on their way: nothing is left to finish.
        raise not_found(S.NOT_FOUND_UPLOAD())
    complete(conn, settings, upload, runtime, _received_sha256(settings, replace(upload, offset=upload.length), runtime))
    return load(conn, settings, principal, upload.id)


def reconcile(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime) -> Upload:
    """Make the partial file and the offset agree (after a crash they may not).

    Bytes past the offset were never vouched for (a chunk whose checksum was
    not yet checked, or data the service died before syncing): they go. A
    file shorter than the offset (lost in a power cut) lowers the offset.
    Call while holding the upload (:meth:`UploadRuntime.acquire`: a claim in the database).

    On object storage the database is the record (multipart.py): there is only
    a missing multipart upload to start, or to take up (a crash right after the
    row was made, or after its multipart upload was started but not recorded).
    """
    if blobs.on_object_storage(settings):
        if upload.status == "receiving" and upload.multipart_id is None:
            multipart.begin(conn, settings, upload.id, earlier=True)
            return Upload.from_row(_fetch(conn, upload.id))
        return upload
    if upload.status != "receiving":
        partial_path(settings, upload.id).unlink(missing_ok=True)  # a crash right after finishing
        return upload
    path = partial_path(settings, upload.id)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        size = 0
    if size > upload.offset:
        os.truncate(path, upload.offset)
    elif size < upload.offset:
        runtime.forget(upload.id)
        record_offset(conn, upload.id, size)
        row = _fetch(conn, upload.id)
        return Upload.from_row(row)
    return upload


def record_offset(conn: Connection, upload_id: str, offset: int) -> None:
    conn.execute('UPDATE uploads SET "offset" = ? WHERE id = ?', (offset, upload_id))


def sync_and_record(
    conn: Connection, settings: Settings, upload_id: str, fd: int, offset: int, *, sync: bool = True,
    claim: str | None = None,
) -> datetime:
    """Vouch for ``offset`` bytes written to ``fd``; activity extends the expiry (returned).

    The bytes are in the page cache, which outlives the service process
    (SIGKILL); ``sync`` also waits for the disk, which only a power cut needs.
    Either way :func:`reconcile` repairs a disagreement, and the whole-file
    SHA-256 catches a damaged tail.

    ``claim``: the request's claim token; the offset moves only while it still holds
    the upload (a claim lost to another request, its lease run out, raises 409 and
    vouches for nothing: that request's reconcile cuts these bytes off).
    """
    if sync:
        os.fdatasync(fd) if hasattr(os, "fdatasync") else os.fsync(fd)
    expires = settings.clock.now() + EXPIRY
    if claim is None:
        conn.execute('UPDATE uploads SET "offset" = ?, expires_at = ? WHERE id = ?', (offset, iso(expires), upload_id))
        return expires
    moved = conn.execute('UPDATE uploads SET "offset" = ?, expires_at = ? WHERE id = ? AND claim_token = ?',
                         (offset, iso(expires), upload_id, claim)).rowcount
    if not moved and _fetch(conn, upload_id) is not None:
        raise Conflict("upload_busy", S.UPLOAD_BUSY(), retry_after=BUSY_RETRY_AFTER)
    return expires


def _received_sha256(settings: Settings, upload: Upload, runtime: UploadRuntime) -> str | None:
    """The SHA-256 of a whole upload on disk; None on object storage (known once it is assembled)."""
    if blobs.on_object_storage(settings):
        return None
    return running_hash(settings, upload, runtime).hexdigest()


def running_hash(settings: Settings, upload: Upload, runtime: UploadRuntime):
    """The SHA-256 of the first ``upload.offset`` bytes: cached, or read back once."""
    cached = runtime.take_hash(upload.id, upload.offset)
    if cached is not None:
        return cached
    return storage.sha256_file(partial_path(settings, upload.id), upload.offset)


def reject(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime,
           refusal: ServiceError) -> NoReturn:
    """Refuse the file for good: its data goes, the reason stays for retries to read."""
    code, params = S.code_of(refusal.message)
    with transaction(conn):
        conn.execute(
            "UPDATE uploads SET status = 'rejected', error_code = ?, error_message = ?, error_message_code = ?,"
            " error_params = ? WHERE id = ?",
            (refusal.code, str(refusal.message), code, json.dumps(params) if code is not None else None,
             upload.id),
        )
    runtime.forget(upload.id)
    drop_data(settings, upload.id, upload.multipart_id)
    raise refusal


def complete(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime,
             sha256: str | None) -> str:
    """Turn a fully received upload into a ticket page; return the ticket id.

    ``sha256`` is the hex digest of the received bytes (None on object storage:
    it is taken while the assembled upload is read back). Refusals (wrong hash,
    not a supported type, unreadable content) are recorded and raised.
    """
    with _received_file(conn, settings, upload, sha256) as (partial, digest):
        ticket_id = _complete_from(conn, settings, upload, runtime, partial, digest)
    runtime.forget(upload.id)
    drop_data(settings, upload.id, upload.multipart_id)
    return ticket_id


@contextmanager
def _received_file(conn: Connection, settings: Settings, upload: Upload,
                   sha256: str | None) -> Iterator[tuple[Path, str]]:
    """The whole upload as a local file and its SHA-256: the partial file on disk; on object storage
    the assembled object copied to the work dir (removed after: the cleaned copy is made from it)."""
    if not blobs.on_object_storage(settings):
        yield partial_path(settings, upload.id), sha256
        return
    folder = storage.work_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    local = folder / processes.work_file_name(f".{upload.id}.received")
    try:
        try:
            space.claim(settings, upload.length)
            sha256 = multipart.assemble(conn, settings, upload, local)
        except OSError as exc:
            if space.is_no_space(exc):
                raise space.storage_full() from exc
            raise
        yield local, sha256
    finally:
        local.unlink(missing_ok=True)


def _complete_from(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime,
                   partial: Path, sha256: str) -> str:
    info = upload.info
    if info.sha256 is not None and sha256 != info.sha256:
        reject(conn, settings, upload, runtime, ChecksumMismatch(
            "file_checksum_mismatch", S.UPLOAD_FILE_DAMAGED()))
    with partial.open("rb") as file:
        mime = media.sniff_bytes(file.read(SNIFF_BYTES))
    if mime is None:
        reject(conn, settings, upload, runtime, UnsupportedType(
            "unsupported_type", S.UPLOAD_UNSUPPORTED_TYPE()))
    for attempt in range(1, PLACE_ATTEMPTS + 1):
        prepared = _prepare(conn, settings, upload, runtime, partial, mime, sha256)
        try:
            ticket_id = _place_and_record(conn, settings, upload, runtime, prepared, sha256)
        except _ContentVanishedError:
            # A deletion of the last other ticket with this content removed the file between our
            # placing and our recording it (another process); placed again from the partial file.
            if attempt == PLACE_ATTEMPTS:
                raise
            continue
        finally:
            storage.discard(prepared)
        return ticket_id
    raise AssertionError("unreachable")


#: Placing content that a concurrent deletion removes at once is tried again this often.
PLACE_ATTEMPTS = 3


class _ContentVanishedError(Exception):
    """The content placed for a completion was removed before the completion recorded it."""


def _prepare(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime, partial: Path,
             mime: str, sha256: str) -> storage.PreparedContent:
    try:
        # The cleaned copy and its thumbnail need room; without it the upload
        # stays whole and unfinished, and a later HEAD or PATCH completes it.
        # (A PDF is kept as it came, a hard link; a photo is written anew without its metadata.)
        copy = 0 if mime == "application/pdf" else upload.length
        space.claim(settings, copy + space.THUMBNAIL_ALLOWANCE)
        return storage.prepare(settings, partial, mime, sha256)
    except storage.RefusedFileError as refusal:
        reject(conn, settings, upload, runtime, Invalid(refusal.code, refusal.message))
    except storage.DamagedFileError:
        reject(conn, settings, upload, runtime, Invalid(
            "damaged_file", S.UPLOAD_UNREADABLE()))
    except OSError as exc:
        if space.is_no_space(exc):
            raise space.storage_full() from exc
        raise


def _place_and_record(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime,
                      prepared: storage.PreparedContent, sha256: str) -> str:
    """Place the content (outside any transaction: on object storage it is an upload), then
    record the page in one transaction that first checks the content is still there (see
    server/tickets/storage.py: deletions decide inside a write transaction too)."""
    info = upload.info
    now = settings.clock.now()
    try:
        storage.place(settings, prepared)
    except OSError as exc:
        if space.is_no_space(exc):
            raise space.storage_full() from exc
        raise
    claim = runtime.token(upload.id)
    try:
        with transaction(conn):
            row = _fetch(conn, upload.id)
            if row is None:  # erased since finish() looked (see there)
                raise not_found(S.NOT_FOUND_UPLOAD())
            if claim is not None and row["claim_token"] != claim:
                raise _ClaimLostError(upload.id)
            if not storage.placed(settings, prepared):
                raise _ContentVanishedError(prepared.storage_key)
            ticket_id, file_id = tickets.attach_page(
                conn, settings, customer_id=upload.customer_id, uploader_id=upload.user_id,
                ticket_key=info.ticket_key or f"upload:{upload.id}",
                fields=tickets.TicketFields(info.ticket_number, info.job, info.ticket_date, info.notes,
                                            info.quality_warning),
                page=info.page, page_count=info.page_count, original_name=info.filename,
                content=prepared,
            )
            conn.execute("INSERT INTO ticket_file_received (file_id, sha256) VALUES (?, ?)"
                         " ON CONFLICT DO NOTHING", (file_id, sha256))
            conn.execute(
                "UPDATE uploads SET status = 'completed', completed_at = ?, ticket_id = ?,"
                ' "offset" = length, expires_at = ? WHERE id = ?',
                (iso(now), ticket_id, iso(now + EXPIRY), upload.id),
            )
    except _ClaimLostError:
        # Its lease ran out and another request holds the upload now: that one completes it.
        storage.remove_unreferenced(conn, settings, [prepared.storage_key])
        raise Conflict("upload_busy", S.UPLOAD_BUSY(), retry_after=BUSY_RETRY_AFTER) from None
    except ServiceError as refusal:  # the ticket cannot take this page
        storage.remove_unreferenced(conn, settings, [prepared.storage_key])
        reject(conn, settings, upload, runtime, refusal)
    return ticket_id


class _ClaimLostError(Exception):
    """The completing request no longer holds the upload (its claim's lease ran out)."""


def cancel(conn: Connection, settings: Settings, principal: Principal, runtime: UploadRuntime,
           upload_id: str) -> None:
    """tus termination: the caller's upload and its data go (409 while another request sends it)."""
    upload = load(conn, settings, principal, upload_id)
    runtime.acquire(conn, settings, upload.id)
    try:
        terminate(conn, settings, upload, runtime)
    finally:
        runtime.release(conn, upload.id)


def terminate(conn: Connection, settings: Settings, upload: Upload, runtime: UploadRuntime) -> None:
    # The data first, then the row: a crash in between leaves the row (the client's retry of the
    # termination removes it), never a multipart upload or a partial file that no row knows about.
    runtime.forget(upload.id)
    drop_data(settings, upload.id, upload.multipart_id)
    with transaction(conn):
        conn.execute("DELETE FROM uploads WHERE id = ?", (upload.id,))


def remove_expired(conn: Connection, settings: Settings, runtime: UploadRuntime) -> int:
    """Delete uploads past their expiry (unfinished ones with their data); return how many."""
    now = iso(settings.clock.now())
    expired = [(r["id"], r["multipart_id"])
               for r in conn.execute("SELECT id, multipart_id FROM uploads WHERE expires_at <= ?", (now,))]
    removed = 0
    for upload_id, multipart_id in expired:
        if not runtime.try_acquire(conn, settings, upload_id):
            continue
        try:
            with transaction(conn):
                conn.execute("DELETE FROM uploads WHERE id = ? AND expires_at <= ?", (upload_id, now))
            runtime.forget(upload_id)
            drop_data(settings, upload_id, multipart_id)
            removed += 1
        finally:
            runtime.release(conn, upload_id)
    storage.clean_work_dir(settings)
    remove_orphan_partials(conn, settings)
    return removed


def remove_orphan_partials(conn: Connection, settings: Settings) -> int:
    """Delete partial files no upload row refers to (left by a crash of an older
    version between making the file and recording the upload); return how many.
    On object storage: multipart uploads and objects under ``uploads/`` that no upload holds."""
    if blobs.on_object_storage(settings):
        return multipart.remove_orphans(conn, settings)
    folder = settings.data_dir / "uploads"
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob("*.part"):
        if _fetch(conn, path.stem) is None:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
