"""Uploads: the tus engine and the persistent upload queue (no Qt).

``TusUploader`` sends one file; ``UploadQueue`` + ``QueueRunner`` keep a list
of files going until each is a ticket, across crashes and restarts;
``BandwidthLimiter`` caps the bytes per second of uploads that share it.

The queue in modules: ``store`` (the SQLite file, its schema versions and
migrations), ``states`` (the one table of state changes), ``queue`` (what a
person does), ``runner`` (threads, scheduling, claiming) and ``steps`` (the
work for one file, and what each failure means for it).
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
from .folders import expand_paths
from .queue import QueueEvent, UploadQueue
from .runner import QueueRunner, retry_delay
from .states import Action, ItemState
from .steps import STORAGE_FULL_MESSAGE
from .store import (
    SCHEMA_VERSION,
    Grouping,
    QualityPolicy,
    QueueTooNewError,
    UploadItem,
    count_pending,
    queue_files,
    schema_version,
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_STALL_TIMEOUT",
    "SCHEMA_VERSION",
    "STORAGE_FULL_MESSAGE",
    "TUS_VERSION",
    "Action",
    "BandwidthLimiter",
    "FileChangedError",
    "Grouping",
    "ItemState",
    "QualityPolicy",
    "QueueEvent",
    "QueueRunner",
    "QueueTooNewError",
    "TusUploader",
    "UploadCancelledError",
    "UploadGoneError",
    "UploadItem",
    "UploadQueue",
    "UploadResult",
    "UploadStalledError",
    "UploadStatus",
    "count_pending",
    "encode_metadata",
    "expand_paths",
    "queue_files",
    "retry_delay",
    "schema_version",
]
