"""The persistent upload queue: every file picked for upload, until it is a ticket.

SQLite (WAL) file, one row per file. The queue survives a lost connection, a
restarted service and a closed or crashed app::

    queue = UploadQueue(data_dir / "upload-queue.sqlite3", data_dir / "staging")
    queue.add([Path("scans")], grouping=Grouping.ONE_TICKET_EACH, job="J-12")
    runner = QueueRunner(queue, client)
    runner.start()

Why a crash at any point never loses or duplicates a file:

* ``add`` commits rows before any work; the source is never touched (the
  cleaned copy in ``staging_dir`` is what is sent).
* Each row has an Idempotency-Key, persisted before the creating POST: a
  crash between the POST and saving its Location re-finds the same upload.
* The Location is saved before the first byte is sent; after a restart the
  upload resumes from the offset the service reports (HEAD).
* A completed upload that was not yet recorded as done shows as complete
  (offset == length, ``Ticket-Id``) on HEAD; it is recorded, not resent.
* Pages of one ticket share a persisted ticket key, so the service makes the
  ticket once however often a page is retried.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import sqlite3
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from .._client import TicketProsClient
from .._errors import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    RateLimitedError,
    ServerError,
    StorageFullError,
    TicketProsError,
)
from ._bandwidth import BandwidthLimiter
from ._tus import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_STALL_TIMEOUT,
    FileChangedError,
    TusUploader,
    UploadCancelledError,
    UploadGoneError,
)

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id              INTEGER PRIMARY KEY,
    owner           TEXT NOT NULL DEFAULT '',   -- whose files: "<server> <user id>"
    batch_id        TEXT NOT NULL,
    grouping        TEXT NOT NULL,
    source_path     TEXT NOT NULL,
    name            TEXT NOT NULL,
    state           TEXT NOT NULL,
    error           TEXT,
    next_attempt_at REAL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    staged_path     TEXT,
    size            INTEGER,
    mime            TEXT,
    sha256          TEXT,
    removed         TEXT NOT NULL DEFAULT '[]',
    checked         INTEGER NOT NULL DEFAULT 0,
    allow_duplicate INTEGER NOT NULL DEFAULT 0,
    duplicates      TEXT NOT NULL DEFAULT '[]',
    ticket_key      TEXT NOT NULL,
    page            INTEGER,
    page_count      INTEGER,
    ticket_number   TEXT,
    job             TEXT,
    ticket_date     TEXT,
    notes           TEXT,
    upload_key      TEXT NOT NULL,
    upload_url      TEXT,
    offset          INTEGER NOT NULL DEFAULT 0,
    ticket_id       TEXT,
    created_at      REAL NOT NULL,
    updated_at      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS items_state ON items(owner, state);
CREATE INDEX IF NOT EXISTS items_batch ON items(batch_id);
"""

#: The longest wait before a failed item is tried again.
MAX_RETRY_DELAY = 300.0
#: What a file waiting for room on the service shows (it is tried again, nothing is lost).
STORAGE_FULL_MESSAGE = "The service is out of storage; the file stays in the queue."
#: New uploads made for one file after the service lost the previous one.
MAX_RESTARTS = 3


class ItemState(StrEnum):
    PREPARING = "preparing"
    DUPLICATE_CHECK = "duplicate_check"
    WAITING_DECISION = "waiting_decision"
    QUEUED = "queued"
    UPLOADING = "uploading"
    PAUSED = "paused"
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"
    REJECTED = "rejected"

    @property
    def finished(self) -> bool:
        return self in (ItemState.DONE, ItemState.CANCELLED, ItemState.REJECTED)


class Grouping(StrEnum):
    ONE_TICKET_EACH = "one-ticket-each"
    ONE_MULTI_PAGE_TICKET = "one-multi-page-ticket"


@dataclass(frozen=True)
class UploadItem:
    """One file in the queue, as stored."""

    id: int
    batch_id: str
    name: str
    source_path: str
    state: ItemState
    error: str | None
    next_attempt_at: float | None
    attempts: int
    size: int | None
    mime: str | None
    sha256: str | None
    staged_path: str | None
    removed: tuple[str, ...]
    duplicates: tuple[dict[str, Any], ...]
    page: int | None
    page_count: int | None
    ticket_number: str | None
    job: str | None
    notes: str | None
    offset: int
    upload_url: str | None
    ticket_id: str | None
    created_at: float

    @property
    def progress(self) -> float:
        if self.state is ItemState.DONE:
            return 1.0
        return self.offset / self.size if self.size else 0.0


@dataclass(frozen=True)
class QueueEvent:
    """Reported to listeners, from whatever thread changed the queue.

    ``kind``: ``"changed"`` (``item`` is the new state), ``"progress"``
    (``sent``/``total`` bytes of ``item_id``), ``"removed"`` or ``"added"``.
    """

    kind: str
    item_id: int
    item: UploadItem | None = None
    sent: int = 0
    total: int = 0


Listener = Callable[[QueueEvent], None]


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, folders replaced by the files inside them (recursively,
    sorted, symlinked folders not followed, hidden files skipped)."""
    return [path for path, _folder in _expand(paths)]


def _expand(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, Path | None]]:
    """Like :func:`expand_paths`, each file with the folder it was found in (None if given itself)."""
    found: list[tuple[Path, Path | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend((Path(root) / name, path) for name in sorted(files) if not name.startswith("."))
        else:
            found.append((path, None))
    return found


#: Why a link found inside a chosen folder is not followed out of it.
LINK_OUTSIDE = ("This is a link to a file outside the folder you chose, so it was not sent; "
                "add that file itself if you mean to upload it.")


def _links_outside(path: Path, folder: Path | None) -> bool:
    """True for a symbolic link, found inside ``folder``, that leads out of it.

    Choosing a folder means "what is in here": a link in it to ``~/.ssh`` or
    another person's photos must not be uploaded along. Links that stay inside,
    and links picked one by one, are followed.
    """
    if folder is None or not path.is_symlink():
        return False
    try:
        return not path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop: reading it will fail with its own message
        return False


def retry_delay(attempts: int) -> float:
    """Seconds before a failed item is tried again: 5 s, 10 s, 20 s … up to 5 minutes, with jitter."""
    return min(MAX_RETRY_DELAY, 5.0 * 2 ** max(0, attempts - 1)) * random.uniform(0.8, 1.0)


def count_pending(db_path: str | os.PathLike[str]) -> int:
    """Files on this computer not yet uploaded, for every account. Read-only:
    unlike opening an ``UploadQueue`` it recovers and sweeps nothing."""
    path = Path(db_path)
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    try:
        finished = [state.value for state in ItemState if state.finished]
        return conn.execute(
            f"SELECT count(*) FROM items WHERE state NOT IN ({','.join('?' * len(finished))})", finished
        ).fetchone()[0]
    finally:
        conn.close()


class UploadQueue:
    """The queue's storage and the actions a person takes on it. Thread-safe.

    ``clock`` gives wall-clock seconds (``next_attempt_at`` is shown as a time
    of day, so it must survive a restart of the computer). ``owner`` names
    the account (server and user) whose files this instance sees and sends:
    files queued by one person are never sent under another's sign-in.
    """

    def __init__(self, db_path: str | os.PathLike[str], staging_dir: str | os.PathLike[str], *,
                 owner: str = "", clock: Callable[[], float] = time.time) -> None:
        self.owner = owner
        self.db_path = Path(db_path)
        self.staging_dir = Path(staging_dir)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._conn = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.executescript(SCHEMA)
        self._recover()

    # -- lifecycle -------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> UploadQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recover(self) -> None:
        """After a crash: work that was in progress is picked up again; cleaned
        copies no row refers to any more are removed."""
        with self._lock:
            self._conn.execute("UPDATE items SET state = ? WHERE state = ?",
                               (ItemState.QUEUED, ItemState.UPLOADING))
            wanted = {row[0] for row in self._conn.execute(
                "SELECT staged_path FROM items WHERE staged_path IS NOT NULL AND state NOT IN (?, ?, ?)",
                (ItemState.DONE, ItemState.CANCELLED, ItemState.REJECTED))}
        for entry in self.staging_dir.iterdir():
            if entry.is_file() and str(entry) not in wanted:
                with contextlib.suppress(OSError):
                    entry.unlink()

    # -- listeners -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _emit(self, event: QueueEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # noqa: BLE001 - a listener's bug must not stop uploads
                log.exception("upload queue listener failed")

    # -- reading ---------------------------------------------------------------

    def items(self) -> list[UploadItem]:
        with self._lock:
            rows = self._conn.execute("SELECT * FROM items WHERE owner = ? ORDER BY id", (self.owner,)).fetchall()
        return [_item(row) for row in rows]

    def get(self, item_id: int) -> UploadItem | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM items WHERE id = ? AND owner = ?",
                                     (item_id, self.owner)).fetchone()
        return _item(row) if row else None

    def pending_count(self) -> int:
        """Files not yet uploaded, cancelled or refused (what the app's badge shows)."""
        with self._lock:
            return self._conn.execute(
                "SELECT count(*) FROM items WHERE owner = ? AND state NOT IN (?, ?, ?)",
                (self.owner, ItemState.DONE, ItemState.CANCELLED, ItemState.REJECTED),
            ).fetchone()[0]

    # -- what people do --------------------------------------------------------

    def add(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        grouping: Grouping | str = Grouping.ONE_TICKET_EACH,
        ticket_number: str | None = None,
        job: str | None = None,
        notes: str | None = None,
        ticket_date: str | None = None,
    ) -> list[UploadItem]:
        """Queue files (folders are expanded). Returns the new items, in order.

        Nothing is read here: checking and cleaning happen in the runner, so
        this is quick and a crash right after it loses nothing.
        """
        grouping = Grouping(grouping)
        files = _expand(paths)
        if not files:
            return []
        batch = str(uuid.uuid4())
        now = self.clock()
        multi = grouping is Grouping.ONE_MULTI_PAGE_TICKET and len(files) > 1
        clean = {k: (v.strip() or None) if isinstance(v, str) else None
                 for k, v in dict(ticket_number=ticket_number, job=job, notes=notes,
                                  ticket_date=ticket_date).items()}
        ids = []
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for path, folder in files:
                    refused = _links_outside(path, folder)
                    cursor = self._conn.execute(
                        "INSERT INTO items (owner, batch_id, grouping, source_path, name, state, ticket_key, page, "
                        "page_count, ticket_number, job, notes, ticket_date, upload_key, created_at, updated_at, "
                        "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (self.owner, batch, Grouping.ONE_MULTI_PAGE_TICKET if multi else Grouping.ONE_TICKET_EACH,
                         _path_column(path.absolute()), _display_name(path),
                         ItemState.REJECTED if refused else ItemState.PREPARING,
                         batch if multi else str(uuid.uuid4()), None if multi else 1, None if multi else 1,
                         clean["ticket_number"], clean["job"], clean["notes"], clean["ticket_date"],
                         str(uuid.uuid4()), now, now, LINK_OUTSIDE if refused else None),
                    )
                    ids.append(cursor.lastrowid)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        added = [self.get(i) for i in ids]
        for item in added:
            self._emit(QueueEvent("added", item.id, item))
        return added

    def pause(self, item_id: int) -> None:
        self._transition(item_id, ItemState.PAUSED, allowed=(
            ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED,
            ItemState.UPLOADING, ItemState.FAILED))

    def resume(self, item_id: int) -> None:
        item = self.get(item_id)
        if item is not None and item.state is ItemState.PAUSED:
            self._transition(item_id, self._next_state(item_id), allowed=(ItemState.PAUSED,),
                             error=None, next_attempt_at=None)

    def retry_now(self, item_id: int) -> None:
        item = self.get(item_id)
        if item is not None and item.state in (ItemState.FAILED, ItemState.PAUSED):
            self._transition(item_id, self._next_state(item_id), allowed=(ItemState.FAILED, ItemState.PAUSED),
                             error=None, next_attempt_at=None)

    def cancel(self, item_id: int) -> None:
        """Stop and forget a file (its partial upload is removed from the service by the runner)."""
        self._transition(item_id, ItemState.CANCELLED, allowed=tuple(
            s for s in ItemState if not s.finished), next_attempt_at=None)

    def decide(self, item_id: int, *, upload_anyway: bool) -> None:
        """The person's answer for a file flagged as already uploaded."""
        if upload_anyway:
            self._transition(item_id, ItemState.QUEUED, allowed=(ItemState.WAITING_DECISION,), allow_duplicate=1)
        else:
            self._transition(item_id, ItemState.CANCELLED, allowed=(ItemState.WAITING_DECISION,),
                             error="Skipped: this file was already uploaded.")

    def remove_finished(self) -> int:
        """Drop uploaded, cancelled and refused files from the list; returns how many."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, staged_path FROM items WHERE owner = ? AND state IN (?, ?, ?) AND "
                "(upload_url IS NULL OR ticket_id IS NOT NULL OR state != ?)",
                (self.owner, ItemState.DONE, ItemState.CANCELLED, ItemState.REJECTED, ItemState.CANCELLED)).fetchall()
            self._conn.executemany("DELETE FROM items WHERE id = ?", [(row["id"],) for row in rows])
        for row in rows:
            _unlink(row["staged_path"])
            self._emit(QueueEvent("removed", row["id"]))
        return len(rows)

    # -- used by the runner ----------------------------------------------------

    def _next_state(self, item_id: int) -> ItemState:
        item = self._row(item_id)
        if item["staged_path"] is None:
            return ItemState.PREPARING
        if not item["checked"]:
            return ItemState.DUPLICATE_CHECK
        return ItemState.QUEUED

    def _row(self, item_id: int) -> sqlite3.Row:
        with self._lock:
            return self._conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()

    def _transition(self, item_id: int, state: ItemState, *, allowed: tuple[ItemState, ...],
                    **fields: Any) -> bool:
        with self._lock:
            row = self._conn.execute("SELECT state FROM items WHERE id = ? AND owner = ?",
                                     (item_id, self.owner)).fetchone()
            if row is None or ItemState(row["state"]) not in allowed:
                return False
            self._update(item_id, state=state, emit=False, **fields)
        # Listeners run outside the lock: they may take locks of their own.
        item = self.get(item_id)
        if item is not None:
            self._emit(QueueEvent("changed", item_id, item))
        return True

    def _update(self, item_id: int, *, emit: bool = True, **fields: Any) -> None:
        fields["updated_at"] = self.clock()
        names = ", ".join(f"{name} = ?" for name in fields)
        with self._lock:
            self._conn.execute(f"UPDATE items SET {names} WHERE id = ?", (*fields.values(), item_id))
        if emit:
            item = self.get(item_id)
            if item is not None:
                self._emit(QueueEvent("changed", item_id, item))

    def _claim(self, busy: set[int], now: float) -> tuple[str, UploadItem] | None:
        """The next piece of work not already being done, or None."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM items WHERE owner = ? AND (state IN (?, ?, ?, ?) "
                "OR (state = ? AND upload_url IS NOT NULL AND ticket_id IS NULL)) ORDER BY id",
                (self.owner, ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED, ItemState.FAILED,
                 ItemState.CANCELLED)).fetchall()
            for row in rows:
                if row["id"] in busy:
                    continue
                state = ItemState(row["state"])
                if row["next_attempt_at"] is not None and row["next_attempt_at"] > now:
                    continue
                if state is ItemState.CANCELLED:
                    return "terminate", _item(row)
                if state is ItemState.FAILED:
                    if row["next_attempt_at"] is None:
                        continue  # waits for "Retry now"
                    state = self._next_state(row["id"])
                    self._update(row["id"], state=state, emit=False)
                    row = self._row(row["id"])
                if state is ItemState.PREPARING:
                    return "prepare", _item(row)
                if state is ItemState.DUPLICATE_CHECK:
                    return "check", _item(row)
                if row["page"] is None and not self._assign_pages(row["batch_id"]):
                    continue  # other pages of its ticket are not ready yet
                self._update(row["id"], state=ItemState.UPLOADING, error=None, emit=False)
                return "upload", _item(self._row(row["id"]))
        return None

    def _assign_pages(self, batch_id: str) -> bool:
        """Number the pages of a multi-page ticket once every file of it is
        checked and decided; refused and skipped files get no page."""
        rows = self._conn.execute("SELECT id, state, checked FROM items WHERE batch_id = ? ORDER BY id",
                                  (batch_id,)).fetchall()
        going = []
        for row in rows:
            state = ItemState(row["state"])
            if state in (ItemState.CANCELLED, ItemState.REJECTED):
                continue
            if state in (ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.WAITING_DECISION) \
                    or not row["checked"]:
                return False
            going.append(row["id"])
        for page, item_id in enumerate(going, start=1):
            self._conn.execute("UPDATE items SET page = ?, page_count = ? WHERE id = ?",
                               (page, len(going), item_id))
        return bool(going)

    def _local_duplicates(self, item_id: int, sha256: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, name, ticket_id FROM items WHERE owner = ? AND sha256 = ? AND id < ? "
                "AND state NOT IN (?, ?)",
                (self.owner, sha256, item_id, ItemState.CANCELLED, ItemState.REJECTED)).fetchall()
        return [{"ticket_id": row["ticket_id"], "ticket_number": None, "page": None, "created_at": None,
                 "uploaded_by_me": True, "queued_as": row["name"]} for row in rows]


class QueueRunner:
    """Works through an :class:`UploadQueue` on ``concurrency`` plain threads (no Qt).

    ``prepare`` is :func:`api_client.media.prepare` (cleaned copy + checks);
    ``lookup`` finds tickets with the same content (``client.tickets.lookup``).
    ``rate_limit`` caps the bytes per second of all its uploads together
    (0: no limit). Both can change while it runs: :meth:`set_concurrency`,
    :meth:`set_rate_limit`.
    """

    def __init__(
        self,
        queue: UploadQueue,
        client: TicketProsClient,
        *,
        concurrency: int = 2,
        rate_limit: int = 0,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        stall_timeout: float = DEFAULT_STALL_TIMEOUT,
        max_attempts: int | None = None,
        prepare: Callable[[Path, Path], Any] | None = None,
        lookup: Callable[[str], list[dict[str, Any]]] | None = None,
        poll_interval: float = 0.5,
        backoff: Callable[[int], float] = retry_delay,
    ) -> None:
        self.queue = queue
        #: Seconds before a failed item is tried again, given its failed attempts
        #: (:func:`retry_delay`; fault trials pass a quicker one).
        self.backoff = backoff
        self.client = client
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.concurrency = concurrency
        #: One bucket for every upload thread: the cap is on their total.
        self.bandwidth = BandwidthLimiter(rate_limit)
        kwargs = {} if max_attempts is None else {"max_attempts": max_attempts}
        self.uploader = TusUploader(client, chunk_size=chunk_size, stall_timeout=stall_timeout,
                                    bandwidth=self.bandwidth, **kwargs)
        if prepare is None:
            from ..media import prepare as media_prepare
            prepare = media_prepare
        self._prepare = prepare
        self._lookup = lookup or self._lookup_service
        self.poll_interval = poll_interval
        self._wake = threading.Condition()
        self._stopping = False
        self._paused = False
        self._threads: list[threading.Thread] = []  # the workers; changed only under _wake
        self._started = False
        self._spawned = 0
        self._busy: set[int] = set()
        self._cancels: dict[int, threading.Event] = {}
        queue.subscribe(self._on_event)

    # -- control ---------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused

    # These two read without the lock (a list read is atomic): the GUI may ask at any time.

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in list(self._threads))

    @property
    def workers(self) -> int:
        """Worker threads now (above ``concurrency`` for a while after it was
        lowered: each leaves when its current file is done)."""
        return len(self._threads)

    @property
    def rate_limit(self) -> int:
        """The cap on all uploads together, in bytes per second; 0 = no limit."""
        return self.bandwidth.rate

    def start(self) -> None:
        with self._wake:
            self._stopping = False
            self._started = True
            self._threads = [t for t in self._threads if t.is_alive()]
            self._spawn()

    def _spawn(self) -> None:
        # Called with _wake held.
        while len(self._threads) < self.concurrency:
            self._spawned += 1
            thread = threading.Thread(target=self._work, name=f"upload-{self._spawned}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def set_concurrency(self, concurrency: int) -> None:
        """Files worked on at the same time, from now on. Raising it starts
        waiting files at once; lowering it lets the files in progress finish
        and starts no new one until fewer than ``concurrency`` are going."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        with self._wake:
            self.concurrency = concurrency
            if self._started and not self._stopping:
                self._spawn()
            self._wake.notify_all()  # idle workers above the new number leave now

    def set_rate_limit(self, bytes_per_second: int) -> None:
        """Cap all uploads together at ``bytes_per_second`` (0: no limit); uploads
        in flight follow the new cap within a fraction of a second."""
        self.bandwidth.set_rate(bytes_per_second)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the workers; uploads in flight stop and are resumed next time."""
        with self._wake:
            self._stopping = True
            self._started = False
            for event in self._cancels.values():
                event.set()
            self._wake.notify_all()
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)
        with self._wake:
            self._threads = [t for t in self._threads if t.is_alive()]
        self.queue.unsubscribe(self._on_event)

    def pause_all(self) -> None:
        """Stop sending (items keep their place and resume with ``resume_all``)."""
        with self._wake:
            self._paused = True
            for event in self._cancels.values():
                event.set()

    def resume_all(self) -> None:
        with self._wake:
            self._paused = False
            self._wake.notify_all()

    def wake(self) -> None:
        with self._wake:
            self._wake.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no item can make progress without a person (done, refused,
        cancelled, paused, waiting for a decision) — for scripts and the CLI."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._wake:
                idle = not self._busy and all(
                    (item.state.finished or item.state in (ItemState.PAUSED, ItemState.WAITING_DECISION))
                    # a cancelled partial upload is removed from the service first
                    and not (item.state is ItemState.CANCELLED and item.upload_url and not item.ticket_id)
                    for item in self.queue.items())
            if idle:
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False
            time.sleep(0.05)

    def _on_event(self, event: QueueEvent) -> None:
        if event.kind == "changed" and event.item is not None:
            if event.item.state in (ItemState.PAUSED, ItemState.CANCELLED):
                cancel = self._cancels.get(event.item_id)
                if cancel is not None:
                    cancel.set()
            self.wake()
        elif event.kind == "added":
            self.wake()

    # -- the work --------------------------------------------------------------

    def _work(self) -> None:
        me = threading.current_thread()
        while True:
            with self._wake:
                if self._stopping:
                    return
                if len(self._threads) > self.concurrency:
                    # Concurrency was lowered: this worker leaves between two files.
                    if me in self._threads:
                        self._threads.remove(me)
                    return
                job = None if self._paused else self.queue._claim(self._busy, self.queue.clock())
                if job is None:
                    self._wake.wait(self.poll_interval)
                    continue
                action, item = job
                self._busy.add(item.id)
                cancel = self._cancels[item.id] = threading.Event()
            try:
                getattr(self, f"_do_{action}")(item, cancel)
            except Exception:  # noqa: BLE001 - one broken file must not stop the queue
                log.exception("upload queue: %s of item %s failed", action, item.id)
                self.queue._update(item.id, state=ItemState.FAILED, attempts=item.attempts + 1,
                                   error="Something went wrong with this file; it will be tried again.",
                                   next_attempt_at=self.queue.clock() + self.backoff(item.attempts + 1))
            finally:
                with self._wake:
                    self._busy.discard(item.id)
                    self._cancels.pop(item.id, None)
                    self._wake.notify_all()

    def _still(self, item_id: int, state: ItemState) -> bool:
        row = self.queue._row(item_id)
        return row is not None and row["state"] == state

    def _max_upload_size(self) -> int | None:
        """The service's size limit (asked once per client), None when it cannot be asked now."""
        try:
            return self.client.server_info().max_upload_size
        except TicketProsError:
            return None

    def _too_large(self, source: str) -> str | None:
        """The refusal for a file the service would refuse for its size, before anything is read or copied."""
        limit = self._max_upload_size()
        try:
            info = os.stat(source)
        except OSError:
            return None  # prepare says what is wrong with it
        if limit is None or not stat.S_ISREG(info.st_mode) or info.st_size <= limit:
            return None
        return f"The file is larger than the {limit / (1024 * 1024):g} MB the service accepts."

    def _do_prepare(self, item: UploadItem, cancel: threading.Event) -> None:
        from ..media import MediaError

        too_large = self._too_large(item.source_path)
        if too_large is not None:
            self.queue._transition(item.id, ItemState.REJECTED, allowed=(ItemState.PREPARING,), error=too_large)
            return
        try:
            prepared = self._prepare(Path(item.source_path), self.queue.staging_dir)
        except MediaError as exc:
            self.queue._transition(item.id, ItemState.REJECTED, allowed=(ItemState.PREPARING,), error=exc.reason)
            return
        except FileNotFoundError:
            self.queue._transition(item.id, ItemState.REJECTED, allowed=(ItemState.PREPARING,),
                                   error="The file no longer exists.")
            return
        except PermissionError:
            self.queue._transition(item.id, ItemState.REJECTED, allowed=(ItemState.PREPARING,),
                                   error="The app is not allowed to read this file.")
            return
        except IsADirectoryError:
            self.queue._transition(item.id, ItemState.REJECTED, allowed=(ItemState.PREPARING,),
                                   error="This is a folder, not a file.")
            return
        except OSError as exc:
            self.queue._transition(item.id, ItemState.REJECTED, allowed=(ItemState.PREPARING,),
                                   error=f"The file could not be read ({exc.strerror or exc}).")
            return
        ok = self.queue._transition(
            item.id, ItemState.DUPLICATE_CHECK, allowed=(ItemState.PREPARING,),
            staged_path=str(prepared.path), size=prepared.size, mime=prepared.mime, sha256=prepared.sha256,
            name=prepared.original_name, removed=json.dumps(list(prepared.removed)))
        if not ok:
            # Paused or cancelled meanwhile: keep the copy only if it may still be sent.
            row = self.queue._row(item.id)
            if row is not None and row["state"] == ItemState.PAUSED:
                self.queue._update(item.id, emit=False, staged_path=str(prepared.path), size=prepared.size,
                                   mime=prepared.mime, sha256=prepared.sha256, name=prepared.original_name,
                                   removed=json.dumps(list(prepared.removed)))
            else:
                _unlink(str(prepared.path))

    def _do_check(self, item: UploadItem, cancel: threading.Event) -> None:
        assert item.sha256 is not None
        try:
            matches = self.queue._local_duplicates(item.id, item.sha256) + list(self._lookup(item.sha256))
        except TicketProsError as exc:
            self._failed(item, exc)
            return
        if matches and not self.queue._row(item.id)["allow_duplicate"]:
            self.queue._transition(item.id, ItemState.WAITING_DECISION,
                                   allowed=(ItemState.DUPLICATE_CHECK, ItemState.FAILED),
                                   checked=1, duplicates=json.dumps(matches), error=None, next_attempt_at=None)
        else:
            self.queue._transition(item.id, ItemState.QUEUED, allowed=(ItemState.DUPLICATE_CHECK, ItemState.FAILED),
                                   checked=1, error=None, next_attempt_at=None)

    def _lookup_service(self, sha256: str) -> list[dict[str, Any]]:
        return [m.to_dict() for m in self.client.tickets.lookup(sha256)]

    def _do_terminate(self, item: UploadItem, cancel: threading.Event) -> None:
        try:
            if item.upload_url:
                self.uploader.terminate(item.upload_url)
        except TicketProsError as exc:
            log.info("could not remove cancelled upload %s: %s", item.upload_url, exc.message)
            self.queue._update(item.id, emit=False, next_attempt_at=self.queue.clock() + self.backoff(2))
            return
        self.queue._update(item.id, upload_url=None)
        _unlink(item.staged_path)

    def _do_upload(self, item: UploadItem, cancel: threading.Event) -> None:
        item_id = item.id
        metadata = {
            "filename": item.name,
            "filetype": item.mime,
            "sha256": item.sha256,
            "ticket_key": self.queue._row(item_id)["ticket_key"],
            "page": item.page,
            "page_count": item.page_count,
            "ticket_number": item.ticket_number,
            "job": item.job,
            "ticket_date": self.queue._row(item_id)["ticket_date"],
            "notes": item.notes,
        }
        self.queue._emit(QueueEvent("changed", item_id, self.queue.get(item_id)))

        def progress(sent: int, total: int) -> None:
            self.queue._emit(QueueEvent("progress", item_id, sent=sent, total=total))

        try:
            result = self.uploader.upload(
                item.staged_path, metadata=metadata, sha256=item.sha256, upload_url=item.upload_url,
                idempotency_key=self.queue._row(item_id)["upload_key"],
                on_created=lambda url: self.queue._update(item_id, emit=False, upload_url=url, offset=0),
                on_offset=lambda offset: self.queue._update(item_id, emit=False, offset=offset),
                progress=progress, cancel=cancel,
            )
        except UploadCancelledError:
            # Paused or cancelled by the person, or the runner is stopping/paused: then it goes on later.
            self.queue._transition(item_id, ItemState.QUEUED, allowed=(ItemState.UPLOADING,))
            return
        except UploadGoneError as exc:
            row = self.queue._row(item_id)
            restarts = row["attempts"] + 1
            if restarts > MAX_RESTARTS:
                self._failed(item, exc)
                return
            # The old upload no longer exists, so a new one cannot make a twin.
            self.queue._transition(item_id, ItemState.QUEUED, allowed=(ItemState.UPLOADING,),
                                   upload_url=None, offset=0, upload_key=str(uuid.uuid4()), attempts=restarts)
            return
        except FileChangedError as exc:
            self.queue._transition(item_id, ItemState.REJECTED, allowed=(ItemState.UPLOADING,), error=exc.message)
            return
        except TicketProsError as exc:
            self._failed(item, exc)
            return
        if self.queue._transition(item_id, ItemState.DONE, allowed=(ItemState.UPLOADING, ItemState.PAUSED,
                                                                   ItemState.CANCELLED),
                                  ticket_id=result.ticket_id, offset=result.size, error=None, next_attempt_at=None):
            _unlink(item.staged_path)

    def _failed(self, item: UploadItem, exc: TicketProsError) -> None:
        """Refusals end the item; anything that may pass later is retried with backoff."""
        row = self.queue._row(item.id)
        from_states = (ItemState.UPLOADING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED, ItemState.FAILED)
        final = isinstance(exc, ConflictError) and exc.code in ("page_taken", "ticket_key_taken")
        if final or isinstance(exc, APIStatusError) and not isinstance(
                exc, (ServerError, AuthenticationError, RateLimitedError, ConflictError)) \
                and exc.status not in (408, 423, 460):
            self.queue._transition(item.id, ItemState.REJECTED, allowed=from_states, error=exc.message)
            return
        attempts = row["attempts"] + 1
        delay = self.backoff(attempts)
        if isinstance(exc, AuthenticationError):
            message = "You are signed out; sign in again to continue this upload."
        elif isinstance(exc, StorageFullError):
            message = STORAGE_FULL_MESSAGE
        else:
            message = exc.message
        if isinstance(exc, RateLimitedError) and exc.retry_after:
            delay = max(delay, exc.retry_after)
        self.queue._transition(item.id, ItemState.FAILED, allowed=from_states, error=message,
                               attempts=attempts, next_attempt_at=self.queue.clock() + delay)


def _display_name(path: Path) -> str:
    try:
        from ..media import safe_display_name
    except ImportError:  # pragma: no cover - media is part of the SDK
        return path.name
    return safe_display_name(path.name)


def _path_column(path: Path) -> str | bytes:
    """A source path as SQLite stores it: text, or the raw bytes when the name is
    not valid UTF-8 (Linux allows any bytes; SQLite text must be UTF-8)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


def _unlink(path: str | None) -> None:
    if path:
        with contextlib.suppress(OSError):
            Path(path).unlink()


def _item(row: sqlite3.Row) -> UploadItem:
    return UploadItem(
        id=row["id"], batch_id=row["batch_id"], name=row["name"], source_path=os.fsdecode(row["source_path"]),
        state=ItemState(row["state"]), error=row["error"], next_attempt_at=row["next_attempt_at"],
        attempts=row["attempts"], size=row["size"], mime=row["mime"], sha256=row["sha256"],
        staged_path=row["staged_path"], removed=tuple(json.loads(row["removed"])),
        duplicates=tuple(json.loads(row["duplicates"])), page=row["page"], page_count=row["page_count"],
        ticket_number=row["ticket_number"], job=row["job"], notes=row["notes"], offset=row["offset"],
        upload_url=row["upload_url"], ticket_id=row["ticket_id"], created_at=row["created_at"],
    )
