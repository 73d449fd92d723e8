"""Uploads: the tus engine and the persistent upload queue (no Qt).

``TusUploader`` sends one file; ``UploadQueue`` + ``QueueRunner`` keep a list
of files going until each is a ticket, across crashes and restarts.
"""

from ._tus import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_STALL_TIMEOUT,
    TUS_VERSION,
    FileChangedError,
    TusUploader,
    UploadCancelledError,
    UploadGoneError,
    UploadResult,
    UploadStalledError,
    UploadStatus,
    encode_metadata,
)
from .queue import (
    Grouping,
    ItemState,
    QueueEvent,
    QueueRunner,
    UploadItem,
    UploadQueue,
    count_pending,
    expand_paths,
)

__all__ = [
    "count_pending",
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_STALL_TIMEOUT",
    "FileChangedError",
    "Grouping",
    "ItemState",
    "QueueEvent",
    "QueueRunner",
    "TUS_VERSION",
    "TusUploader",
    "UploadCancelledError",
    "UploadGoneError",
    "UploadItem",
    "UploadQueue",
    "UploadResult",
    "UploadStalledError",
    "UploadStatus",
    "encode_metadata",
    "expand_paths",
]
