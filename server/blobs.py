"""Where the service's file bytes live: the data dir's folders, or an S3-compatible bucket.

One small interface (:class:`BlobStore`) with two stores behind it:

* :class:`DiskStore` (the default): a key ``files/ab/ab12…`` is the file
  ``<data dir>/files/ab/ab12…``, exactly the layout the service always had.
* :class:`S3Store` (``--storage-url s3://BUCKET?endpoint=…&region=…``): the
  same key is an object in the bucket. Credentials come from the standard
  ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` environment variables (as
  DigitalOcean Spaces documents them), read by boto3 itself.

Nothing here loads a whole file into memory: objects are written from local
files (boto3 sends large ones as a multipart upload, part by part), read in
``READ_SIZE`` pieces, or copied to a temporary file in the data dir's ``work/``
folder (:meth:`BlobStore.local_copy`) for the work that needs a seekable file
(Pillow, PDFium, pypdf, Tesseract). tus uploads use the multipart methods
of :class:`S3Store` directly (server/uploads/multipart.py).
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qs, urlsplit

from . import processes

READ_SIZE = 1024 * 1024


class StorageUrlError(ValueError):
    """``--storage-url`` names no store this service can use; ``str()`` is one sentence."""


class BlobStore:
    """The bytes of stored files, thumbnails and uploads, by key (``files/…``, ``thumbnails/…``, ``uploads/…``)."""

    kind = "abstract"

    def exists(self, key: str) -> bool:
        raise NotImplementedError

    def size(self, key: str) -> int | None:
        """The object's size in bytes; None when there is none."""
        raise NotImplementedError

    def move_in(self, key: str, source: Path, *, durable: bool = True) -> None:
        """Store the local file ``source`` under ``key``; ``source`` is gone afterwards."""
        raise NotImplementedError

    def read_into(self, key: str, dest: BinaryIO, length: int | None = None) -> int:
        """Copy the object's first ``length`` bytes (all when None) to ``dest``; how many were copied."""
        raise NotImplementedError

    def iter_bytes(self, key: str) -> Iterator[bytes]:
        """The object's bytes in pieces of at most ``READ_SIZE`` (FileNotFoundError when missing)."""
        raise NotImplementedError

    def delete(self, key: str) -> None:
        """Remove the object; one that is not there is not an error."""
        raise NotImplementedError

    def local_path(self, key: str) -> Path | None:
        """The object as a file of the local disk when it is one (the disk store), else None."""
        return None

    @contextmanager
    def local_copy(self, key: str, work_dir: Path) -> Iterator[Path]:
        """A seekable local file holding the object, for as long as the block runs.

        The disk store hands out the stored file itself (read it, never write to it);
        the object store copies the object to ``work_dir`` and removes the copy after.
        FileNotFoundError when the object is missing.
        """
        path = self.local_path(key)
        if path is not None:
            if not path.is_file():
                raise FileNotFoundError(errno.ENOENT, "no such stored file", key)
            yield path
            return
        work_dir.mkdir(parents=True, exist_ok=True)
        copy = work_dir / processes.work_file_name(".copy")
        try:
            with copy.open("wb") as file:
                self.read_into(key, file)
            yield copy
        finally:
            copy.unlink(missing_ok=True)


class DiskStore(BlobStore):
    kind = "disk"

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        return self.root / key

    def local_path(self, key: str) -> Path:
        return self.path(key)

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def size(self, key: str) -> int | None:
        try:
            return self.path(key).stat().st_size
        except FileNotFoundError:
            return None

    def move_in(self, key: str, source: Path, *, durable: bool = True) -> None:
        dest = self.path(key)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if durable:
            _fsync(source)
        os.replace(source, dest)
        if durable:
            _fsync_dir(dest.parent)

    def read_into(self, key: str, dest: BinaryIO, length: int | None = None) -> int:
        copied = 0
        with self.path(key).open("rb") as src:
            while length is None or copied < length:
                block = src.read(READ_SIZE if length is None else min(READ_SIZE, length - copied))
                if not block:
                    break
                dest.write(block)
                copied += len(block)
        return copied

    def iter_bytes(self, key: str) -> Iterator[bytes]:
        with self.path(key).open("rb") as src:
            while block := src.read(READ_SIZE):
                yield block

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)


@dataclass(frozen=True)
class S3Location:
    bucket: str
    endpoint: str | None
    region: str | None
    #: Key prefix inside the bucket (``s3://bucket/some/prefix``), "" for none.
    prefix: str = ""


def parse_storage_url(url: str) -> S3Location:
    """``s3://BUCKET[/PREFIX]?endpoint=https://…&region=…`` (endpoint and region optional)."""
    parts = urlsplit(url)
    if parts.scheme != "s3":
        raise StorageUrlError(f"The storage URL {url!r} is not an s3:// URL (s3://BUCKET?endpoint=…&region=…).")
    if not parts.netloc:
        raise StorageUrlError(f"The storage URL {url!r} names no bucket (s3://BUCKET?endpoint=…&region=…).")
    query = parse_qs(parts.query)
    unknown = set(query) - {"endpoint", "region"}
    if unknown:
        raise StorageUrlError(f"The storage URL has a setting this service does not know: {', '.join(sorted(unknown))} "
                              "(it takes endpoint and region).")
    endpoint = query.get("endpoint", [None])[-1]
    if endpoint is not None and urlsplit(endpoint).scheme not in ("http", "https"):
        raise StorageUrlError(f"The storage endpoint {endpoint!r} is not an http:// or https:// address.")
    prefix = parts.path.strip("/")
    return S3Location(parts.netloc, endpoint, query.get("region", [None])[-1], prefix + "/" if prefix else "")


class S3Store(BlobStore):
    """An S3-compatible bucket (AWS S3, DigitalOcean Spaces, MinIO, moto's server)."""

    kind = "s3"
    #: S3's smallest part of a multipart upload (all but the last), and its most parts.
    MIN_PART_SIZE = 5 * 1024 * 1024
    MAX_PARTS = 10_000

    def __init__(self, location: S3Location) -> None:
        try:
            import boto3
            from boto3.s3.transfer import TransferConfig
            from botocore.config import Config
        except ImportError as exc:  # the app's bundle carries the demo service without it
            raise StorageUrlError("This copy of the service cannot use object storage: boto3 is not installed "
                                  "(pip install 'ticketpros-desktop[server]').") from exc

        self.location = location
        self.bucket = location.bucket
        self.client = boto3.client(
            "s3", endpoint_url=location.endpoint, region_name=location.region,
            config=Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=10, read_timeout=60,
                          # Path-style addressing works on every S3-compatible server (and on loopback).
                          s3={"addressing_style": "path"}),
        )
        self.transfer = TransferConfig(multipart_threshold=8 * 1024 * 1024, multipart_chunksize=8 * 1024 * 1024,
                                       max_concurrency=4)

    def _key(self, key: str) -> str:
        return self.location.prefix + key

    def _missing(self, exc: Exception) -> bool:
        from botocore.exceptions import ClientError

        return isinstance(exc, ClientError) and exc.response.get("Error", {}).get("Code") in (
            "404", "NoSuchKey", "NotFound")

    def check(self) -> None:
        """Fail now (one sentence) when the bucket cannot be reached with these credentials."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
        except (BotoCoreError, ClientError) as exc:
            raise StorageUrlError(f"The service cannot use the bucket {self.bucket!r}: {exc}.") from exc

    def size(self, key: str) -> int | None:
        try:
            return self.client.head_object(Bucket=self.bucket, Key=self._key(key))["ContentLength"]
        except Exception as exc:
            if self._missing(exc):
                return None
            raise

    def exists(self, key: str) -> bool:
        return self.size(key) is not None

    def move_in(self, key: str, source: Path, *, durable: bool = True) -> None:
        # upload_file streams from the file (a multipart upload past multipart_threshold).
        self.client.upload_file(str(source), self.bucket, self._key(key), Config=self.transfer)
        source.unlink(missing_ok=True)

    def put_file_part(self, key: str, source: Path) -> None:
        """Store a local file of at most a few MiB (the incomplete part of a tus upload) as it is."""
        with source.open("rb") as body:
            self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=body)

    def read_into(self, key: str, dest: BinaryIO, length: int | None = None) -> int:
        if length == 0:
            return 0
        extra = {} if length is None else {"Range": f"bytes=0-{length - 1}"}
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(key), **extra)["Body"]
        except Exception as exc:
            if self._missing(exc):
                raise FileNotFoundError(errno.ENOENT, "no such stored object", key) from exc
            raise
        copied = 0
        try:
            for block in body.iter_chunks(READ_SIZE):
                dest.write(block)
                copied += len(block)
        finally:
            body.close()
        return copied

    def iter_bytes(self, key: str) -> Iterator[bytes]:
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"]
        except Exception as exc:
            if self._missing(exc):
                raise FileNotFoundError(errno.ENOENT, "no such stored object", key) from exc
            raise
        return _closing_iter(body)

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def keys(self, prefix: str) -> Iterator[str]:
        """Every key under ``prefix``."""
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self._key(prefix)):
            for item in page.get("Contents", []):
                yield item["Key"][len(self.location.prefix):]

    # Multipart uploads (tus uploads: server/uploads/multipart.py).

    def create_multipart(self, key: str) -> str:
        return self.client.create_multipart_upload(Bucket=self.bucket, Key=self._key(key))["UploadId"]

    def upload_part(self, key: str, upload_id: str, number: int, source: Path) -> str:
        """Send the local file ``source`` as part ``number`` (from 1); its ETag."""
        with source.open("rb") as body:
            reply = self.client.upload_part(Bucket=self.bucket, Key=self._key(key), UploadId=upload_id,
                                            PartNumber=number, Body=body, ContentLength=source.stat().st_size)
        return reply["ETag"]

    def complete_multipart(self, key: str, upload_id: str, parts: list[tuple[int, str]]) -> None:
        self.client.complete_multipart_upload(
            Bucket=self.bucket, Key=self._key(key), UploadId=upload_id,
            MultipartUpload={"Parts": [{"PartNumber": n, "ETag": etag} for n, etag in parts]})

    def abort_multipart(self, key: str, upload_id: str) -> None:
        """Abort the multipart upload and free its parts; one already gone is not an error."""
        from botocore.exceptions import ClientError

        try:
            self.client.abort_multipart_upload(Bucket=self.bucket, Key=self._key(key), UploadId=upload_id)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") not in ("NoSuchUpload", "404"):
                raise

    def multipart_uploads(self, prefix: str) -> Iterator[tuple[str, str]]:
        """(key, upload id) of every multipart upload in progress under ``prefix``."""
        paginator = self.client.get_paginator("list_multipart_uploads")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self._key(prefix)):
            for item in page.get("Uploads", []):
                yield item["Key"][len(self.location.prefix):], item["UploadId"]


def _closing_iter(body) -> Iterator[bytes]:
    try:
        yield from body.iter_chunks(READ_SIZE)
    finally:
        body.close()


_STORES: dict[tuple[str | None, Path], BlobStore] = {}
_STORES_LOCK = threading.Lock()


def store(settings) -> BlobStore:
    """The store of ``settings`` (one per storage URL and data dir in a process: boto3 clients are thread-safe)."""
    key = (settings.storage_url, settings.data_dir)
    with _STORES_LOCK:
        found = _STORES.get(key)
        if found is None:
            if settings.storage_url is None:
                found = DiskStore(settings.data_dir)
            else:
                found = S3Store(parse_storage_url(settings.storage_url))
            _STORES[key] = found
        return found


def on_object_storage(settings) -> bool:
    return settings.storage_url is not None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        _fsync(path)
    except OSError as exc:  # some platforms cannot open a directory
        if exc.errno not in (errno.EACCES, errno.EISDIR, errno.EPERM):
            raise
