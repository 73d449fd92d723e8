"""Page files of split documents, on their way through the queue (no Qt).

:func:`split_for_queue` splits a file into ``<root>/<hash>/`` once: splitting
the same content again (a run resumed after an interruption, a watcher
restarted mid-way) finds the pages already there, so the queue, which knows
files by path, sends none twice. :class:`PageCleaner` deletes each page file
once its queue row is finished.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from ..media import sha256_file, split_pages
from ..uploads import QueueEvent, UploadQueue

#: Written last into a folder of pages: the split finished (else it is done again).
COMPLETE = ".complete"


def split_for_queue(src: str | os.PathLike[str], root: str | os.PathLike[str], sha256: str | None = None) -> list[Path]:
    """The page files of ``src`` (``[src]`` for a single page or another type of file).
    Raises :class:`~api_client.media.MediaError` with the queue's sentence for a file it would refuse."""
    src = Path(src)
    digest = sha256 or sha256_file(src)
    folder = Path(root) / digest[:16]
    if (folder / COMPLETE).exists():
        pages = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
        if pages:
            return pages
    if folder.exists():
        shutil.rmtree(folder)  # an earlier split was cut short
    pages = split_pages(src, folder)
    if pages == [src]:
        with contextlib.suppress(OSError):
            folder.rmdir()
        return pages
    (folder / COMPLETE).touch()
    return pages


def remove_pages(paths: list[str] | tuple[str, ...]) -> None:
    """Delete page files, and their folder once it holds nothing else."""
    for page in paths:
        Path(page).unlink(missing_ok=True)
    for folder in {Path(p).parent for p in paths}:
        with contextlib.suppress(OSError):
            (folder / COMPLETE).unlink(missing_ok=True)
            folder.rmdir()


class PageCleaner:
    """Deletes a page file under ``root`` once its queue row is finished (uploaded, refused,
    cancelled). Runs on the thread that changed the row; touches nothing else."""

    def __init__(self, queue: UploadQueue, root: str | os.PathLike[str]) -> None:
        self.queue = queue
        self.root = os.path.abspath(root) + os.sep
        queue.subscribe(self._on_event)

    def close(self) -> None:
        self.queue.unsubscribe(self._on_event)

    def _on_event(self, event: QueueEvent) -> None:
        item = event.item
        if event.kind == "changed" and item is not None and item.state.finished \
                and item.source_path.startswith(self.root):
            folder = Path(item.source_path).parent
            Path(item.source_path).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                if not any(p for p in folder.iterdir() if p.name != COMPLETE):
                    (folder / COMPLETE).unlink(missing_ok=True)
                    folder.rmdir()
