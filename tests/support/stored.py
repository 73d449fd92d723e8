"""What a test service holds in its blob store (the data dir's folders or its bucket), by key:
``files/<sha[:2]>/<sha>``, ``thumbnails/<sha[:2]>/<sha>.jpg``. The same assertions then hold on
both stores (``./dev test --storage s3``)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from server import blobs
from server.config import Settings


def content_key(sha: str) -> str:
    return f"files/{sha[:2]}/{sha}"


def thumbnail_key(sha: str) -> str:
    return f"thumbnails/{sha[:2]}/{sha}.jpg"


def exists(settings: Settings, key: str) -> bool:
    return blobs.store(settings).exists(key)


def read(settings: Settings, key: str) -> bytes:
    out = io.BytesIO()
    blobs.store(settings).read_into(key, out)
    return out.getvalue()


def write(settings: Settings, key: str, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=settings.data_dir, delete=False) as file:
        file.write(data)
    blobs.store(settings).move_in(key, Path(file.name), durable=False)


def delete(settings: Settings, key: str) -> None:
    blobs.store(settings).delete(key)


def keys(settings: Settings, prefix: str = "files/") -> list[str]:
    """Every stored key under ``prefix``, sorted."""
    store = blobs.store(settings)
    if isinstance(store, blobs.DiskStore):
        root = store.root
        return sorted(p.relative_to(root).as_posix() for p in (root / prefix).rglob("*") if p.is_file())
    return sorted(store.keys(prefix))
