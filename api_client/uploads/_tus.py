"""A tus 1.0.0 upload engine on the client's authenticated ``request()``.

One file, one upload resource on the service::

    uploader = TusUploader(client, chunk_size=8 * 1024 * 1024)
    result = uploader.upload(path, metadata={"filename": "scan.jpg", ...},
                             sha256=prepared.sha256, progress=print)
    print(result.ticket_id)

* The file is read from disk one chunk at a time (memory does not grow with
  the file) and each chunk is one PATCH with ``Upload-Checksum: sha256 …``.
  When the service offers ``creation-with-upload`` (asked once, OPTIONS),
  the first chunk is the creating POST's body: a photo smaller than a chunk
  is one request. A creation whose body failed is found again with its
  Idempotency-Key (a POST without body) and resumed with HEAD and PATCH.
* The whole file's SHA-256 is computed while reading; when the caller knows it
  (``media.prepare`` does), a file changed on disk is caught before the last
  chunk completes the upload.
* After any failure (lost connection, service restarted, 5xx, a stalled
  transfer) the engine asks the service where it stands (HEAD) and goes on
  from there, with exponential backoff between attempts.
* A transfer that makes no progress for ``stall_timeout`` seconds is aborted
  (socket read/write timeouts) and resumed, never left hanging.
* ``cancel`` (a ``threading.Event``) stops it between two pieces of a chunk.
* A shared :class:`BandwidthLimiter` caps the bytes per second (chunks are
  then sent in slices sized to the rate, from the same two buffers).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from .. import _sentences as S
from .._client import TicketProsClient
from .._constants import API_PREFIX
from .._errors import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    ServerError,
    StorageFullError,
    TicketProsError,
)
from .._retries import backoff_delay
from ._bandwidth import BandwidthLimiter

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024
DEFAULT_STALL_TIMEOUT = 30.0
#: Consecutive failed attempts without any progress before the engine gives up
#: (the queue then schedules a later retry).
DEFAULT_MAX_ATTEMPTS = 6
#: Bytes handed to the socket at a time: progress and cancel granularity, and
#: small enough that httpcore's send loop never copies a whole chunk.
_PIECE = 1024 * 1024

#: Statuses after which trying the same upload again may succeed ...
_RETRYABLE = frozenset({408, 409, 423, 429, 460, 500, 502, 503, 504})
#: ... unless the service said why it will never succeed (the upload was refused and discarded).
_FINAL_CODES = frozenset({"page_taken", "ticket_key_taken", "damaged_file", "unsupported_type",
                          "idempotency_key_reused"})

ProgressCallback = Callable[[int, int], None]


class UploadCancelledError(TicketProsError):
    """The upload was stopped on request (pause or cancel); nothing is lost."""

    def __init__(self, message: str = S.UPLOAD_STOPPED()) -> None:
        super().__init__(message)


class FileChangedError(TicketProsError):
    """The file on disk no longer has the content that was checked."""


class UploadGoneError(TicketProsError):
    """The service no longer knows this upload (expired or removed): start a new one."""


class UploadStalledError(NetworkError):
    """The upload kept stalling or failing; try again later."""


@dataclass(frozen=True)
class UploadResult:
    """A completed upload: the service stored the file as a page of ``ticket_id``."""

    upload_url: str
    ticket_id: str
    size: int
    sha256: str


@dataclass(frozen=True)
class UploadStatus:
    """What the service knows about an upload (HEAD)."""

    offset: int
    length: int | None
    ticket_id: str | None

    @property
    def complete(self) -> bool:
        return self.length is not None and self.offset >= self.length and self.ticket_id is not None


def encode_metadata(metadata: Mapping[str, str | int | None]) -> str:
    """``Upload-Metadata``: ``key base64(value)`` pairs, comma-separated; None values left out."""
    pairs = []
    for key, value in metadata.items():
        if value is None:
            continue
        encoded = base64.b64encode(str(value).encode("utf-8")).decode("ascii")
        pairs.append(f"{key} {encoded}")
    return ",".join(pairs)


def api_path(location: str) -> str:
    """An upload's ``Location`` (absolute URL or ``/api/v1/...`` path) as a path for ``client.request``."""
    path = urlsplit(location).path or location
    if path.startswith(API_PREFIX + "/"):
        path = path[len(API_PREFIX):]
    return path


class _ChunkBody:
    """One chunk's bytes handed to httpx in pieces. Re-iterable (a token
    refresh sends it again) and watching ``cancel`` between pieces.

    With a bandwidth limit the pieces are slices of the same buffer sized to
    the rate (:meth:`BandwidthLimiter.slice_size`), each sent when the shared
    limiter gives it a turn; the limit is looked at before every piece, so a
    change applies within the chunk. Without one, the only cost is that look.
    """

    def __init__(self, data: bytes | memoryview, cancel: threading.Event | None,
                 on_piece: Callable[[int], None], on_sent: Callable[[], None] | None = None,
                 bandwidth: BandwidthLimiter | None = None) -> None:
        self._data = data
        self._cancel = cancel
        self._on_piece = on_piece
        self._on_sent = on_sent
        self._bandwidth = bandwidth

    def __iter__(self) -> Iterator[bytes]:
        view = memoryview(self._data)
        size = len(view)
        bandwidth = self._bandwidth
        sent = 0
        try:
            while sent < size:
                if self._cancel is not None and self._cancel.is_set():
                    raise UploadCancelledError()
                if bandwidth is not None and bandwidth.rate:
                    step = min(bandwidth.slice_size(), size - sent)
                    if not bandwidth.acquire(step, self._cancel):
                        raise UploadCancelledError()
                else:
                    step = _PIECE
                piece = view[sent:sent + step]
                yield bytes(piece)
                sent += len(piece)
                self._on_piece(sent)
            if self._on_sent is not None:
                self._on_sent()
        finally:
            view.release()


class TusUploader:
    """Uploads files to ``/uploads`` with tus 1.0.0 (creation, checksum, termination).

    ``checksum``: send ``Upload-Checksum: sha256`` with every chunk (True),
    never (False), or — the default, None — from the first failure of an
    upload on. The service always verifies the whole file's SHA-256 when the
    last byte arrives (a mismatch discards the upload), so per-chunk checksums
    only add early detection; they cost the service a second hash pass over
    every byte (measured: 160 vs 253 MB/s on a 2-core machine), so they are
    kept for resumed uploads, where a truncated or damaged chunk is likeliest.

    ``bandwidth``: a :class:`BandwidthLimiter` shared by every upload that
    must stay under one cap together (a :class:`QueueRunner` shares one
    between its threads); its rate may change while files are being sent.

    Thread-safe as long as each thread uploads its own file: it keeps no state
    between calls. ``sleep`` is how it waits between attempts (a test passes a
    fast one); waits end early when ``cancel`` is set.
    """

    def __init__(
        self,
        client: TicketProsClient,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        stall_timeout: float = DEFAULT_STALL_TIMEOUT,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        checksum: bool | None = None,
        bandwidth: BandwidthLimiter | None = None,
    ) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        self.client = client
        self.chunk_size = chunk_size
        self.stall_timeout = stall_timeout
        self.max_attempts = max_attempts
        self.checksum = checksum
        #: Shared cap on the bytes per second sent (None or rate 0: no limit).
        self.bandwidth = bandwidth
        # No byte moving for stall_timeout → the socket call fails, and we resume.
        self._timeout = httpx.Timeout(stall_timeout, connect=min(10.0, stall_timeout))
        #: The service's tus extensions (OPTIONS), once known; None: not asked yet (or it failed).
        self._extensions: frozenset[str] | None = None
        #: One thread asks; the others starting an upload meanwhile wait for its answer.
        self._extensions_lock = threading.Lock()

    # -- single requests ----------------------------------------------------

    def _headers(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        headers = {"Tus-Resumable": TUS_VERSION}
        if extra:
            headers.update(extra)
        return headers

    def create(self, size: int, metadata: Mapping[str, str | int | None], *, idempotency_key: str) -> str:
        """POST a new upload of ``size`` bytes; return its Location.

        The same ``idempotency_key`` returns the same upload, so a creation
        whose reply was lost is found again instead of made twice.
        """
        response = self.client.request(
            "POST", "/uploads",
            headers=self._headers({"Upload-Length": str(size), "Upload-Metadata": encode_metadata(metadata)}),
            idempotency_key=idempotency_key, timeout=self._timeout,
        )
        location = response.headers.get("location")
        if not location:
            raise MalformedResponseError(S.REPLY_NO_UPLOAD_URL())
        return location

    def extensions(self) -> frozenset[str]:
        """The tus extensions the service offers (``Tus-Extension``), asked once; empty
        when it cannot be asked now (asked again next time)."""
        if self._extensions is not None:
            return self._extensions
        with self._extensions_lock:
            if self._extensions is None:
                try:
                    response = self.client.request("OPTIONS", "/uploads", headers=self._headers(),
                                                   authenticated=False, timeout=self._timeout, max_retries=0)
                except TicketProsError as exc:
                    log.info("tus discovery failed (%s); uploads create without data", exc.message)
                    return frozenset()
                offered = response.headers.get("tus-extension", "")
                self._extensions = frozenset(e.strip() for e in offered.split(",") if e.strip())
            return self._extensions

    def _create_with(self, size: int, metadata: Mapping[str, str | int | None], idempotency_key: str,
                     data: bytes | memoryview, cancel: threading.Event | None, on_piece: Callable[[int], None],
                     digest: str | None, on_sent: Callable[[], None] | None) -> tuple[str, int, str | None]:
        """creation-with-upload: POST a new upload with ``data`` (its first bytes) as the body;
        its Location, the offset the service kept and, when that completed it, the ticket."""
        headers = {"Upload-Length": str(size), "Upload-Metadata": encode_metadata(metadata),
                   "Content-Type": "application/offset+octet-stream", "Content-Length": str(len(data))}
        if digest:
            headers["Upload-Checksum"] = f"sha256 {digest}"
        response = self.client.request(
            "POST", "/uploads", headers=self._headers(headers),
            content=_ChunkBody(data, cancel, on_piece, on_sent, self.bandwidth),
            idempotency_key=idempotency_key, timeout=self._timeout, max_retries=0,
        )
        location = response.headers.get("location")
        if not location:
            raise MalformedResponseError(S.REPLY_NO_UPLOAD_URL())
        return location, _int_header(response, "upload-offset"), response.headers.get("ticket-id") or None

    def status(self, upload_url: str) -> UploadStatus:
        """HEAD: the offset the service has, the length and, once complete, the ticket."""
        response = self.client.request(
            "HEAD", api_path(upload_url), headers=self._headers(), timeout=self._timeout, max_retries=0,
        )
        return UploadStatus(
            offset=_int_header(response, "upload-offset"),
            length=_int_header(response, "upload-length", optional=True),
            ticket_id=response.headers.get("ticket-id") or None,
        )

    def terminate(self, upload_url: str) -> None:
        """DELETE an unfinished upload (its partial data is removed); a gone one is fine."""
        try:
            self.client.request("DELETE", api_path(upload_url), headers=self._headers(), timeout=self._timeout)
        except NotFoundError:
            pass

    def _patch(self, upload_url: str, offset: int, data: bytes, cancel: threading.Event | None,
               on_piece: Callable[[int], None], digest: str | None = None,
               on_sent: Callable[[], None] | None = None) -> tuple[int, str | None]:
        headers = {
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
            "Content-Length": str(len(data)),
        }
        if digest:
            headers["Upload-Checksum"] = f"sha256 {digest}"
        response = self.client.request(
            "PATCH", api_path(upload_url), headers=self._headers(headers),
            content=_ChunkBody(data, cancel, on_piece, on_sent, self.bandwidth), timeout=self._timeout, max_retries=0,
        )
        return _int_header(response, "upload-offset"), response.headers.get("ticket-id") or None

    # -- the whole file -----------------------------------------------------

    def upload(
        self,
        path: str | os.PathLike[str],
        *,
        metadata: Mapping[str, str | int | None],
        sha256: str | None = None,
        upload_url: str | None = None,
        idempotency_key: str | None = None,
        on_created: Callable[[str], None] | None = None,
        on_offset: Callable[[int], None] | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> UploadResult:
        """Send ``path`` (creating the upload unless ``upload_url`` is given) and
        return the ticket it became part of.

        ``on_created(url)`` runs right after creation, before any byte is sent,
        so a caller can persist the URL; ``on_offset(n)`` after each chunk the
        service confirmed. ``progress(sent, total)`` is called from this thread.
        Raises :class:`UploadCancelledError`, :class:`FileChangedError`,
        :class:`UploadGoneError` (``upload_url`` unknown to the service), the
        SDK's status errors for refusals (415 type, 413 size, 460 checksum…)
        and :class:`NetworkError` once ``max_attempts`` attempts in a row made
        no progress.
        """
        path = Path(path)
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            creation = None
            if upload_url is None:
                key = idempotency_key or _new_key()
                if size and "creation-with-upload" in self.extensions():
                    # The upload is made by the first chunk's POST (its URL is told once known).
                    creation = _Creation(metadata, key, on_created)
                else:
                    upload_url = self.create(size, metadata, idempotency_key=key)
                    if on_created is not None:
                        on_created(upload_url)
                known: UploadStatus | None = UploadStatus(0, size, None)
            else:
                known = None
            return self._send_file(file, size, upload_url, known, sha256, on_offset, progress, cancel, creation)

    def _send_file(self, file, size, upload_url, known, expected_sha256, on_offset, progress, cancel,
                   creation=None) -> UploadResult:
        reader = _ChunkReader(file, size, self.chunk_size, bool(self.checksum))
        try:
            return self._send_chunks(reader, file, size, upload_url, known, expected_sha256, on_offset,
                                     progress, cancel, creation)
        finally:
            reader.close()

    def _send_chunks(self, reader, file, size, upload_url, known, expected_sha256, on_offset, progress,
                     cancel, creation: _Creation | None = None) -> UploadResult:
        hasher = hashlib.sha256()   # covers file[0:hashed]
        hashed = 0
        failures = 0
        last_error: TicketProsError | None = None
        completing_empty = 0
        while True:
            if cancel is not None and cancel.is_set():
                raise UploadCancelledError()
            try:
                if upload_url is None and known is None:
                    # The creating POST with data failed: the same key finds the upload it made
                    # (or makes it now), and HEAD says what arrived.
                    assert creation is not None
                    upload_url = self.create(size, creation.metadata, idempotency_key=creation.key)
                    creation.created(upload_url)
                status = known or self.status(upload_url)
                known = None
                if status.length is not None and status.length != size:
                    raise FileChangedError(S.UPLOAD_SIZE_CHANGED())
                if status.complete:
                    # Found complete (a reply was lost): the service verified the whole file's hash.
                    if progress is not None:
                        progress(size, size)
                    return UploadResult(upload_url, status.ticket_id or "", size, expected_sha256 or "")
                offset = status.offset
                if offset < hashed:
                    # The service has less than we hashed (it lost a partial chunk): rehash from the start.
                    hasher, hashed = hashlib.sha256(), 0
                reader.drain()  # the file is read by one thread at a time
                hashed = _hash_range(file, hasher, hashed, offset)
                if progress is not None:
                    progress(offset, size)
                if offset >= size:
                    # Every byte is there but the service did not say it completed
                    # (killed while completing): an empty PATCH asks it to finish.
                    completing_empty += 1
                    if completing_empty > 2:
                        raise UploadGoneError(S.UPLOAD_NOT_FINISHED())
                    new_offset, ticket_id = self._patch(upload_url, offset, b"", cancel, lambda _n: None)
                    if ticket_id:
                        return UploadResult(upload_url, ticket_id, size, self._digest_ok(hasher, expected_sha256))
                    continue
                while offset < size:
                    data, digest, chunk_hasher = reader.get(offset, hasher)
                    last = offset + len(data) >= size
                    if last and expected_sha256 and chunk_hasher.hexdigest() != expected_sha256.lower():
                        # Never let a changed file complete: remove the partial upload.
                        self._quiet_terminate(upload_url)
                        raise FileChangedError(S.UPLOAD_CHANGED())
                    base = offset

                    def on_piece(sent: int, base: int = base) -> None:
                        if progress is not None:
                            progress(min(size, base + sent), size)

                    following = offset + len(data)

                    def read_ahead(following: int = following, after=chunk_hasher) -> None:
                        # The body is on the wire: read the next chunk while the service stores this one.
                        if following < size:
                            reader.prefetch(following, after)

                    sent_to = offset + len(data)
                    if upload_url is None:
                        assert creation is not None
                        upload_url, new_offset, ticket_id = self._create_with(
                            size, creation.metadata, creation.key, data, cancel, on_piece, digest, read_ahead)
                        if not (last and ticket_id):
                            # Done in one request, nothing needs the URL: a crash before the caller
                            # records the ticket finds it again with the same key.
                            creation.created(upload_url)
                        if new_offset != sent_to:  # the service kept less: HEAD says how much
                            del data
                            known = None
                            break
                    else:
                        new_offset, ticket_id = self._patch(upload_url, offset, data, cancel, on_piece, digest,
                                                            read_ahead)
                    del data  # one chunk in memory at a time (plus the one being read ahead)
                    if new_offset != sent_to:
                        raise ConflictError(S.UPLOAD_STORED_DIFFERENT(),
                                            status=409, code="offset_mismatch")
                    hasher, hashed, offset = chunk_hasher, new_offset, new_offset
                    failures = 0
                    if on_offset is not None:
                        on_offset(offset)
                    if last:
                        if not ticket_id:
                            known = None
                            break  # HEAD tells us the ticket (or that completion must be asked for)
                        return UploadResult(upload_url, ticket_id, size, self._digest_ok(hasher, expected_sha256))
            except UploadCancelledError:
                raise
            except NotFoundError as exc:
                raise UploadGoneError(S.UPLOAD_LOST()) from exc
            except (NetworkError, ServerError, APIStatusError) as exc:
                if isinstance(exc, APIStatusError) and exc.code == "file_checksum_mismatch":
                    # The whole file arrived different from what was sent; the service dropped it.
                    raise UploadGoneError(exc.message) from exc
                if isinstance(exc, (AuthenticationError, StorageFullError)) or (
                    isinstance(exc, APIStatusError) and not isinstance(exc, ServerError)
                    and (exc.status not in _RETRYABLE or exc.code in _FINAL_CODES)
                ):
                    raise
                failures += 1
                last_error = exc
                if self.checksum is None:
                    reader.checksum = True  # resumed chunks carry a checksum from now on
                if failures >= self.max_attempts:
                    raise UploadStalledError(last_error.message) from exc
                delay = backoff_delay(failures - 1)
                log.info("upload %s: %s; resuming in %.1f s", upload_url, exc.message, delay)
                if cancel is not None:
                    if cancel.wait(delay):
                        raise UploadCancelledError() from exc
                else:
                    time.sleep(delay)

    def _digest_ok(self, hasher, expected_sha256: str | None) -> str:
        digest = hasher.hexdigest()
        if expected_sha256 and digest != expected_sha256.lower():
            raise FileChangedError(S.UPLOAD_CHANGED())
        return digest

    def _quiet_terminate(self, upload_url: str) -> None:
        try:
            self.terminate(upload_url)
        except TicketProsError as exc:
            log.info("could not remove upload %s: %s", upload_url, exc.message)


@dataclass
class _Creation:
    """An upload to be made by its first chunk's POST (creation-with-upload)."""

    metadata: Mapping[str, str | int | None]
    key: str
    on_created: Callable[[str], None] | None

    def created(self, upload_url: str) -> None:
        if self.on_created is not None:
            self.on_created(upload_url)
            self.on_created = None  # told once


class _ChunkReader:
    """Reads and hashes the next chunk on a helper thread while the service
    stores the current one (between the end of a PATCH body and its reply the
    client has nothing else to do), so hashing adds no time between PATCHes.

    Two buffers, allocated once and filled with ``readinto``: a fresh 8 MiB
    object per chunk made glibc keep ~150 MB of freed chunks in the helper
    thread's arena (measured), so memory now stays at two chunks whatever the
    file size. The second is made when a second chunk is read: a photo sent in
    one request never needs it. The chunk handed out stays valid until the next ``get``.
    """

    def __init__(self, file, size: int, chunk_size: int, checksum: bool) -> None:
        self._file = file
        self._size = size
        self.checksum = checksum
        length = min(chunk_size, max(size, 1))
        self._length = length
        self._buffers: list[bytearray | None] = [bytearray(length), None]
        self._held = 1  # the buffer the caller has; reads go into the other one
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="tus-read")
        self._pending: tuple[int, Future] | None = None

    def _read(self, offset: int, hasher, index: int) -> tuple[memoryview, str | None, Any, int]:
        buffer = self._buffers[index]
        if buffer is None:
            buffer = self._buffers[index] = bytearray(self._length)
        wanted = min(len(buffer), self._size - offset)
        view = memoryview(buffer)[:wanted]
        self._file.seek(offset)
        got = 0
        while got < wanted:
            count = self._file.readinto(view[got:])
            if not count:
                raise FileChangedError(S.UPLOAD_CHANGED_WHILE_SENT())
            got += count
        after = hasher.copy()  # the caller's hasher stays as it was (a failed PATCH goes back to it)
        after.update(view)
        digest = base64.b64encode(hashlib.sha256(view).digest()).decode("ascii") if self.checksum else None
        return view, digest, after, index

    def get(self, offset: int, hasher) -> tuple[memoryview, str | None, Any]:
        """Chunk at ``offset`` (``hasher`` covers the file before it): its bytes,
        its base64 SHA-256, and the whole-file hasher including it."""
        if self._pending is not None and self._pending[0] == offset:
            future = self._pending[1]
        else:
            self.drain()
            future = self._executor.submit(self._read, offset, hasher, 1 - self._held)
        self._pending = None
        data, digest, after, self._held = future.result()
        return data, digest, after

    def prefetch(self, offset: int, hasher) -> None:
        """Start reading the chunk at ``offset`` (called once the current chunk
        is sent, so hashing uses the time the service takes to answer)."""
        if self._pending is None:
            self._pending = (offset, self._executor.submit(self._read, offset, hasher, 1 - self._held))

    def drain(self) -> None:
        """Wait for a read in flight (its result is dropped)."""
        if self._pending is not None:
            _, future = self._pending
            self._pending = None
            wait([future])

    def close(self) -> None:
        self.drain()
        self._executor.shutdown(wait=True)


def _hash_range(file, hasher, start: int, end: int) -> int:
    """Feed ``file[start:end]`` to ``hasher`` in pieces; return ``end``."""
    if end <= start:
        return start
    file.seek(start)
    remaining = end - start
    while remaining:
        data = file.read(min(_PIECE * 8, remaining))
        if not data:
            raise FileChangedError(S.UPLOAD_SHORTER())
        hasher.update(data)
        remaining -= len(data)
    return end


def _int_header(response: httpx.Response, name: str, *, optional: bool = False) -> int:
    value = response.headers.get(name)
    if value is None and optional:
        return None  # type: ignore[return-value]
    try:
        number = int(value or "")
    except ValueError:
        number = -1
    if number < 0:
        # The person gets the sentence; which header was wrong is for the log.
        log.warning("upload reply %s %s: header %s is %r", response.status_code, response.url, name, value)
        raise MalformedResponseError(S.REPLY_UNREADABLE())
    return number


def _new_key() -> str:
    return str(uuid.uuid4())
