"""Uploads: the tus engine and the persistent upload queue (no Qt).

``TusUploader`` sends one file; ``UploadQueue`` + ``QueueRunner`` keep a list
of files going until each is a ticket, across crashes and restarts;
``BandwidthLimiter`` caps the bytes per second of uploads that share it.
"""

from ._bandwidth import BandwidthLimiter
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
    "BandwidthLimiter",
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
