"""Stream one PATCH body into the partial file.

The body is written as it arrives (plain writes to the page cache, never the
whole body in memory) while the running whole-file SHA-256, and the chunk's
own checksum when the client sent ``Upload-Checksum``, are updated from the
same bytes: no second pass over the data.

A long PATCH without a checksum is checkpointed every ``CHECKPOINT_SECONDS``
(synced, offset recorded), so a crash or a cut connection loses at most that
much. Every PATCH records its offset when it ends; the data is synced to disk
at most once per ``CHECKPOINT_SECONDS`` per upload and always on the last
byte. A chunk with a checksum is all or nothing: it only counts once its
digest matched.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import os
import time
from dataclasses import dataclass
from datetime import datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from .. import blobs
from ..config import Settings
from ..db import Connection, OperationalError
from . import multipart, space
from .runtime import UploadRuntime
from .service import Upload, partial_path, sync_and_record
from .tus import Checksum

CHECKPOINT_SECONDS = 1.0
#: A PATCH whose body stops moving for this long is ended (keeping what
#: arrived), so a dead connection the service never saw close does not hold
#: the upload against the client's next attempt.
STALL_SECONDS = 60.0


@dataclass
class Received:
    offset: int
    """Bytes of the upload now vouched for (synced and recorded)."""
    outcome: str
    """``ok``, ``disconnected``, ``stalled``, ``too_long``, ``checksum_mismatch`` or ``no_space``."""
    running: hashlib._Hash | None
    """SHA-256 of the first ``offset`` bytes, None when unknown."""
    expires_at: datetime
    """When the upload expires now."""


async def receive(
    request: Request, conn: Connection, settings: Settings, upload: Upload,
    running: hashlib._Hash, checksum: Checksum | None, runtime: UploadRuntime,
) -> Received:
    if blobs.on_object_storage(settings):
        return await multipart.receive(request, conn, settings, upload, checksum, runtime.token(upload.id))
    start = upload.offset
    room = upload.length - start
    chunk_hash = checksum.new() if checksum else None
    before = running.copy() if checksum else None
    written, vouched, outcome = 0, start, "ok"
    fd = os.open(partial_path(settings, upload.id), os.O_WRONLY)
    try:
        os.lseek(fd, start, os.SEEK_SET)
        loop = asyncio.get_running_loop()
        last_checkpoint = time.monotonic()
        try:
            async with asyncio.timeout(STALL_SECONDS) as stall:
                async for data in request.stream():
                    if not data:
                        continue
                    if outcome == "no_space":
                        # Read the rest without keeping it, so the client hears the 507
                        # instead of a connection cut in the middle of its send.
                        stall.reschedule(loop.time() + STALL_SECONDS)
                        continue
                    if written + len(data) > room:
                        outcome = "too_long"
                        break
                    try:
                        space.claim(settings, len(data))
                        view = memoryview(data)
                        while view:
                            view = view[os.write(fd, view):]
                    except OSError as exc:
                        if not space.is_no_space(exc):
                            raise
                        # What got written of this piece is not vouched for: cut back below.
                        os.ftruncate(fd, start + written)
                        outcome = "no_space"
                        continue
                    running.update(data)
                    if chunk_hash is not None:
                        chunk_hash.update(data)
                    written += len(data)
                    if chunk_hash is None and time.monotonic() - last_checkpoint >= CHECKPOINT_SECONDS:
                        stall.reschedule(None)  # only waiting for data can stall; never cut a sync short
                        runtime.sync_due(upload.id, 0)  # noted as synced now
                        try:
                            await run_in_threadpool(functools.partial(
                                sync_and_record, conn, settings, upload.id, fd, start + written,
                                claim=runtime.token(upload.id)))
                        except (OSError, *OperationalError) as exc:
                            if not space.is_no_space(exc):
                                raise
                            outcome = "no_space"  # the tail below tries once more, else keeps `vouched`
                            continue
                        vouched = start + written
                        last_checkpoint = time.monotonic()
                    stall.reschedule(loop.time() + STALL_SECONDS)
        except ClientDisconnect:
            outcome = "disconnected"
        except TimeoutError:
            outcome = "stalled"
        if outcome == "ok" and chunk_hash is not None and chunk_hash.digest() != checksum.digest:
            outcome = "checksum_mismatch"
        cut_short = outcome in ("disconnected", "stalled", "no_space")
        if outcome in ("too_long", "checksum_mismatch") or (cut_short and checksum):
            os.ftruncate(fd, vouched)
            return Received(vouched, outcome, before if checksum else None, upload.expires_at)
        expires = upload.expires_at
        if written:
            # Chunked uploads sync at most once per CHECKPOINT_SECONDS: waiting for the disk
            # after every chunk would serialise the network and the disk.
            sync = runtime.sync_due(upload.id, CHECKPOINT_SECONDS) or start + written == upload.length
            try:
                expires = await run_in_threadpool(
                    functools.partial(sync_and_record, conn, settings, upload.id, fd, start + written, sync=sync,
                                      claim=runtime.token(upload.id))
                )
            except (OSError, *OperationalError) as exc:
                if not space.is_no_space(exc):
                    raise
                # A truly full disk: not even the offset could be recorded. Keep what was vouched for.
                os.ftruncate(fd, vouched)
                return Received(vouched, "no_space", None, upload.expires_at)
        return Received(start + written, outcome, running, expires)
    finally:
        os.close(fd)
