"""Watched folders: files a scanner or a phone drops into a folder become tickets (no Qt).

::

    from api_client.watch import FolderWatcher, WatchedFolder

    watcher = FolderWatcher(queue, [WatchedFolder("~/Scans", job="J-12", grouping="page")],
                            pages_dir=data_dir / "watch-pages")
    watcher.start()    # the queue's QueueRunner sends what it queues

``ticketpros watch`` runs it without the GUI; the app runs it beside its
upload queue. See :mod:`._watcher` for how a file goes, and what happens to it
when it cannot be taken.
"""

from ._config import (
    NOT_UPLOADED_DIR,
    UPLOADED_DIR,
    AfterUpload,
    FileEvent,
    FolderGrouping,
    FolderState,
    Status,
    WatchedFolder,
)
from ._ledger import EntryState, Ledger
from ._pages import PageCleaner, remove_pages, split_for_queue
from ._watcher import DEFAULT_STABLE_SECONDS, FolderWatcher

__all__ = [
    "DEFAULT_STABLE_SECONDS",
    "NOT_UPLOADED_DIR",
    "UPLOADED_DIR",
    "AfterUpload",
    "EntryState",
    "FileEvent",
    "FolderGrouping",
    "FolderState",
    "FolderWatcher",
    "Ledger",
    "PageCleaner",
    "Status",
    "WatchedFolder",
    "remove_pages",
    "split_for_queue",
]
