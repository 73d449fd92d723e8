""""On this computer": what the desktop app keeps locally, and clearing it.

No Qt here: the privacy page runs these functions on a worker, the tests call
them directly. Clearing removes the cache (thumbnails and other cached files)
and old log files, and empties the current log file. It never touches the
upload queues (the app's and the command line's) or their staging folders:
those hold files not yet uploaded.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from api_client.uploads import count_pending, queue_files

from .. import paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalItem:
    """One kind of thing the app keeps on this computer."""

    key: str
    label: str
    location: Path
    size: int
    files: int
    #: Removed by "Clear cache and logs".
    cleared: bool
    note: str = ""


@dataclass(frozen=True)
class LocalDataReport:
    items: tuple[LocalItem, ...]
    #: Files waiting to upload: 0 when there is no queue, None when it could not be read.
    pending_uploads: int | None

    @property
    def clearable_size(self) -> int:
        return sum(item.size for item in self.items if item.cleared)


@dataclass(frozen=True)
class ClearResult:
    removed_files: int
    freed_bytes: int
    pending_uploads_kept: int | None
    #: Paths that could not be removed (in use, permissions), for the log and the message.
    failures: tuple[str, ...] = ()


def _usage(path: Path, *, exclude: tuple[Path, ...] = ()) -> tuple[int, int]:
    """(bytes, files) under ``path``; a missing path is empty. Symlinks are not followed."""
    if not path.exists():
        return 0, 0
    if path.is_file():
        return path.stat().st_size, 1
    size = count = 0
    for root, dirs, files in os.walk(path):
        root_path = Path(root)
        dirs[:] = [d for d in dirs if root_path / d not in exclude]
        for name in files:
            try:
                info = (root_path / name).lstat()
            except OSError:
                continue
            size += info.st_size
            count += 1
    return size, count


def _files_size(files: list[Path]) -> int:
    size = 0
    for path in files:
        try:
            size += path.lstat().st_size
        except OSError:  # removed meanwhile
            continue
    return size


def _queue_item(key: str, label: str, queue: Path, staging: Path, extra: tuple[Path, ...] = (), *,
                note: str) -> LocalItem:
    """A queue: its database (with its WAL and the copies kept from before each
    migration), its cleaned copies, and ``extra`` files of it that exist."""
    files = [*queue_files(queue), *(p for p in extra if p.is_file())]
    staging_size, staging_files = _usage(staging)
    return LocalItem(key, label, queue, _files_size(files) + staging_size, len(files) + staging_files,
                     cleared=False, note=note)


def count_pending_uploads(queue: Path | None = None) -> int | None:
    """How many files wait to upload (read-only); None when the queue cannot be read."""
    try:
        return count_pending(queue or paths.upload_queue_file())
    except sqlite3.Error as exc:
        log.info("upload queue could not be read: %s", exc)
        return None


def measure() -> LocalDataReport:
    """Sizes and locations of everything the app keeps here (run on a worker)."""
    queue = paths.upload_queue_file()
    thumbs = paths.thumbnail_cache_dir()
    thumb_size, thumb_files = _usage(thumbs)
    cache_size, cache_files = _usage(paths.cache_dir(), exclude=(thumbs,))
    log_size, log_files = _usage(paths.log_dir())
    settings_size, settings_files = _usage(paths.settings_file())
    items = [
        _queue_item("upload_queue", "Upload queue", queue, paths.staging_dir(),
                    note="Files waiting to upload and their cleaned copies; kept until they are uploaded. Also which "
                         "files your watched folders took (path, size, time, content hash), so none is sent twice."),
        LocalItem("thumbnails", "Thumbnail cache", thumbs, thumb_size, thumb_files, cleared=True,
                  note="Small previews of your tickets; made again when needed."),
        LocalItem("cache", "Other cached files", paths.cache_dir(), cache_size, cache_files, cleared=True,
                  note="Temporary files; made again when needed."),
        LocalItem("logs", "Logs", paths.log_dir(), log_size, log_files, cleared=True,
                  note="What the app did, for troubleshooting; passwords and tokens are never written."),
        LocalItem("settings", "Settings", paths.settings_file(), settings_size, settings_files, cleared=False,
                  note="Server address, account email and preferences; no passwords."),
    ]
    cli_queue = paths.cli_upload_queue_file()
    if queue_files(cli_queue) or paths.cli_staging_dir().exists():
        items.append(_queue_item(
            "cli_upload_queue", "Command-line upload queue", cli_queue, paths.cli_staging_dir(),
            (paths.cli_upload_lock_file(),),
            note="Files “ticketpros upload” has not finished sending; the next run with the same files "
                 "finishes them."))
    locks, lock_files = paths.session_lock_dir(), _usage(paths.session_lock_dir())[1]
    if lock_files:
        items.append(LocalItem("session_locks", "Sign-in locks", locks, 0, lock_files, cleared=False,
                               note="Empty files by which the app and the command line take turns "
                                    "renewing your session; nothing is written in them."))
    items.extend(_watch_items())
    demo = paths.demo_service_dir()
    if demo.exists():
        demo_size, demo_files = _usage(demo)
        items.append(LocalItem("demo_service", "Demo service data", demo, demo_size, demo_files,
                               cleared=False, note="Only used by the built-in demo."))
    updates = paths.update_dir()
    if updates.exists():
        update_size, update_files = _usage(updates)
        items.append(LocalItem("updates", "Updates", updates, update_size, update_files, cleared=False,
                               note="The signed update information last checked and the archive of this "
                                    "version (the base of the next, smaller download); nothing about you."))
    return LocalDataReport(tuple(items), count_pending_uploads(queue))


def _watch_items() -> list[LocalItem]:
    """What watched folders and one-ticket-per-page leave here (feat/watch)."""
    found = []
    watch_queue = paths.watch_queue_file()
    if queue_files(watch_queue) or paths.watch_staging_dir().exists():
        found.append(_queue_item(
            "watch_upload_queue", "Watched-folder queue (command line)", watch_queue, paths.watch_staging_dir(),
            (paths.watch_lock_file(),),
            note="Files “ticketpros watch” took from your folders and has not finished sending, and which "
                 "files it took (path, size, time, content hash), so none is sent twice."))
    pages = paths.split_pages_dir()
    if pages.exists():
        size, count = _usage(pages)
        found.append(LocalItem("split_pages", "Pages of split files", pages, size, count, cleared=False,
                               note="One file per page of a PDF or TIFF sent as one ticket per page; "
                                    "each goes once its page is uploaded."))
    settings = paths.settings_file()
    backups = sorted(settings.parent.glob(f"{settings.stem}.v*.backup{settings.suffix}"))
    if backups:
        found.append(LocalItem("settings_backup", "Settings before an update", backups[0],
                               sum(p.stat().st_size for p in backups), len(backups), cleared=False,
                               note="The settings file as an earlier version wrote it, kept when it was updated."))
    return found


def _protected() -> tuple[Path, ...]:
    queue = paths.upload_queue_file()
    return (queue, queue.with_name(queue.name + "-wal"), queue.with_name(queue.name + "-shm"),
            paths.staging_dir())


def _is_protected(path: Path, protected: tuple[Path, ...]) -> bool:
    resolved = path.resolve()
    return any(resolved == p.resolve() or p.resolve().is_relative_to(resolved)
               or resolved.is_relative_to(p.resolve()) for p in protected)


def _truncate_log(path: Path) -> int:
    """Empty the current log file in place, under the lock of the handler
    writing to it, so no line is half-written and the handler keeps working."""
    size = path.stat().st_size
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path]
    for handler in handlers:
        handler.acquire()
    try:
        for handler in handlers:
            handler.flush()
        os.truncate(path, 0)
    finally:
        for handler in reversed(handlers):
            handler.release()
    return size


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def clear_local_data() -> ClearResult:
    """Remove cached files and old logs and empty the current log (run on a worker).

    The upload queue and staged files are never touched: the result says how
    many uploads were kept.
    """
    protected = _protected()
    current_log = paths.log_file()
    removed = freed = 0
    failures: list[str] = []
    for folder in (paths.cache_dir(), paths.log_dir()):
        if not folder.exists():
            continue
        for child in folder.iterdir():
            if _is_protected(child, protected):
                continue
            try:
                if child == current_log:
                    freed += _truncate_log(child)  # still in use: emptied, not removed
                    continue
                size, files = _usage(child)
                _remove(child)
            except OSError as exc:
                failures.append(str(child))
                log.warning("could not remove %s: %s", child, exc)
                continue
            removed += files
            freed += size
    log.info("local data cleared at %s: %d files, %d bytes", datetime.now().isoformat(timespec="seconds"),
             removed, freed)
    return ClearResult(removed, freed, count_pending_uploads(), tuple(failures))
