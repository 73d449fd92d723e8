"""Running out of storage: a real full disk, or the operator's storage limit.

``Settings.storage_limit`` (``--max-storage-mb``) caps the bytes the service's
files may take in its data dir (stored files, thumbnails, partial uploads,
work copies; the database is not counted). A write that would pass it fails
exactly like a write to a full disk (``OSError(ENOSPC)``), so one code path
answers both: a ``StorageFull`` refusal (507 ``storage_full``) with a
sentence; what arrived before is kept and the upload can be resumed once
there is room again; no ticket is made of half a file.

The usage is counted once by walking the data dir, then grows with every
claim; it is counted again only when a claim would not fit (files deleted
since then give their room back at that point).
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

from .. import sentences as S
from ..config import Settings
from ..errors import StorageFull

NO_SPACE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
#: Room claimed for a thumbnail when a completion makes one.
THUMBNAIL_ALLOWANCE = 256 * 1024

_LOCK = threading.Lock()
_USED: dict[Path, int] = {}


def storage_full(upload_offset: int | None = None) -> StorageFull:
    return StorageFull("storage_full", S.UPLOAD_STORAGE_FULL(), upload_offset=upload_offset)


def is_no_space(exc: BaseException) -> bool:
    """True for a full disk or quota (also SQLite's 'database or disk is full')."""
    if isinstance(exc, OSError):
        return exc.errno in NO_SPACE_ERRNOS
    return "disk is full" in str(exc)


#: The folders of the data dir that hold files (the database is not counted).
FILE_FOLDERS = ("files", "thumbnails", "uploads", "work", "exports")


def _walk(data_dir: Path) -> int:
    return sum(_walk_folder(data_dir / name) for name in FILE_FOLDERS)


def _walk_folder(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except FileNotFoundError:
                pass
    return total


def claim(settings: Settings, size: int) -> None:
    """Note that ``size`` more bytes are about to be written to the data dir;
    raise ``OSError(ENOSPC)`` when that would pass ``settings.storage_limit``."""
    limit = settings.storage_limit
    if limit is None or size <= 0:
        return
    key = settings.data_dir
    with _LOCK:
        used = _USED.get(key)
        if used is None or used + size > limit:
            used = _walk(key)
        if used + size > limit:
            _USED[key] = used
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(key))
        _USED[key] = used + size


def room_for(settings: Settings, size: int) -> bool:
    """Whether ``size`` bytes fit under the storage limit right now (nothing is claimed)."""
    limit = settings.storage_limit
    if limit is None:
        return True
    with _LOCK:
        used = _USED[settings.data_dir] = _walk(settings.data_dir)
    return used + size <= limit
