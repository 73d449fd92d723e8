"""FolderWatcher: files dropped into watched folders become tickets, through the upload queue.

::

    watcher = FolderWatcher(queue, [WatchedFolder("~/Scans", job="J-12")], pages_dir=data / "watch-pages")
    watcher.start()          # its own thread; the queue's QueueRunner does the sending
    ...
    watcher.stop()

How a file goes (one thread, ``watch-loop``, does all of it but the sending):

1. It is seen: a change event (watchdog) or a scan (at start, and every
   ``poll`` seconds when events are off or unavailable) makes it a
   *candidate*, remembered with its size and modification time.
2. It is taken when size and time have not changed for ``stable_seconds``,
   its end is there (a PDF's ``%%EOF``, a JPEG's end marker; ``incomplete_grace``
   seconds later it is taken anyway and the queue says what is wrong), on
   Windows no other program has it open, and it reads whole (its SHA-256).
   Known already (same path and content, still in place): not taken again.
3. Taken files are recorded in the ledger (``watched_files``) and queued in
   one batch per tick and folder (a split file's pages, a sub-folder's files
   as one ticket's pages); the ledger says which batch, so a crash between the
   two is repaired at the next start.
4. When every queue row of a file is finished, the file is moved to
   ``Uploaded`` (or kept, or deleted), or to ``Not uploaded`` with
   ``<name>.txt`` saying why (refused, already uploaded, cancelled).

Files already uploaded by someone (the queue's duplicate check) are not sent
again: nobody is at a watched folder to decide, so the watcher decides "skip".
Each folder has a lock file, so two programs (the app and ``ticketpros watch``)
never take the same folder's files.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import logging
import os
import threading
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from .. import _sentences as S
from ..media import MediaError
from ..uploads import Grouping, ItemState, QueueEvent, UploadItem, UploadQueue
from ..uploads.steps import outcome_for
from . import _files
from ._config import (
    NOT_UPLOADED_DIR,
    RESULT_DIRS,
    UPLOADED_DIR,
    AfterUpload,
    FileEvent,
    FolderGrouping,
    FolderState,
    Status,
    WatchedFolder,
)
from ._ledger import Entry, EntryState, Ledger, NewEntry
from ._pages import remove_pages, split_for_queue

log = logging.getLogger(__name__)

# watchdog's inotify backend warns when a watched sub-folder moves within the tree (a folder taken as
# one ticket, moved to "Uploaded"): it registers the folder again under its new path; nothing is lost.
warnings.filterwarnings("ignore", message="Callback with id", category=RuntimeWarning, module="watchdog")

DEFAULT_STABLE_SECONDS = 3.0
#: Scans when change events are on: a safety net for a lost event.
EVENTS_RESCAN_SECONDS = 60.0
#: Files read and queued in one step of the loop, at most (the rest follow in the next steps).
TAKE_PER_STEP = 32
DEFAULT_POLL_SECONDS = 10.0
ANOTHER_WATCHER = S.WATCH_ANOTHER_WATCHER()
CANCELLED = S.WATCH_CANCELLED()


def _already_uploaded(item: UploadItem) -> str:
    for match in item.duplicates:
        if match.get("ticket_number") or match.get("ticket_id"):
            return S.WATCH_ALREADY_UPLOADED_TICKET(ticket=match.get("ticket_number") or match.get("ticket_id"))
    return S.WATCH_ALREADY_UPLOADED()


@dataclass
class _Candidate:
    folder: str
    signature: tuple[int, int]
    since: float
    first_seen: float


@dataclass
class _Open:
    """An entry whose queue rows are not all finished yet."""

    entry: Entry
    pending: set[int] = field(default_factory=set)
    items: dict[int, UploadItem] = field(default_factory=dict)


class FolderWatcher:
    """Watches ``folders`` and queues their files in ``queue`` (see the module's text).

    ``poll``: seconds between scans with change events off (None: events, scans
    every minute as a safety net; where events cannot be had the folder is
    polled every ``DEFAULT_POLL_SECONDS``). ``on_state`` and ``on_file`` are
    called on the watcher's thread: a GUI posts them on to its own.
    """

    def __init__(self, queue: UploadQueue, folders: Iterable[WatchedFolder], *, pages_dir: str | os.PathLike[str],
                 lock_dir: str | os.PathLike[str] | None = None, stable_seconds: float = DEFAULT_STABLE_SECONDS,
                 poll: float | None = None, incomplete_grace: float = 60.0,
                 on_state: Callable[[FolderState], None] | None = None,
                 on_file: Callable[[FileEvent], None] | None = None) -> None:
        self.queue = queue
        self.pages_dir = Path(pages_dir)
        self.lock_dir = Path(lock_dir) if lock_dir is not None else self.pages_dir.parent / "locks"
        self.stable_seconds = stable_seconds
        self.poll = poll
        self.incomplete_grace = incomplete_grace
        self.on_state = on_state
        self.on_file = on_file
        self._ledger: Ledger | None = None  # opened on the watcher's thread: a GUI may build this one
        self._lock = threading.Lock()
        self._folders: dict[str, WatchedFolder] = {}
        self._states: dict[str, FolderState] = {}
        self._locks: dict[str, FileLock] = {}
        self._polled: set[str] = set()        # folders with no change events
        self._scan_due: dict[str, float] = {}
        self._candidates: dict[str, _Candidate] = {}
        self._settled: dict[str, tuple[int, int]] = {}  # path -> signature, files in place we know
        self._events: collections.deque[str] = collections.deque()
        self._finished: collections.deque[UploadItem] = collections.deque()
        self._open: dict[int, _Open] = {}
        self._by_source: dict[str, int] = {}  # a unit or page path -> its open entry's id
        self._index: dict[int, _Open] = {}    # queue item id -> its open entry
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._taking = True
        self._thread: threading.Thread | None = None
        self._observer = None
        self._watches: dict[str, object] = {}
        for folder in folders:
            self._folders[folder.key] = folder
            self._states[folder.key] = FolderState(folder.key, Status.PAUSED if folder.paused else Status.STARTING)

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            self._ledger = Ledger(self.queue.db_path, self.queue.owner)
        return self._ledger

    # -- control (any thread) --------------------------------------------------

    def start(self) -> None:
        self._stopping.clear()
        self._taking = True
        self.queue.subscribe(self._on_queue)
        self._thread = threading.Thread(target=self._run, name="watch-loop", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Have the thread stop after the file in hand, without waiting (a GUI thread); :meth:`stop` waits."""
        self._stopping.set()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop taking files (the file being taken is finished first); what was queued stays queued."""
        self.request_stop()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.queue.unsubscribe(self._on_queue)
        self._stop_observer()
        self._release_locks()
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def stop_taking(self) -> None:
        """Take no new file from now on; what finishes is still moved (until :meth:`stop`)."""
        self._taking = False
        self._wake.set()

    def settle(self) -> None:
        """Do now, on the calling thread, what finished uploads call for (moves, reasons): for a
        caller that stopped the watcher's thread and then let the last uploads finish."""
        self._settle_finished()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def states(self) -> list[FolderState]:
        with self._lock:
            return [self._states[key] for key in self._folders]

    def folders(self) -> list[WatchedFolder]:
        with self._lock:
            return list(self._folders.values())

    def set_folders(self, folders: Iterable[WatchedFolder]) -> None:
        """Watch these from now on (folders no longer listed are let go; new ones scanned)."""
        wanted = {f.key: f for f in folders}
        with self._lock:
            for key in list(self._folders):
                if key not in wanted:
                    del self._folders[key]
                    self._states.pop(key, None)
                    self._scan_due.pop(key, None)
            for key, folder in wanted.items():
                old = self._folders.get(key)
                self._folders[key] = folder
                if old is None:
                    self._states[key] = FolderState(key, Status.STARTING)
                if old is None or (old.paused and not folder.paused):
                    self._scan_due[key] = 0.0
        self._wake.set()

    def pause(self, folder: str) -> None:
        self._set_paused(folder, True)

    def resume(self, folder: str) -> None:
        self._set_paused(folder, False)

    def _set_paused(self, folder: str, paused: bool) -> None:
        key = WatchedFolder(folder).key
        with self._lock:
            current = self._folders.get(key)
            if current is None:
                return
            self._folders[key] = current.with_(paused=paused)
            if not paused:
                self._scan_due[key] = 0.0
        self._wake.set()

    # -- what the queue says (runner threads) -----------------------------------

    def _on_queue(self, event: QueueEvent) -> None:
        item = event.item
        if event.kind != "changed" or item is None:
            return
        if item.state.finished or item.state is ItemState.WAITING_DECISION:
            self._finished.append(item)
            self._wake.set()

    def _on_fs_event(self, event) -> None:
        """watchdog's thread: note the path, the loop looks at it."""
        for name in ("src_path", "dest_path"):
            path = getattr(event, name, None)
            if path:
                self._events.append(os.fsdecode(path))
        self._wake.set()

    # -- the loop --------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._recover()
        except Exception:
            log.exception("watched folders: recovering after a restart failed")
        self._start_observer()
        tick = max(0.05, min(0.5, self.stable_seconds / 4))
        while not self._stopping.is_set():
            try:
                self._step()
            except Exception:
                log.exception("watched folders: a step failed")  # the next one tries again
            self._wake.wait(tick)
            self._wake.clear()
        self._settle_finished()
        # Stopped: the folders are free for another program now, even if stop() is never called
        # (an app quitting drops the task that would call it when the task has not started yet).
        self._release_locks()

    def _release_locks(self) -> None:
        for lock in list(self._locks.values()):
            lock.release(force=True)
        self._locks.clear()

    def _step(self) -> None:
        now = time.monotonic()
        self._settle_finished()
        if not self._taking:
            self._events.clear()
            return
        self._take_events(now)
        self._drop_removed()
        for key in self._active():
            if self._scan_due.get(key, 0.0) <= now:
                self._scan(key, now)
        self._take_stable(now)

    def _drop_removed(self) -> None:
        """Folders taken out of the list: their events and lock let go."""
        with self._lock:
            keys = set(self._folders)
        for key in [k for k in self._watches if k not in keys]:
            with contextlib.suppress(Exception):
                self._observer.unschedule(self._watches[key])
            del self._watches[key]
        for key in [k for k in self._locks if k not in keys]:
            self._locks.pop(key).release(force=True)
        self._polled &= keys

    def _active(self) -> list[str]:
        with self._lock:
            items = list(self._folders.items())
        active = []
        for key, folder in items:
            if folder.paused:
                self._set_state(key, status=Status.PAUSED, message=None)
                if key in self._locks and not self._in_flight(key):
                    # Paused, and nothing of it still on its way: the folder is free for another
                    # computer or program until it is resumed (which takes its lock again).
                    self._locks.pop(key).release(force=True)
                continue
            if key not in self._locks and not self._lock_folder(key):
                continue
            active.append(key)
        return active

    def _in_flight(self, key: str) -> bool:
        """Whether a file of folder ``key`` is taken and not finished (moved or put aside) yet."""
        return any(opened.entry.folder == key for opened in self._open.values())

    def _lock_folder(self, key: str) -> bool:
        self.lock_dir.mkdir(parents=True, exist_ok=True)
        name = "watch-" + hashlib.sha256(os.fsencode(key)).hexdigest()[:16] + ".lock"
        lock = FileLock(self.lock_dir / name)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            self._set_state(key, status=Status.ERROR, message=ANOTHER_WATCHER)
            self._scan_due[key] = time.monotonic() + max(1.0, self.poll or DEFAULT_POLL_SECONDS)
            return False
        self._locks[key] = lock
        self._scan_due[key] = 0.0
        return True

    # -- seeing files ------------------------------------------------------------

    def _folder_of(self, path: str) -> str | None:
        """The watched folder ``path`` is in (not in its result folders), or None."""
        with self._lock:
            keys = list(self._folders)
        for key in keys:
            if path.startswith(key + os.sep):
                first = path[len(key) + 1:].split(os.sep, 1)[0]
                if first in RESULT_DIRS:
                    return None
                return key
        return None

    def _unit(self, key: str, path: str) -> str:
        """What is taken for a file at ``path``: the file, or its sub-folder (grouping "folder")."""
        folder = self._folders.get(key)
        rest = path[len(key) + 1:].split(os.sep)
        if folder is not None and folder.grouping is FolderGrouping.FOLDER and len(rest) > 1:
            return os.path.join(key, rest[0])
        return path

    def _take_events(self, now: float) -> None:
        active = set(self._active()) if self._events else set()
        while self._events:
            path = self._events.popleft()
            key = self._folder_of(path)
            if key is None or key not in active:
                continue
            if any(_files.ignored(part) for part in path[len(key) + 1:].split(os.sep)):
                continue
            unit = self._unit(key, path)
            signature = self._signature(key, unit)
            if signature is not None:
                self._note(key, unit, signature, now)

    def _scan(self, key: str, now: float) -> None:
        folder = self._folders.get(key)
        if folder is None:
            return
        self._scan_due[key] = now + (self.poll or DEFAULT_POLL_SECONDS)  # until it has its events
        try:
            if not folder.root.is_dir():
                raise FileNotFoundError(key)
            self._ensure_events(key)
            units: dict[str, tuple[int, int]] = {}
            for path, size, mtime in _files.scan(folder.root):
                unit = self._unit(key, path)
                if unit == path:
                    units[path] = (size, mtime)
                else:  # a sub-folder: its total size and newest time
                    total, newest = units.get(unit, (0, 0))
                    units[unit] = (total + size, max(newest, mtime))
        except OSError as exc:
            every = f"{self.poll or DEFAULT_POLL_SECONDS:g}"
            self._set_state(key, status=Status.ERROR, message=(
                S.WATCH_FOLDER_MISSING(every=every) if isinstance(exc, FileNotFoundError) else
                S.WATCH_FOLDER_UNREADABLE(reason=str(exc.strerror or exc), every=every)))
            return
        for unit, signature in units.items():
            self._note(key, unit, signature, now)
        if key not in self._polled:
            self._scan_due[key] = now + EVENTS_RESCAN_SECONDS  # a safety net for a lost event
        status = Status.POLLING if key in self._polled else Status.WATCHING
        self._set_state(key, status=status, message=None if status is Status.WATCHING else self._poll_message())

    def _poll_message(self) -> str:
        every = self.poll or DEFAULT_POLL_SECONDS
        return S.WATCH_POLLED(every=f"{every:g}")

    def _signature(self, key: str, unit: str) -> tuple[int, int] | None:
        if os.path.isdir(unit):
            total, newest, any_file = 0, 0, False
            for _path, size, mtime in _files.scan(Path(unit)):
                total, newest, any_file = total + size, max(newest, mtime), True
            return (total, newest) if any_file else None
        return _files.signature(unit)

    def _note(self, key: str, unit: str, signature: tuple[int, int], now: float) -> None:
        if self._settled.get(unit) == signature or unit in self._by_source:
            return
        candidate = self._candidates.get(unit)
        if candidate is None:
            self._candidates[unit] = _Candidate(key, signature, now, now)
        elif candidate.signature != signature:
            candidate.signature, candidate.since = signature, now

    # -- taking files ------------------------------------------------------------

    def _take_stable(self, now: float) -> None:
        ready: dict[str, list[tuple[str, tuple[int, int], str, tuple[str, ...]]]] = {}
        with self._lock:
            folders = dict(self._folders)
        taken_now = 0
        for unit, candidate in list(self._candidates.items()):
            if self._stopping.is_set() or not self._taking:
                break
            if taken_now >= TAKE_PER_STEP:
                # The rest in the next step, at once: the queue gets (and starts sending) the first
                # files while the others are read, and this thread lets go of the GIL between two
                # steps (a thousand files in one step kept the GUI thread waiting).
                self._wake.set()
                break
            folder = folders.get(candidate.folder)
            if folder is None:
                del self._candidates[unit]
                continue
            if folder.paused or candidate.folder not in self._locks:
                continue
            signature = self._signature(candidate.folder, unit)
            if signature is None:
                del self._candidates[unit]
                continue
            if signature != candidate.signature:
                candidate.signature, candidate.since = signature, now
                continue
            if now - candidate.since < self.stable_seconds:
                continue
            taken = self._take_one(folder, unit, candidate, now)
            taken_now += 1
            if taken is not None:
                del self._candidates[unit]
                ready.setdefault(candidate.folder, []).append(taken)
        for key, files in ready.items():
            self._queue(folders[key], files)

    def _take_one(self, folder: WatchedFolder, unit: str, candidate: _Candidate,
                  now: float) -> tuple[str, tuple[int, int], str, tuple[str, ...]] | None:
        """(unit, signature, sha256, pages) for a file ready to queue; None to look again later
        (or when it was put aside: then it is no longer a candidate)."""
        is_dir = os.path.isdir(unit)
        members = [p for p, _s, _m in _files.scan(Path(unit))] if is_dir else [unit]
        overdue = now - candidate.first_seen >= self.incomplete_grace
        if not overdue and not all(_files.looks_complete(p) and _files.no_writer(p) for p in members):
            return None  # a writer is not done with it; it is looked at again
        try:
            hashes = [(os.path.relpath(p, unit) if is_dir else "", _files.read_whole(p)) for p in sorted(members)]
        except (OSError, MediaError) as exc:
            if isinstance(exc, OSError) and not overdue and _files.signature(unit) != candidate.signature:
                return None
            self._put_aside(folder, unit, outcome_for(exc).message or S.WATCH_UNREADABLE())
            del self._candidates[unit]
            return None
        if self._signature(folder.key, unit) != candidate.signature:
            candidate.since = now  # changed while it was read
            return None
        sha256 = hashes[0][1] if not is_dir else hashlib.sha256(
            "".join(f"{name}\0{digest}\n" for name, digest in hashes).encode()).hexdigest()
        known = self.ledger.find(unit, sha256)
        if known is not None:  # the same file, touched: not sent again
            self.ledger.touch(known.id, *candidate.signature)
            self._settled[unit] = candidate.signature
            del self._candidates[unit]
            return None
        pages: tuple[str, ...] = ()
        if folder.grouping is FolderGrouping.PAGE and not is_dir:
            try:
                split = split_for_queue(unit, self.pages_dir, sha256)
            except (MediaError, OSError) as exc:
                self._put_aside(folder, unit, outcome_for(exc).message or S.WATCH_UNREADABLE())
                del self._candidates[unit]
                return None
            if split != [Path(unit)]:
                pages = tuple(str(p) for p in split)
        return unit, candidate.signature, sha256, pages

    def _queue(self, folder: WatchedFolder, files: list[tuple[str, tuple[int, int], str, tuple[str, ...]]]) -> None:
        """Record and queue taken files: loose files in one batch, each sub-folder in its own."""
        loose = [f for f in files if not os.path.isdir(f[0])]
        groups = [[f] for f in files if os.path.isdir(f[0])]
        if loose:
            groups.insert(0, loose)
        for group in groups:
            batch = str(uuid4())
            entries = self.ledger.take([NewEntry(folder.key, unit, sig[0], sig[1], sha, pages)
                                        for unit, sig, sha, pages in group], batch)
            self._add_to_queue(folder, entries, batch)

    def _add_to_queue(self, folder: WatchedFolder, entries: list[Entry], batch: str) -> None:
        sources: list[str] = []
        for entry in entries:
            if os.path.isdir(entry.path):
                sources.append(entry.path)
            else:
                sources.extend(entry.pages or (entry.path,))
        grouping = Grouping.ONE_MULTI_PAGE_TICKET if len(entries) == 1 and os.path.isdir(entries[0].path) \
            else Grouping.ONE_TICKET_EACH
        items = self.queue.add(sources, grouping=grouping, job=folder.job or None, notes=folder.notes or None,
                               batch_id=batch)
        self.ledger.set_state([e.id for e in entries], EntryState.QUEUED)
        self._track([e for e in entries], items)
        for entry in entries:
            self._settled[entry.path] = (entry.size, entry.mtime_ns)
            self._bump(folder.key, entry.path, "queued", taken=1)

    def _track(self, entries: list[Entry], items: list[UploadItem]) -> None:
        """Remember which queue rows belong to which entry (by source path)."""
        owner: dict[str, int] = {}
        for entry in entries:
            self._open[entry.id] = _Open(entry)
            for source in entry.pages or (entry.path,):
                owner[str(Path(source).absolute())] = entry.id
                self._by_source[source] = entry.id
            if os.path.isdir(entry.path):
                self._by_source[entry.path] = entry.id
        for item in items:
            entry_id = owner.get(item.source_path)
            if entry_id is None:  # a file inside a sub-folder taken as one ticket
                entry_id = next((e.id for e in entries if item.source_path.startswith(e.path + os.sep)), None)
            if entry_id is None:
                continue
            opened = self._open[entry_id]
            opened.items[item.id] = item
            self._index[item.id] = opened
            if not item.state.finished:
                opened.pending.add(item.id)
            if item.state is ItemState.WAITING_DECISION:  # left so by a stop before the watcher decided
                self.queue.decide(item.id, upload_anyway=False)
        for entry in entries:
            self._maybe_finish(self._open[entry.id])

    # -- finishing files -----------------------------------------------------------

    def _settle_finished(self) -> None:
        while self._finished:
            item = self._finished.popleft()
            opened = self._index.get(item.id)
            if opened is None:
                continue
            if item.state is ItemState.WAITING_DECISION:
                # Nobody is at a watched folder to decide: what was uploaded before is not sent again.
                self.queue.decide(item.id, upload_anyway=False)
                continue
            opened.items[item.id] = item
            opened.pending.discard(item.id)
            self._maybe_finish(opened)

    def _maybe_finish(self, opened: _Open) -> None:
        if opened.pending or opened.entry.id not in self._open:
            return
        entry = opened.entry
        del self._open[entry.id]
        for source in (*entry.pages, entry.path):
            self._by_source.pop(source, None)
        for item_id in opened.items:
            self._index.pop(item_id, None)
        folder = self._folders.get(entry.folder) or WatchedFolder(entry.folder)
        items = sorted(opened.items.values(), key=lambda i: i.id)
        failed = [i for i in items if i.state is not ItemState.DONE]
        try:
            if not items:
                # Its rows were cleared from the list before the watcher saw them end: left as it is.
                self.ledger.set_state([entry.id], EntryState.KEPT)
            elif not failed:
                self._uploaded(folder, entry, items)
            else:
                self._put_aside(folder, entry.path, self._reason(items, failed), entry=entry)
        finally:
            remove_pages(entry.pages)  # the split's page files: sent (or not), no longer needed

    def _reason(self, items: list[UploadItem], failed: list[UploadItem]) -> str:
        first = failed[0]
        if first.state is ItemState.CANCELLED and first.duplicates:
            why = _already_uploaded(first)
        elif first.state is ItemState.CANCELLED:
            why = CANCELLED
        else:
            why = first.error or S.WATCH_NOT_ACCEPTED()
        if len(items) > 1:
            done = len(items) - len(failed)
            return S.WATCH_PAGES_PARTLY(done=done, total=len(items), name=first.name, why=why)
        return why

    def _uploaded(self, folder: WatchedFolder, entry: Entry, items: list[UploadItem]) -> None:
        tickets = sorted({i.ticket_id for i in items if i.ticket_id})
        detail = "ticket " + ", ".join(tickets) if len(tickets) <= 3 else f"{len(tickets)} tickets"
        path = Path(entry.path)
        if folder.after is AfterUpload.MOVE:
            _files.move_into(path, folder.root, UPLOADED_DIR)
            state, what = EntryState.UPLOADED, f"uploaded, moved to {UPLOADED_DIR}"
        elif folder.after is AfterUpload.DELETE:
            _files.delete(path)
            state, what = EntryState.UPLOADED, "uploaded, deleted"
        else:
            state, what = EntryState.KEPT, "uploaded, left in place"
        self.ledger.set_state([entry.id], state)
        if state is not EntryState.KEPT:
            self._settled.pop(entry.path, None)
        self._bump(folder.key, entry.path, "uploaded", uploaded=1)
        self._tell(FileEvent(folder.key, self._name(folder.key, entry.path), what, detail))

    def _put_aside(self, folder: WatchedFolder, unit: str, reason: str, *, entry: Entry | None = None) -> None:
        """Into ``Not uploaded``, with ``<name>.txt`` saying why."""
        try:
            _files.move_into(Path(unit), folder.root, NOT_UPLOADED_DIR, reason=reason)
        except OSError as exc:
            log.warning("could not put %s aside: %s", unit, exc)
        if entry is not None:
            self.ledger.set_state([entry.id], EntryState.NOT_UPLOADED, reason)
        self._settled.pop(unit, None)
        self._bump(folder.key, unit, f"not uploaded: {reason}", not_uploaded=1, errors=1)
        self._tell(FileEvent(folder.key, self._name(folder.key, unit), f"not uploaded, moved to {NOT_UPLOADED_DIR}",
                             reason))

    # -- after a restart -------------------------------------------------------

    def _recover(self) -> None:
        """Entries a crash or a stop left: queued again if their rows were never written;
        finished now if their rows finished meanwhile; else followed to their end."""
        self.ledger.prune()
        for entry in self.ledger.in_place():
            self._settled[entry.path] = (entry.size, entry.mtime_ns)
        open_entries = self.ledger.open_entries()
        if not open_entries:
            return
        by_batch: dict[str, list[UploadItem]] = {}
        for item in self.queue.items():
            by_batch.setdefault(item.batch_id, []).append(item)
        retake: dict[tuple[str, str], list[Entry]] = {}
        for entry in open_entries:
            batch_items = by_batch.get(entry.batch_id, [])
            if entry.state is EntryState.TAKEN and not batch_items:
                retake.setdefault((entry.folder, entry.batch_id), []).append(entry)
                continue
            if entry.state is EntryState.TAKEN:
                self.ledger.set_state([entry.id], EntryState.QUEUED)
            self._track([entry], batch_items)
        for (key, batch), entries in retake.items():
            present = [e for e in entries if os.path.exists(e.path)]
            gone = [e.id for e in entries if e not in present]
            if gone:
                self.ledger.set_state(gone, EntryState.NOT_UPLOADED, S.WATCH_GONE())
            if present:
                self._add_to_queue(self._folders.get(key) or WatchedFolder(key), present, batch)

    # -- observer --------------------------------------------------------------

    def _start_observer(self) -> None:
        """watchdog's observer (its own thread); folders are scheduled on it as they are scanned."""
        if self.poll is not None:
            return
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer
        except ImportError:  # pragma: no cover - a base dependency
            return
        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event) -> None:
                watcher._on_fs_event(event)

        self._handler = Handler()
        observer = Observer()
        try:
            observer.start()
        except OSError as exc:
            log.info("change events unavailable (%s); polling every folder", exc)
            return
        self._observer = observer

    def _ensure_events(self, key: str) -> None:
        """Change events for ``key`` if it can have them; else it is polled (tried again at each scan)."""
        if self._observer is None:
            self._polled.add(key)
            return
        if key in self._watches:
            return
        try:
            self._watches[key] = self._observer.schedule(self._handler, key, recursive=True)
        except OSError as exc:  # missing, or no events here (inotify limits): scanned instead
            log.info("watched folder %s: no change events (%s); polling", key, exc)
            self._polled.add(key)
        else:
            self._polled.discard(key)

    def _stop_observer(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(5)
            self._observer = None

    # -- telling ---------------------------------------------------------------

    def _name(self, key: str, path: str) -> str:
        return os.path.relpath(path, key)

    def _set_state(self, key: str, **changes) -> None:
        with self._lock:
            old = self._states.get(key)
            if old is None:
                return
            new = old.with_(**changes)
            if new == old:
                return
            self._states[key] = new
        if self.on_state is not None:
            self.on_state(new)

    def _bump(self, key: str, path: str, result: str, **counts: int) -> None:
        with self._lock:
            old = self._states.get(key)
            if old is None:
                return
            new = old.with_(last_file=self._name(key, path), last_result=result,
                            **{name: getattr(old, name) + n for name, n in counts.items()})
            self._states[key] = new
        if self.on_state is not None:
            self.on_state(new)

    def _tell(self, event: FileEvent) -> None:
        if self.on_file is not None:
            try:
                self.on_file(event)
            except Exception:
                log.exception("watched folders: on_file failed")


def uuid4() -> str:
    import uuid

    return str(uuid.uuid4())
