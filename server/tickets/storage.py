"""Content-addressed storage of ticket files and their thumbnails.

A stored file is named by the SHA-256 of its (cleaned) bytes, never by anything
a client sent: ``files/<sha[:2]>/<sha>``, its preview ``thumbnails/<sha[:2]>/<sha>.jpg``.
Two tickets holding the same content share one file; it is removed when the
last ticket that refers to it is deleted.

The bytes live in the service's blob store (server/blobs.py): the data dir's
folders by default, or an S3-compatible bucket under the same keys
(``files/…``, ``thumbnails/…``). Cleaning and thumbnails always work on local
copies in the data dir's ``work/`` folder (Pillow and PDFium need a seekable
file); what they make is then moved into the store.

A deletion never removes content that an upload completing at the same moment
(in this process or another API process on the same database) is about to record.
Both sides decide inside a write transaction (``db.transaction``: SQLite's file
lock, PostgreSQL's writers' advisory lock), which runs one at a time across every
process:

* forgetting (:func:`remove_unreferenced`): after the rows went, in a write
  transaction, re-check that no ticket file refers to the content, and only then
  delete it from the store, still inside that transaction;
* recording (server/uploads/service.py): place the content first (outside any
  transaction: on object storage it is an upload), then, in the write transaction
  that records the page, check the content is still in the store (:func:`placed`).
  If a deletion ran in between and removed it, that transaction records nothing
  and the completion places the content again.

Either the deletion's transaction comes first (the completion sees the file gone
and places it again) or the recording one does (the deletion sees the new
reference and keeps the file). The only cost under the lock is an existence check
per completion and the deletes of unreferenced content.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .. import blobs, media, processes
from ..config import Settings
from ..db import Connection, transaction

READ_SIZE = 1024 * 1024


class DamagedFileError(ValueError):
    """The content claims a supported type but cannot be read (truncated, corrupt, a bomb)."""


class RefusedFileError(DamagedFileError):
    """The content is refused on principle (an active PDF, a bomb): ``code`` and ``message`` say why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class PreparedContent:
    """A cleaned file and its thumbnail in the work dir, ready to be placed."""

    work_path: Path
    thumbnail_work_path: Path
    sha256: str
    size: int
    mime: str

    @property
    def storage_key(self) -> str:
        return f"{self.sha256[:2]}/{self.sha256}"

    @property
    def thumbnail_key(self) -> str:
        return f"{self.sha256[:2]}/{self.sha256}.jpg"


def thumbnails_dir(settings: Settings) -> Path:
    return settings.data_dir / "thumbnails"


def work_dir(settings: Settings) -> Path:
    return settings.data_dir / "work"


def content_blob(storage_key: str) -> str:
    """The blob store's key of a stored file."""
    return "files/" + _checked_key(storage_key)


def thumbnail_blob(thumbnail_key: str) -> str:
    return "thumbnails/" + _checked_key(thumbnail_key)


def content_path(settings: Settings, storage_key: str) -> Path:
    """Where a stored file is in the data dir (the disk store only)."""
    return settings.files_dir / _checked_key(storage_key)


def thumbnail_path(settings: Settings, thumbnail_key: str) -> Path:
    return thumbnails_dir(settings) / _checked_key(thumbnail_key)


@contextmanager
def local_content(settings: Settings, storage_key: str) -> Iterator[Path]:
    """A stored file as a local, seekable file while the block runs (read only): the stored
    file itself on disk, a copy in the work dir from object storage. FileNotFoundError when missing."""
    with blobs.store(settings).local_copy(content_blob(storage_key), work_dir(settings)) as path:
        yield path


_KEY = re.compile(r"([0-9a-f]{2})/\1[0-9a-f]{62}(\.jpg)?")


def _checked_key(key: str) -> str:
    # Keys are made here from hex digests; anything else is a bug or tampering.
    if not _KEY.fullmatch(key):
        raise ValueError(f"not a storage key: {key!r}")
    return key


def sha256_file(path: Path, limit: int | None = None) -> hashlib._Hash:
    """A running SHA-256 over the file's first ``limit`` bytes (all when None)."""
    digest = hashlib.sha256()
    remaining = limit
    with path.open("rb") as file:
        while remaining is None or remaining > 0:
            block = file.read(READ_SIZE if remaining is None else min(READ_SIZE, remaining))
            if not block:
                break
            digest.update(block)
            if remaining is not None:
                remaining -= len(block)
    return digest


def prepare(settings: Settings, source: Path, mime: str, source_sha256: str | None = None) -> PreparedContent:
    """Clean a copy of ``source`` (left as it is) and make its thumbnail.

    ``mime`` is what :func:`server.media.sniff_bytes` said about the content;
    ``source_sha256``, when known, spares reading the file again if cleaning
    left it as it was (PDFs). Raises :class:`DamagedFileError` when the
    content cannot be decoded.
    """
    folder = work_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    name = processes.work_file_name("")
    work, thumb = folder / f"{name}.clean", folder / f"{name}.thumb.jpg"
    try:
        try:
            # A hard link is free; strip_location replaces the name it is given
            # with a new file, so the source keeps its bytes.
            os.link(source, work)
        except OSError:
            shutil.copyfile(source, work)
        os.utime(work)  # a fresh mtime, so clean_work_dir leaves it alone
        try:
            media.strip_location(work, mime)
            media.thumbnail(work, thumb, mime)
        except media.Refused as exc:
            raise RefusedFileError(exc.code, exc.message) from exc
        except (ValueError, SyntaxError, EOFError) as exc:
            raise DamagedFileError(str(exc)) from exc
        except OSError as exc:
            if exc.errno is not None:  # the disk, not the picture
                raise
            raise DamagedFileError(str(exc)) from exc
        untouched = source_sha256 is not None and os.path.samefile(source, work)
        digest = source_sha256 if untouched else sha256_file(work).hexdigest()
        return PreparedContent(work, thumb, digest, work.stat().st_size, mime)
    except BaseException:
        work.unlink(missing_ok=True)
        thumb.unlink(missing_ok=True)
        raise


def discard(prepared: PreparedContent) -> None:
    prepared.work_path.unlink(missing_ok=True)
    prepared.thumbnail_work_path.unlink(missing_ok=True)


def place(settings: Settings, prepared: PreparedContent, *, durable: bool = True) -> None:
    """Move prepared content to its content-addressed name (then record it, checking :func:`placed`).

    Content already stored under that name is the same bytes and is kept.
    ``durable`` syncs file and folder to disk first (not needed for demo data).
    """
    store = blobs.store(settings)
    for work, dest in (
        (prepared.work_path, content_blob(prepared.storage_key)),
        (prepared.thumbnail_work_path, thumbnail_blob(prepared.thumbnail_key)),
    ):
        if store.exists(dest):
            work.unlink(missing_ok=True)
            continue
        store.move_in(dest, work, durable=durable)


def write_new(settings: Settings, data: bytes, mime: str) -> PreparedContent:
    """Prepare bytes made by the service itself (the demo seed) like an upload."""
    folder = work_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / processes.work_file_name(".seed")
    try:
        source.write_bytes(data)
        return prepare(settings, source, mime)
    finally:
        source.unlink(missing_ok=True)


def placed(settings: Settings, prepared: PreparedContent) -> bool:
    """The content and its thumbnail are in the store (inside the recording transaction)."""
    store = blobs.store(settings)
    return store.exists(content_blob(prepared.storage_key)) and store.exists(thumbnail_blob(prepared.thumbnail_key))


def remove_unreferenced(conn: Connection, settings: Settings, storage_keys: Iterable[str]) -> None:
    """Delete stored content (and its thumbnail) that no ticket file refers to any more.

    Call after the deleting transaction committed (never inside one: a rollback would
    leave rows whose files are gone). The check and the deletes run in a write
    transaction of their own, so no completion records the same content meanwhile
    (see the module's docstring).
    """
    keys = sorted(set(storage_keys))
    if not keys:
        return
    store = blobs.store(settings)
    with transaction(conn):
        for key in keys:
            still_used = conn.execute(
                "SELECT 1 FROM ticket_files WHERE storage_key = ? LIMIT 1", (key,)
            ).fetchone()
            if still_used:
                continue
            store.delete(content_blob(key))
            store.delete(thumbnail_blob(key + ".jpg"))


def clean_work_dir(settings: Settings, older_than: float = 3600.0) -> None:
    """Forget work files a crash left behind (nothing refers to them). Several API nodes and
    extraction workers may share the data dir: a file whose name says its process still runs is
    theirs and stays (a starting node once removed the cleaned copies of the node beside it, whose
    completion then failed); one of a process of this machine that is gone goes at once; any other
    (another machine's, or a name that does not say) once older than ``older_than`` seconds."""
    folder = work_dir(settings)
    if not folder.is_dir():
        return
    cutoff = time.time() - older_than
    for leftover in folder.iterdir():
        running = processes.maker_running(leftover.name)
        try:
            if running is False or (running is None and leftover.stat().st_mtime < cutoff):
                leftover.unlink(missing_ok=True)
        except FileNotFoundError:
            pass

